"""The fault harness's shared pieces: how many faults, a ledger of 150 members, a command
run in a forked child, and what every command must leave after a kill.

``STATION_DESK_FAULT_SCALE`` multiplies every count (default 1: what CI runs; the long run
in docs/reliability.md used a larger scale). Commands run through ``station_desk.cli.main``
in a child forked from the test process, whose modules are already imported, so one kill
costs milliseconds, not a Python start-up.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from station_desk.db.safekeeping.health import write_seal
from tests.reliability.reliability_support import fork_child, seed_ledger, write_member

SCALE = float(os.environ.get("STATION_DESK_FAULT_SCALE", "1"))


def scaled(count: int) -> int:
    return max(1, round(count * SCALE))


#: pytest-timeout's limit for a harness test, grown with the scale (CI keeps 300 s).
TIMEOUT_S = int(300 * max(1.0, SCALE))


def one(path: Path, sql: str, params: Sequence[object] = ()) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:
        return int(conn.execute(sql, params).fetchone()[0])
    finally:
        conn.close()


def build_ledger(path: Path, members: int = 150) -> int:
    """A closed, sealed ledger with one team of ``members``; returns the team's id."""
    from station_desk.db.schema.ledger import open_ledger

    team_id = seed_ledger(path)
    ledger = open_ledger(path, create=False)
    try:
        for n in range(members):
            with ledger.unit_of_work("测试") as session:
                write_member(session, team_id, n)
    finally:
        ledger.close()
    assert write_seal(path)
    return team_id


def pristine_copy(source: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    shutil.copyfile(source, target)
    shutil.copyfile(
        source.with_name(source.name + ".seal"), target.with_name(target.name + ".seal")
    )
    return target


def run_cli_child(argv: list[str], out_fd: int) -> None:
    """The child's body: one command; reports its exit code on the pipe."""
    import contextlib
    import io

    from station_desk.cli import main

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = main(argv)
    os.write(out_fd, f"exit {code}\n".encode())


def fork_command(argv: list[str]) -> tuple[int, int]:
    return fork_child(lambda out: run_cli_child(argv, out))


def hidden_leftovers(path: Path) -> list[Path]:
    """Hidden copies an interrupted backup or restore left beside the ledger or its backups."""
    folders = [path.parent, path.parent / "backups"]
    return [
        p
        for folder in folders
        if folder.is_dir()
        for p in folder.iterdir()
        if p.name.startswith(".") and p.name.endswith((".tmp", ".restoring"))
    ]


Check = Callable[[Path], None]

"""Kill every writing command: CLI import, restore, backup, purge-bin, print (certificates).

Each command runs in a forked child and is SIGKILLed at a random moment of its run
(calibrated on one run left alone). After every kill the ledger must be whole (door check
and ``integrity_check``), the command's change all there or not there at all (0 half),
nothing committed before lost (0 lost), the next door must clean what the kill left
(hidden ``.tmp``/``.restoring`` copies) and take the stale lock over. The services' own
kill test is tests/reliability/test_kill.py; counts in docs/reliability.md.
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest

from station_desk.db.safekeeping.backup import list_backups, make_backup, verify_backup
from station_desk.db.safekeeping.door import check_on_open
from station_desk.db.safekeeping.lock import lock_path_for
from station_desk.db.schema.ledger import open_ledger
from station_desk.domain.search import member_search_keys
from tests.reliability.harness_support import (
    TIMEOUT_S,
    build_ledger,
    fork_command,
    hidden_leftovers,
    one,
    scaled,
)
from tests.reliability.reliability_support import (
    id_number,
    integrity,
    member_name,
    read_lines,
    write_member,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(TIMEOUT_S),
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX"),
]

#: Kills per command at scale 1 (STATION_DESK_FAULT_SCALE multiplies them).
KILLS = 25
TEAM = "老干部博爱驿站"
BATCH = 12


@dataclass
class Tally:
    rng: random.Random
    #: How long the command takes when left alone (None: this run measures it).
    duration: float | None = None
    kills: int = 0
    finished: int = 0
    applied: int = 0
    lost: int = 0
    half: int = 0
    corrupt: int = 0
    notes: list[str] = field(default_factory=list)


def _members(path: Path) -> int:
    return one(path, "SELECT count(*) FROM member")


def _sheet(folder: Path, first: int) -> Path:
    sheet = folder / f"import-{first}.csv"
    with sheet.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["姓名", "身份证号"])
        for n in range(first, first + BATCH):
            writer.writerow([member_name(n), id_number(n)])
    return sheet


def _bin_some(path: Path, team_id: int, first: int) -> None:
    """BATCH members put in the recycle bin long ago, for purge-bin to take."""
    from sqlalchemy import update

    from station_desk.db.schema.models import Member
    from station_desk.services.members import delete_member

    ledger = open_ledger(path, create=False)
    try:
        with ledger.unit_of_work("测试") as session:
            for n in range(first, first + BATCH):
                write_member(session, team_id, n)
            session.flush()
            ids = [
                m.id
                for m in session.query(Member).filter(
                    Member.name.in_([member_name(n) for n in range(first, first + BATCH)])
                )
            ]
            for member_id in ids:
                delete_member(session, member_id)
            session.execute(
                update(Member).where(Member.id.in_(ids)).values(deleted_at=datetime(2000, 1, 1))
            )
    finally:
        ledger.close()


def _kill_at(argv: list[str], tally: Tally) -> bool:
    """Run ``argv`` in a child and SIGKILL it at a random moment of its run; True when it
    finished first. The first run of a scenario is left alone and times the command."""
    pid, fd = fork_command(argv)
    started = time.perf_counter()
    if tally.duration is None:
        lines = read_lines(fd)
        _, status = os.waitpid(pid, 0)
        tally.duration = max(0.05, (time.perf_counter() - started) * 1.2)
        assert lines == ["exit 0"], lines
        os.close(fd)
        return True
    time.sleep(tally.rng.uniform(0, tally.duration))
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    lines = read_lines(fd)
    os.close(fd)
    finished = any(line.startswith("exit") for line in lines)
    # Keep the window on the command: shorter when it ended first, longer when cut early.
    tally.duration = max(0.02, tally.duration * (0.85 if finished else 1.04))
    assert not [line for line in lines if line.startswith("exit") and line != "exit 0"], lines
    assert os.WIFSIGNALED(status) or finished
    return finished


def _after_kill(path: Path, tally: Tally) -> None:
    """The next door: whole, leftovers cleaned, stale lock taken over."""
    health = check_on_open(path, keep_aside=False)
    if not health.ok or integrity(path) != ["ok"]:
        tally.corrupt += 1
        tally.notes.append(str(health.problems[:1]))
    assert not hidden_leftovers(path), hidden_leftovers(path)
    from station_desk.db.safekeeping.lock import LedgerLock

    LedgerLock(path).acquire().release()
    assert not lock_path_for(path).exists()


Scenario = Callable[[Path, int, Tally, Path], None]


def _import(path: Path, team_id: int, tally: Tally, work: Path) -> None:
    first = 10_000 + tally.kills * BATCH
    argv = ["--db", str(path), "import", "members", str(_sheet(work, first))]
    before = _members(path)
    finished = _kill_at(argv, tally)
    after = _members(path)
    tally.applied += after == before + BATCH
    tally.half += after not in (before, before + BATCH)
    tally.lost += finished and after != before + BATCH
    tally.finished += finished


def _backup(path: Path, team_id: int, tally: Tally, work: Path) -> None:
    argv = ["--db", str(path), "backup"]
    data = path.read_bytes()
    before = {b.path for b in list_backups(path)}
    finished = _kill_at(argv, tally)
    tally.lost += path.read_bytes() != data  # a backup only reads the ledger
    made = [b for b in list_backups(path) if b.path not in before]
    tally.applied += bool(made)
    for info in list_backups(path):
        try:
            verify_backup(info.path)
        except Exception:
            tally.half += 1  # a backup in the listing that is not whole
    tally.finished += finished


def _restore(path: Path, team_id: int, tally: Tally, work: Path) -> None:
    sources = sorted(work.glob("source-*.sqlite3"))
    source = sources[tally.kills % len(sources)]
    target = one(source, "SELECT count(*) FROM member")
    before = one(path, "SELECT count(*) FROM member")
    argv = ["--db", str(path), "restore", str(source)]
    finished = _kill_at(argv, tally)
    assert path.exists(), "a killed restore must never leave no ledger"
    after = one(path, "SELECT count(*) FROM member")
    tally.applied += after == target != before
    tally.half += after not in (before, target)
    tally.lost += finished and after != target
    tally.finished += finished


def _purge(path: Path, team_id: int, tally: Tally, work: Path) -> None:
    _bin_some(path, team_id, 50_000 + tally.kills * BATCH)
    binned = one(path, "SELECT count(*) FROM member WHERE deleted_at IS NOT NULL")
    logs = one(path, "SELECT count(*) FROM change_log WHERE action = 'purge'")
    argv = ["--db", str(path), "purge-bin", "--older-than", "0"]
    finished = _kill_at(argv, tally)
    left = one(path, "SELECT count(*) FROM member WHERE deleted_at IS NOT NULL")
    new_logs = one(path, "SELECT count(*) FROM change_log WHERE action = 'purge'") - logs
    tally.applied += left == 0
    tally.half += (left, new_logs) not in ((binned, 0), (0, binned))
    tally.lost += finished and left != 0
    tally.finished += finished
    if left:  # a kill before the commit: purge them now, so the next round starts clean
        assert _kill_at(argv, Tally(tally.rng))


def _print(path: Path, team_id: int, tally: Tally, work: Path) -> None:
    argv = [
        "--db", str(path), "print", "honor", "--team", TEAM, "--reason", "测试",
        "--honour", "优秀志愿者", "--out", str(work / "honor.pdf"),
    ]  # fmt: skip
    team = one(
        path,
        "SELECT count(*) FROM team_membership t JOIN member m ON m.id = t.member_id "
        "WHERE t.left_on IS NULL AND m.deleted_at IS NULL",
    )
    before = one(path, "SELECT count(*) FROM certificate_issue")
    finished = _kill_at(argv, tally)
    after = one(path, "SELECT count(*) FROM certificate_issue")
    numbered = one(
        path,
        "SELECT coalesce(sum(CAST(value AS INTEGER)), 0) FROM ledger_setting "
        "WHERE key LIKE 'serial_counter:%'",
    )
    tally.applied += after == before + team
    tally.half += after not in (before, before + team) or numbered != after
    tally.lost += finished and after != before + team
    tally.finished += finished


SCENARIOS: dict[str, Scenario] = {
    "import": _import,
    "backup": _backup,
    "restore": _restore,
    "purge-bin": _purge,
    "print": _print,
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    member_search_keys(name="预热", phone="", id_number="", former_unit="")  # pinyin, pre-fork
    path = tmp_path_factory.mktemp("kill-template") / "ledger.sqlite3"
    return path, build_ledger(path)


@pytest.mark.parametrize("command", list(SCENARIOS))
def test_sigkill_of_a_writing_command_loses_nothing_and_leaves_nothing_half(
    command: str, template: tuple[Path, int], tmp_path: Path
) -> None:
    source, team_id = template
    path = tmp_path / "ledger" / "ledger.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(source, path)
    work = tmp_path / "work"
    work.mkdir()
    for n, extra in enumerate((0, 5)):
        if extra:
            _bin_some(path, team_id, 90_000)  # a second state: fewer members shown
        make_backup(path, reason="manual").path.rename(work / f"source-{n}.sqlite3")
    scenario = SCENARIOS[command]
    tally = Tally(random.Random(f"kill-{command}"))
    scenario(path, team_id, tally, work)  # left alone: times the command
    _after_kill(path, tally)
    tally.applied = tally.finished = 0
    kills = scaled(KILLS)
    started = time.perf_counter()
    for _ in range(kills):
        tally.kills += 1
        scenario(path, team_id, tally, work)
        _after_kill(path, tally)
    elapsed = time.perf_counter() - started
    print(
        f"\n[kill {command}] {tally.kills} SIGKILLs ({tally.finished} finished first), "
        f"{tally.applied} applied whole, {tally.lost} lost, {tally.half} half, "
        f"{tally.corrupt} corrupt, {elapsed:.1f} s"
    )
    assert (tally.lost, tally.half, tally.corrupt) == (0, 0, 0), tally.notes[:3]
    assert tally.kills - tally.finished >= tally.kills // 4, "kills must land inside the command"

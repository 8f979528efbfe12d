"""A real full disk (a small tmpfs) for every writing command.

The ledger lives on a tmpfs of a few MB that a filler file fills up to a chosen headroom
(none, 8 KB, 64 KB, 512 KB), so the disk fills at the lock file, inside the WAL, in a
backup's copy or in a restore's staged file. Every command either succeeds or fails with
the clerk's words (磁盘空间已满…), never the system's ("No space left on device") nor an
internal error; the ledger stays whole with nothing half-written, and once space is freed
the same command succeeds. Mounting needs root (CI runs as root); elsewhere the
file-size-limit test (test_full_disk.py) stands in.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from station_desk.cli import main
from station_desk.db.safekeeping.backup import make_backup
from station_desk.db.safekeeping.door import check_on_open
from station_desk.db.schema.ledger import open_ledger
from tests.reliability.harness_support import build_ledger, one
from tests.reliability.reliability_support import integrity, member_name, write_member

pytestmark = [pytest.mark.slow]

HEADROOMS = (0, 8 * 1024, 64 * 1024, 512 * 1024)
RAW_WORDS = ("No space left", "database or disk is full", "内部错误", "Errno")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("enospc-template") / "ledger.sqlite3"
    team_id = build_ledger(path, members=150)
    return path, team_id


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("a tmpfs needs root; test_full_disk.py covers the file-size limit")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(mount: Path, headroom: int) -> Path:
    """A filler file taking all the space but ``headroom`` bytes."""
    filler = mount / "filler.bin"
    chunk = b"\0" * 65536
    with filler.open("wb") as fh, contextlib.suppress(OSError):
        while True:
            fh.write(chunk)
            fh.flush()
    size = filler.stat().st_size
    os.truncate(filler, max(0, size - headroom))
    return filler


def _run(argv: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, err.getvalue()


def _prepare(command: str, path: Path, team_id: int, work: Path) -> list[str]:
    base = ["--db", str(path)]
    if command == "import":
        sheet = work / "import.csv"
        rows = [f"{member_name(n)},{_id(n)}" for n in range(20_000, 20_030)]
        sheet.write_text("姓名,身份证号\n" + "\n".join(rows) + "\n", encoding="utf-8-sig")
        return [*base, "import", "members", str(sheet)]
    if command == "backup":
        return [*base, "backup"]
    if command == "restore":
        source = make_backup(path, reason="manual").path
        kept = work / "restore-source.sqlite3"
        shutil.move(source, kept)
        return [*base, "restore", str(kept)]
    if command == "purge-bin":
        from sqlalchemy import update

        from station_desk.db.schema.models import Member

        ledger = open_ledger(path, create=False)
        with ledger.unit_of_work() as session:
            session.execute(
                update(Member).where(Member.id <= 20).values(deleted_at=datetime(2000, 1, 1))
            )
        ledger.close()
        return [*base, "purge-bin", "--older-than", "0"]
    if command == "print":
        return [*base, "print", "honor", "--team", "老干部博爱驿站", "--reason", "测试",
                "--honour", "优秀志愿者", "--out", str(path.parent / "honor.pdf")]  # fmt: skip
    if command == "export":
        return [*base, "export", "members", "--out", str(path.parent / "m.xlsx")]
    raise AssertionError(command)


def _id(n: int) -> str:
    from tests.reliability.reliability_support import id_number

    return id_number(n)


def _facts(path: Path) -> tuple[int, ...]:
    return tuple(
        one(path, sql)
        for sql in (
            "SELECT count(*) FROM member",
            "SELECT count(*) FROM certificate_issue",
            "SELECT count(*) FROM change_log",
            "SELECT count(*) FROM team_membership",
        )
    )


COMMANDS = ("import", "backup", "restore", "purge-bin", "print", "export", "services")


@pytest.mark.parametrize("command", COMMANDS)
def test_full_disk_for_every_writing_command(
    command: str, template: tuple[Path, int], tmpfs: Path, tmp_path: Path
) -> None:
    source, team_id = template
    work = tmp_path / "work"
    work.mkdir()
    failures: list[str] = []
    for headroom in HEADROOMS:
        folder = tmpfs / f"h{headroom}"
        folder.mkdir()
        path = folder / "ledger.sqlite3"
        shutil.copy2(source, path)
        argv = [] if command == "services" else _prepare(command, path, team_id, work)
        before = _facts(path)
        whole = _whole_change(command, path, argv, team_id, tmp_path / f"room{headroom}")
        filler = _fill(tmpfs, headroom)
        if command == "services":
            code, err = _services(path, team_id)
        else:
            code, err = _run(argv)
        if code != 0:
            failures.append(err.strip())
            assert "磁盘空间已满" in err or "读写磁盘出错" in err, err
            assert not [w for w in RAW_WORDS if w in err], err
            assert integrity(path) == ["ok"]
            assert _facts(path) in (before, whole), f"{command}: a full disk left a half change"
        filler.unlink()
        health = check_on_open(path, keep_aside=False)
        assert health.ok, health.problems
        if code != 0:
            again = _services(path, team_id)[0] if command == "services" else _run(argv)[0]
            assert again == 0, f"{command} fails again once space is free"
        shutil.rmtree(folder)
    print(f"\n[enospc {command}] {len(failures)} of {len(HEADROOMS)} fills refused: {failures[:1]}")
    assert failures, f"{command}: no fill made it fail; the test did not reach a full disk"


def _whole_change(command: str, path: Path, argv: list[str], team_id: int, room: Path) -> tuple:
    """The facts after the same command on a copy with room to spare (the whole change)."""
    room.mkdir()
    copy = room / path.name
    shutil.copy2(path, copy)
    if command == "services":
        assert _services(copy, team_id)[0] == 0
    else:
        assert _run([str(copy) if a == str(path) else a for a in argv])[0] == 0
    return _facts(copy)


def _services(path: Path, team_id: int) -> tuple[int, str]:
    """A desk-like write through the services, as ``DeskContext.write`` reports errors."""
    from station_desk.db.safekeeping.health import describe_error

    ledger = open_ledger(path, create=False)
    try:
        with ledger.unit_of_work("测试") as session:
            for n in range(30_000, 30_040):
                write_member(session, team_id, n)
        return 0, ""
    except Exception as exc:
        return 2, str(describe_error(exc) or repr(exc))
    finally:
        ledger.close()

"""Backups known to be good: made, checked, rotated, listed, restored; the door check."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from station_desk.db.safekeeping import backup
from station_desk.db.safekeeping.door import check_on_open
from station_desk.db.schema.ledger import Ledger, LedgerError, open_ledger
from station_desk.domain.enums import Gender
from station_desk.domain.ids import make_id_number
from station_desk.domain.inputs import MemberData
from station_desk.services.members import add_member


def _add(ledger: Ledger, name: str, seq: int) -> None:
    number = make_id_number("370124", date(1950, 3, 1), seq, Gender.MALE)
    with ledger.unit_of_work("测试") as session:
        add_member(session, MemberData(name=name, id_number=number), confirmed=True)


@pytest.fixture
def ledger_path(tmp_path: Path) -> Path:
    path = tmp_path / "station" / "ledger.sqlite3"
    ledger = open_ledger(path)
    for i, name in enumerate(("张三", "李四", "王五")):
        _add(ledger, name, 10 + i)
    ledger.close()
    return path


def _members(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM member").fetchone()[0])
    finally:
        conn.close()


def test_backup_holds_uncheckpointed_commits_and_needs_no_wal(ledger_path: Path) -> None:
    ledger = open_ledger(ledger_path)
    holder = ledger.engine.raw_connection()  # keeps the WAL from being checkpointed
    try:
        _add(ledger, "赵六", 20)
        assert Path(f"{ledger_path}-wal").stat().st_size > 0
        info = backup.make_backup(ledger_path)
    finally:
        holder.close()
        ledger.close()
    assert info.path.parent == ledger_path.parent / "backups"
    assert info.counts["member"] == 4
    assert not Path(f"{info.path}-wal").exists()
    conn = sqlite3.connect(info.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()


def test_backup_to_chosen_place_writes_checksum_and_verifies(
    ledger_path: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    info = backup.backup_to(ledger_path, usb / "驿站备份")
    assert info.path == usb / "驿站备份.sqlite3"
    line = backup.sha256_path(info.path).read_text().split()
    assert line == [backup.file_sha256(info.path), "驿站备份.sqlite3"]
    assert info.counts["member"] == 3
    data = bytearray(info.path.read_bytes())
    data[5000] ^= 0xFF
    info.path.write_bytes(bytes(data))
    with pytest.raises(LedgerError, match="校验值不符"):
        backup.verify_backup(info.path)


def test_backup_to_missing_folder_is_clear(ledger_path: Path, tmp_path: Path) -> None:
    with pytest.raises(LedgerError, match="U 盘是否已插好"):
        backup.backup_to(ledger_path, tmp_path / "gone" / "x.sqlite3")


def test_failed_backup_never_replaces_a_good_one(
    ledger_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = backup.make_backup(ledger_path)
    before = good.path.read_bytes()

    monkeypatch.setattr(
        backup.sqlite3,
        "connect",
        lambda *a, **k: (_ for _ in ()).throw(sqlite3.OperationalError("database or disk is full")),
    )
    with pytest.raises(LedgerError, match="磁盘空间已满"):
        backup.make_backup(ledger_path, reason="manual")
    monkeypatch.undo()
    files = sorted(p.name for p in good.path.parent.iterdir())
    assert files == [good.path.name, backup.sha256_path(good.path).name]
    assert good.path.read_bytes() == before


def test_rotation_keeps_fourteen_days_and_twelve_months(ledger_path: Path) -> None:
    start = datetime(2024, 1, 1, 9, 0)
    made_days = [start + timedelta(days=day) for day in range(0, 420, 5)]
    for when in made_days:
        backup.make_backup(ledger_path, now=when)
    newest_first = sorted(made_days, reverse=True)
    expected = set(newest_first[:14])
    months: dict[tuple[int, int], datetime] = {}
    for when in newest_first:
        months.setdefault((when.year, when.month), when)
    expected |= set(sorted(months.values(), reverse=True)[:12])
    kept = {b.made_at for b in backup.list_backups(ledger_path)}
    assert kept == expected
    assert len(kept) < len(made_days)


def test_rotation_keeps_event_backups_apart_from_daily(ledger_path: Path) -> None:
    now = datetime(2024, 5, 1, 8, 0)
    first = backup.make_backup(ledger_path, reason="restore", now=now)
    backup.make_backup(ledger_path, reason="restore", now=now + timedelta(minutes=5))
    backup.make_backup(ledger_path, reason="daily", now=now + timedelta(minutes=9))
    assert first.path.exists(), "a pre-restore backup is not pushed out by a later one that day"


def test_daily_backup_only_once_a_day(ledger_path: Path) -> None:
    day = datetime(2024, 6, 3, 9, 0)
    assert backup.daily_backup_if_due(ledger_path, now=day) is not None
    assert backup.daily_backup_if_due(ledger_path, now=day + timedelta(hours=5)) is None
    assert backup.daily_backup_if_due(ledger_path, now=day + timedelta(days=1)) is not None
    assert [b.reason for b in backup.list_backups(ledger_path)] == ["daily", "daily"]


def test_restore_backs_up_current_first_and_brings_old_state_back(ledger_path: Path) -> None:
    old = backup.make_backup(ledger_path, reason="manual")
    ledger = open_ledger(ledger_path)
    _add(ledger, "赵六", 20)
    ledger.close()
    assert _members(ledger_path) == 4
    before = backup.restore(ledger_path, old.path)
    assert before is not None and before.reason == "restore" and before.counts["member"] == 4
    assert _members(ledger_path) == 3
    assert check_on_open(ledger_path).ok
    listed = backup.list_backups(ledger_path)
    assert {b.reason for b in listed} == {"manual", "restore"}


def test_restore_refuses_a_bad_backup_and_leaves_ledger(ledger_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    before = ledger_path.read_bytes()
    with pytest.raises(LedgerError, match="已损坏"):
        backup.restore(ledger_path, bad)
    assert ledger_path.read_bytes() == before


def test_before_migration_hook_makes_a_checked_backup(ledger_path: Path) -> None:
    info = backup.before_migration(ledger_path, "0001")
    assert info.reason == "migration" and info.reason_label == "升级前"
    assert backup.verify_backup(info.path).counts["member"] == 3


def test_damaged_ledger_set_aside_and_newest_good_backup_offered(ledger_path: Path) -> None:
    older = backup.make_backup(ledger_path, now=datetime(2024, 1, 1, 8))
    newest = backup.make_backup(ledger_path, now=datetime(2024, 1, 2, 8))
    newest.path.write_bytes(newest.path.read_bytes()[:4096])
    with ledger_path.open("r+b") as fh:
        fh.write(b"\x00" * 100)
    health = check_on_open(ledger_path)
    assert not health.ok
    assert not ledger_path.exists()
    assert health.damaged_copy is not None and health.damaged_copy.exists()
    assert ".damaged-" in health.damaged_copy.name
    assert health.offer is not None and health.offer.path == older.path
    assert "老同志 3" in health.message()


def test_foreign_file_without_backups_is_left_alone(tmp_path: Path) -> None:
    other = tmp_path / "notes.sqlite3"
    other.write_bytes(b"hello, not a ledger" * 100)
    with pytest.raises(LedgerError, match="不是驿站台账"):
        check_on_open(other)
    assert other.exists()


def test_cli_backup_list_restore_and_lock(
    ledger_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from station_desk.cli import main
    from station_desk.db.safekeeping.lock import LedgerLock

    db = ["--db", str(ledger_path)]
    assert main([*db, "backup", "--to", str(tmp_path / "u.sqlite3")]) == 0
    assert (tmp_path / "u.sqlite3.sha256").exists()
    assert main([*db, "backup"]) == 0
    assert main([*db, "backups"]) == 0
    listing = capsys.readouterr().out
    assert "手动" in listing and "老同志 3" in listing
    with LedgerLock(ledger_path):
        assert main([*db, "restore", "1"]) == 2
        assert "台账已被另一个程序打开" in capsys.readouterr().err
    assert main([*db, "restore", "1"]) == 0
    assert main([*db, "purge-bin", "--older-than", "30"]) == 0
    assert "0 条" in capsys.readouterr().out


def test_backup_of_an_empty_or_foreign_file_fails_and_keeps_the_good_one(
    ledger_path: Path,
) -> None:
    good = backup.make_backup(ledger_path, now=datetime(2024, 5, 1, 9, 0))
    ledger_path.write_bytes(b"")
    with pytest.raises(LedgerError, match=r"不是驿站台账.*无法作为备份"):
        backup.make_backup(ledger_path, now=datetime(2024, 5, 1, 10, 0))
    names = sorted(p.name for p in good.path.parent.iterdir())
    assert names == [good.path.name, backup.sha256_path(good.path).name]
    assert backup.newest_good_backup(ledger_path) is not None


def test_rotation_never_deletes_the_days_good_backup_for_a_newer_bad_one(
    ledger_path: Path,
) -> None:
    policy = backup.RotationPolicy(daily=2, monthly=0, events=0)
    good = backup.make_backup(ledger_path, now=datetime(2024, 5, 1, 9, 0), policy=policy)
    bad_path = good.path.with_name(good.path.name.replace("090000", "100000"))
    bad_path.write_bytes(good.path.read_bytes()[:5000])
    backup.sha256_path(bad_path).write_text("0" * 64 + "  x\n")
    bad = backup.describe_backup(bad_path)
    backup.make_backup(ledger_path, now=datetime(2024, 5, 2, 9, 0), policy=policy)
    assert good.path.exists(), "the day's good backup was deleted for a damaged one"
    listed = {info.path.name: info for info in backup.list_backups(ledger_path)}
    assert listed[good.path.name].state == "verified"
    assert listed[bad.path.name].state == "damaged"
    assert "已损坏" in listed[bad.path.name].state_label
    assert backup.newest_good_backup(ledger_path) is not None


def test_leftovers_of_interrupted_backups_are_cleaned_at_the_next_door(
    ledger_path: Path,
) -> None:
    folder = backup.backups_dir(ledger_path)
    folder.mkdir()
    dead = folder / f".{ledger_path.stem}-20240501-090000-daily.sqlite3.999999999.tmp"
    legacy = folder / f".{ledger_path.stem}-20240501-090000-daily.sqlite3.tmp"
    live = folder / f".{ledger_path.stem}-20240501-090000-manual.sqlite3.{os.getpid()}.tmp"
    staged = ledger_path.with_name(f".{ledger_path.name}.999999999.restoring")
    other = ledger_path.with_name(".someone-elses.tmp")
    for path in (dead, legacy, live, staged, other):
        path.write_bytes(b"x" * 4096)
    assert check_on_open(ledger_path).ok
    assert not dead.exists() and not legacy.exists() and not staged.exists()
    assert live.exists(), "a backup being written now is left alone"
    assert other.exists(), "another program's file is not ours to delete"


def test_backups_listing_says_verified_unverified_damaged(
    ledger_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from station_desk.cli import main

    one = backup.make_backup(ledger_path, now=datetime(2024, 5, 1, 9, 0))
    two = backup.make_backup(ledger_path, now=datetime(2024, 5, 2, 9, 0))
    three = backup.make_backup(ledger_path, now=datetime(2024, 5, 3, 9, 0))
    backup.sha256_path(two.path).unlink()
    data = bytearray(three.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    three.path.write_bytes(bytes(data))
    assert main(["--db", str(ledger_path), "backups"]) == 0
    lines = {line.split()[-1]: line for line in capsys.readouterr().out.splitlines()}
    assert "已校验" in lines[one.path.name]
    assert "未校验" in lines[two.path.name]
    assert "已损坏" in lines[three.path.name]

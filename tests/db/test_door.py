"""One door for every command: a damaged ledger is refused, never written, never re-sealed.

Reproduces issue 15 item 1: one flipped byte in an index page (file time kept). ``check``
reports it; every command refuses without writing a byte or a seal; the desk's door then
still refuses. The same with a new file time (item 2: the seal is stale, so the door runs
``integrity_check``, which alone sees an index that no longer matches its table).
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from station_desk.cli import main
from station_desk.db.safekeeping.backup import make_backup
from station_desk.db.safekeeping.door import check_on_open
from station_desk.db.safekeeping.health import admit, seal_state, write_seal
from station_desk.db.safekeeping.lock import LedgerLock, lock_path_for
from tests.reliability.damage import flip_index_byte


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _seal(path: Path) -> Path:
    return path.with_name(path.name + ".seal")


@pytest.fixture
def sealed_copy(demo_file: Path, tmp_path: Path) -> Path:
    """A copy of the demo ledger, closed and sealed as after a clean session."""
    target = tmp_path / "ledger.sqlite3"
    shutil.copyfile(demo_file, target)
    assert write_seal(target)
    return target


def _commands(db: Path, out: Path, sheet: Path) -> dict[str, list[str]]:
    base = ["--db", str(db)]
    return {
        "export members": [*base, "export", "members", "--out", str(out / "m.csv")],
        "summary": [*base, "summary", "--year", "2021"],
        "summary-report": [*base, "summary-report", "--year", "2021", "--out", str(out / "s.pdf")],
        "print roster": [*base, "print", "roster", "--out", str(out / "r.pdf")],
        "import --dry-run": [*base, "import", "members", str(sheet), "--dry-run"],
        "backup": [*base, "backup"],
        "backup --to": [*base, "backup", "--to", str(out / "usb.sqlite3")],
        "purge-bin": [*base, "purge-bin"],
    }


@pytest.mark.parametrize("keep_time", [True, False], ids=["time kept", "new time"])
def test_every_command_refuses_a_damaged_index_and_never_reseals(
    sealed_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], keep_time: bool
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    sheet = out / "members.xlsx"
    assert main(["template", "members", "--out", str(sheet)]) == 0
    problem = flip_index_byte(sealed_copy, keep_time=keep_time)
    assert "ix_member_list" in problem
    damaged, seal = _digest(sealed_copy), _seal(sealed_copy).read_bytes()
    capsys.readouterr()

    assert main(["--db", str(sealed_copy), "check"]) == 1
    assert "ix_member_list" in capsys.readouterr().out

    for name, argv in _commands(sealed_copy, out, sheet).items():
        code = main(argv)
        err = capsys.readouterr().err
        assert code != 0, name
        assert "已损坏" in err and "未被改动" in err, (name, err)
        assert "内部错误" not in err, name
        assert _digest(sealed_copy) == damaged, f"{name} wrote to the damaged ledger"
        assert _seal(sealed_copy).read_bytes() == seal, f"{name} re-sealed the damaged ledger"
        assert not lock_path_for(sealed_copy).exists()
    assert not list((tmp_path / "backups").glob("*")) if (tmp_path / "backups").exists() else True
    assert not (out / "usb.sqlite3").exists()
    assert not check_on_open(sealed_copy, keep_aside=False).ok, "the desk's door must still refuse"


def test_lock_release_seals_only_after_a_passed_door(sealed_copy: Path) -> None:
    flip_index_byte(sealed_copy, keep_time=False)
    before = _seal(sealed_copy).read_bytes()
    with LedgerLock(sealed_copy):
        assert not check_on_open(sealed_copy, keep_aside=False).ok
    assert _seal(sealed_copy).read_bytes() == before
    assert seal_state(sealed_copy) == "stale"


def test_a_failed_command_does_not_seal(
    sealed_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.utime(sealed_copy)  # as after a session that ended without a seal (crash)
    before = _seal(sealed_copy).read_bytes()
    code = main(["--db", str(sealed_copy), "print", "team", "--team", "没有这个队伍",
                 "--out", str(tmp_path / "t.pdf")])  # fmt: skip
    assert code != 0
    assert _seal(sealed_copy).read_bytes() == before
    assert main(["--db", str(sealed_copy), "summary", "--year", "2021"]) == 0
    assert seal_state(sealed_copy) == "sealed", "a clean command after the full check seals"
    capsys.readouterr()


def test_symlink_under_another_name_hits_the_same_lock(sealed_copy: Path, tmp_path: Path) -> None:
    link = tmp_path / "另一个名字.sqlite3"
    link.symlink_to(sealed_copy)
    assert lock_path_for(link) == lock_path_for(sealed_copy)
    with LedgerLock(sealed_copy):
        with pytest.raises(Exception, match="已被另一个程序打开"):
            LedgerLock(link).acquire()
        code = main(["--db", str(link), "purge-bin"])
        assert code == 2


def test_restore_puts_a_verified_backup_in_place_and_it_may_be_sealed(sealed_copy: Path) -> None:
    good = make_backup(sealed_copy, reason="manual")
    flip_index_byte(sealed_copy, keep_time=True)
    assert main(["--db", str(sealed_copy), "restore", str(good.path)]) == 0
    assert check_on_open(sealed_copy, keep_aside=False).ok
    admit(sealed_copy)
    assert seal_state(sealed_copy) == "sealed"


def test_a_copy_of_the_main_file_without_its_wal_is_refused(tmp_path: Path) -> None:
    """A close that leaves records in the -wal (a reader beside kept them from being folded
    in) notes it in the seal; the main file copied without that -wal is refused."""
    import sqlite3

    from station_desk.db.schema.ledger import open_ledger
    from tests.reliability.reliability_support import seed_ledger, write_member

    path = tmp_path / "desk" / "ledger.sqlite3"
    path.parent.mkdir()
    team_id = seed_ledger(path)
    reader = sqlite3.connect(path)  # another program reading: the WAL is not folded in
    reader.execute("SELECT count(*) FROM member").fetchone()
    with LedgerLock(path):
        assert check_on_open(path, keep_aside=False).ok
        ledger = open_ledger(path, create=False)
        with ledger.unit_of_work("测试") as session:
            write_member(session, team_id, 7)
        ledger.close()
    assert Path(f"{path}-wal").stat().st_size > 0
    copy = tmp_path / "usb" / "ledger.sqlite3"
    copy.parent.mkdir()
    shutil.copy2(path, copy)
    shutil.copy2(_seal(path), _seal(copy))
    health = check_on_open(copy, keep_aside=False)
    assert not health.ok and "ledger.sqlite3-wal" in health.problems[0]
    assert "不见了" in health.problems[0]
    shutil.copy2(f"{path}-wal", f"{copy}-wal")
    assert check_on_open(copy, keep_aside=False).ok, "with its -wal the copy is whole"
    reader.close()
    assert check_on_open(path, keep_aside=False).ok

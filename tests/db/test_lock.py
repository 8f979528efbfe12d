"""One program per ledger: the lock file, the message, a stale lock taken over."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from station_desk.db.safekeeping.lock import LedgerLock, lock_path_for, read_holder
from station_desk.db.schema.ledger import LedgerError

HOLD = """
import sys
from pathlib import Path
from station_desk.db.safekeeping.lock import LedgerLock
lock = LedgerLock(Path(sys.argv[1])).acquire()
print("held", flush=True)
sys.stdin.read()
"""


def test_lock_file_names_holder_and_goes_away(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    with LedgerLock(ledger) as lock:
        data = json.loads(lock_path_for(ledger).read_text())
        assert data["pid"] == os.getpid()
        assert data["hostname"]
        assert lock.held
    assert not lock_path_for(ledger).exists()
    assert not lock.held


def test_second_lock_refused_with_where_and_since(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    with LedgerLock(ledger):
        with pytest.raises(LedgerError) as err:
            LedgerLock(ledger).acquire()
        message = str(err.value)
        assert "台账已被另一个程序打开" in message
        assert f"进程 {os.getpid()}" in message
        assert "起" in message
    LedgerLock(ledger).acquire().release()


def test_lock_in_other_process_refused_then_stale_after_sigkill(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(ledger)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "held"
        with pytest.raises(LedgerError, match=f"进程 {child.pid}"):
            LedgerLock(ledger).acquire()
        child.send_signal(signal.SIGKILL)
        child.wait()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert lock_path_for(ledger).exists(), "a killed holder leaves its lock file behind"
    with LedgerLock(ledger) as lock:
        assert lock.took_over is not None and lock.took_over.pid == child.pid
        holder = read_holder(lock_path_for(ledger))
        assert holder is not None and holder.pid == os.getpid()


def test_garbage_lock_file_is_taken_over(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    lock_path_for(ledger).write_bytes(b"\x00not json")
    with LedgerLock(ledger) as lock:
        assert lock.held
        assert read_holder(lock_path_for(ledger)) is not None


def test_lock_in_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LedgerError, match=r"无法在.*创建台账锁文件"):
        LedgerLock(tmp_path / "no-such-folder" / "ledger.sqlite3").acquire()


def test_release_twice_and_reacquire(tmp_path: Path) -> None:
    lock = LedgerLock(tmp_path / "l.sqlite3")
    lock.acquire()
    lock.acquire()
    lock.release()
    lock.release()
    assert not lock_path_for(tmp_path / "l.sqlite3").exists()
    with lock:
        assert lock.held


def test_full_disk_at_the_lock_file_is_told_in_the_clerks_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from station_desk.db.safekeeping import lock as lock_module

    def full(_fd: int, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock_module.os, "write", full)
    ledger = tmp_path / "ledger.sqlite3"
    with pytest.raises(LedgerError) as err:
        LedgerLock(ledger).acquire()
    assert "磁盘空间已满" in str(err.value)
    assert "No space left" not in str(err.value)
    monkeypatch.undo()
    assert not lock_path_for(ledger).exists(), "a half-written lock file is not left behind"
    LedgerLock(ledger).acquire().release()


def test_storage_errors_of_any_command_are_told_in_the_clerks_words(
    demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    import sqlite3

    from station_desk import print_jobs
    from station_desk.cli import main

    def locked(*_args: object, **_kwargs: object) -> object:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(print_jobs, "run_print", locked)
    code = main(["--db", str(demo_copy), "print", "roster", "--out", str(tmp_path / "r.pdf")])
    err = capsys.readouterr().err
    assert code == 2
    assert "台账正被另一个程序使用" in err and "内部错误" not in err and "locked" not in err


def test_print_beside_an_open_desk_is_refused_by_the_lock(
    demo_copy: Path, tmp_path: Path, capsys
) -> None:
    from station_desk.cli import main

    with LedgerLock(demo_copy):
        code = main(["--db", str(demo_copy), "print", "roster", "--out", str(tmp_path / "r.pdf")])
    assert code == 2
    assert "台账已被另一个程序打开" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_check_of_a_malformed_ledger_ends_in_its_report(demo_copy: Path, capsys) -> None:
    from station_desk.cli import main

    data = bytearray(demo_copy.read_bytes())
    page = 4096
    for n in range(len(data) // page // 3, len(data) // page // 3 + 4):
        data[n * page : (n + 1) * page] = bytes(range(256)) * (page // 256)
    demo_copy.write_bytes(bytes(data))
    code = main(["--db", str(demo_copy), "check"])
    out, err = capsys.readouterr()
    assert code == 1, err
    assert "结论：台账已损坏" in out
    assert "内部错误" not in err

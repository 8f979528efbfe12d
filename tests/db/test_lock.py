"""One program per ledger: the lock file, the message, a stale lock taken over."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from station_desk.db.ledger import LedgerError
from station_desk.db.lock import LedgerLock, lock_path_for, read_holder

HOLD = """
import sys
from pathlib import Path
from station_desk.db.lock import LedgerLock
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

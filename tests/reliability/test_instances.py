"""Two instances: the second is refused and writes nothing; a stale lock is taken over."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from station_desk.db.safekeeping.lock import LedgerLock, lock_path_for
from tests.reliability.reliability_support import seed_ledger

DESK = """
import sys
from pathlib import Path
from station_desk.db.safekeeping.door import check_on_open
from station_desk.db.schema.ledger import open_ledger
from station_desk.db.safekeeping.lock import LedgerLock
path = Path(sys.argv[1])
lock = LedgerLock(path).acquire()
assert check_on_open(path).ok
ledger = open_ledger(path)
print("open", flush=True)
sys.stdin.read()
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _cli(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "station_desk", "--db", str(path), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_second_instance_refused_then_stale_lock_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    seed_ledger(path)
    first = subprocess.Popen(
        [sys.executable, "-c", DESK, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert first.stdout is not None and first.stdout.readline().strip() == "open"
        before = path.read_bytes()
        second = _cli(path, "purge-bin", "--older-than", "0")
        assert second.returncode == 2
        assert (
            "台账已被另一个程序打开（主机" in second.stderr and f"进程 {first.pid}" in second.stderr
        )
        assert path.read_bytes() == before, "the refused instance wrote nothing"
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert lock_path_for(path).exists()
    third = _cli(path, "purge-bin", "--older-than", "0")
    assert third.returncode == 0, third.stderr
    assert not lock_path_for(path).exists()
    with LedgerLock(path) as lock:
        assert lock.took_over is None
    print(
        "\n[instances] second instance refused (exit 2, nothing written); stale lock after SIGKILL taken over"
    )

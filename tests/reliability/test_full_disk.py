"""Full disk: the ledger's files may not grow (RLIMIT_FSIZE in a child, like a full disk).

tmpfs mounts need root, which CI does not have; the file-size limit works for any user.

The error the clerk sees is clear, every record committed before is still there, and once
space is freed (the limit lifted) the same program writes again.
"""

from __future__ import annotations

import os
import resource
import signal
import sys
from pathlib import Path

import pytest

from station_desk.db.safekeeping.health import describe_error
from station_desk.db.schema.ledger import open_ledger
from station_desk.domain.search import member_search_keys
from tests.reliability.reliability_support import (
    fork_child,
    integrity,
    ledger_facts,
    member_name,
    read_lines,
    seed_ledger,
    write_member,
)

HEADROOM = 160 * 1024

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")


def _fill_then_free(path: Path, team_id: int, out_fd: int) -> None:
    def say(text: str) -> None:
        os.write(out_fd, (text.replace("\n", " ") + "\n").encode())

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a too-big write fails instead of killing
    ledger = open_ledger(path, create=False)
    _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (path.stat().st_size + HEADROOM, hard))
    n = 0
    while n < 10_000:
        try:
            with ledger.unit_of_work("写入进程") as session:
                write_member(session, team_id, n)
        except Exception as exc:
            say(f"full {describe_error(exc) or repr(exc)}")
            break
        say(f"ok {n}")
        n += 1
    try:
        with ledger.unit_of_work("写入进程") as session:
            write_member(session, team_id, n + 1)
        say(f"still-full {n + 1}")
    except Exception as exc:
        say(f"still-full-error {describe_error(exc) or repr(exc)}")
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))  # space freed
    with ledger.unit_of_work("写入进程") as session:
        write_member(session, team_id, n + 2)
    say(f"after {n + 2}")
    ledger.close()


@pytest.mark.slow
def test_full_disk_is_clear_keeps_records_and_recovers(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    team_id = seed_ledger(path)
    member_search_keys(name="预热", phone="", id_number="", former_unit="")
    pid, fd = fork_child(lambda out: _fill_then_free(path, team_id, out))
    lines = read_lines(fd)
    os.close(fd)
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, lines[-3:]
    committed = [int(line.split()[1]) for line in lines if line.startswith("ok ")]
    full = [line for line in lines if line.startswith("full ")]
    assert committed and full, lines[-3:]
    # A real full disk gives SQLITE_FULL ("磁盘空间已满"); a file-size limit gives EFBIG,
    # which SQLite reports as an I/O error, whose message also names a full disk.
    assert "磁盘已满" in full[0] or "磁盘空间已满" in full[0], full[0]
    assert "已保存的记录都在" in full[0]
    assert any(line.startswith("still-full-error") for line in lines), "a full disk stays full"
    after = [int(line.split()[1]) for line in lines if line.startswith("after ")]
    assert len(after) == 1

    assert integrity(path) == ["ok"]
    facts = ledger_facts(path)
    names = facts["names"]
    assert isinstance(names, set)
    missing = [n for n in committed if member_name(n) not in names]
    assert missing == []
    assert member_name(after[0]) in names
    assert facts["members"] == facts["memberships"] == len(committed) + 1
    print(
        f"\n[full disk] {len(committed)} commits before the disk filled, 0 lost; "
        f"message: {full[0][5:]}; write after freeing space: ok"
    )

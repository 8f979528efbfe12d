"""Kill: a writer is SIGKILLed at random moments; nothing it reported committed is lost.

The child writes business transactions through the services (a member and their team
membership, with change-log rows) and reports each one on a pipe after its commit returns.
After every kill: the ledger passes the door check and ``integrity_check``, every reported
commit is there, and no transaction is half there.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
from pathlib import Path

import pytest

from station_desk.db.safekeeping.door import check_on_open
from station_desk.db.schema.ledger import open_ledger
from station_desk.domain.search import member_search_keys
from tests.reliability.harness_support import TIMEOUT_S, scaled
from tests.reliability.reliability_support import (
    fork_child,
    integrity,
    ledger_facts,
    member_name,
    member_number,
    read_lines,
    seed_ledger,
    write_member,
)

RUNS = scaled(60)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")


def _writer(path: Path, team_id: int, start: int, out_fd: int) -> None:
    ledger = open_ledger(path, create=False)
    n = start
    try:
        while True:
            with ledger.unit_of_work("写入进程") as session:
                write_member(session, team_id, n)
            os.write(out_fd, f"{n}\n".encode())
            n += 1
    except Exception as exc:
        os.write(out_fd, f"error {exc!r}\n"[:500].encode())
        raise


@pytest.mark.slow
@pytest.mark.timeout(TIMEOUT_S)
def test_sigkill_at_random_moments_loses_no_commit(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    team_id = seed_ledger(path)
    member_search_keys(name="预热", phone="", id_number="", former_unit="")  # pinyin, pre-fork
    rng = random.Random(20240601)
    reported: set[int] = set()
    seen: set[int] = set()
    next_n = 0
    lost = half = mid_transaction = 0
    started = time.perf_counter()
    for _run in range(RUNS):
        start = next_n
        pid, fd = fork_child(lambda out, start=start: _writer(path, team_id, start, out))
        target = rng.randrange(0, 4)
        lines = read_lines(fd, until=lambda got, t=target: len(got) >= t) if target else []
        time.sleep(rng.uniform(0, 0.03))  # the kill lands anywhere in the next transaction
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        lines += read_lines(fd)
        os.close(fd)
        assert not [line for line in lines if line.startswith("error")]
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        run_reported = {int(line) for line in lines}
        reported |= run_reported

        health = check_on_open(path, keep_aside=False)
        assert health.ok, health.problems
        assert integrity(path) == ["ok"]
        facts = ledger_facts(path)
        names = facts["names"]
        assert isinstance(names, set)
        lost += sum(1 for n in reported if member_name(n) not in names)
        counts = (
            facts["members"],
            facts["memberships"],
            facts["member_logs"],
            facts["membership_logs"],
        )
        half += len(set(counts)) != 1 or facts["fk_problems"] != 0
        present = {member_number(name) for name in names}
        unreported = present - reported - seen
        mid_transaction += len(unreported)
        seen |= present
        next_n = max(present | reported, default=-1) + 1
    elapsed = time.perf_counter() - started
    print(
        f"\n[kill] {RUNS} SIGKILL runs, {len(reported)} reported commits, {lost} lost, "
        f"{half} half transactions, {mid_transaction} commits whose report the kill cut off, "
        f"{elapsed:.1f} s"
    )
    assert lost == 0
    assert half == 0
    assert len(reported) >= RUNS // 2

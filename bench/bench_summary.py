"""How long the 统计 figures take on a big ledger (issue: "within 1 s at 100,000 members").

    uv run station-desk demo --db /tmp/big.sqlite3 --members 100000   # about a minute
    uv run python bench/bench_summary.py /tmp/big.sqlite3

Prints the first call in a fresh process (SQL compiled, pages read from disk cache) and the
best of the following calls, for the whole ledger and for one station, plus each part.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from station_desk.db import summary as s
from station_desk.db import summary_activity as a
from station_desk.db.ledger import open_ledger
from station_desk.records_summary import Period

RUNS = 5


def timed(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def main(path: Path, year: int = 2021) -> None:
    ledger = open_ledger(path, create=False)
    start, end = date(year, 1, 1), date(year, 12, 31)
    period = Period(start, end)
    with ledger.reading() as session:
        first = timed(lambda: s.summary_figures(session, start, end))
        best = min(timed(lambda: s.summary_figures(session, start, end)) for _ in range(RUNS))
        one = min(timed(lambda: s.summary_figures(session, start, end, 3)) for _ in range(RUNS))
        print(f"summary {year}: first call {first:.3f} s, best of {RUNS} {best:.3f} s")
        print(f"summary {year}, station 3: best of {RUNS} {one:.3f} s")
        parts: dict[str, Callable[[], object]] = {
            "stations": lambda: s._stations(session, None),
            "branches": lambda: s._branches(session, None),
            "members": lambda: s._members(session, period, None),
            "posts": lambda: s._posts(session, period, None),
            "teams": lambda: s._teams(session, period, None),
            "service": lambda: a.service_figures(session, period, None),
            "donations": lambda: a.donation_figures(session, period, None),
            "events": lambda: a.event_figures(session, period, None),
            "works": lambda: a.work_figures(session, period, None),
        }
        for name, func in parts.items():
            print(f"  {name:<10} {min(timed(func) for _ in range(RUNS)):.3f} s")
    ledger.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))

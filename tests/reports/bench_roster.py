"""Time the paginated roster against the one-LongTable baseline: ``uv run python tests/reports/bench_roster.py``."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from station_desk.reports.baseline import write_roster_longtable
from station_desk.reports.fonts import SANS, register
from station_desk.reports.roster import write_roster
from tests.reports.report_samples import roster


def main(rows: int = 10_000) -> None:
    """Print seconds and pages for both writers on the same ``rows``-row, 8-column roster.

    CPU time is printed too: on a shared two-core machine wall time also measures the
    neighbours.
    """
    register(SANS)
    doc = roster(rows)
    with tempfile.TemporaryDirectory() as folder:
        for name, writer in (("paginated", write_roster), ("longtable", write_roster_longtable)):
            start, cpu = time.perf_counter(), time.process_time()
            pages = writer(doc, Path(folder) / f"{name}.pdf")
            wall, cpu = time.perf_counter() - start, time.process_time() - cpu
            print(f"{name}: {rows} rows, {pages} pages, {wall:.2f} s wall, {cpu:.2f} s CPU")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)

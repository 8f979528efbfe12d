"""Import speed: the 10,000-row roster fixture, parse + dry run and parse + commit, CPU seconds.

    uv run python bench/bench_import.py

Budget (issue 5): dry run and commit each under 5 s. Rows the fixture gets wrong on purpose
(party dates before birth) are reported as errors; warnings are accepted.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from station_desk.db.ledger import open_ledger
from station_desk.enums import BranchCategory
from station_desk.inputs import BranchData
from station_desk.services.imports import ImportOptions, commit_import, dry_run, load_sheet
from station_desk.services.org import add_branch, add_community, add_grid

ROSTER = (
    Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "exchange" / "members_10k.xlsx"
)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        ledger = open_ledger(Path(folder) / "bench.sqlite3")
        with ledger.unit_of_work() as session:
            for community in ("翠屏社区", "环秀社区", "会仙山社区"):
                community_id = add_community(session, community)
                for n in "一二三四五":
                    add_grid(session, community_id, f"第{n}网格")
            add_branch(session, BranchData("县直机关离退休干部第一党支部", BranchCategory.COUNTY))
        options = ImportOptions(accept_warnings=True, skip_errors=True)
        for label, run in (("dry run", dry_run), ("commit", commit_import)):
            cpu, wall = time.process_time(), time.perf_counter()
            sheet, parsed = load_sheet(ROSTER, "members")
            parse_cpu = time.process_time() - cpu
            preview = run(ledger, sheet, parsed, options)
            print(
                f"{label:8} {time.process_time() - cpu:5.2f} s CPU "
                f"(parse {parse_cpu:.2f}), {time.perf_counter() - wall:5.2f} s wall: "
                f"{preview.summary()}"
            )
        ledger.close()


if __name__ == "__main__":
    main()

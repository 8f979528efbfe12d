"""The benchmark harness must keep working: run ``bench/run.py --quick`` end to end.

No timing is asserted (a loaded CI machine would make that flaky); the test checks that
every case ran and that the table has a row for each, with the quick-size verdicts.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CASE_ROWS = {
    "startup": "start-up to first paint",
    "search": "search, typed a key at a time",
    "roster": "roster PDF vs one LongTable",
    "import": "import ",
    "memory": "peak memory",
    "summary": "summary figures",
    "demo": "build the demo ledger",
}


@pytest.mark.slow
def test_quick_bench_runs_every_case(tmp_path: Path) -> None:
    env = dict(os.environ, STATION_DESK_BENCH_CACHE=str(tmp_path / "cache"))
    env["STATION_DESK_DATA"] = str(tmp_path / "data")
    out = tmp_path / "results.md"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--out", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "FAILED" not in done.stdout
    table = [line for line in done.stdout.splitlines() if line.startswith("| ")]
    body = table[1:]
    for case, label in CASE_ROWS.items():
        assert any(label in line for line in body), f"no row for case {case}:\n{done.stdout}"
    assert all("n/a at quick size" in line or "| — " in line for line in body), done.stdout
    assert out.read_text(encoding="utf-8").count("| ") >= len(CASE_ROWS)

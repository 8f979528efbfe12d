"""The comparison tool's rules (bench/comparison.py): ratio, noise, verdict and table.

Nothing is run or timed: the samples are made up, so each rule of "no slower" (issue 17,
Done when) is checked exactly, including where it must say SLOWER.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def cmp(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))
    return importlib.import_module("comparison")


def test_ratio_is_old_over_new_so_above_one_means_faster(cmp: ModuleType) -> None:
    assert cmp.ratio(2.0, 1.0) == 2.0
    assert cmp.ratio(1.0, 4.0) == 0.25
    assert cmp.ratio(1.0, 0.0) is None


def test_mad_is_the_median_distance_from_the_median(cmp: ModuleType) -> None:
    assert cmp.mad([1.0, 2.0, 10.0]) == 1.0  # distances 1, 0, 8
    assert cmp.mad([5.0]) == 0.0
    assert cmp.noise([1.0, 2.0, 10.0], [3.0, 3.0, 3.0]) == 2.0  # twice the larger MAD


def test_within_five_percent_is_no_slower(cmp: ModuleType) -> None:
    assert cmp.judge([1.00, 1.00, 1.00], [1.04, 1.04, 1.04]) == cmp.NO_SLOWER
    assert cmp.judge([0.95], [1.0]) == cmp.NO_SLOWER  # the boundary itself
    assert cmp.judge([1.0, 1.0, 1.0], [0.5, 0.5, 0.5]) == cmp.NO_SLOWER  # faster


def test_slower_beyond_the_noise_is_slower(cmp: ModuleType) -> None:
    assert cmp.judge([1.00, 1.01, 0.99], [1.20, 1.21, 1.19]) == cmp.SLOWER
    assert cmp.judge([1.0], [1.1]) == cmp.SLOWER  # one round: no noise measured, 5 % rule


def test_slower_within_the_scatter_is_no_slower_within_noise(cmp: ModuleType) -> None:
    # old 1.0 ± MAD 0.1, new 1.1: 10 % worse, but 0.1 <= 2 x 0.1 of scatter
    assert cmp.judge([0.9, 1.0, 1.1], [1.1, 1.1, 1.1]) == cmp.WITHIN_NOISE
    # the same medians with twice the gap are beyond it
    assert cmp.judge([0.9, 1.0, 1.1], [1.3, 1.3, 1.3]) == cmp.SLOWER


def test_paired_ratio_is_the_median_of_each_rounds_ratio(cmp: ModuleType) -> None:
    # a busy second round slows both sides: per round the new tree is 2x faster each time
    assert cmp.paired_ratio([1.0, 4.0, 1.2], [0.5, 2.0, 0.6]) == 2.0
    assert cmp.paired_ratio([1.0], [0.0]) is None
    assert cmp.paired_ratio([], [1.0]) is None


def test_a_row_measured_on_one_side_only_is_not_judged(cmp: ModuleType) -> None:
    assert cmp.judge([], [1.0]) == cmp.MISSING
    assert cmp.judge([1.0], []) == cmp.MISSING


def test_samples_go_to_their_side_with_their_baseline(cmp: ModuleType) -> None:
    row = cmp.Samples("roster", "s", baseline_name="reportlab LongTable")
    row.add(cmp.OLD, 2.0, 9.0)
    row.add(cmp.NEW, 1.0, None)
    assert (row.old, row.new, row.old_baseline, row.new_baseline) == ([2.0], [1.0], [9.0], [])


def test_table_has_medians_ratio_noise_verdict_and_the_baseline_check(cmp: ModuleType) -> None:
    roster = cmp.Samples("roster PDF", "s", baseline_name="reportlab LongTable")
    for old, new in ((2.0, 1.6), (2.2, 1.6), (2.1, 1.7)):
        roster.add(cmp.OLD, old, 9.0)
        roster.add(cmp.NEW, new, 9.9)
    memory = cmp.Samples("peak memory", "MB")
    memory.add(cmp.OLD, 300.0, None)
    only_new = cmp.Samples("a new case", "s")
    only_new.add(cmp.NEW, 0.5, None)
    lines = cmp.verdicts({r.case: r for r in (roster, memory, only_new)})
    assert [v.verdict for v in lines] == [cmp.NO_SLOWER, cmp.MISSING, cmp.MISSING]
    assert lines[0].old == 2.1 and lines[0].new == 1.6 and lines[0].rounds == 3
    text = cmp.table(lines)
    body = text.splitlines()
    assert [cell.strip() for cell in body[0].split("|")[1:-1]] == [
        "case",
        "old (median)",
        "new (median)",
        "ratio old÷new",
        "noise",
        "verdict",
        "paired",
    ]
    roster_line = next(line for line in body if line.startswith("| roster PDF"))
    assert "2.100 s" in roster_line and "1.600 s" in roster_line and "1.31" in roster_line
    assert "± 0.200 s" in roster_line  # 2 x MAD of old (0.1 s)
    assert roster_line.rstrip(" |").endswith("1.25")  # paired: 2.0/1.6, 2.2/1.6, 2.1/1.7
    assert "- roster PDF: reportlab LongTable: old 9.000 s, new 9.900 s, ratio 0.91" in body
    memory_line = next(line for line in body if line.startswith("| peak memory"))
    assert "300 MB" in memory_line and "| —" in memory_line and cmp.MISSING in memory_line
    assert cmp.worst(lines) == cmp.MISSING
    assert cmp.worst(lines[:1]) == cmp.NO_SLOWER


def test_worst_puts_slower_first(cmp: ModuleType) -> None:
    slow = cmp.Samples("slow", "s", old=[1.0], new=[2.0])
    gone = cmp.Samples("gone", "s", old=[1.0])
    assert cmp.worst(cmp.verdicts({"a": gone, "b": slow})) == cmp.SLOWER


def test_compare_knows_every_case_the_bench_has(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCH))
    compare = importlib.import_module("compare")
    cases = importlib.import_module("cases")
    assert compare.CASES == cases.NAMES


def test_side_drives_the_bench_folder_it_is_given(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """side.py runs in the other tree's environment: that tree's bench/ must come first, and
    the folder side.py itself sits in must not be on the path at all (no mixing of trees)."""
    monkeypatch.syspath_prepend(str(BENCH))
    side = importlib.import_module("side")
    monkeypatch.setattr("sys.path", [str(BENCH), "/somewhere/else"])
    side.use_bench(tmp_path)
    assert sys.path == [str(tmp_path.resolve()), "/somewhere/else"]

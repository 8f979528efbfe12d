"""The pure half of ``compare.py``: medians, ratio, noise, verdict and the table.

No process is started and nothing is timed here, so ``tests/unit/test_bench_compare.py``
checks every rule without running a benchmark.

The rule (issue 17, "Done when": the benchmarks are no slower). For each row of the table
(a case's measurement, matched by its label on both sides) both trees were measured in
alternating rounds of the same run. ``ratio = old median ÷ new median``: above 1 the new
tree is faster (or, for memory, smaller). The verdict is **no slower** when the ratio is at
least 0.95, or when the new median exceeds the old by no more than the noise: twice the
larger of the two sides' median absolute deviations (MAD) over the rounds. The MAD is the
round-to-round scatter of each side on this machine in this run; with one round it is 0
and only the 5 % rule applies. Otherwise the verdict is **SLOWER**.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

THRESHOLD = 0.95
NOISE_MADS = 2.0
NO_SLOWER = "no slower"
WITHIN_NOISE = "no slower (within noise)"
SLOWER = "SLOWER"
MISSING = "not measured"
OLD, NEW = "old", "new"


@dataclass
class Samples:
    """One row of the table: every round's value on each side, in the row's unit."""

    case: str
    unit: str
    old: list[float] = field(default_factory=list)
    new: list[float] = field(default_factory=list)
    #: The case's in-run baseline on each side (the same work on both: a check of noise).
    baseline_name: str = ""
    old_baseline: list[float] = field(default_factory=list)
    new_baseline: list[float] = field(default_factory=list)

    def add(self, side: str, value: float, baseline: float | None) -> None:
        (self.old if side == OLD else self.new).append(value)
        if baseline is not None:
            (self.old_baseline if side == OLD else self.new_baseline).append(baseline)


@dataclass(frozen=True)
class Verdict:
    """What the table prints for one row."""

    case: str
    unit: str
    old: float | None
    new: float | None
    ratio: float | None
    noise: float | None
    verdict: str
    paired: float | None
    rounds: int
    baseline_note: str = ""


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def mad(values: Sequence[float]) -> float:
    """Median absolute deviation from the median: the typical round-to-round scatter."""
    if len(values) < 2:
        return 0.0
    centre = median(values)
    return median([abs(v - centre) for v in values])


def ratio(old: float, new: float) -> float | None:
    """old ÷ new, so above 1 means the new tree is faster; None when new is not positive."""
    if new <= 0:
        return None
    return old / new


def paired_ratio(old: Sequence[float], new: Sequence[float]) -> float | None:
    """Median over the rounds of that round's old ÷ new. The two sides of a round run one
    after the other, so a neighbour's load that lasts a round weighs on both; shown beside
    the ratio of medians as a second reading, not used by the verdict."""
    ratios = [o / n for o, n in zip(old, new, strict=False) if n > 0]
    return median(ratios) if ratios else None


def noise(old: Sequence[float], new: Sequence[float]) -> float:
    """The difference that scatter alone explains: NOISE_MADS times the larger MAD."""
    return NOISE_MADS * max(mad(old), mad(new))


def judge(old: Sequence[float], new: Sequence[float], threshold: float = THRESHOLD) -> str:
    """The verdict for one row from its samples on both sides."""
    if not old or not new:
        return MISSING
    old_m, new_m = median(old), median(new)
    r = ratio(old_m, new_m)
    if r is None or r >= threshold:
        return NO_SLOWER
    if new_m - old_m <= noise(old, new):
        return WITHIN_NOISE
    return SLOWER


def baseline_note(row: Samples) -> str:
    if not row.old_baseline or not row.new_baseline:
        return ""
    old_m, new_m = median(row.old_baseline), median(row.new_baseline)
    r = ratio(old_m, new_m)
    shown = "—" if r is None else f"{r:.2f}"
    return (
        f"{row.baseline_name}: old {format_value(old_m, row.unit)}, "
        f"new {format_value(new_m, row.unit)}, ratio {shown}"
    )


def verdicts(rows: Mapping[str, Samples], threshold: float = THRESHOLD) -> list[Verdict]:
    out = []
    for row in rows.values():
        old_m = median(row.old) if row.old else None
        new_m = median(row.new) if row.new else None
        both = old_m is not None and new_m is not None
        out.append(
            Verdict(
                case=row.case,
                unit=row.unit,
                old=old_m,
                new=new_m,
                ratio=ratio(old_m, new_m) if old_m is not None and new_m is not None else None,
                noise=noise(row.old, row.new) if both else None,
                verdict=judge(row.old, row.new, threshold),
                paired=paired_ratio(row.old, row.new),
                rounds=min(len(row.old), len(row.new)),
                baseline_note=baseline_note(row),
            )
        )
    return out


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.3f} s" if value >= 0.1 else f"{value * 1000:.1f} ms"
    if unit == "ms":
        return f"{value:.1f} ms"
    return f"{value:.0f} {unit}"


def table(lines: Sequence[Verdict]) -> str:
    """The comparison as a Markdown table, then the baselines as a check of noise."""
    header = ("case", "old (median)", "new (median)", "ratio old÷new", "noise", "verdict", "paired")
    cells = [header]
    for v in lines:
        cells.append(
            (
                v.case,
                format_value(v.old, v.unit),
                format_value(v.new, v.unit),
                "—" if v.ratio is None else f"{v.ratio:.2f}",
                "—" if v.noise is None else f"± {format_value(v.noise, v.unit)}",
                v.verdict,
                "—" if v.paired is None else f"{v.paired:.2f}",
            )
        )
    widths = [max(len(line[i]) for line in cells) for i in range(len(header))]
    out = []
    for number, line in enumerate(cells):
        out.append("| " + " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) + " |")
        if number == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    notes = [f"- {v.case}: {v.baseline_note}" for v in lines if v.baseline_note]
    if notes:
        out += [
            "",
            "Baselines in the cases, the same work on both sides (old ÷ new shows the noise):",
        ]
        out += notes
    return "\n".join(out)


def worst(lines: Sequence[Verdict]) -> str:
    """SLOWER if any row is, else MISSING if any row lacks a side, else NO_SLOWER."""
    found = {v.verdict for v in lines}
    for verdict in (SLOWER, MISSING):
        if verdict in found:
            return verdict
    return NO_SLOWER

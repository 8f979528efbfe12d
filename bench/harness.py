"""What every case shares: the run settings, interleaved timing, and one row of the table.

Each case times its own code and its baseline in the same run, alternating which goes
first, so a neighbour's burst of load on a shared machine lands on both sides alike.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

NA_QUICK = "n/a at quick size"


@dataclass(frozen=True)
class Sizes:
    """How big the ledgers and files are: the issue's sizes, or small ones for --quick."""

    members: int
    roster_rows: int
    import_rows: int
    demo_members: int


FULL = Sizes(members=100_000, roster_rows=10_000, import_rows=10_000, demo_members=100_000)
QUICK = Sizes(members=2_000, roster_rows=500, import_rows=500, demo_members=2_000)


@dataclass
class BenchContext:
    """Settings of one harness run, plus the ledgers it has built or found in the cache."""

    quick: bool
    runs: int
    work_dir: Path
    cache_dir: Path
    seed: int = 1
    ledger_for: Callable[[int], Path] | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def sizes(self) -> Sizes:
        return QUICK if self.quick else FULL

    def ledger(self, members: int) -> Path:
        """A private copy of the cached demo ledger with ``members`` members."""
        assert self.ledger_for is not None
        return self.ledger_for(members)


@dataclass(frozen=True)
class Row:
    """One line of the results table. ``met`` is None when no target applies (quick size)."""

    case: str
    ours: float
    unit: str
    target: str
    met: bool | None
    baseline: float | None = None
    baseline_name: str = ""
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.ours <= 0:
            return None
        return self.baseline / self.ours


def judged(quick: bool, ok: bool) -> bool | None:
    """A target's verdict, or None at quick size where the targets do not apply."""
    return None if quick else ok


def median(samples: Sequence[float]) -> float:
    return float(statistics.median(samples))


def interleaved(
    runs: int,
    contenders: Mapping[str, Callable[[], object]],
    *,
    before_each: Callable[[str], None] | None = None,
) -> dict[str, list[float]]:
    """Wall seconds of each contender, ``runs`` times, the order rotating every round."""
    names = list(contenders)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for round_no in range(runs):
        shift = round_no % len(names)
        for name in names[shift:] + names[:shift]:
            if before_each is not None:
                before_each(name)
            start = time.perf_counter()
            contenders[name]()
            samples[name].append(time.perf_counter() - start)
    return samples


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.2f} s" if value >= 0.1 else f"{value * 1000:.1f} ms"
    if unit == "ms":
        return f"{value:.1f} ms"
    return f"{value:.0f} {unit}"


def verdict(row: Row) -> str:
    if row.met is None:
        return NA_QUICK if row.target else "—"
    return "met" if row.met else "MISSED"


def table(rows: Sequence[Row]) -> str:
    """The results as a Markdown table (it reads fine in a terminal too)."""
    header = ("case", "ours (median)", "baseline", "baseline (median)", "ratio", "target", "result")
    lines = [header]
    for row in rows:
        ratio = row.ratio
        lines.append(
            (
                row.case,
                format_value(row.ours, row.unit),
                row.baseline_name or "—",
                format_value(row.baseline, row.unit),
                "—" if ratio is None else f"{ratio:.1f}x",
                row.target or "—",
                verdict(row),
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for number, line in enumerate(lines):
        out.append("| " + " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) + " |")
        if number == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    notes = [f"- {row.case}: {row.note}" for row in rows if row.note]
    return "\n".join(out + (["", *notes] if notes else []))

"""6. Summary: the year's figures (统计) on the big ledger."""

from __future__ import annotations

from datetime import date

from harness import BenchContext, Row, interleaved, judged, median

from station_desk.db.queries.summary import summary_figures
from station_desk.db.schema.ledger import open_ledger

TARGET_S = 1.0
YEAR = 2021


def run(ctx: BenchContext) -> list[Row]:
    ledger = open_ledger(ctx.ledger(ctx.sizes.members), create=False)
    start, end = date(YEAR, 1, 1), date(YEAR, 12, 31)
    try:
        with ledger.reading() as session:
            summary_figures(session, start, end)
            samples = interleaved(
                ctx.runs,
                {
                    "whole ledger": lambda: summary_figures(session, start, end),
                    "one station": lambda: summary_figures(session, start, end, 1),
                },
            )
    finally:
        ledger.close()
    ours = median(samples["whole ledger"])
    return [
        Row(
            case=f"summary figures {YEAR} ({ctx.sizes.members:,} members)",
            ours=ours,
            unit="s",
            target=f"< {TARGET_S:.0f} s",
            met=judged(ctx.quick, ours < TARGET_S),
            note=f"one station: {median(samples['one station']) * 1000:.0f} ms; "
            "first call (SQL compiled) excluded",
        )
    ]

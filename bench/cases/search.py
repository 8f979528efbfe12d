"""2. Search: keystroke to repainted members table, against a QSortFilterProxyModel."""

from __future__ import annotations

from harness import BenchContext, Row, judged, median
from probe_runner import run_probe

TARGET_S = 0.050
TARGET_SPEEDUP = 8.0


def run(ctx: BenchContext) -> list[Row]:
    ledger = ctx.ledger(ctx.sizes.members)
    result = run_probe(["search", str(ledger), "--runs", str(ctx.runs)], ctx.cache_dir).result
    ours, proxy = median(result["ours"]), median(result["proxy"])
    mismatches = result["mismatches"]
    shown = ", ".join(f"{q} {n}" for q, n in result["counts"].items())
    note = f"10 queries x {ctx.runs} rounds over {result['rows']:,} rows; rows shown: {shown}"
    if mismatches:
        note += f"; MISMATCH with the proxy: {'; '.join(mismatches)}"
    return [
        Row(
            case=f"search, keystroke to table ({ctx.sizes.members:,} members)",
            ours=ours,
            unit="s",
            baseline=proxy,
            baseline_name="QSortFilterProxyModel",
            target=f"< {TARGET_S * 1000:.0f} ms and >= {TARGET_SPEEDUP:.0f}x",
            met=judged(
                ctx.quick,
                ours < TARGET_S and proxy / ours >= TARGET_SPEEDUP and not mismatches,
            ),
            note=note,
        )
    ]

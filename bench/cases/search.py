"""2. Search: keystroke to repainted members table, against a QSortFilterProxyModel."""

from __future__ import annotations

from harness import BenchContext, Row, judged, median
from probe_runner import run_probe

TARGET_S = 0.050
TARGET_SPEEDUP = 8.0


def run(ctx: BenchContext) -> list[Row]:
    ledger = ctx.ledger(ctx.sizes.members)
    result = run_probe(["search", str(ledger), "--runs", str(ctx.runs)], ctx.cache_dir).result
    mismatches = result["mismatches"]
    size = f"{ctx.sizes.members:,} members"
    shown = ", ".join(f"{q} {n}" for q, n in result["counts"].items())
    rows = []
    for mode, what in (("typed", "typed a key at a time"), ("pasted", "whole query at once")):
        ours, proxy = median(result[f"{mode} ours"]), median(result[f"{mode} proxy"])
        ok = ours < TARGET_S and proxy / ours >= TARGET_SPEEDUP and not mismatches
        note = f"{len(result[f'{mode} ours'])} keystrokes over 10 queries"
        if mode == "typed":
            note += f"; rows shown: {shown}"
            if mismatches:
                note += f"; MISMATCH with the proxy: {'; '.join(mismatches[:5])}"
        rows.append(
            Row(
                case=f"search, {what} ({size})",
                ours=ours,
                unit="s",
                baseline=proxy,
                baseline_name="QSortFilterProxyModel",
                target=f"< {TARGET_S * 1000:.0f} ms and >= {TARGET_SPEEDUP:.0f}x",
                met=judged(ctx.quick, ok),
                note=note,
            )
        )
    return rows

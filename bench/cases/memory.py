"""5. Memory: peak resident set of the desk with the ledger open and searched."""

from __future__ import annotations

from harness import BenchContext, Row, judged
from probe_runner import run_probe

TARGET_MB = 400.0


def run(ctx: BenchContext) -> list[Row]:
    ledger = ctx.ledger(ctx.sizes.members)
    desk = run_probe(["memory", str(ledger)], ctx.cache_dir).result
    bare = run_probe(["bare"], ctx.cache_dir).result
    ours = float(desk["peak_rss_mb"])
    return [
        Row(
            case=f"peak memory, opened and searched ({ctx.sizes.members:,} members)",
            ours=ours,
            unit="MB",
            baseline=float(bare["peak_rss_mb"]),
            baseline_name="bare QLabel window",
            target=f"< {TARGET_MB:.0f} MB",
            met=judged(ctx.quick, ours < TARGET_MB),
            note="VmHWM of one process; one measurement (peak memory barely varies)",
        )
    ]

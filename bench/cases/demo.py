"""7. Demo: building the big demo ledger from nothing (once: it takes about a minute)."""

from __future__ import annotations

import time

from harness import BenchContext, Row, judged

from station_desk.db.demo import build_demo

TARGET_S = 60.0


def run(ctx: BenchContext) -> list[Row]:
    members = ctx.sizes.demo_members
    path = ctx.work_dir / "demo-build.sqlite3"
    start, cpu = time.perf_counter(), time.process_time()
    build_demo(path, members=members, seed=ctx.seed + 100)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    size_mb = path.stat().st_size / 1e6
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return [
        Row(
            case=f"build the demo ledger ({members:,} members)",
            ours=wall,
            unit="s",
            target=f"< {TARGET_S:.0f} s",
            met=judged(ctx.quick, wall < TARGET_S),
            note=f"one build; CPU {cpu:.1f} s of the wall time; file {size_mb:.0f} MB",
        )
    ]

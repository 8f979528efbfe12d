"""Door check: what opening a ledger costs before the clerk sees it (issue 15, item 2).

Two doors on the big ledger: a **sealed** one (untouched since a clean close: header,
``quick_check``, ``foreign_key_check`` and the SHA-256 against the seal) and a **stale**
one (written since, left by a crash or copied in: the same plus the full
``integrity_check``, the only check that sees an index no longer matching its table).
"""

from __future__ import annotations

import os
import time

from harness import BenchContext, Row, interleaved, judged, median

from station_desk.db.safekeeping.door import check_on_open
from station_desk.db.safekeeping.health import seal_state, write_seal

TARGET_S = 1.0


def run(ctx: BenchContext) -> list[Row]:
    path = ctx.ledger(ctx.sizes.members)
    assert write_seal(path)

    def sealed() -> None:
        assert check_on_open(path, keep_aside=False).ok

    cpu: list[float] = []

    def stale() -> None:
        os.utime(path)  # as after a session that ended without its seal
        assert seal_state(path) == "stale"
        started = time.process_time()
        assert check_on_open(path, keep_aside=False).ok
        cpu.append(time.process_time() - started)
        write_seal(path)

    samples = interleaved(ctx.runs, {"sealed": sealed, "stale": stale})
    ours = median(samples["stale"])
    size_mb = path.stat().st_size / 1024 / 1024
    return [
        Row(
            case=f"door check, stale seal ({ctx.sizes.members:,} members, {size_mb:.0f} MB)",
            ours=ours,
            unit="s",
            target=f"< {TARGET_S:.0f} s",
            met=judged(ctx.quick, ours < TARGET_S),
            note=f"sealed (checksum, quick_check): {median(samples['sealed']) * 1000:.0f} ms; "
            f"stale adds integrity_check; stale CPU time {median(cpu):.2f} s "
            "(wall time above it is other processes' load)",
        )
    ]

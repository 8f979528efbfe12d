"""9. Hostile spreadsheets (issue 15, item 6): tiny files that would make a trusting reader
allocate gigabytes, each imported by the command line (``import members FILE --dry-run``)
in a fresh process; wall time and the process's peak memory until it refuses.

The files come from tests/fixtures/hostile.py: a 1.5 KB sheet declaring cell A2000000000,
one with column ZZZZZZ, legal cells at A1 and XFD1048576, a 1 MB zip that inflates to
1 GiB, and the same with a directory that lies about the size. Before limits.py the first
three took 2.5-2.8 GB and 9-23 s. Target: each refused within 2 s and 300 MB.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time
from pathlib import Path

from harness import BenchContext, Row, judged
from probe_runner import probe_env

from station_desk.db.schema.ledger import open_ledger
from station_desk.exchange.errors import ExchangeError
from station_desk.exchange.reading import read_table

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.fixtures import hostile
from tests.fixtures.hostile import PEAK_THEN_CLI

TARGET_S = 2.0
TARGET_MB = 300
GIB = 1 << 30


def _refused(ledger: Path, path: Path, data: Path, cache: Path) -> tuple[float, float, str]:
    """Wall seconds, peak MB and the first line the command printed on refusing. Bytecode
    is cached as an installed program has it (``probe_env``), so the start is not a
    compile of every module from source. The peak is the command's own VmHWM, read as it
    exits (a child's ``ru_maxrss`` would count the pages of the process it was forked
    from)."""
    env = {**probe_env(cache), "STATION_DESK_DATA": str(data)}
    peak_file = data.parent / "hostile-peak.txt"
    command = [sys.executable, "-c", PEAK_THEN_CLI, str(peak_file), "--db", str(ledger)]
    command += ["import", "members", str(path), "--dry-run"]
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    said = result.stderr.strip().splitlines()
    return elapsed, int(peak_file.read_text()) / 1024, said[0] if said else "(no message)"


def run(ctx: BenchContext) -> list[Row]:
    size = 64 << 20 if ctx.quick else GIB
    folder = ctx.cache_dir / "hostile"
    folder.mkdir(parents=True, exist_ok=True)
    makers = {
        "cell A2000000000": hostile.far_row,
        "column ZZZZZZ": hostile.far_column,
        "cells A1 and XFD1048576": hostile.far_corner,
        f"zip inflating to {size >> 20} MB": lambda p: hostile.inflating(p, size),
        f"zip lying about {size >> 20} MB": lambda p: hostile.lying(p, size),
    }
    if ctx.quick:  # the harness's own test: two files, one run each
        makers = dict(list(makers.items())[::3][:2])
    ledger = ctx.work_dir / "hostile.sqlite3"
    open_ledger(ledger).close()
    rows = []
    for index, (what, make) in enumerate(makers.items()):
        path = folder / f"bomb-{index}-{size >> 20}.xlsx"
        if not path.exists():
            make(path)
        if not ctx.quick:
            _refused(ledger, path, ctx.work_dir / "data", ctx.cache_dir)  # warm the bytecode
        seconds, peak, said = _refused(ledger, path, ctx.work_dir / "data", ctx.cache_dir)
        inside = time.perf_counter()
        with contextlib.suppress(ExchangeError):
            read_table(path)
        inside = time.perf_counter() - inside
        rows.append(
            Row(
                case=f"hostile .xlsx ({path.stat().st_size // 1024:,} KB): {what}",
                ours=seconds,
                unit="s",
                target=f"< {TARGET_S:.0f} s, < {TARGET_MB} MB",
                met=judged(ctx.quick, seconds < TARGET_S and peak < TARGET_MB),
                note=f"peak {peak:.0f} MB; refused {inside * 1000:.0f} ms after the start; {said[:80]}",
            )
        )
    return rows

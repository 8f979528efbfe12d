"""Benchmarks at city scale: each case against its baseline, in one run.

    uv run python bench/run.py                 # the issue's sizes (100,000 members)
    uv run python bench/run.py --quick         # small sizes, targets reported as n/a
    uv run python bench/run.py --only search --only roster
    uv run python bench/run.py --only summary --runs 1 --json rows.json

Prints one Markdown table (also written to --out) and exits 1 when a target is missed.
Demo ledgers are cached outside the repository (see ``ledgers.default_cache_dir``).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from cases import NAMES, runner
from harness import BenchContext, Row, load_average, table
from ledgers import cached_ledger, default_cache_dir, private_copy

EXIT_MISSED = 1
EXIT_FAILED = 2


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes; targets n/a")
    parser.add_argument("--only", action="append", choices=NAMES, help="run only CASE")
    parser.add_argument("--runs", type=int, help="repetitions per case (default 5, quick 1)")
    parser.add_argument("--cache", type=Path, default=None, help="folder for demo ledgers")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="also write the table to this file")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON to this file")
    return parser.parse_args(argv)


def machine_line() -> str:
    return (
        f"{platform.node()} · Python {platform.python_version()} · "
        f"load average at start {load_average()}"
    )


def as_json(started: str, rows: Sequence[Row], notes: list[str], failed: list[str]) -> str:
    """The run for other programs (``compare.py`` reads the same row fields via side.py)."""
    data = {
        "started": started,
        "rows": [dataclasses.asdict(row) for row in rows],
        "notes": notes,
        "failed": failed,
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    cache = args.cache or default_cache_dir()
    names = [n for n in NAMES if not args.only or n in args.only]
    with tempfile.TemporaryDirectory(prefix="station-desk-bench-") as folder:
        work = Path(folder)

        chosen: dict[int, Path] = {}

        def ledger_for(members: int) -> Path:
            """Fixed at first use, so a demo generator edited mid-run changes nothing."""
            if members not in chosen:
                chosen[members] = private_copy(cached_ledger(cache, members, args.seed), work)
            return chosen[members]

        ctx = BenchContext(
            quick=args.quick,
            runs=args.runs or (1 if args.quick else 5),
            work_dir=work,
            cache_dir=cache,
            seed=args.seed,
            ledger_for=ledger_for,
        )
        started = f"{datetime.now():%Y-%m-%d %H:%M} · {machine_line()}"
        print(f"# station-desk bench {started}", file=sys.stderr)
        rows: list[Row] = []
        failed: list[str] = []
        for name in names:
            print(f"… {name}", file=sys.stderr, flush=True)
            start = time.perf_counter()
            try:
                rows += runner(name)(ctx)
            except Exception:
                traceback.print_exc()
                failed.append(name)
            print(f"  {name} took {time.perf_counter() - start:.0f} s", file=sys.stderr)
    report = table(rows)
    footer = [f"size: {'quick' if args.quick else 'full'}; runs per case: {ctx.runs}"]
    footer.append(f"load average at end {load_average()}")
    footer += ctx.notes
    if failed:
        footer.append(f"cases that FAILED to run: {', '.join(failed)}")
    text = f"{report}\n\n" + "\n".join(footer) + "\n"
    print(text)
    if args.out is not None:
        args.out.write_text(f"{started}\n\n{text}", encoding="utf-8")
    if args.json is not None:
        args.json.write_text(as_json(started, rows, footer, failed), encoding="utf-8")
    if failed:
        return EXIT_FAILED
    return EXIT_MISSED if any(row.met is False for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())

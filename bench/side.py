"""One side of a comparison: run some cases of ONE tree's bench and write their rows as JSON.

``compare.py`` starts this file in each tree's own environment
(``uv run --directory TREE python …/side.py --bench TREE/bench …``). It puts that tree's
bench/ first on ``sys.path``, so the cases, harness and ledger cache that run are the
tree's own and import the tree's own ``station_desk``: the old tree keeps its old module
paths, and neither side imports the other's code. It drives only what every bench/ since
the harness began has (``cases.runner``, ``harness.BenchContext``, ``ledgers``), so it also
works on a tree whose ``run.py`` predates ``--json``. Nothing is timed here: the cases time
themselves, exactly as ``run.py`` would.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, required=True, help="the tree's bench/ folder")
    parser.add_argument("--only", action="append", required=True, help="run CASE")
    parser.add_argument("--runs", type=int, default=1, help="repetitions inside each case")
    parser.add_argument("--quick", action="store_true", help="small sizes")
    parser.add_argument("--cache", type=Path, required=True, help="folder for demo ledgers")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, required=True, help="write the result here")
    return parser.parse_args(argv)


def use_bench(bench: Path) -> None:
    """Make ``bench`` the folder ``cases``, ``harness`` and ``ledgers`` are imported from."""
    here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]
    sys.path.insert(0, str(bench.resolve()))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    use_bench(args.bench)
    from cases import runner
    from harness import BenchContext
    from ledgers import cached_ledger, private_copy

    import station_desk

    result: dict[str, Any] = {"station_desk": str(Path(station_desk.__file__).parent)}
    cases: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="station-desk-side-") as folder:
        work = Path(folder)
        chosen: dict[int, Path] = {}

        def ledger_for(members: int) -> Path:
            if members not in chosen:
                source = cached_ledger(args.cache, members, args.seed)
                chosen[members] = private_copy(source, work)
            return chosen[members]

        ctx = BenchContext(
            quick=args.quick,
            runs=args.runs,
            work_dir=work,
            cache_dir=args.cache,
            seed=args.seed,
            ledger_for=ledger_for,
        )
        for name in args.only:
            start = time.perf_counter()
            try:
                rows = [dataclasses.asdict(row) for row in runner(name)(ctx)]
                cases[name] = {"rows": rows, "error": None}
            except Exception:
                cases[name] = {"rows": [], "error": traceback.format_exc()}
            cases[name]["seconds"] = time.perf_counter() - start
    result["cases"] = cases
    result["notes"] = list(ctx.notes)
    args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

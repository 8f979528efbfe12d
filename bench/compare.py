"""Is this tree slower than an old revision? Both trees' own benches, alternately, in one run.

    uv run python bench/compare.py --old 98612d4 --quick --rounds 5
    uv run python bench/compare.py --old REV [--new DIR | --new-rev REV] [--only CASE ...]
                                   [--rounds N] [--runs N] [--quick] [--out FILE]

The old revision is checked out as a git worktree in the bench cache
(``<cache>/trees/<commit>``, reused by the next run) with its own ``uv sync`` environment
(the new tree's uv.lock is copied in when the revision has none, so both sides run the
same library versions). Each round runs every case once for each tree, the tree that goes
first alternating from case to case and round to round; each run is a fresh
``uv run --directory TREE python bench/side.py`` process driving that tree's OWN bench
code, so module paths that moved between the trees do not matter and neither side imports
the other's modules. The table gives each row's medians over the rounds, the ratio
old ÷ new (above 1: the new tree is faster) and the verdict (rule and noise measure in
``comparison.py``). Exit status 0: every row no slower; 1: some row SLOWER; 2: a case
failed to run or a row was measured on one side only.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from comparison import MISSING, NEW, OLD, SLOWER, Samples, table, verdicts, worst

ROOT = Path(__file__).resolve().parents[1]
SIDE = Path(__file__).with_name("side.py")
CASES = ("startup", "search", "roster", "import", "memory", "summary", "demo", "door", "hostile")
EXIT_SLOWER = 1
EXIT_FAILED = 2


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", required=True, help="git revision to compare against")
    parser.add_argument("--new", type=Path, default=ROOT, help="tree to judge (default: this)")
    parser.add_argument(
        "--new-rev", help="judge this revision instead (a worktree in the cache, like --old)"
    )
    parser.add_argument("--only", action="append", choices=CASES, help="run only CASE")
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds (default 5)")
    parser.add_argument("--runs", type=int, default=1, help="repetitions inside each case run")
    parser.add_argument("--quick", action="store_true", help="the bench's small sizes")
    parser.add_argument("--cache", type=Path, default=None, help="bench cache folder")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="also write the report to this file")
    parser.add_argument("--samples", type=Path, help="write every round's values as JSON here")
    return parser.parse_args(argv)


def default_cache_dir() -> Path:
    """The same folder as ledgers.default_cache_dir, without importing station_desk here."""
    explicit = os.environ.get("STATION_DESK_BENCH_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "station-desk-bench"


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def child_env() -> dict[str, str]:
    """Our environment minus the venv marker, so ``uv run`` picks each tree's own .venv."""
    env = dict(os.environ)
    env.pop("VIRTUAL_ENV", None)
    return env


def sync(tree: Path) -> None:
    subprocess.run(["uv", "sync", "--quiet", "--directory", str(tree)], check=True, env=child_env())


def rev_tree(repo: Path, rev: str, cache: Path) -> tuple[Path, str]:
    """A worktree of ``rev`` in the cache (made once, reused) with its environment synced."""
    commit = git(repo, "rev-parse", "--verify", f"{rev}^{{commit}}")
    path = cache / "trees" / commit[:12]
    if path.exists() and not (
        (path / ".git").exists() and git(path, "rev-parse", "HEAD") == commit
    ):
        subprocess.run(["git", "worktree", "remove", "--force", str(path)], cwd=repo, check=False)
        shutil.rmtree(path, ignore_errors=True)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        git(repo, "worktree", "prune")
        git(repo, "worktree", "add", "--detach", str(path), commit)
    lock = repo / "uv.lock"
    if lock.exists() and not (path / "uv.lock").exists():
        shutil.copyfile(lock, path / "uv.lock")
    sync(path)
    return path, commit


def run_side(tree: Path, case: str, args: argparse.Namespace, cache: Path) -> dict[str, Any]:
    """One fresh process of ``tree``'s environment running ``case`` of ``tree``'s bench."""
    with tempfile.TemporaryDirectory(prefix="station-desk-compare-") as folder:
        out = Path(folder) / "side.json"
        command = ["uv", "run", "--no-sync", "--directory", str(tree), "python", str(SIDE)]
        command += ["--bench", str(tree / "bench"), "--only", case, "--runs", str(args.runs)]
        command += ["--cache", str(cache), "--seed", str(args.seed), "--json", str(out)]
        if args.quick:
            command.append("--quick")
        done = subprocess.run(command, env=child_env(), capture_output=True, text=True)
        if done.returncode != 0 or not out.exists():
            raise RuntimeError(f"{tree}: side.py {case} failed:\n{done.stderr[-3000:]}")
        result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    if not Path(result["station_desk"]).resolve().is_relative_to(tree.resolve()):
        raise RuntimeError(f"{tree} imported station_desk from {result['station_desk']}")
    return result


def machine() -> str:
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{platform.node()}, nproc {os.cpu_count()}, {model or platform.machine()}"


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def describe(tree: Path) -> str:
    commit = git(tree, "rev-parse", "--short", "HEAD")
    dirty = git(tree, "status", "--porcelain", "--untracked-files=no")
    return f"{tree} at {commit}" + (" with uncommitted changes" if dirty else "")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    cache = (args.cache or default_cache_dir()).resolve()
    new = args.new.resolve()
    cases = [c for c in CASES if not args.only or c in args.only]
    started, clock = datetime.now(UTC), time.perf_counter()
    load_start = load()
    old, commit = rev_tree(new, args.old, cache)
    if args.new_rev:
        new, _ = rev_tree(new, args.new_rev, cache)
    else:
        sync(new)
    print(f"old {old} · new {new}", file=sys.stderr)
    rows: dict[str, Samples] = {}
    failed: dict[tuple[str, str], str] = {}
    for round_no in range(args.rounds):
        for index, case in enumerate(cases):
            order = (OLD, NEW) if (round_no + index) % 2 == 0 else (NEW, OLD)
            for side in order:
                if (side, case) in failed:
                    continue
                tree = old if side == OLD else new
                try:
                    ran = run_side(tree, case, args, cache)["cases"][case]
                except RuntimeError as error:
                    print(error, file=sys.stderr)
                    failed[side, case] = str(error).splitlines()[0]
                    continue
                print(
                    f"round {round_no + 1}/{args.rounds} {case:8} {side}: "
                    f"{ran['seconds']:.0f} s · load {load()}",
                    file=sys.stderr,
                    flush=True,
                )
                if ran["error"]:
                    print(ran["error"], file=sys.stderr)
                    failed[side, case] = ran["error"].strip().splitlines()[-1]
                    continue
                for row in ran["rows"]:
                    samples = rows.setdefault(
                        row["case"],
                        Samples(row["case"], row["unit"], baseline_name=row["baseline_name"]),
                    )
                    samples.add(side, float(row["ours"]), row["baseline"])
    lines = verdicts(rows)
    minutes = (time.perf_counter() - clock) / 60
    subject = git(new, "log", "-1", "--format=%h %s", commit)
    header = [
        f"- date: {started:%Y-%m-%d %H:%M} UTC; took {minutes:.1f} min",
        f"- machine: {machine()}; load average (1, 5, 15 min) {load_start} at the start, "
        f"{load()} at the end; Python {platform.python_version()}",
        f"- old: {subject[:100]}",
        f"- new: {describe(new)}",
        f"- size: {'quick' if args.quick else 'full'}; {args.rounds} rounds, "
        f"{args.runs} run(s) per case per round; cases: {', '.join(cases)}",
    ]
    footer = [f"- FAILED on {side}: {case}: {why}" for (side, case), why in failed.items()]
    overall = worst(lines)
    footer.append(f"- overall: {overall}")
    text = "\n".join(header) + "\n\n" + table(lines) + "\n\n" + "\n".join(footer) + "\n"
    print(text)
    if args.out is not None:
        args.out.write_text(text, encoding="utf-8")
    if args.samples is not None:
        raw = {"header": header, "rows": [dataclasses.asdict(r) for r in rows.values()]}
        args.samples.write_text(json.dumps(raw, ensure_ascii=False, indent=1), encoding="utf-8")
    if failed or overall == MISSING:
        return EXIT_FAILED
    return EXIT_SLOWER if overall == SLOWER else 0


if __name__ == "__main__":
    sys.exit(main())

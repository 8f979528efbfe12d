"""Demo ledgers for the cases, built once and kept in a cache folder outside the repository.

A 100,000-member demo takes about a minute to build, so it is cached, keyed by size, seed,
schema revision and a hash of the demo generator's source (a change to the generator
builds a fresh one). Cases get a private copy in the run's work folder, so nothing a case
does can alter the cached file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import station_desk.db as db_package
from station_desk.db.demo import build_demo
from station_desk.db.schema.ledger import head_revision

CACHE_ENV = "STATION_DESK_BENCH_CACHE"


def default_cache_dir() -> Path:
    """$STATION_DESK_BENCH_CACHE, else $XDG_CACHE_HOME/station-desk-bench, else ~/.cache/…"""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "station-desk-bench"


def generator_hash() -> str:
    """Digest of the files that decide what a demo ledger contains."""
    folder = Path(db_package.__file__).parent
    digest = hashlib.sha256()
    models = sorted((folder / "schema" / "models").glob("*.py"))
    for path in [*sorted((folder / "demo").glob("*.py")), *models]:
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _settle(path: Path) -> None:
    """Fold the WAL into the main file so one file is the whole ledger."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists() and side.stat().st_size == 0:
            side.unlink()


def cached_ledger(cache_dir: Path, members: int, seed: int) -> Path:
    """The cached demo ledger for (members, seed), built first if missing."""
    name = f"demo-{members}-s{seed}-{head_revision()}-{generator_hash()}.sqlite3"
    path = cache_dir / name
    if path.exists():
        return path
    cache_dir.mkdir(parents=True, exist_ok=True)
    partial = cache_dir / f"building-{os.getpid()}-{name}"
    print(f"building the {members:,}-member demo ledger in {cache_dir} …", file=sys.stderr)
    build_demo(partial, members=members, seed=seed)
    _settle(partial)
    partial.replace(path)
    return path


def private_copy(source: Path, work_dir: Path) -> Path:
    """A copy of ``source`` in ``work_dir`` (made once per run)."""
    target = work_dir / f"work-{source.name}"
    if not target.exists():
        shutil.copyfile(source, target)
    return target

"""Corruption: flipped bytes, a truncated file, a zeroed header, a bad sector.

Every damaged ledger must be caught at the door (100%), kept aside (never deleted) and the
good backup offered. Flipped bytes model decay on a closed ledger (the file's time stamp
unchanged); SQLite's own checks see only structural damage, the seal written at a clean
close sees the rest. Untouched and normally written ledgers must not be called damaged.
"""

from __future__ import annotations

import os
import random
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from station_desk.db.safekeeping.backup import make_backup
from station_desk.db.safekeeping.door import check_on_open
from station_desk.db.safekeeping.health import examine, write_seal
from station_desk.db.schema.ledger import open_ledger
from tests.reliability.reliability_support import seed_ledger, write_member

Mutation = Callable[[bytearray, random.Random], bytearray]


def _flip(data: bytearray, rng: random.Random) -> bytearray:
    for _ in range(rng.choice((1, 1, 2, 8))):
        at = rng.randrange(100, len(data))
        data[at] ^= 1 << rng.randrange(8)
    return data


def _truncate(data: bytearray, rng: random.Random) -> bytearray:
    return data[: rng.randrange(0, len(data))]


def _zero_header(data: bytearray, rng: random.Random) -> bytearray:
    data[:100] = bytes(100)
    return data


def _bad_sector(data: bytearray, rng: random.Random) -> bytearray:
    sector = rng.randrange(len(data) // 4096)
    data[sector * 4096 : (sector + 1) * 4096] = rng.randbytes(4096)
    return data


CASES: dict[str, tuple[Mutation, int]] = {
    "flipped bytes": (_flip, 40),
    "truncated": (_truncate, 20),
    "zeroed header": (_zero_header, 5),
    "bad sector": (_bad_sector, 15),
}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed, sealed ledger of 150 members, and one good backup beside it."""
    path = tmp_path_factory.mktemp("pristine") / "ledger.sqlite3"
    team_id = seed_ledger(path)
    ledger = open_ledger(path)
    with ledger.unit_of_work("测试") as session:
        for n in range(150):
            write_member(session, team_id, n)
    ledger.close()
    make_backup(path)
    assert write_seal(path)
    return path


def _fresh_copy(pristine: Path, folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(pristine.parent, folder)
    return folder / pristine.name


@pytest.mark.slow
def test_every_damage_is_detected_kept_and_the_backup_offered(
    pristine: Path, tmp_path: Path
) -> None:
    rng = random.Random(7)
    figures: dict[str, tuple[int, int]] = {}
    seen_by_sqlite: dict[str, int] = {}
    for name, (mutate, trials) in CASES.items():
        detected = structural = 0
        for trial in range(trials):
            path = _fresh_copy(pristine, tmp_path / "work")
            stat = path.stat()
            damaged = bytes(mutate(bytearray(path.read_bytes()), rng))
            path.write_bytes(damaged)
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
            structural += bool(examine(path)[0])
            health = check_on_open(path)
            if not health.ok:
                detected += 1
                assert not path.exists()
                assert health.damaged_copy is not None
                assert health.damaged_copy.read_bytes() == damaged, "the damaged file is kept as is"
                assert health.offer is not None and health.offer.counts["member"] == 150
            else:
                print(f"missed: {name} trial {trial}")
        figures[name] = (detected, trials)
        seen_by_sqlite[name] = structural
    print(
        "\n[corruption] "
        + "; ".join(
            f"{k}: {d}/{t} detected ({seen_by_sqlite[k]} without the seal)"
            for k, (d, t) in figures.items()
        )
    )
    assert all(d == t for d, t in figures.values())


def test_untouched_and_normally_written_ledgers_are_not_called_damaged(
    pristine: Path, tmp_path: Path
) -> None:
    path = _fresh_copy(pristine, tmp_path / "work")
    assert check_on_open(path).ok
    ledger = open_ledger(path)
    with ledger.unit_of_work("测试") as session:
        write_member(session, 1, 500)
    ledger.close()
    assert check_on_open(path).ok, "a write through SQLite makes the old seal stale, not damage"
    assert write_seal(path) and check_on_open(path).ok

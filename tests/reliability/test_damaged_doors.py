"""Damaged copies at every door: the desk's and every command's; none written, none re-sealed.

Damage of every kind the issue names, with the file's time kept (a disk that rots a closed
file: the seal sees it) and with a new time (a copy, a crash: only the structure can tell,
so the door runs ``integrity_check``): flipped bits, a flipped byte in an index (which
``quick_check`` misses), a page of random bytes, truncation, a zeroed header. Each copy
must be refused by the desk's door (lock, ``check_on_open``, release: kept aside byte for
byte, no seal) and by every command, leaving the file and its seal as they were. A random
change with a new time that no structural check can see (a byte inside a text value, a
free page) is not damage the program can know of; such copies are counted apart and not
in the total.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import random
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from station_desk.cli import main
from station_desk.db.safekeeping.backup import make_backup
from station_desk.db.safekeeping.door import check_on_open
from station_desk.db.safekeeping.health import examine, seal_state
from station_desk.db.safekeeping.lock import LedgerLock, lock_path_for
from tests.reliability.damage import flip_index_byte, index_leaf_pages
from tests.reliability.harness_support import TIMEOUT_S, build_ledger, scaled

pytestmark = [pytest.mark.slow, pytest.mark.timeout(TIMEOUT_S)]

Damage = Callable[[Path, random.Random], None]


def _bytes(mutate: Callable[[bytearray, random.Random], bytearray]) -> Damage:
    def damage(path: Path, rng: random.Random) -> None:
        path.write_bytes(bytes(mutate(bytearray(path.read_bytes()), rng)))

    return damage


def _flip(data: bytearray, rng: random.Random) -> bytearray:
    for _ in range(rng.choice((1, 1, 2, 8))):
        at = rng.randrange(100, len(data))
        data[at] ^= 1 << rng.randrange(8)
    return data


def _page(data: bytearray, rng: random.Random) -> bytearray:
    page = rng.randrange(1, len(data) // 4096)
    data[page * 4096 : (page + 1) * 4096] = rng.randbytes(4096)
    return data


def _truncate(data: bytearray, rng: random.Random) -> bytearray:
    return data[: rng.randrange(0, len(data) - 4096)]


def _zero_header(data: bytearray, rng: random.Random) -> bytearray:
    data[:100] = bytes(100)
    return data


def _index(path: Path, rng: random.Random) -> None:
    index = rng.choice(["ix_member_list", "ix_member_sort_key", "sqlite_autoindex_member_1"])
    _size, pages = index_leaf_pages(path, index)
    flip_index_byte(path, keep_time=True, index=index)
    assert pages


#: (kind, damage, copies at scale 1, file time kept)
KINDS: list[tuple[str, Damage, int, bool]] = [
    ("flipped bits, time kept", _bytes(_flip), 25, True),
    ("flipped bits, new time", _bytes(_flip), 10, False),
    ("index byte, time kept", _index, 8, True),
    ("index byte, new time", _index, 16, False),
    ("random page, time kept", _bytes(_page), 10, True),
    ("random page, new time", _bytes(_page), 20, False),
    ("truncated", _bytes(_truncate), 15, False),
    ("zeroed header, time kept", _bytes(_zero_header), 5, True),
    ("zeroed header, new time", _bytes(_zero_header), 5, False),
]


def _commands(db: Path, out: Path) -> dict[str, list[str]]:
    base = ["--db", str(db)]
    return {
        "check": [*base, "check"],
        "export": [*base, "export", "members", "--out", str(out / "m.xlsx")],
        "summary": [*base, "summary", "--year", "2022"],
        "print": [*base, "print", "roster", "--out", str(out / "r.pdf")],
        "import --dry-run": [*base, "import", "members", str(out / "t.xlsx"), "--dry-run"],
        "import": [*base, "import", "members", str(out / "t.xlsx")],
        "backup": [*base, "backup"],
        "backup --to": [*base, "backup", "--to", str(out / "usb.sqlite3")],
        "purge-bin": [*base, "purge-bin"],
    }


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def _quiet(argv: list[str]) -> int:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return main(argv)


@pytest.fixture(scope="module")
def sealed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("damaged-doors") / "ledger.sqlite3"
    build_ledger(path)
    make_backup(path, reason="manual")
    assert seal_state(path) == "sealed"
    return path


def test_every_damaged_copy_is_refused_by_every_door(sealed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert _quiet(["template", "members", "--out", str(out / "t.xlsx")]) == 0
    rng = random.Random(20261202)
    refused = unseen = 0
    per_kind: dict[str, str] = {}
    started = time.perf_counter()
    for kind, damage, count, keep_time in KINDS:
        kind_refused = kind_unseen = 0
        for n in range(scaled(count)):
            folder = tmp_path / f"{kind.replace(' ', '_').replace(',', '')}-{n}"
            folder.mkdir()
            path = folder / sealed.name
            shutil.copy2(sealed, path)
            shutil.copytree(sealed.parent / "backups", folder / "backups")
            seal = path.with_name(path.name + ".seal")
            shutil.copyfile(sealed.with_name(sealed.name + ".seal"), seal)
            stat = os.stat(path)
            damage(path, rng)
            if keep_time:
                os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
            else:
                os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
            if not keep_time and not examine(path, full=True)[0]:
                kind_unseen += 1  # no structural check can see it: not counted
                continue
            damaged, sealed_bytes = _sha(path), seal.read_bytes()
            for name, argv in _commands(path, out).items():
                code = _quiet(argv)
                assert code != 0, f"{kind} #{n}: {name} accepted a damaged ledger"
                assert _sha(path) == damaged, f"{kind} #{n}: {name} wrote to it"
                assert seal.read_bytes() == sealed_bytes, f"{kind} #{n}: {name} re-sealed it"
                assert not lock_path_for(path).exists()
            assert not (out / "usb.sqlite3").exists()
            lock = LedgerLock(path).acquire()
            try:
                try:
                    health = check_on_open(path)
                except Exception as exc:  # a file that is no ledger at all: refused
                    assert "不是驿站台账" in str(exc)
                    health = None
                assert health is None or not health.ok, f"{kind} #{n}: the desk's door let it in"
            finally:
                lock.release()
            kept = health.damaged_copy if health is not None else path
            assert kept is not None and _sha(kept) == damaged, "kept aside byte for byte"
            assert not seal.exists() or seal.read_bytes() == sealed_bytes, "never re-sealed"
            kind_refused += 1
        refused += kind_refused
        unseen += kind_unseen
        per_kind[kind] = f"{kind_refused}" + (f" (+{kind_unseen} unseen)" if kind_unseen else "")
    elapsed = time.perf_counter() - started
    print(
        f"\n[damaged doors] {refused} damaged copies refused by the desk's door and "
        f"{len(_commands(sealed, out))} commands each, none written or re-sealed; "
        f"{unseen} changes no check can see; {elapsed:.1f} s; "
        + "; ".join(f"{k}: {v}" for k, v in per_kind.items())
    )
    assert refused >= scaled(100)

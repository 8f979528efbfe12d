"""Damage that SQLite's cheap check misses: one flipped byte in an index's leaf page.

Used by the door tests (tests/db/test_door.py) and the fault harness. ``dbstat`` finds the
index's pages; a byte near a leaf page's end lies in its cell content (an index key), so
``quick_check`` still says ok while ``integrity_check`` finds a row missing from the index.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def _checks(path: Path) -> tuple[list[str], list[str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:
        quick = [row[0] for row in conn.execute("PRAGMA quick_check")]
        full = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        return quick, full
    finally:
        conn.close()


def index_leaf_pages(path: Path, index: str = "ix_member_list") -> tuple[int, list[int]]:
    """(page size, leaf page numbers) of ``index``."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        pages = [
            int(row[0])
            for row in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
                (index,),
            )
        ]
        return page_size, pages
    finally:
        conn.close()


def flip_index_byte(path: Path, *, keep_time: bool = True, index: str = "ix_member_list") -> str:
    """Flip one byte of an index key so only ``integrity_check`` sees it; its first message.

    Tries bytes from the end of each leaf page until the damage is of that kind (a byte in
    a page's free space changes nothing). ``keep_time`` restores the file's time stamp, as
    a disk that rots a closed file would leave it.
    """
    stat = os.stat(path)
    page_size, pages = index_leaf_pages(path, index)
    original = Path(path).read_bytes()
    for page in pages:
        end = page * page_size
        for back in range(3, 400, 7):
            data = bytearray(original)
            data[end - back] ^= 0x04
            Path(path).write_bytes(bytes(data))
            quick, full = _checks(path)
            if quick == ["ok"] and full != ["ok"]:
                if keep_time:
                    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
                return full[0]
    Path(path).write_bytes(original)
    raise AssertionError(f"no byte of {index} gave damage that only integrity_check sees")

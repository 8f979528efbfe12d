"""The seal: what a clean close remembers of the ledger file, and who may write it.

SQLite has no page checksums. At a clean close the lock writes ``<ledger>.seal`` (size,
time stamp, SHA-256); the door check trusts a file untouched since (checksum) and checks
any other in full. Only a ledger that passed the door in this process, in a session that
failed nowhere, may be sealed (``admit``, ``mark_unclean``, ``may_seal``). A close that
leaves part of the ledger in its ``-wal`` writes a note instead, so a copy of the main
file without that ``-wal`` is refused (``wal_problem``). Keyed by the real path.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from station_desk.domain.messages import msg


def _seal_path(path: Path) -> Path:
    return real_path(path).with_name(real_path(path).name + ".seal")


def real_path(path: Path) -> Path:
    """The ledger's real path: a symlink under another name is the same ledger (lock, seal)."""
    try:
        return Path(path).resolve()
    except OSError:
        return Path(path).absolute()


#: Ledgers (real paths) that passed the door check in this process and have had no failure
#: since: only these may be sealed when their lock is released.
_ADMITTED: set[Path] = set()


def admit(path: Path) -> None:
    """The door check passed (or a verified backup was put in place): a clean close may seal."""
    _ADMITTED.add(real_path(path))


def mark_unclean(path: Path) -> None:
    """A failure in the session (an error, damage found later): the lock must not seal it."""
    _ADMITTED.discard(real_path(path))


def may_seal(path: Path) -> bool:
    return real_path(path) in _ADMITTED


def write_seal(path: Path) -> bool:
    """At a clean close: remember the ledger's size, time stamp and SHA-256 beside it.

    SQLite has no page checksums, so a byte that rots on disk inside a record goes unseen by
    ``quick_check``. A file whose size and time stamp still match the seal was not written
    since; if its checksum no longer matches, the disk changed it. Not sealed while a
    non-empty ``-wal`` holds part of the ledger. Callers seal only a ledger that passed the
    door check in a session that ended cleanly (``may_seal``): sealing a damaged file would
    make the next door check trust it.
    """
    path = Path(path)
    wal = Path(f"{path}-wal")
    if not path.is_file():
        return False
    stat = path.stat()
    if wal.exists() and wal.stat().st_size > 0:
        # Part of the ledger is in its -wal (a reader beside kept it from being folded in):
        # no seal, but a note that the -wal belongs to this main file.
        note = {"wal": True, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
        _seal_path(path).write_text(json.dumps(note), encoding="utf-8")
        return False
    text = json.dumps({"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": _sha256(path)})
    _seal_path(path).write_text(text, encoding="utf-8")
    return True


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def seal_state(path: Path) -> str:
    """``sealed`` (untouched since a clean close), ``rotted`` (changed without a write), or
    ``stale`` (written since, never sealed, or the seal unreadable): then only a full
    structural check can vouch for the file."""
    seal = _seal_path(Path(path))
    try:
        data = json.loads(seal.read_text(encoding="utf-8"))
        stat = Path(path).stat()
        if (stat.st_size, stat.st_mtime_ns) != (data["size"], data["mtime_ns"]):
            return "stale"
        return "sealed" if _sha256(Path(path)) == data["sha256"] else "rotted"
    except (OSError, ValueError, KeyError, TypeError):
        return "stale"


def seal_problem(path: Path) -> str | None:
    """A problem when the ledger changed since its seal without being written; else None."""
    if seal_state(path) == "rotted":
        return msg("文件内容在关闭后被磁盘改变（校验值不符），可能是磁盘或 U 盘出错")
    return None


def wal_problem(path: Path) -> str | None:
    """The main file without the -wal its last close left beside it: those records are lost
    to this copy, so it is refused rather than opened without them."""
    try:
        data = json.loads(_seal_path(Path(path)).read_text(encoding="utf-8"))
        if not data.get("wal"):
            return None
        stat = Path(path).stat()
        if (stat.st_size, stat.st_mtime_ns) != (data["size"], data["mtime_ns"]):
            return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None
    return msg(
        "台账旁的“{name}”文件不见了：上次关闭时最近保存的记录还在其中，只有台账文件会缺少这些记录。请把这个文件放回台账旁（复制台账请用“备份到…”），或从备份恢复",
        name=f"{Path(path).name}-wal",
    )

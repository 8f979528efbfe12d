"""Trouble at the door: a damaged ledger, a risky place for it, a full or read-only disk.

A ledger is checked when it is opened (``quick_check`` and ``foreign_key_check`` through a
read-only connection, plus the file's own size against its header, which catches a
truncated copy). A seal written at a clean close (size, time stamp, SHA-256) catches a byte that rotted
inside a record while the ledger was closed. A damaged ledger is never used: it is renamed aside as
``<name>.damaged-<time>`` (kept, never deleted) and the newest good backup is offered.
Storage errors from SQLite or the OS become one clear Chinese message.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from station_desk.db.engine import APPLICATION_ID, raw_connection
from station_desk.db.ledger import SQLITE_HEADER, LedgerError

if TYPE_CHECKING:
    from station_desk.db.backup import BackupInfo

NETWORK_FS = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p", "afs"}
)
_FULL = "磁盘空间已满，{doing}未完成。已保存的记录都在；请清理磁盘空间后重试。"
_READ_ONLY = "文件所在位置只读或没有写入权限，{doing}未完成。已保存的记录都在；请检查文件夹权限，或换一个可写的位置。"
_IO = "读写磁盘出错（可能是磁盘已满、U 盘被拔出或没有权限），{doing}未完成。已保存的记录都在。"
_BUSY = "台账正被另一个程序使用，{doing}未完成，请稍后再试。"
_DAMAGED = "台账文件已损坏，{doing}未完成。请关闭程序后重新打开台账，以便检查并从备份恢复。"


@dataclass(frozen=True)
class Health:
    """What the door check found; ``offer`` is the newest good backup for a damaged ledger."""

    path: Path
    ok: bool
    problems: tuple[str, ...] = ()
    damaged_copy: Path | None = None
    offer: BackupInfo | None = None
    location_warning: str | None = None

    def message(self) -> str:
        if self.ok:
            return "台账检查通过。"
        lines = [f"台账“{self.path.name}”已损坏，不能使用：{self.problems[0]}"]
        if self.damaged_copy is not None:
            lines.append(f"损坏的文件已保留为“{self.damaged_copy.name}”，未被删除。")
        if self.offer is not None:
            age = describe_age(self.offer.made_at)
            lines.append(
                f"可以从最近一份完好的备份恢复：{self.offer.made_at:%Y-%m-%d %H:%M}（{age}），"
                f"其中有{self.offer.counts_text() or '（记录数未知）'}。"
            )
        else:
            lines.append("没有找到完好的备份。")
        return "\n".join(lines)


def describe_age(made_at: datetime, now: datetime | None = None) -> str:
    seconds = max(0, int(((now or datetime.now()) - made_at).total_seconds()))
    if seconds < 3600:
        return f"{seconds // 60} 分钟前"
    if seconds < 86400:
        return f"{seconds // 3600} 小时前"
    return f"{seconds // 86400} 天前"


def _root_cause(exc: BaseException) -> BaseException:
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, BaseException) else exc


def describe_error(exc: BaseException, doing: str = "保存") -> str | None:
    """The clerk's message for a storage error (full, read-only, I/O, busy, damaged), else None."""
    exc = _root_cause(exc)
    if isinstance(exc, OSError):
        code = exc.errno
        if code in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)):
            return _FULL.format(doing=doing)
        if code in (errno.EROFS, errno.EACCES, errno.EPERM):
            return _READ_ONLY.format(doing=doing)
        if code == errno.EIO:
            return _IO.format(doing=doing)
        return None
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        if "disk is full" in text:
            return _FULL.format(doing=doing)
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            return _READ_ONLY.format(doing=doing)
        if "disk i/o" in text:
            return _IO.format(doing=doing)
        if "locked" in text or "busy" in text:
            return _BUSY.format(doing=doing)
        if "malformed" in text or "not a database" in text:
            return _DAMAGED.format(doing=doing)
    return None


def friendly_error(exc: BaseException, doing: str = "保存") -> LedgerError:
    """``exc`` as a LedgerError the clerk can read (the cause is kept as ``__cause__``)."""
    if isinstance(exc, LedgerError):
        return exc
    message = describe_error(exc, doing)
    if message is None:
        cause = _root_cause(exc)
        reason = (cause.strerror if isinstance(cause, OSError) else None) or str(cause)
        message = f"{doing}失败：{reason}"
    return LedgerError(message)


@contextmanager
def storage_errors(doing: str = "保存") -> Iterator[None]:
    """Turn storage errors inside the block into LedgerError; other errors pass untouched."""
    try:
        yield
    except (OSError, sqlite3.Error) as exc:
        raise friendly_error(exc, doing) from exc
    except Exception as exc:
        if describe_error(exc, doing) is None:
            raise
        raise friendly_error(exc, doing) from exc


def _header_problem(path: Path) -> tuple[str | None, bool]:
    """(problem, foreign): a wrong header, or a file shorter than its header says."""
    with path.open("rb") as fh:
        header = fh.read(100)
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        return "文件头不是 SQLite 数据库", True
    if len(header) < 100:
        return "文件不完整（比文件头还短）", False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counter_matches = header[24:28] == header[92:96]
    wal = Path(f"{path}-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    if counter_matches and pages and not has_wal and path.stat().st_size < pages * page_size:
        return (
            f"文件不完整：应有 {pages * page_size} 字节，实际只有 {path.stat().st_size} 字节",
            False,
        )
    return None, False


def examine(path: Path, *, full: bool = False) -> tuple[list[str], bool]:
    """(problems, foreign) of the file at ``path``, read without writing a byte.

    ``foreign`` is True when the file does not look like a Station Desk ledger at all (so it
    may be another program's file rather than a damaged ledger).
    """
    try:
        problem, foreign = _header_problem(path)
    except OSError as exc:
        return [f"无法读取文件：{exc.strerror or exc}"], False
    if problem:
        return [problem], foreign
    check = "integrity_check" if full else "quick_check"
    try:
        conn = raw_connection(path, read_only=True)
        conn.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return ["不是驿站台账文件"], True
            result = [row[0] for row in conn.execute(f"PRAGMA {check}")]
            if result != ["ok"]:
                return [f"完整性检查未通过：{'；'.join(result[:3])}"], False
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                return [f"关联检查发现 {len(broken)} 处错误"], False
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [f"数据库无法读取（{exc}）"], False
    return [], False


def _seal_path(path: Path) -> Path:
    return path.with_name(path.name + ".seal")


def write_seal(path: Path) -> bool:
    """At a clean close: remember the ledger's size, time stamp and SHA-256 beside it.

    SQLite has no page checksums, so a byte that rots on disk inside a record goes unseen by
    ``quick_check``. A file whose size and time stamp still match the seal was not written
    since; if its checksum no longer matches, the disk changed it. Not sealed while a
    non-empty ``-wal`` holds part of the ledger.
    """
    path = Path(path)
    wal = Path(f"{path}-wal")
    if not path.is_file() or (wal.exists() and wal.stat().st_size > 0):
        return False
    stat = path.stat()
    text = json.dumps({"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": _sha256(path)})
    _seal_path(path).write_text(text, encoding="utf-8")
    return True


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def seal_problem(path: Path) -> str | None:
    """A problem when the ledger changed since its seal without being written; else None."""
    seal = _seal_path(Path(path))
    try:
        data = json.loads(seal.read_text(encoding="utf-8"))
        stat = Path(path).stat()
        untouched = (stat.st_size, stat.st_mtime_ns) == (data["size"], data["mtime_ns"])
        if untouched and _sha256(Path(path)) != data["sha256"]:
            return "文件内容在关闭后被磁盘改变（校验值不符），可能是磁盘或 U 盘出错"
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return None


def verify_ledger_file(path: Path, *, full: bool = False) -> list[str]:
    """The problems of a ledger file (empty when it is whole)."""
    return examine(Path(path), full=full)[0]


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged ledger (and its ``-wal``) to ``<name>.damaged-<time>``; keep it."""
    path = Path(path)
    stamp = f"{now or datetime.now():%Y%m%d-%H%M%S}"
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    os.replace(path, target)
    _seal_path(path).unlink(missing_ok=True)
    wal = Path(f"{path}-wal")
    if wal.exists():
        os.replace(wal, Path(f"{target}-wal"))
    Path(f"{path}-shm").unlink(missing_ok=True)
    return target


def check_on_open(path: Path, *, keep_aside: bool = True) -> Health:
    """The door check. A damaged ledger is set aside and the newest good backup offered.

    A file that is not a ledger at all is only treated as damaged when this ledger has
    backups (it was a ledger once, e.g. its header was zeroed); otherwise it is another
    program's file and is left where it is.
    """
    from station_desk.db.backup import list_backups, newest_good_backup

    path = Path(path)
    warning = location_warning(path)
    if not path.exists():
        return Health(path=path, ok=True, location_warning=warning)
    problems, foreign = examine(path)
    sealed = None if problems else seal_problem(path)
    if sealed:
        problems = [sealed]
    if not problems:
        return Health(path=path, ok=True, location_warning=warning)
    if foreign and not list_backups(path):
        raise LedgerError(f"“{path.name}”不是驿站台账文件（{problems[0]}）。文件未被改动。")
    damaged = set_aside(path) if keep_aside else None
    return Health(
        path=path,
        ok=False,
        problems=tuple(problems),
        damaged_copy=damaged,
        offer=newest_good_backup(path),
        location_warning=warning,
    )


def _unescape_mount(field: str) -> str:
    return field.encode().decode("unicode_escape") if "\\" in field else field


def linux_drive_kind(path: Path, mounts_text: str, sys_block: Path = Path("/sys/block")) -> str:
    """``local``, ``network`` or ``removable`` from /proc/mounts text and /sys/block flags."""
    target = str(Path(path).resolve())
    best: tuple[str, str, str] | None = None
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        device, mount, fstype = parts[0], _unescape_mount(parts[1]), parts[2]
        inside = target == mount or target.startswith(mount.rstrip("/") + "/")
        if inside and (best is None or len(mount) > len(best[1])):
            best = (device, mount, fstype)
    if best is None:
        return "local"
    device, _mount, fstype = best
    if fstype in NETWORK_FS or device.startswith("//"):
        return "network"
    if device.startswith("/dev/"):
        name = Path(device).resolve().name if Path(device).exists() else Path(device).name
        for disk in sorted(p.name for p in sys_block.glob("*")) if sys_block.is_dir() else []:
            if name == disk or (name.startswith(disk) and name[len(disk) :].lstrip("p").isdigit()):
                flag = sys_block / disk / "removable"
                if flag.exists() and flag.read_text().strip() == "1":
                    return "removable"
    return "local"


def _windows_drive_kind(path: Path) -> str:
    import ctypes

    resolved = str(Path(path).resolve())
    if resolved.startswith("\\\\"):
        return "network"
    root = os.path.splitdrive(resolved)[0] + "\\"
    kind = ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]
    return {2: "removable", 4: "network"}.get(int(kind), "local")


def drive_kind(path: Path) -> str:
    """Where a ledger lives: ``local``, ``network`` or ``removable`` (``local`` when unknown)."""
    try:
        if sys.platform == "win32":
            return _windows_drive_kind(path)
        if sys.platform.startswith("linux"):
            return linux_drive_kind(path, Path("/proc/mounts").read_text(encoding="utf-8"))
    except (OSError, ValueError, AttributeError):
        return "local"
    return "local"


def location_warning(path: Path, kind: str | None = None) -> str | None:
    """The warning for a ledger on a network share or a removable drive, else None."""
    kind = kind or drive_kind(path)
    if kind == "network":
        return (
            "台账位于网络共享文件夹。网络盘不支持台账使用的预写日志（WAL），"
            "断网或多人同时打开可能损坏台账。建议把台账移到本机的数据文件夹。"
        )
    if kind == "removable":
        return (
            "台账位于 U 盘或移动硬盘上。写入时拔出可能损坏台账，且容易丢失。"
            "建议把台账移到本机的数据文件夹，U 盘只用来存放备份。"
        )
    return None

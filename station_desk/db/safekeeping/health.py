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
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from station_desk.db.safekeeping.seal import _seal_path, seal_state, wal_problem
from station_desk.db.safekeeping.seal import (
    admit as admit,  # the door's names, kept where callers look
)
from station_desk.db.safekeeping.seal import mark_unclean as mark_unclean
from station_desk.db.safekeeping.seal import may_seal as may_seal
from station_desk.db.safekeeping.seal import real_path as real_path
from station_desk.db.safekeeping.seal import seal_problem as seal_problem
from station_desk.db.safekeeping.seal import write_seal as write_seal
from station_desk.db.schema.engine import APPLICATION_ID, raw_connection
from station_desk.db.schema.ledger import SQLITE_HEADER, LedgerError
from station_desk.domain.messages import Message, msg

NETWORK_FS = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p", "afs"}
)
#: What was being done when storage failed ("保存未完成"); callers pass their own words.
SAVING = msg("保存")
BACKING_UP = msg("备份")
RESTORING = msg("恢复")


def _storage_message(kind: str, doing: str) -> Message:
    """The clerk's message for a storage error of ``kind`` while ``doing``."""
    if kind == "full":
        return msg(
            "磁盘空间已满，{doing}未完成。已保存的记录都在；请清理磁盘空间后重试。", doing=doing
        )
    if kind == "read_only":
        return msg(
            "文件所在位置只读或没有写入权限，{doing}未完成。已保存的记录都在；请检查文件夹权限，或换一个可写的位置。",
            doing=doing,
        )
    if kind == "io":
        return msg(
            "读写磁盘出错（可能是磁盘已满、U 盘被拔出或没有权限），{doing}未完成。已保存的记录都在。",
            doing=doing,
        )
    if kind == "busy":
        return msg("台账正被另一个程序使用，{doing}未完成，请稍后再试。", doing=doing)
    return msg(
        "台账文件已损坏，{doing}未完成。请关闭程序后重新打开台账，以便检查并从备份恢复。",
        doing=doing,
    )


def join_lines(lines: list[Message]) -> Message:
    """Messages one below the other (the line break is a value: templates hold no escapes)."""
    text = lines[0]
    for line in lines[1:]:
        text = msg("{above}{br}{below}", above=text, br="\n", below=line)
    return text


def describe_age(made_at: datetime, now: datetime | None = None) -> str:
    seconds = max(0, int(((now or datetime.now()) - made_at).total_seconds()))
    if seconds < 3600:
        return msg("{n} 分钟前", n=seconds // 60)
    if seconds < 86400:
        return msg("{n} 小时前", n=seconds // 3600)
    return msg("{n} 天前", n=seconds // 86400)


def _root_cause(exc: BaseException) -> BaseException:
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, BaseException) else exc


def describe_error(exc: BaseException, doing: str = SAVING) -> str | None:
    """The clerk's message for a storage error (full, read-only, I/O, busy, damaged), else None."""
    exc = _root_cause(exc)
    if isinstance(exc, OSError):
        code = exc.errno
        if code in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)):
            return _storage_message("full", doing)
        if code in (errno.EROFS, errno.EACCES, errno.EPERM):
            return _storage_message("read_only", doing)
        if code == errno.EIO:
            return _storage_message("io", doing)
        return None
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        if "disk is full" in text:
            return _storage_message("full", doing)
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            return _storage_message("read_only", doing)
        if "disk i/o" in text:
            return _storage_message("io", doing)
        if "locked" in text or "busy" in text:
            return _storage_message("busy", doing)
        if "malformed" in text or "not a database" in text:
            return _storage_message("damaged", doing)
    return None


def friendly_error(exc: BaseException, doing: str = SAVING) -> LedgerError:
    """``exc`` as a LedgerError the clerk can read (the cause is kept as ``__cause__``)."""
    if isinstance(exc, LedgerError):
        return exc
    message = describe_error(exc, doing)
    if message is None:
        cause = _root_cause(exc)
        reason = (cause.strerror if isinstance(cause, OSError) else None) or str(cause)
        message = msg("{doing}失败：{reason}", doing=doing, reason=reason)
    return LedgerError(message)


@contextmanager
def storage_errors(doing: str = SAVING) -> Iterator[None]:
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
        return msg("文件头不是 SQLite 数据库"), True
    if len(header) < 100:
        return msg("文件不完整（比文件头还短）"), False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counter_matches = header[24:28] == header[92:96]
    wal = Path(f"{path}-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    if counter_matches and pages and not has_wal and path.stat().st_size < pages * page_size:
        return (
            msg(
                "文件不完整：应有 {expected} 字节，实际只有 {actual} 字节",
                expected=pages * page_size,
                actual=path.stat().st_size,
            ),
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
        return [msg("无法读取文件：{reason}", reason=str(exc.strerror or exc))], False
    if problem:
        return [problem], foreign
    check = "integrity_check" if full else "quick_check"
    try:
        conn = raw_connection(path, read_only=True)
        conn.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return [msg("不是驿站台账文件")], True
            if full:
                # The whole file in memory: integrity_check seeks every index for every row,
                # and through a 2 MB cache each seek is a read() (bench: about 20 % faster).
                conn.execute("PRAGMA cache_size = -131072")
                conn.execute("PRAGMA mmap_size = 268435456")
            result = [row[0] for row in conn.execute(f"PRAGMA {check}")]
            if result != ["ok"]:
                return [msg("完整性检查未通过：{details}", details="；".join(result[:3]))], False
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                return [msg("关联检查发现 {n} 处错误", n=len(broken))], False
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [msg("数据库无法读取（{error}）", error=str(exc))], False
    return [], False


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


def door_problems(path: Path) -> tuple[list[str], bool]:
    """(problems, foreign): the header and ``quick_check`` always; then the seal. A ledger
    untouched since its seal is vouched for by its checksum; any other (written since,
    left by a crash or a failed command, copied in) gets the full ``integrity_check``,
    which alone sees an index that no longer matches its table (bench: door check)."""
    lost = wal_problem(path)
    if lost:
        return [lost], False
    state = seal_state(path)
    if state == "stale":
        return examine(path, full=True)
    problems, foreign = examine(path)
    if problems:
        return problems, foreign
    if state == "rotted":
        return [msg("文件内容在关闭后被磁盘改变（校验值不符），可能是磁盘或 U 盘出错")], False
    return [], False


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
        return msg(
            "台账位于网络共享文件夹。网络盘不支持台账使用的预写日志（WAL），断网或多人同时打开可能损坏台账。建议把台账移到本机的数据文件夹。"
        )
    if kind == "removable":
        return msg(
            "台账位于 U 盘或移动硬盘上。写入时拔出可能损坏台账，且容易丢失。建议把台账移到本机的数据文件夹，U 盘只用来存放备份。"
        )
    return None

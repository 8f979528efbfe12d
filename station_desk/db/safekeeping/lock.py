"""One program per ledger: a lock file beside it, held while the ledger is open.

The lock file ``<ledger>.lock`` is created with ``O_EXCL`` and says who holds it (host,
process, since when) so a second desk can tell the clerk where the ledger is open. The
file alone cannot tell a live holder from one that was killed, so the holder also keeps an
OS advisory lock on it (``flock`` on POSIX, ``msvcrt.locking`` on Windows): the kernel
drops that lock when the process dies, and a lock file whose advisory lock can be taken is
stale and taken over. Plain Python, so command-line tools can use it without Qt.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from station_desk.db.safekeeping.health import describe_error
from station_desk.db.safekeeping.seal import may_seal, real_path, write_seal
from station_desk.db.schema.ledger import LedgerError
from station_desk.domain.messages import msg

#: Windows locks a byte range; one far past the text keeps the holder readable by others.
_WINDOWS_LOCK_OFFSET = 1 << 30


@dataclass(frozen=True)
class LockHolder:
    """Who holds a ledger, as written in its lock file."""

    pid: int
    hostname: str
    started_at: datetime | None

    def describe(self) -> str:
        host = self.hostname or msg("未知")
        if self.started_at is None:
            return msg("主机 {host}，进程 {pid}", host=host, pid=self.pid)
        return msg(
            "主机 {host}，进程 {pid}，自 {when} 起",
            host=host,
            pid=self.pid,
            when=f"{self.started_at:%Y-%m-%d %H:%M}",
        )


def lock_path_for(ledger_path: Path) -> Path:
    """The lock file beside the ledger's real file: a symlink to it under another name
    (or a relative path) hits the same lock."""
    ledger_path = real_path(Path(ledger_path))
    return ledger_path.with_name(ledger_path.name + ".lock")


def _try_os_lock(fd: int) -> bool:
    """Take the advisory lock without waiting; False when a live process holds it."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _release_os_lock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def read_holder(lock_file: Path) -> LockHolder | None:
    """The holder written in ``lock_file``; None when it is missing or unreadable."""
    try:
        data = json.loads(Path(lock_file).read_text(encoding="utf-8"))
        started = data.get("started_at")
        return LockHolder(
            pid=int(data.get("pid", 0)),
            hostname=str(data.get("hostname", "")),
            started_at=datetime.fromisoformat(started) if started else None,
        )
    except (OSError, ValueError, TypeError, AttributeError):
        return None


class LedgerLock:
    """The lock of one ledger; ``acquire`` or ``with LedgerLock(path):``."""

    def __init__(self, ledger_path: Path) -> None:
        self.ledger_path = Path(ledger_path)
        self.lock_file = lock_path_for(self.ledger_path)
        self._fd: int | None = None
        self.took_over: LockHolder | None = None
        #: False forbids the seal at release whatever the door said (tests, odd uses).
        self.seal_on_release = True

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> LedgerLock:
        """Hold the ledger, or raise LedgerError naming where it is already open."""
        if self._fd is not None:
            return self
        for _attempt in range(5):
            fd = self._open()
            if not _try_os_lock(fd):
                os.close(fd)
                holder = read_holder(self.lock_file)
                if holder is None:
                    raise LedgerError(
                        msg("台账已被另一个程序打开。请先关闭那边的驿站台账，再打开本台账。")
                    )
                raise LedgerError(
                    msg(
                        "台账已被另一个程序打开（{holder}）。请先关闭那边的驿站台账，再打开本台账。",
                        holder=holder.describe(),
                    )
                )
            if self._same_file(fd):
                previous = read_holder(self.lock_file)
                if previous is not None and previous.pid != os.getpid():
                    self.took_over = previous
                try:
                    self._write_holder(fd)
                except OSError as exc:
                    self.lock_file.unlink(missing_ok=True)
                    _release_os_lock(fd)
                    os.close(fd)
                    raise self._cannot(exc) from exc
                self._fd = fd
                return self
            _release_os_lock(fd)
            os.close(fd)
        raise LedgerError(
            msg("无法锁定台账“{name}”：锁文件反复变化，请稍后再试。", name=self.ledger_path.name)
        )

    def release(self) -> None:
        """Give the ledger up; the lock file goes first.

        Sealed (``health.write_seal``) only when the ledger passed the door check in this
        process and nothing failed since (``health.may_seal``): a failed command or a
        damaged ledger is never sealed. Release only after the ledger's engine is closed,
        so its WAL is folded in.
        """
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if self.seal_on_release and may_seal(self.ledger_path):
            with contextlib.suppress(OSError):
                write_seal(self.ledger_path)
        if sys.platform == "win32":
            _release_os_lock(fd)
            os.close(fd)
            self.lock_file.unlink(missing_ok=True)
        else:
            self.lock_file.unlink(missing_ok=True)
            _release_os_lock(fd)
            os.close(fd)

    def _open(self) -> int:
        flags = os.O_RDWR | getattr(os, "O_BINARY", 0)
        try:
            return os.open(self.lock_file, flags | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            pass
        except OSError as exc:
            raise self._cannot(exc) from exc
        try:
            return os.open(self.lock_file, flags)
        except FileNotFoundError:
            return self._open()
        except OSError as exc:
            raise self._cannot(exc) from exc

    def _same_file(self, fd: int) -> bool:
        """Whether ``fd`` is still the lock file: a releasing holder may just have removed it."""
        try:
            on_disk = os.stat(self.lock_file)
        except FileNotFoundError:
            return False
        here = os.fstat(fd)
        return (on_disk.st_dev, on_disk.st_ino) == (here.st_dev, here.st_ino)

    def _write_holder(self, fd: int) -> None:
        text = json.dumps(
            {
                "pid": os.getpid(),
                "hostname": socket.gethostname(),
                "started_at": datetime.now().isoformat(timespec="seconds"),
            }
        ).encode()
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, text)
        os.fsync(fd)

    def _cannot(self, exc: OSError) -> LedgerError:
        if describe_error(exc) is not None and exc.errno not in (errno.EACCES, errno.EPERM):
            return LedgerError(
                msg(
                    "无法在“{folder}”中创建台账锁文件：{reason}",
                    folder=str(self.lock_file.parent),
                    reason=describe_error(exc, msg("打开台账")),
                )
            )
        reason = exc.strerror or str(exc)
        return LedgerError(
            msg(
                "无法在“{folder}”中创建台账锁文件（{reason}）。请检查该文件夹是否只读或没有写入权限。",
                folder=str(self.lock_file.parent),
                reason=reason,
            )
        )

    def __enter__(self) -> LedgerLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def __del__(self) -> None:
        if self._fd is not None:
            self.release()

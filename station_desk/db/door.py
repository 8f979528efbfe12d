"""One door for every command: the lock, the door check, then the ledger; sealed only if clean.

The desk (``ui.opening``) and every command-line command come in through the same door
check (``health.check_on_open``). A command does not set a damaged ledger aside (the
clerk may be running a script): it refuses with the desk's message, writes nothing,
leaves the file byte for byte as it was and never seals it. The seal is written when the
lock is released, only after a session that passed the door and ended without an error.

Commands that write (import, export with its log row, print with its certificate
numbers, purge, restore) must hold the lock and are refused while the desk has the ledger
open. Commands that only read (summary, backup, the listing) take the lock when they can
and otherwise read beside the holder, which then keeps the job of sealing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from station_desk.db.health import Health, check_on_open, mark_unclean
from station_desk.db.ledger import BackupHook, Ledger, LedgerError, open_ledger
from station_desk.db.lock import LedgerLock
from station_desk.messages import msg


def refusal(health: Health) -> LedgerError:
    """The command's refusal of a damaged ledger: the desk's words plus what to do here."""
    return LedgerError(
        msg(
            "{message}{br}台账文件未被改动。请用 station-desk backups 查看备份，用 station-desk restore 序号 从完好的备份恢复（或在驿站台账中打开它）。",
            message=health.message(),
            br="\n",
        )
    )


def check_door(path: Path) -> Health:
    """The door check for a command: LedgerError (file untouched) unless the ledger is whole."""
    path = Path(path)
    if not path.exists():
        raise LedgerError(msg("台账文件“{path}”不存在。", path=str(path)))
    health = check_on_open(path, keep_aside=False)
    if not health.ok:
        raise refusal(health)
    return health


@contextmanager
def held(path: Path, *, write: bool = True) -> Iterator[LedgerLock | None]:
    """The lock (None when a reader runs beside the holder), released sealed only if clean."""
    lock: LedgerLock | None = None
    try:
        lock = LedgerLock(Path(path)).acquire()
    except LedgerError:
        if write:
            raise
    try:
        yield lock
    except BaseException:
        mark_unclean(path)
        raise
    finally:
        if lock is not None:
            lock.release()


@contextmanager
def through_door(
    path: Path, *, write: bool = True, before_migration: BackupHook | None = None
) -> Iterator[Ledger]:
    """The ledger of one command, behind its lock and the door check (see module doc)."""
    path = Path(path)
    with held(path, write=write):
        check_door(path)
        ledger = open_ledger(path, create=False, before_migration=before_migration)
        try:
            yield ledger
        finally:
            ledger.close()

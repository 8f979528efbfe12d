"""One door for every command: the lock, the door check, then the ledger; sealed only if clean.

The desk (``ui.opening``) and every command-line command come in through the same door
check (``check_on_open`` below; it sits here, above backup and health, so that neither imports
the other: docs/ARCHITECTURE.md §Safekeeping). A command does not set a damaged ledger aside (the
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
from dataclasses import dataclass
from pathlib import Path

from station_desk.db.safekeeping.backup import (
    BackupInfo,
    clean_leftovers,
    list_backups,
    newest_good_backup,
)
from station_desk.db.safekeeping.health import (
    admit,
    describe_age,
    door_problems,
    join_lines,
    location_warning,
    mark_unclean,
    set_aside,
)
from station_desk.db.safekeeping.lock import LedgerLock
from station_desk.db.schema.ledger import BackupHook, Ledger, LedgerError, open_ledger
from station_desk.domain.messages import msg


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
        """What the clerk reads about the check (a message, shown in the desk's language)."""
        if self.ok:
            return msg("台账检查通过。")
        lines = [
            msg(
                "台账“{name}”已损坏，不能使用：{problem}",
                name=self.path.name,
                problem=self.problems[0],
            )
        ]
        if self.damaged_copy is not None:
            lines.append(msg("损坏的文件已保留为“{name}”，未被删除。", name=self.damaged_copy.name))
        if self.offer is not None:
            lines.append(
                msg(
                    "可以从最近一份完好的备份恢复：{when}（{age}），其中有{counts}。",
                    when=f"{self.offer.made_at:%Y-%m-%d %H:%M}",
                    age=describe_age(self.offer.made_at),
                    counts=self.offer.counts_text() or msg("（记录数未知）"),
                )
            )
        else:
            lines.append(msg("没有找到完好的备份。"))
        return join_lines(lines)


def check_on_open(path: Path, *, keep_aside: bool = True) -> Health:
    """The door check. A damaged ledger is set aside and the newest good backup offered.

    A file that is not a ledger at all is only treated as damaged when this ledger has
    backups (it was a ledger once, e.g. its header was zeroed); otherwise it is another
    program's file and is left where it is.
    """
    path = Path(path)
    clean_leftovers(path)
    warning = location_warning(path)
    if not path.exists():
        return Health(path=path, ok=True, location_warning=warning)
    problems, foreign = door_problems(path)
    if not problems:
        admit(path)
        return Health(path=path, ok=True, location_warning=warning)
    mark_unclean(path)
    if foreign and not list_backups(path):
        raise LedgerError(
            msg(
                "“{name}”不是驿站台账文件（{problem}）。文件未被改动。",
                name=path.name,
                problem=problems[0],
            )
        )
    damaged = set_aside(path) if keep_aside else None
    return Health(
        path=path,
        ok=False,
        problems=tuple(problems),
        damaged_copy=damaged,
        offer=newest_good_backup(path),
        location_warning=warning,
    )


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

"""Opening a ledger in the desk: the folder, the lock, the door check, the backup, the schema.

A new PC has no data folder: it is made first (``paths.ensure_folder``), since the lock
file goes in it, and a folder that cannot be made is one sentence naming it and why.

One sequence for the first ledger and for 打开台账/恢复, so every path into the desk gets
the same protection (issue "Safekeeping"): a second program is refused, a damaged ledger
is set aside with the newest good backup offered, and a backup precedes any migration.
It runs after the window frame has painted, so its dialogs have a window behind them; the
safekeeping dialogs' module is imported only for a damaged ledger. The slow steps (check,
backup, migration) run beside the event loop (``ui.painting``), so the window keeps
painting instead of turning grey on a busy machine.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from station_desk.db.safekeeping.backup import before_migration, daily_backup_if_due, restore
from station_desk.db.safekeeping.door import check_on_open
from station_desk.db.safekeeping.lock import LedgerLock
from station_desk.db.schema.ledger import Ledger, LedgerError, open_ledger
from station_desk.domain.messages import message_of
from station_desk.paths import FolderError, ensure_folder
from station_desk.ui import errors
from station_desk.ui.i18n import shown_message
from station_desk.ui.painting import while_painting


def open_for_desk(
    path: Path, *, create: bool = True, parent: QWidget | None = None
) -> tuple[Ledger, LedgerLock]:
    """The open ledger and the lock the desk holds until it closes it (LedgerError if not)."""
    path = Path(path)
    if create:
        try:
            ensure_folder(path.parent)
        except FolderError as exc:
            raise LedgerError(message_of(exc)) from exc
    lock = LedgerLock(path).acquire()
    try:
        health = while_painting(lambda: check_on_open(path))
        if not health.ok:
            from station_desk.ui.safekeeping_dialogs import DamagedLedgerDialog

            if DamagedLedgerDialog.ask(parent, health) != "restore" or health.offer is None:
                raise LedgerError(health.message())
            offer = health.offer.path
            while_painting(lambda: restore(path, offer))
        if health.location_warning:
            errors.show_info(
                parent,
                QCoreApplication.translate("opening", "台账位置提醒"),
                shown_message(health.location_warning),
            )
        if path.exists():
            while_painting(lambda: daily_backup_if_due(path))
        ledger = while_painting(
            lambda: open_ledger(path, create=create, before_migration=before_migration)
        )
    except BaseException:
        lock.release()
        raise
    return ledger, lock

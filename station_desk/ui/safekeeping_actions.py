"""文件 → 备份到… / 恢复备份… and 工具 → 回收站… / 操作记录…: safekeeping in the menus.

The dialogs (backup, history, recycle bin) are imported when an action is first used, not
when the menus are built at start-up.
"""

from __future__ import annotations

from datetime import date
from hashlib import sha1
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence

#: The daily full check waits this long after the window is built, so start-up stays quick.
FULL_CHECK_DELAY_MS = 20_000


def _full_check_key(path: Any) -> str:
    return "safekeeping/full_check/" + sha1(str(path).encode()).hexdigest()[:12]


def schedule_full_check(window: Any, ctx: Any, delay_ms: int = FULL_CHECK_DELAY_MS) -> None:
    """Once a day, the full ``integrity_check`` of the open ledger on the desk's worker.

    The door check at opening trusts the seal when the file is untouched since a clean
    close; this catches what breaks while the desk is open (a failing disk). Damage found
    forbids the seal at closing (``health.mark_unclean``), so the next opening runs the full
    check, sets the file aside and offers the newest good backup; the clerk is told so now.
    """
    path = ctx.ledger.path
    key, today = _full_check_key(path), date.today().isoformat()
    if str(ctx.settings.value(key, "") or "") == today:
        return

    def job() -> list[str]:
        from station_desk.db.safekeeping.health import verify_ledger_file

        return verify_ledger_file(path, full=True)

    def done(problems: list[str]) -> None:
        from station_desk.db.safekeeping.health import mark_unclean

        if not problems:
            ctx.settings.setValue(key, today)
            return
        mark_unclean(path)
        from station_desk.db.schema.ledger import LedgerError
        from station_desk.ui import errors
        from station_desk.ui.i18n import shown_message

        text = QCoreApplication.translate(
            "MainWindow",
            "每日后台检查发现台账“{name}”已损坏：{problem}\n\n"
            "请不要继续录入。关闭程序后重新打开台账，程序会保留损坏的文件，"
            "并提供最近一份完好的备份供恢复。",
        ).format(name=path.name, problem=shown_message(problems[0]))
        errors.show_error(window, LedgerError(text))

    QTimer.singleShot(delay_ms, window, lambda: ctx.worker.run(job, on_done=done, parent=window))


def _action(window: Any, text: str, slot: Any, name: str, shortcut: str | None = None) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    return action


def install(window: Any) -> None:
    ctx = window.ctx
    schedule_full_check(window, ctx)

    def backup_to() -> None:
        from station_desk.ui.safekeeping_dialogs import BackupToDialog

        BackupToDialog.ask(window, ctx.ledger)

    def restore() -> None:
        from station_desk.ui.safekeeping_dialogs import RestoreDialog

        chosen = RestoreDialog.ask(window, ctx.ledger)
        if chosen is not None:
            window.restore_requested.emit(chosen)

    def recycle_bin() -> None:
        from station_desk.ui.safekeeping_dialogs import RecycleBinDialog

        RecycleBinDialog.show_bin(window, ctx.ledger)
        for topic in ("members", "teams", "events"):
            ctx.changed.emit(topic)

    def history() -> None:
        from station_desk.ui.history_dialog import HistoryDialog

        HistoryDialog.show_history(window, ctx.ledger)

    first = window.file_menu.actions()[-1] if window.file_menu.actions() else None
    before = next(
        (
            a
            for a in window.file_menu.actions()
            if a.menuRole() == QAction.MenuRole.QuitRole
            or a.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
        ),
        first,
    )
    window.file_menu.insertAction(
        before,
        _action(
            window,
            QCoreApplication.translate("MainWindow", "备份到…"),
            backup_to,
            "backupToAction",
            "Ctrl+Shift+B",
        ),
    )
    window.file_menu.insertAction(
        before,
        _action(
            window, QCoreApplication.translate("MainWindow", "恢复备份…"), restore, "restoreAction"
        ),
    )
    window.file_menu.insertSeparator(before)
    window.tools_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "回收站…"),
            recycle_bin,
            "recycleBinAction",
        )
    )
    window.tools_menu.addAction(
        _action(
            window,
            QCoreApplication.translate("MainWindow", "操作记录…"),
            history,
            "historyAction",
            "Ctrl+H",
        )
    )

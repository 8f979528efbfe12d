"""文件 → 备份到… / 恢复备份… and 工具 → 回收站… / 操作记录…: safekeeping in the menus.

The dialogs (backup, history, recycle bin) are imported when an action is first used, not
when the menus are built at start-up.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence


def _action(window: Any, text: str, slot: Any, name: str, shortcut: str | None = None) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    return action


def install(window: Any) -> None:
    ctx = window.ctx

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

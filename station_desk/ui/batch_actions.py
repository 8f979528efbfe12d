"""编辑 → 撤销 (Ctrl+Z) and 编辑 → 批量修改… (Ctrl+B), with a 批量修改… button in 成员.

The undo item names what it would take back ("撤销：批量修改 12 位老同志：党支部 → …"),
read from the change log after every change, and is greyed out when there is nothing to
undo. The undo runs as one unit of work on the worker; every tab then reloads.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from station_desk.services.undo import UndoStep, last_change, undo_last
from station_desk.ui import errors
from station_desk.ui.i18n import shown_message
from station_desk.ui.member_scope import scope_of

RELOAD_TOPICS = ("teams", "events", "grids")
LABEL_LIMIT = 40


class BatchActions(QObject):
    """The window's 撤销 and 批量修改 actions."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.step: UndoStep | None = None
        self.undo_action = QAction(self.tr("撤销"), window)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo)
        self.batch_action = QAction(self.tr("批量修改选中的成员…"), window)
        self.batch_action.setObjectName("batchAction")
        self.batch_action.setShortcut(QKeySequence("Ctrl+B"))
        self.batch_action.triggered.connect(self.batch)
        menu = window.edit_menu
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.undo_action)
        menu.insertSeparator(first)
        delete = getattr(window, "delete_member_action", None)
        if delete is not None:
            after = menu.actions()
            index = after.index(delete) + 1
            menu.insertAction(after[index] if index < len(after) else None, self.batch_action)
        else:
            menu.addAction(self.batch_action)
        self._add_button(window.members_tab)
        self.ctx.changed.connect(lambda _topic: self.refresh())
        self.refresh()

    def _add_button(self, tab: Any) -> None:
        anchor = tab.findChild(QPushButton, "deleteMemberButton")
        layout = getattr(tab, "layout", lambda: None)()
        top = layout.itemAt(0).layout() if layout is not None else None
        if anchor is None or top is None:
            return
        self.batch_button = QPushButton(self.tr("批量修改…"), tab)
        self.batch_button.setObjectName("batchMembersButton")
        self.batch_button.clicked.connect(self.batch)
        top.insertWidget(top.indexOf(anchor) + 1, self.batch_button)

    # ------------------------------------------------------------------ undo

    def refresh(self) -> None:
        """Read what 撤销 would take back and name it in the menu."""
        self.ctx.read(last_change, self._show_step, parent=self.window)

    def _show_step(self, step: UndoStep | None) -> None:
        self.step = step
        if step is None:
            self.undo_action.setText(self.tr("撤销（没有可撤销的操作）"))
            self.undo_action.setEnabled(False)
            return
        label = shown_message(step.label)
        if len(label) > LABEL_LIMIT:
            label = label[: LABEL_LIMIT - 1] + "…"
        self.undo_action.setText(self.tr("撤销：{what}").format(what=label))
        self.undo_action.setEnabled(True)
        tip = shown_message(step.problem) if step.problem else ""
        self.undo_action.setStatusTip(tip)
        self.undo_action.setToolTip(tip or self.undo_action.text())

    def undo(self) -> None:
        step = self.step
        if step is None:
            return
        if step.problem:
            errors.show_info(self.window, self.tr("撤销"), shown_message(step.problem))
            return
        at = step.at
        self.undo_action.setEnabled(False)
        self.ctx.write(
            lambda s: undo_last(s, at),
            topic="members",
            on_done=self._undone,
            on_error=self._failed,
            confirm_parent=self.window,
        )

    def _undone(self, label: str) -> None:
        for topic in RELOAD_TOPICS:
            self.ctx.changed.emit(topic)
        self.ctx.choices_changed.emit()
        status = self.window.statusBar() if hasattr(self.window, "statusBar") else None
        if status is not None:
            status.showMessage(self.tr("已撤销：{what}").format(what=shown_message(label)), 8000)

    def _failed(self, exc: BaseException) -> None:
        errors.show_error(self.window, exc)
        self.refresh()

    # ------------------------------------------------------------------ batch

    def batch(self) -> int | None:
        from station_desk.ui.batch_dialog import BatchDialog

        scope = scope_of(self.window.members_tab)
        if not scope.shown:
            errors.show_info(
                self.window, self.tr("批量修改"), self.tr("成员页当前没有显示任何老同志。")
            )
            return None
        return BatchDialog.ask(self.window, self.ctx, scope, date.today())


def install(window: Any) -> None:
    """Add 撤销 and 批量修改 to 编辑, and the 批量修改… button to 成员."""
    window.batch_actions = BatchActions(window)

"""Nothing typed is lost: a changed form asks before it closes (issue 13, item 3).

Esc, 取消 and the window's × all end in ``QDialog.reject`` (Qt's ``closeEvent`` calls it),
so ``GuardedDialog.reject`` is the one door to watch. The form's state is read from its
input widgets when it is first shown and again at the door; only a difference asks
保存 / 放弃 / 继续编辑, so an untouched form closes at once, as before.

Every data-entry dialog derives from ``GuardedDialog`` (``SavingDialog`` does, so the
tabs' dialogs all do) and names how it saves in ``save_from_guard``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

translate = QCoreApplication.translate
SAVE, DISCARD, KEEP_EDITING = "save", "discard", "edit"


def ask_unsaved(parent: QWidget | None) -> str:
    """保存 / 放弃 / 继续编辑 for a changed form; Esc and Enter both keep editing."""
    box = QMessageBox(parent)
    box.setObjectName("unsavedQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("FormGuard", "内容还没有保存"))
    box.setText(translate("FormGuard", "这张表里填写的内容还没有保存。"))
    box.setInformativeText(
        translate("FormGuard", "保存：现在保存；放弃：不保存，关闭；继续编辑：回到表里。")
    )
    save = box.addButton(translate("FormGuard", "保存"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("FormGuard", "放弃"), QMessageBox.ButtonRole.DestructiveRole)
    edit = box.addButton(translate("FormGuard", "继续编辑"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(edit)
    box.setEscapeButton(edit)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return SAVE
    if clicked is discard:
        return DISCARD
    return KEEP_EDITING


def _table_state(table: QTableWidget) -> tuple[Any, ...]:
    cells = []
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is not None:
                cells.append((row, column, item.text(), item.checkState().value))
    return (table.rowCount(), tuple(cells))


def widget_value(widget: QWidget) -> Any:
    """What the clerk can change in ``widget``; ``None`` for widgets that hold no input.

    A composite input (the member chooser) says its value through ``guard_value()``.
    """
    own = getattr(widget, "guard_value", None)
    if callable(own):
        return own()
    if isinstance(widget, QLineEdit):
        parent = widget.parentWidget()
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return None  # the combo or spin box itself is read
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return None if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return None if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else widget.currentIndex()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    if isinstance(widget, QTableWidget):
        return _table_state(widget)
    if isinstance(widget, QListWidget):
        return tuple(
            (widget.item(i).text(), widget.item(i).checkState().value)
            for i in range(widget.count())
        )
    return None


def form_state(root: QWidget, ignore: frozenset[str] = frozenset()) -> tuple[Any, ...]:
    """Every input widget's value under ``root``, by object name and position."""
    found = []
    for index, widget in enumerate(root.findChildren(QWidget)):
        if widget.objectName() in ignore:
            continue
        value = widget_value(widget)
        if value is not None:
            found.append((index, widget.objectName(), value))
    return tuple(found)


class GuardedDialog(QDialog):
    """A form that asks before Esc, 取消 or × throws away what was typed into it."""

    #: Object names of inputs that are not the form's content (search boxes, filters).
    guard_ignore: frozenset[str] = frozenset()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._guard_snapshot: tuple[Any, ...] | None = None

    def showEvent(self, event: QShowEvent) -> None:
        if self._guard_snapshot is None:
            self.arm_guard()
        super().showEvent(event)

    def arm_guard(self) -> None:
        """Take the form as it stands as "unchanged" (on first show, or after loading)."""
        self._guard_snapshot = form_state(self, self.guard_ignore)

    def has_unsaved_changes(self) -> bool:
        if self._guard_snapshot is None or self.result() == QDialog.DialogCode.Accepted:
            return False
        return form_state(self, self.guard_ignore) != self._guard_snapshot

    def save_from_guard(self) -> None:
        """What 保存 in the question does: the form's own 保存 (it closes on success)."""
        raise NotImplementedError

    def discard_changes(self) -> None:
        """The clerk chose 放弃: a hook for forms that keep a draft."""

    def reject(self) -> None:
        if self.has_unsaved_changes():
            answer = ask_unsaved(self)
            if answer == KEEP_EDITING:
                return
            if answer == SAVE:
                self.save_from_guard()
                return
            self.discard_changes()
        super().reject()

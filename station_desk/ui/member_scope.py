"""Which members a print, an export or a batch change applies to, chosen in the open.

The clerk once printed a member hidden by a filter because she was still selected. Now
every action over members asks, with both counts in view: the rows the filters show, or
the rows selected among them. The selection is always a part of what is shown (the members
tab shrinks it when a filter changes), so both choices are rows the clerk can see.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

SHOWN = "shown"
SELECTED = "selected"


@dataclass(frozen=True)
class MemberScope:
    """The members tab's shown rows and the selected rows among them, in table order."""

    shown: tuple[int, ...]
    selected: tuple[int, ...]

    def default(self) -> str:
        """The selection when the clerk picked several rows; a single highlighted row is
        usually just the one last looked at, so the shown rows come first then."""
        return SELECTED if len(self.selected) > 1 else SHOWN

    def ids(self, key: str) -> tuple[int, ...]:
        return self.selected if key == SELECTED else self.shown


def scope_of(tab: object) -> MemberScope:
    """The scope the members tab offers now."""
    shown = tuple(tab.shown_member_ids())  # type: ignore[attr-defined]
    selected = tuple(tab.selected_member_ids())  # type: ignore[attr-defined]
    return MemberScope(shown, selected)


class ScopeChoice(QWidget):
    """Two radio buttons: 筛选出的 N 位 / 选中的 M 位 (disabled when none is selected)."""

    def __init__(self, scope: MemberScope, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope = scope
        self.shown_button = QRadioButton(
            self.tr("成员页筛选出的 {n} 位").format(n=len(scope.shown)), self
        )
        self.shown_button.setObjectName("scopeShown")
        self.selected_button = QRadioButton(
            self.tr("其中选中的 {n} 位").format(n=len(scope.selected)), self
        )
        self.selected_button.setObjectName("scopeSelected")
        self.selected_button.setEnabled(bool(scope.selected))
        self.group = QButtonGroup(self)
        self.group.addButton(self.shown_button)
        self.group.addButton(self.selected_button)
        if scope.default() == SELECTED:
            self.selected_button.setChecked(True)
        else:
            self.shown_button.setChecked(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.shown_button)
        row.addWidget(self.selected_button)
        row.addStretch(1)

    def key(self) -> str:
        return SELECTED if self.selected_button.isChecked() else SHOWN

    def choose(self, key: str) -> None:
        button = self.selected_button if key == SELECTED else self.shown_button
        if button.isEnabled():
            button.setChecked(True)

    def ids(self) -> tuple[int, ...]:
        return self.scope.ids(self.key())


class ScopeDialog(QDialog):
    """Just the choice, for an action with no options dialog of its own (an export)."""

    def __init__(self, parent: QWidget | None, title: str, question: str, scope: MemberScope):
        super().__init__(parent)
        self.setWindowTitle(title)
        box = QVBoxLayout(self)
        label = QLabel(question, self)
        label.setWordWrap(True)
        box.addWidget(label)
        self.choice = ScopeChoice(scope, self)
        box.addWidget(self.choice)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, question: str, scope: MemberScope
    ) -> tuple[int, ...] | None:
        """The ids chosen; without a dialog when there is nothing to choose between."""
        if not scope.selected or _same(scope.selected, scope.shown):
            return scope.shown
        dialog = cls(parent, title, question, scope)
        return dialog.choice.ids() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _same(a: Sequence[int], b: Sequence[int]) -> bool:
    return len(a) == len(b) and set(a) == set(b)

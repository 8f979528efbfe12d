"""批量修改: set 驿站, 支部, 社区/网格 or join a team for many members in one step.

The members it applies to are chosen in the open (the rows shown, or the selected among
them, both counted: ``member_scope``); a question names the count and the change before
anything is written; the service does it in one unit of work, all or nothing, and a
refusal (a branch deleted meanwhile) is shown by its field with the dialog kept open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from station_desk.services.batch import BatchEdit, batch_update_members, describe_edit
from station_desk.ui import errors
from station_desk.ui.context import DeskContext
from station_desk.ui.i18n import shown_message
from station_desk.ui.member_scope import MemberScope, ScopeChoice
from station_desk.ui.tab_forms import SavingDialog

NONE = -1
"""The combo value that clears a field (（无）)."""


class BatchDialog(SavingDialog):
    """Tick what to change, choose the new value; 保存 asks once, naming the count."""

    topic = "members"

    def __init__(
        self,
        parent: QWidget | None,
        ctx: DeskContext,
        scope: MemberScope,
        today: date | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.today = today or date.today()
        self.setWindowTitle(self.tr("批量修改老同志"))
        self.scope = ScopeChoice(scope, self)
        self.add_field(self.tr("修改谁："), self.scope, "member")
        self.ticks: dict[str, QCheckBox] = {}
        self.combos: dict[str, QComboBox] = {}
        for column, kind, label, field in (
            ("station_id", "station", self.tr("驿站"), "station"),
            ("branch_id", "branch", self.tr("党支部"), "branch"),
            ("community_id", "community", self.tr("社区"), "community"),
        ):
            self._choice_row(column, kind, label, field, clearable=True)
        self._choice_row("grid_id", "grid", self.tr("网格"), "grid", clearable=True)
        self.combos["community_id"].currentIndexChanged.connect(lambda _i: self._fill_grids())
        self._fill_grids()
        self._choice_row("team_id", "team", self.tr("加入服务队"), "team", clearable=False)
        self.joined_on = QDateEdit(QDate(self.today.year, self.today.month, self.today.day), self)
        self.joined_on.setObjectName("batchJoinedOn")
        self.joined_on.setCalendarPopup(True)
        self.joined_on.setDisplayFormat("yyyy-MM-dd")
        self.role = QLineEdit("队员", self)  # a value stored in the ledger, not a label
        self.role.setObjectName("batchRole")
        team_extra = QWidget(self)
        row = QHBoxLayout(team_extra)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("加入日期"), self))
        row.addWidget(self.joined_on)
        row.addWidget(QLabel(self.tr("角色"), self))
        row.addWidget(self.role, 1)
        self.add_field("", team_extra, "joined_on", "role")
        self.finish_layout()
        self.save_button.setText(self.tr("修改"))
        self.resize(520, 0)

    def _choice_row(self, column: str, kind: str, label: str, field: str, clearable: bool) -> None:
        tick = QCheckBox(label, self)
        tick.setObjectName(f"batch_{column}_tick")
        combo = QComboBox(self)
        combo.setObjectName(f"batch_{column}")
        combo.setMinimumWidth(260)
        if kind != "grid":
            if clearable:
                combo.addItem(self.tr("（无）"), NONE)
            for choice in self.ctx.choices(kind):
                combo.addItem(choice.label, choice.id)
        combo.activated.connect(lambda _i: tick.setChecked(True))
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(tick)
        row.addWidget(combo, 1)
        self.ticks[column], self.combos[column] = tick, combo
        self.add_field("", holder, field, column)

    def _fill_grids(self) -> None:
        """The grids of the chosen community, or every grid with its community's name."""
        community = self.combos["community_id"].currentData()
        combo = self.combos["grid_id"]
        combo.clear()
        combo.addItem(self.tr("（无）"), NONE)
        for choice in self.ctx.choices("grid"):
            if community not in (None, NONE) and choice.parent_id != community:
                continue
            place = self.ctx.choice_label("community", choice.parent_id)
            combo.addItem(f"{place} {choice.label}".strip(), choice.id)

    # ------------------------------------------------------------------ the edit

    def member_ids(self) -> tuple[int, ...]:
        return self.scope.ids()

    def edit(self) -> BatchEdit:
        values: dict[str, int | None] = {}
        for column in ("station_id", "branch_id", "community_id", "grid_id"):
            if self.ticks[column].isChecked():
                value = self.combos[column].currentData()
                values[column] = None if value in (None, NONE) else int(value)
        team_id = None
        if self.ticks["team_id"].isChecked():
            team_id = self.combos["team_id"].currentData()
        d = self.joined_on.date()
        return BatchEdit(
            values,
            team_id=team_id,
            joined_on=date(d.year(), d.month(), d.day()),
            role=self.role.text(),
        )

    def described(self, edit: BatchEdit) -> str:
        """The change in words ("党支部 → 城区第一支部"), a message for the history."""
        names = {c: self.combos[c].currentText() for c in self.combos}
        for column, value in edit.values.items():
            if value is None:
                names[column] = ""
        return describe_edit(edit, names)

    def local_problems(self) -> list[tuple[str, str]]:
        if not self.member_ids():
            return [("member", self.tr("修改谁：成员页没有显示任何老同志"))]
        edit = self.edit()
        if edit.is_empty():
            return [("member", self.tr("请至少勾选一项要修改的内容"))]
        if self.ticks["team_id"].isChecked() and self.combos["team_id"].currentData() is None:
            return [("team", self.tr("加入服务队：还没有服务队"))]
        return []

    def confirm(self, count: int, what: str) -> bool:
        """The question before writing (tests replace ``errors.ask_yes_no``)."""
        return errors.ask_yes_no(
            self,
            self.tr("批量修改"),
            self.tr("将修改 {n} 位老同志：\n{what}\n\n确定吗？之后可用“编辑 → 撤销”撤回。").format(
                n=count, what=shown_message(what)
            ),
        )

    def try_save(self) -> None:
        self.clear_errors()
        problems = self.local_problems()
        if problems:
            for field, message in problems:
                self.field_errors.get(field, self.general_error).show_error(message)
            return
        edit = self.edit()
        if not self.confirm(len(self.member_ids()), self.described(edit)):
            return
        super().try_save()

    def save_job(self) -> Callable[[Any], Any]:
        ids, edit, today = self.member_ids(), self.edit(), self.today
        what = self.described(edit)
        return lambda s: batch_update_members(s, ids, edit, what=what, today=today)

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx: DeskContext, scope: MemberScope, today: date | None = None
    ) -> int | None:
        """The number of members changed, or None when the clerk cancelled."""
        dialog = cls(parent, ctx, scope, today)
        accepted = dialog.exec() == cls.DialogCode.Accepted
        return int(dialog.saved) if accepted and dialog.saved is not None else None

"""记录活动: one outing of a team, its participants' hours and the donations it brought.

Participants are the team's members on the day of the activity. One hours value applies to
everyone by default; a clerk may change one person's hours in the table, and that person
then keeps their own value when the default changes. The donations box is
``ActivityDonations`` (``ui/activity_donations.py``); saving is one service call,
``services.activities.save_activity``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.inputs import ActivityData, DonationData
from station_desk.domain.problems import ValidationError
from station_desk.domain.records import TeamMemberRow
from station_desk.domain.records_desk import ActivityFull
from station_desk.domain.units import format_hours, format_yuan, parse_hours
from station_desk.services.activities import save_activity
from station_desk.ui.activity_donations import ActivityDonations
from station_desk.ui.activity_draft import DraftKeeper
from station_desk.ui.context import DeskContext
from station_desk.ui.i18n import shown, shown_message
from station_desk.ui.tab_forms import SavingDialog, cell, count_box, date_problems
from station_desk.ui.terms import shown_term, stored_term
from station_desk.ui.widgets import DateField, FieldError

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
MEMBER_ID = Qt.ItemDataRole.UserRole
NAME_COL, ROLE_COL, HOURS_COL = 0, 1, 2
DEFAULT_HOURS = "2"


class ActivityDialog(ActivityDonations):
    """Record a new activity of ``team_id`` or edit ``existing``."""

    topic = "teams"

    def __init__(
        self,
        ctx: DeskContext,
        team_id: int,
        team_name: str,
        members: list[TeamMemberRow],
        *,
        existing: ActivityFull | None = None,
        categories: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.team_id, self.team_name = team_id, team_name
        self.members = members
        self.existing = existing
        self.new_donations: list[DonationData] = []
        self.dropped_donations: list[int] = []
        self._custom: set[int] = set()
        self._preset: dict[int, int] = {}
        self._filling = False
        self.setObjectName("activityDialog")
        self.setWindowTitle(self.tr("编辑活动") if existing else self.tr("记录活动"))
        self.resize(700, 760)
        self.form.addRow(self.tr("队伍："), QLabel(team_name, self))
        self.title = QLineEdit(self)
        self.title.setObjectName("activityTitle")
        self.title.setMaxLength(100)
        self.add_field(self.tr("活动名称："), self.title, "title")
        self.held_on = DateField(self)
        self.held_on.setObjectName("activityDate")
        self.held_on.set_date(date.today())
        self.add_field(self.tr("活动日期："), self.held_on, "held_on")
        self.category = QComboBox(self)
        self.category.setObjectName("activityCategory")
        self.category.setEditable(True)
        self.category.addItems(["", *(shown_term(c) for c in categories or [])])
        self.add_field(self.tr("类别："), self.category, "category")
        self.place = QLineEdit(self)
        self.place.setObjectName("activityPlace")
        self.place.setMaxLength(100)
        self.add_field(self.tr("地点："), self.place, "place")
        self.beneficiaries = count_box(self, "activityBeneficiaries", self.tr(" 人次"))
        self.add_field(self.tr("服务人次："), self.beneficiaries, "beneficiaries")
        self.content = QPlainTextEdit(self)
        self.content.setObjectName("activityContent")
        self.content.setFixedHeight(56)
        self.add_field(self.tr("活动内容："), self.content, "content")
        self.layout_.addWidget(self._participants_box(), 1)
        self.layout_.addWidget(self._donations_box())
        self.finish_layout()
        if existing is not None:
            self._load(existing)
        self._fill_participants()
        self.held_on.date_changed.connect(self._fill_participants)
        self.draft = DraftKeeper(self) if existing is None else None

    def _participants_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("参加队员与服务时长"), self)
        self.select_all = QCheckBox(self.tr("全选"), box)
        self.select_all.setObjectName("selectAllParticipants")
        self.select_all.setTristate(False)
        self.select_all.clicked.connect(self._select_all_clicked)
        self.default_hours = QLineEdit(DEFAULT_HOURS, box)
        self.default_hours.setObjectName("defaultHours")
        self.default_hours.setMaximumWidth(80)
        self.default_hours.textChanged.connect(self._default_changed)
        self.chosen_count = QLabel(box)
        self.chosen_count.setObjectName("chosenCount")
        self.table = QTableWidget(0, 3, box)
        self.table.setObjectName("participantsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("姓名"), self.tr("队内角色"), self.tr("时长（小时）")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        self.hours_error = FieldError(box)
        self.hours_error.setObjectName("hoursError")
        self.field_errors["hours"] = self.hours_error
        self.field_errors["member"] = self.hours_error
        top = QHBoxLayout()
        top.addWidget(self.select_all)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("每人时长（小时）："), box))
        top.addWidget(self.default_hours)
        top.addStretch(1)
        top.addWidget(self.chosen_count)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hours_error)
        return box

    def _load(self, full: ActivityFull) -> None:
        self.title.setText(full.title)
        self.held_on.set_date(full.held_on)
        self.category.setCurrentText(shown_term(full.category))
        self.place.setText(full.place)
        self.beneficiaries.setValue(full.beneficiaries)
        self.content.setPlainText(full.content)
        values = set(full.minutes.values())
        if len(values) == 1:
            self.default_hours.setText(format_hours(values.pop()))
        self._preset = dict(full.minutes)
        self._custom = {m for m, v in full.minutes.items() if format_hours(v) != self._default()}
        for d in full.donations:
            amount = format_yuan(d.amount_fen) if d.kind == "money" else str(d.item_count)
            self._donation_row(shown(d.kind_label), d.donor, amount, d.id)

    # ------------------------------------------------------------------ participants

    def _default(self) -> str:
        return self.default_hours.text().strip()

    def _fill_participants(self) -> None:
        """Rows for the members on the day, keeping ticks and hours already entered."""
        on = self.held_on.date() or date.today()
        previous = self.hours_by_member(checked_only=False)
        ticked = set(self.chosen_ids()) if self.table.rowCount() else set()
        preset = self._preset
        seen: set[int] = set()
        rows = []
        for m in self.members:
            active = m.joined_on <= on and (m.left_on is None or m.left_on >= on)
            if active and m.member_id not in seen:
                seen.add(m.member_id)
                rows.append(m)
        self._filling = True
        self.table.setRowCount(len(rows))
        for row, m in enumerate(rows):
            name = QTableWidgetItem(m.name)
            name.setData(MEMBER_ID, m.member_id)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            on_preset = m.member_id in preset
            name.setCheckState(CHECKED if m.member_id in ticked or on_preset else UNCHECKED)
            role = QTableWidgetItem(shown_term(m.role))
            role.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if on_preset:
                hours = format_hours(preset[m.member_id])
            elif m.member_id in previous:
                hours = previous[m.member_id]
            else:
                hours = self._default()
            self.table.setItem(row, NAME_COL, name)
            self.table.setItem(row, ROLE_COL, role)
            self.table.setItem(row, HOURS_COL, QTableWidgetItem(hours))
        self._preset = {}
        self._filling = False
        self._update_count()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        if item.column() == HOURS_COL:
            member_id = cell(self.table, item.row(), NAME_COL).data(MEMBER_ID)
            self._custom.add(int(member_id))
        elif self.table.currentRow() != item.row():
            # a box ticked by mouse makes its row current, so Down and Space go on from it
            self.table.setCurrentCell(item.row(), NAME_COL)
        self._update_count()

    def _default_changed(self) -> None:
        self._filling = True
        for row in range(self.table.rowCount()):
            member_id = int(cell(self.table, row, NAME_COL).data(MEMBER_ID))
            if member_id not in self._custom:
                cell(self.table, row, HOURS_COL).setText(self._default())
        self._filling = False

    def _select_all_clicked(self, checked: bool) -> None:
        self.set_all_checked(checked)

    def set_all_checked(self, checked: bool) -> None:
        self._filling = True
        for row in range(self.table.rowCount()):
            cell(self.table, row, NAME_COL).setCheckState(CHECKED if checked else UNCHECKED)
        self._filling = False
        self._update_count()

    def set_checked(self, member_id: int, checked: bool = True) -> bool:
        for row in range(self.table.rowCount()):
            item = cell(self.table, row, NAME_COL)
            if int(item.data(MEMBER_ID)) == member_id:
                item.setCheckState(CHECKED if checked else UNCHECKED)
                return True
        return False

    def set_hours(self, member_id: int, hours: str) -> bool:
        for row in range(self.table.rowCount()):
            if int(cell(self.table, row, NAME_COL).data(MEMBER_ID)) == member_id:
                cell(self.table, row, HOURS_COL).setText(hours)
                return True
        return False

    def mark_custom(self, member_id: int) -> None:
        """This person's hours stay when the default changes."""
        self._custom.add(member_id)

    def chosen_ids(self) -> list[int]:
        return [
            int(cell(self.table, row, NAME_COL).data(MEMBER_ID))
            for row in range(self.table.rowCount())
            if cell(self.table, row, NAME_COL).checkState() == CHECKED
        ]

    def hours_by_member(self, *, checked_only: bool = True) -> dict[int, str]:
        chosen = set(self.chosen_ids())
        found = {}
        for row in range(self.table.rowCount()):
            member_id = int(cell(self.table, row, NAME_COL).data(MEMBER_ID))
            if not checked_only or member_id in chosen:
                found[member_id] = cell(self.table, row, HOURS_COL).text().strip()
        return found

    def _update_count(self) -> None:
        chosen, total = len(self.chosen_ids()), self.table.rowCount()
        self.chosen_count.setText(self.tr("已选 {n} / {total} 人").format(n=chosen, total=total))
        self.select_all.blockSignals(True)
        self.select_all.setChecked(total > 0 and chosen == total)
        self.select_all.blockSignals(False)

    # ------------------------------------------------------------------ saving

    def local_problems(self) -> list[tuple[str, str]]:
        problems = []
        if not self.title.text().strip():
            problems.append(("title", self.tr("活动名称：必填")))
        problems += date_problems(self.held_on, "held_on", self.tr("活动日期："), True)
        names = {m.member_id: m.name for m in self.members}
        for member_id, hours in self.hours_by_member().items():
            try:
                parse_hours(hours)
            except ValidationError as exc:
                problems.append(
                    (
                        "hours",
                        self.tr("{name}的{problem}").format(
                            name=names.get(member_id, ""), problem=shown_message(exc.message)
                        ),
                    )
                )
                break
        return problems

    def data(self) -> ActivityData:
        held_on = self.held_on.date()
        assert held_on is not None
        return ActivityData(
            team_id=self.team_id,
            title=self.title.text(),
            held_on=held_on,
            category=stored_term(self.category.currentText()),
            place=self.place.text(),
            content=self.content.toPlainText(),
            beneficiaries=self.beneficiaries.value(),
            minutes={m: parse_hours(h) for m, h in self.hours_by_member().items()},
            donations=tuple(self.new_donations),
        )

    def discard_changes(self) -> None:
        if self.draft is not None:
            self.draft.remove()

    def _saved(self, result: Any) -> None:
        self.discard_changes()
        super()._saved(result)

    def save_job(self) -> Callable[[Any], int]:
        data = self.data()
        activity_id = self.existing.id if self.existing is not None else None
        dropped = tuple(self.dropped_donations)
        return lambda session: save_activity(
            session, data, activity_id=activity_id, dropped_donations=dropped
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx: DeskContext,
        team_id: int,
        team_name: str,
        members: list[TeamMemberRow],
        *,
        existing: ActivityFull | None = None,
        categories: list[str] | None = None,
    ) -> int | None:
        """The saved activity's id, or None when the clerk cancelled."""
        dialog = cls(
            ctx,
            team_id,
            team_name,
            members,
            existing=existing,
            categories=categories,
            parent=parent,
        )
        if dialog.exec() != SavingDialog.DialogCode.Accepted:
            return None
        return int(dialog.saved)

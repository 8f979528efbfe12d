"""The donations an activity brought, as the activity dialog shows them: a table of the stored
ones and those added in this sitting, with 添加 and 删除. Nothing is written here: the dialog's
one save (``services.activities.save_activity``) adds ``new_donations`` and deletes
``dropped_donations`` with the activity, all or nothing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from station_desk.domain.inputs import DonationData
from station_desk.domain.records import TeamMemberRow
from station_desk.ui.donation_dialog import DonationDialog
from station_desk.ui.i18n import shown
from station_desk.ui.tab_forms import SavingDialog, cell
from station_desk.ui.widgets import DateField

#: Where a donation row keeps its stored id (None for one added in this sitting).
STORED_ID = Qt.ItemDataRole.UserRole


class ActivityDonations(SavingDialog):
    """The donations box of ``ActivityDialog``; the dialog supplies the team and the day."""

    team_id: int
    team_name: str
    members: list[TeamMemberRow]
    held_on: DateField
    new_donations: list[DonationData]
    dropped_donations: list[int]

    def chosen_ids(self) -> list[int]:
        raise NotImplementedError

    def _donations_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("本次活动的捐款、捐物"), self)
        self.donations = QTableWidget(0, 3, box)
        self.donations.setObjectName("donationsTable")
        self.donations.setHorizontalHeaderLabels(
            [self.tr("类别"), self.tr("捐赠人"), self.tr("金额/数量")]
        )
        self.donations.verticalHeader().setVisible(False)
        self.donations.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.donations.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.donations.setFixedHeight(100)
        add = QPushButton(self.tr("添加捐款/捐物…"), box)
        add.setObjectName("addDonationButton")
        add.clicked.connect(self.add_donation)
        remove = QPushButton(self.tr("删除"), box)
        remove.setObjectName("removeDonationButton")
        remove.clicked.connect(self.remove_donation)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(box)
        layout.addWidget(self.donations, 1)
        layout.addLayout(buttons)
        return box

    def _donation_row(self, kind: str, donor: str, amount: str, stored_id: int | None) -> None:
        row = self.donations.rowCount()
        self.donations.insertRow(row)
        first = QTableWidgetItem(kind)
        first.setData(STORED_ID, stored_id)
        self.donations.setItem(row, 0, first)
        self.donations.setItem(row, 1, QTableWidgetItem(donor))
        self.donations.setItem(row, 2, QTableWidgetItem(amount))

    def add_donation(self) -> None:
        names = {m.member_id: m.name for m in self.members}
        people = [(i, names[i]) for i in self.chosen_ids()] or list(names.items())
        on = self.held_on.date() or date.today()
        data = DonationDialog.ask(self, self.team_id, self.team_name, people, on)
        if data is not None:
            self.add_pending_donation(data)

    def add_pending_donation(self, data: DonationData) -> None:
        donor = self.team_name
        if data.member_id is not None:
            donor = next((m.name for m in self.members if m.member_id == data.member_id), "")
        amount = (
            self.tr("{amount} 元").format(amount=data.amount)
            if data.kind.value == "money"
            else self.tr("{n} 件 {what}").format(n=data.item_count, what=data.description)
        )
        self.new_donations.append(data)
        self._donation_row(shown(data.kind.label), donor, amount, None)

    def remove_donation(self) -> None:
        row = self.donations.currentRow()
        if row < 0:
            return
        stored = cell(self.donations, row, 0).data(STORED_ID)
        if stored is not None:
            self.dropped_donations.append(int(stored))
        else:
            pending = [r for r in range(row) if cell(self.donations, r, 0).data(STORED_ID) is None]
            del self.new_donations[len(pending)]
        self.donations.removeRow(row)

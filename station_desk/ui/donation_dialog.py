"""One donation linked to an activity: money in yuan, or goods with a count and description.

It does not save by itself: the donation is written with its activity, in the same unit of
work, so an activity and its donations are never half stored.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.enums import DonationKind
from station_desk.domain.inputs import DonationData
from station_desk.domain.problems import ValidationError
from station_desk.domain.units import parse_yuan
from station_desk.ui.form_guard import GuardedDialog
from station_desk.ui.i18n import shown, shown_message
from station_desk.ui.tab_forms import enum_of
from station_desk.ui.widgets import FieldError


class DonationDialog(GuardedDialog):
    """捐款/捐物: kind, donor (the team or one of its members), amount or items, purpose."""

    def __init__(
        self,
        team_id: int,
        team_name: str,
        members: list[tuple[int, str]],
        donated_on: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.team_id = team_id
        self.donated_on = donated_on
        self.setObjectName("donationDialog")
        self.setWindowTitle(self.tr("捐款/捐物"))
        self.setMinimumWidth(400)
        form = QFormLayout()
        self.kind = QComboBox(self)
        self.kind.setObjectName("donationKind")
        for kind in DonationKind:
            self.kind.addItem(shown(kind.label), kind.value)
        form.addRow(self.tr("类别："), self.kind)
        self.donor = QComboBox(self)
        self.donor.setObjectName("donationDonor")
        self.donor.addItem(self.tr("本队：{team}").format(team=team_name), None)
        for member_id, name in members:
            self.donor.addItem(name, member_id)
        form.addRow(self.tr("捐赠人："), self.donor)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("donationAmount")
        self.amount.setPlaceholderText(self.tr("元，如 1200.50 或 2万"))
        self.amount_error = FieldError(self)
        self.amount_error.setObjectName("donationAmountError")
        form.addRow(self.tr("金额（元）："), self.amount)
        form.addRow("", self.amount_error)
        self.count = QSpinBox(self)
        self.count.setObjectName("donationCount")
        self.count.setRange(0, 1_000_000)
        self.count_error = FieldError(self)
        form.addRow(self.tr("数量（件）："), self.count)
        form.addRow("", self.count_error)
        self.description = QLineEdit(self)
        self.description.setObjectName("donationDescription")
        self.description.setMaxLength(200)
        self.description.setPlaceholderText(self.tr("如 衣物、口罩、米面油"))
        form.addRow(self.tr("物品说明："), self.description)
        self.purpose = QLineEdit(self)
        self.purpose.setObjectName("donationPurpose")
        self.purpose.setMaxLength(200)
        form.addRow(self.tr("用途："), self.purpose)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("okButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def chosen_kind(self) -> DonationKind:
        return enum_of(DonationKind, self.kind.currentData())

    def _kind_changed(self) -> None:
        money = self.chosen_kind() is DonationKind.MONEY
        self.amount.setEnabled(money)
        self.count.setEnabled(not money)
        self.amount_error.clear_message()
        self.count_error.clear_message()

    def data(self) -> DonationData:
        donor = self.donor.currentData()
        money = self.chosen_kind() is DonationKind.MONEY
        return DonationData(
            kind=self.chosen_kind(),
            donated_on=self.donated_on,
            member_id=int(donor) if donor is not None else None,
            team_id=self.team_id if donor is None else None,
            amount_fen=parse_yuan(self.amount.text()) if money else 0,
            item_count=0 if money else self.count.value(),
            description=self.description.text(),
            purpose=self.purpose.text(),
        )

    def try_accept(self) -> None:
        self.amount_error.clear_message()
        self.count_error.clear_message()
        if self.chosen_kind() is DonationKind.MONEY:
            if not self.amount.text().strip():
                self.amount_error.show_error(self.tr("金额：请填写捐款金额（元）"))
                return
            try:
                parse_yuan(self.amount.text())
            except ValidationError as exc:
                self.amount_error.show_error(shown_message(exc.message))
                return
        elif self.count.value() <= 0:
            self.count_error.show_error(self.tr("数量：捐物须填写大于 0 的件数"))
            return
        self.accept()

    def save_from_guard(self) -> None:
        self.try_accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        team_id: int,
        team_name: str,
        members: list[tuple[int, str]],
        donated_on: date,
    ) -> DonationData | None:
        dialog = cls(team_id, team_name, members, donated_on, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.data()

"""The member form: its fields laid out in two columns, filled from a stored member and read
back as a ``MemberData``. ``MemberDialog`` (``ui/member_dialog.py``) adds the checking as the
clerk types and the saving; this half knows widgets only, so either can change alone.
"""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.dates import DatePrecision
from station_desk.domain.enums import Gender, LabeledEnum, RetirementKind
from station_desk.domain.inputs import MemberData
from station_desk.domain.privacy import mask_id_number, mask_phone
from station_desk.domain.records import MemberFull
from station_desk.ui.context import DeskContext
from station_desk.ui.form_guard import GuardedDialog
from station_desk.ui.i18n import shown
from station_desk.ui.widgets import DateField, FieldError

DATE_FIELDS = ("birth_date", "retired_on", "honorary_retirement_on", "joined_party_on")

#: PIPL: the fields a stored member shows masked until the clerk asks, and how.
REVEALABLE = {"id_number": mask_id_number, "phone": mask_phone}


def _object_name(key: str) -> str:
    head, *rest = key.removesuffix("_id").split("_")
    return "member" + head.capitalize() + "".join(p.capitalize() for p in rest)


class MemberForm(GuardedDialog):
    """The fields of one member; the subclass decides what an edit (``_edited``) does."""

    ctx: DeskContext
    existing: MemberFull | None
    fields: dict[str, QWidget]
    errors: dict[str, FieldError]
    _masked: set[str]

    def _edited(self, key: str) -> None:
        raise NotImplementedError

    def reveal(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------------ building

    def _line(self, max_length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(max_length)
        return edit

    def _combo(self, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox(self)
        for label, value in items:
            combo.addItem(label, value)
        return combo

    def _place(self, grid: QGridLayout, row: int, key: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(_object_name(key))
        error = FieldError(self).reserve_space()
        error.setObjectName(_object_name(key) + "Error")
        self.fields[key], self.errors[key] = widget, error
        grid.addWidget(QLabel(label, self), 2 * row, 0)
        grid.addWidget(widget, 2 * row, 1)
        grid.addWidget(error, 2 * row + 1, 1)
        signal = getattr(widget, "date_changed", None) or getattr(widget, "textChanged", None)
        if isinstance(widget, QComboBox):
            signal = widget.currentIndexChanged
        elif isinstance(widget, QCheckBox):
            signal = widget.toggled
        if signal is not None:
            signal.connect(lambda *_a, k=key: self._edited(k))

    def _build(self) -> None:
        ctx, none = self.ctx, self.tr("（未选择）")
        basic, org = QGroupBox(self.tr("基本信息"), self), QGroupBox(self.tr("组织与工作"), self)
        left, right = QGridLayout(basic), QGridLayout(org)
        for grid in (left, right):
            grid.setVerticalSpacing(2)
        communities = [(none, None)] + [(c.label, c.id) for c in ctx.choices("community")]
        rows_left: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("姓名"), self._line(30)),
            ("id_number", self.tr("身份证号"), self._line(24)),
            (
                "gender",
                self.tr("性别"),
                self._combo(
                    [(self.tr("按身份证号"), None)] + [(shown(g.label), g.value) for g in Gender]
                ),
            ),
            ("birth_date", self.tr("出生日期"), DateField(self, partial=True)),
            ("phone", self.tr("联系电话"), self._line(20)),
            ("address", self.tr("住址"), self._line(200)),
            ("health", self.tr("健康状况"), self._line(100)),
            ("volunteer_number", self.tr("志愿者编号"), self._line(40)),
        ]
        rows_right: list[tuple[str, str, QWidget]] = [
            (
                "station_id",
                self.tr("驿站"),
                self._combo([(none, None)] + [(c.label, c.id) for c in ctx.choices("station")]),
            ),
            ("community_id", self.tr("社区"), self._combo(communities)),
            ("grid_id", self.tr("网格"), self._combo([(none, None)])),
            ("former_unit", self.tr("原工作单位"), self._line(100)),
            ("former_post", self.tr("原职务"), self._line(60)),
            (
                "retirement_kind",
                self.tr("离退休类别"),
                self._combo([(shown(k.label), k.value) for k in RetirementKind]),
            ),
            ("retired_on", self.tr("离退休时间"), DateField(self, partial=True)),
            ("honorary_retirement_on", self.tr("荣誉退休时间"), DateField(self, partial=True)),
            ("is_party_member", self.tr("政治面貌"), QCheckBox(self.tr("中共党员"), self)),
            ("joined_party_on", self.tr("入党时间"), DateField(self, partial=True)),
            (
                "branch_id",
                self.tr("所在支部"),
                self._combo([(none, None)] + [(c.label, c.id) for c in ctx.choices("branch")]),
            ),
        ]
        for row, (key, label, widget) in enumerate(rows_left):
            self._place(left, row, key, label, widget)
        for row, (key, label, widget) in enumerate(rows_right):
            self._place(right, row, key, label, widget)
        if self.existing is not None:
            self.reveal_button = QPushButton(self.tr("显示完整号码（记入操作日志）"), basic)
            self.reveal_button.setObjectName("revealButton")
            self.reveal_button.clicked.connect(self.reveal)
            left.addWidget(self.reveal_button, 2 * len(rows_left), 1)
            rows_left.append(("", "", self.reveal_button))
        left.setRowStretch(2 * len(rows_left), 1)
        right.setRowStretch(2 * len(rows_right), 1)
        self.fields["retirement_kind"].setCurrentIndex(1)  # type: ignore[attr-defined]
        self.fields["community_id"].currentIndexChanged.connect(lambda _i: self._fill_grids())  # type: ignore[attr-defined]
        self.combo("station_id").currentIndexChanged.connect(lambda _i: self._fill_branches())
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("memberNotes")
        self.notes.setPlaceholderText(self.tr("备注"))
        self.notes.setMaximumHeight(60)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("memberSaveButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.general_error = FieldError(self)
        self.general_error.setObjectName("memberGeneralError")
        self.save_hint = QLabel(self)
        self.save_hint.setObjectName("memberSaveHint")
        self.save_hint.setStyleSheet("color: #6d6d6d;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_hint, 1)
        bottom.addWidget(self.buttons)
        columns = QHBoxLayout()
        columns.addWidget(basic, 1)
        columns.addWidget(org, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.notes)
        layout.addWidget(self.general_error)
        layout.addLayout(bottom)
        self.setMinimumWidth(860)

    def _fill_grids(self) -> None:
        combo: QComboBox = self.fields["grid_id"]  # type: ignore[assignment]
        community = self.fields["community_id"].currentData()  # type: ignore[attr-defined]
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("（未选择）"), None)
        for grid in self.ctx.choices("grid"):
            if community is not None and grid.parent_id == community:
                combo.addItem(grid.label, grid.id)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)

    def _fill_branches(self) -> None:
        """Only the chosen station's branches (all of them while no station is chosen);
        the branch already chosen stays, so an existing member's branch is never lost."""
        combo = self.combo("branch_id")
        station, current = self.combo("station_id").currentData(), combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("（未选择）"), None)
        for branch in self.ctx.choices("branch"):
            if station is None or branch.parent_id == station or branch.id == current:
                combo.addItem(branch.label, branch.id)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)

    def _fill(self, m: MemberFull) -> None:
        text = {
            "name": m.name,
            "id_number": m.id_number,
            "phone": m.phone,
            "address": m.address,
            "health": m.health,
            "volunteer_number": m.volunteer_number,
            "former_unit": m.former_unit,
            "former_post": m.former_post,
        }
        for key, value in text.items():
            self.fields[key].setText(value)  # type: ignore[attr-defined]
        for key in self._masked:
            edit = self.line_edit(key)
            edit.setText(REVEALABLE[key](getattr(m, key)))
            edit.setReadOnly(True)
            edit.setToolTip(self.tr("已打码；点“显示完整号码”后可查看和修改"))
        for key in DATE_FIELDS:
            self.fields[key].set_date(getattr(m, key), getattr(m, f"{key}_precision", "day"))  # type: ignore[attr-defined]
        self._select("gender", m.gender)
        self._select("retirement_kind", m.retirement_kind)
        self._select("branch_id", m.branch_id)
        self._select("station_id", m.station_id)
        self._select("community_id", m.community_id)
        self._fill_grids()
        self._select("grid_id", m.grid_id)
        self._select("branch_id", m.branch_id)
        self.fields["is_party_member"].setChecked(m.is_party_member)  # type: ignore[attr-defined]
        self.notes.setPlainText(m.notes)

    def _select(self, key: str, value: object) -> None:
        combo: QComboBox = self.fields[key]  # type: ignore[assignment]
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def line_edit(self, key: str) -> QLineEdit:
        widget = self.fields[key]
        assert isinstance(widget, QLineEdit)
        return widget

    def combo(self, key: str) -> QComboBox:
        widget = self.fields[key]
        assert isinstance(widget, QComboBox)
        return widget

    def _text(self, key: str) -> str:
        if key in self._masked and self.existing is not None:
            return str(getattr(self.existing, key))
        return str(self.fields[key].text())  # type: ignore[attr-defined]

    def _date(self, key: str) -> date | None:
        return self.fields[key].date()  # type: ignore[attr-defined, no-any-return]

    def _precision(self, key: str) -> DatePrecision:
        return self.fields[key].precision()  # type: ignore[attr-defined, no-any-return]

    # ------------------------------------------------------------------ reading

    def member_data(self) -> MemberData:
        def pick(key: str) -> Any:
            return self.fields[key].currentData()  # type: ignore[attr-defined]

        return MemberData(
            name=self._text("name"),
            id_number=self._text("id_number"),
            gender=member_of(Gender, pick("gender")),
            birth_date=self._date("birth_date"),
            phone=self._text("phone"),
            address=self._text("address"),
            station_id=pick("station_id"),
            community_id=pick("community_id"),
            grid_id=pick("grid_id"),
            former_unit=self._text("former_unit"),
            former_post=self._text("former_post"),
            retirement_kind=member_of(RetirementKind, pick("retirement_kind"))
            or RetirementKind.TUIXIU,
            retired_on=self._date("retired_on"),
            honorary_retirement_on=self._date("honorary_retirement_on"),
            is_party_member=self.fields["is_party_member"].isChecked(),  # type: ignore[attr-defined]
            joined_party_on=self._date("joined_party_on"),
            branch_id=pick("branch_id"),
            health=self._text("health"),
            notes=self.notes.toPlainText(),
            volunteer_number=self._text("volunteer_number"),
            **{f"{key}_precision": self._precision(key) for key in DATE_FIELDS},
        )


E = TypeVar("E", bound=LabeledEnum)


def member_of(kind: type[E], value: object) -> E | None:
    """Combos hold enum values as plain strings (Qt does not keep Python enum objects)."""
    for member in kind:
        if member.value == value:
            return member
    return None

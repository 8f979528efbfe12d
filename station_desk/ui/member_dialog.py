"""Add or edit one member, with every field checked as the clerk types.

Local checks (``station_desk.domain.validation``) give instant feedback beside each field and keep
保存 disabled while anything is wrong; the service checks again on save (duplicates need
the database) and its ``ValidationError`` problems land beside their fields too.
"""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
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
from station_desk.domain.messages import msg
from station_desk.domain.privacy import mask_id_number, mask_phone
from station_desk.domain.records import MemberFull
from station_desk.domain.validation import (
    Problem,
    Problems,
    ValidationError,
    check_member_dates,
    check_member_identity,
    check_name,
    check_phone,
    label_of,
    parse_id_number,
)
from station_desk.services.history import log_reveal
from station_desk.services.members import add_member, update_member
from station_desk.ui import errors
from station_desk.ui.context import DeskContext
from station_desk.ui.form_guard import GuardedDialog
from station_desk.ui.i18n import shown, shown_beside, shown_message, shown_problems
from station_desk.ui.widgets import DateField, FieldError

#: Service field names -> the dialog's field keys.
_SERVICE_FIELDS = {
    "station": "station_id",
    "branch": "branch_id",
    "community": "community_id",
    "grid": "grid_id",
}
_DATE_FIELDS = ("birth_date", "retired_on", "honorary_retirement_on", "joined_party_on")


_REVEALABLE = {"id_number": mask_id_number, "phone": mask_phone}


def _object_name(key: str) -> str:
    head, *rest = key.removesuffix("_id").split("_")
    return "member" + head.capitalize() + "".join(p.capitalize() for p in rest)


class MemberDialog(GuardedDialog):
    """``MemberDialog.ask(parent, ctx, existing)`` -> the saved member's id, or ``None``."""

    def __init__(
        self, parent: QWidget | None, ctx: DeskContext, existing: MemberFull | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.existing = existing
        self.saved_id: int | None = None
        self._saving = False
        self._ready = False
        self._touched: set[str] = set()
        self._server_problems: dict[str, str] = {}
        # PIPL: a stored member's ID number and phone stay masked until the clerk asks.
        self._masked: set[str] = set(_REVEALABLE) if existing is not None else set()
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        self.setObjectName("memberDialog")
        self.setWindowTitle(self.tr("编辑成员") if existing else self.tr("新增成员"))
        self._build()
        if existing is not None:
            self._fill(existing)
            self._touched.update(self.fields)
        self._ready = True
        self.validate()

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx: DeskContext, existing: MemberFull | None = None
    ) -> int | None:
        dialog = cls(parent, ctx, existing)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.saved_id if accepted else None

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
            edit.setText(_REVEALABLE[key](getattr(m, key)))
            edit.setReadOnly(True)
            edit.setToolTip(self.tr("已打码；点“显示完整号码”后可查看和修改"))
        for key in _DATE_FIELDS:
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

    # ------------------------------------------------------------------ checking

    def _text(self, key: str) -> str:
        if key in self._masked and self.existing is not None:
            return str(getattr(self.existing, key))
        return str(self.fields[key].text())  # type: ignore[attr-defined]

    def reveal(self) -> None:
        """Show the full ID number and phone of this member; the change log records it."""
        existing = self.existing
        if existing is None or not self._masked:
            return
        member_id, fields = existing.id, sorted(self._masked)

        def work(session: Any) -> None:
            for field in fields:
                log_reveal(session, member_id, field)

        self.ctx.write(work, topic="log", on_done=lambda _r: self._revealed())

    def _revealed(self) -> None:
        assert self.existing is not None
        untouched = not self.has_unsaved_changes()
        ready, self._ready = self._ready, False
        for key in sorted(self._masked):
            edit = self.line_edit(key)
            edit.setText(getattr(self.existing, key))
            edit.setReadOnly(False)
            edit.setToolTip("")
        self._masked.clear()
        self._ready = ready
        self.reveal_button.setEnabled(False)
        if untouched:
            self.arm_guard()  # the full numbers shown are no change of the clerk's

    def _date(self, key: str) -> date | None:
        return self.fields[key].date()  # type: ignore[attr-defined, no-any-return]

    def _precision(self, key: str) -> DatePrecision:
        return self.fields[key].precision()  # type: ignore[attr-defined, no-any-return]

    def _edited(self, key: str) -> None:
        if not self._ready:
            return
        self._touched.add(key)
        self._server_problems.pop(key, None)
        if key == "id_number":
            self._fill_from_id()
        self.validate()

    def _fill_from_id(self) -> None:
        try:
            parsed = parse_id_number(self._text("id_number"))
        except ValidationError:
            return
        birth: DateField = self.fields["birth_date"]  # type: ignore[assignment]
        birth.blockSignals(True)
        birth.set_date(parsed.birth_date)
        birth.blockSignals(False)
        gender: QComboBox = self.fields["gender"]  # type: ignore[assignment]
        gender.blockSignals(True)
        gender.setCurrentIndex(max(gender.findData(parsed.gender.value), 0))
        gender.blockSignals(False)

    def problems(self) -> list[Problem]:
        """Every error and warning the local rules find in the form as it stands."""
        problems = Problems()
        problems.check(check_name, self._text("name"))
        for key in _DATE_FIELDS:
            reason = self.fields[key].problem()  # type: ignore[attr-defined]
            if reason:
                problems.error(key, msg("{label}：{reason}", label=label_of(key), reason=reason))
        gender = _member_of(Gender, self.fields["gender"].currentData())  # type: ignore[attr-defined]
        identity = check_member_identity(
            problems,
            id_number=self._text("id_number"),
            birth_date=self._date("birth_date"),
            gender=gender,
            today=date.today(),
            birth_precision=self._precision("birth_date"),
        )
        problems.check(check_phone, self._text("phone"))
        birth = identity[1] if identity else self._date("birth_date")
        check_member_dates(
            problems,
            birth_date=birth,
            joined_party_on=self._date("joined_party_on"),
            retired_on=self._date("retired_on"),
            honorary_retirement_on=self._date("honorary_retirement_on"),
            today=date.today(),
            precisions={key: self._precision(key) for key in _DATE_FIELDS[1:]},
        )
        party = self.fields["is_party_member"].isChecked()  # type: ignore[attr-defined]
        if self._date("joined_party_on") is not None and not party:
            problems.error(
                "joined_party_on", self.tr("入党时间：填写了入党时间，但未勾选“中共党员”")
            )
        return [*problems.errors, *problems.warnings]

    def validate(self) -> bool:
        """Show each field's first problem; enable 保存 only when nothing is wrong."""
        found = self.problems()
        blocking = any(not p.warning for p in found) or bool(self._server_problems)
        shown: dict[str, Problem] = {}
        for p in found:
            shown.setdefault(p.field, p)
        for key, label in self.errors.items():
            problem = shown.get(key)
            if key in self._server_problems:
                label.show_error(self._server_problems[key])
            elif problem is not None and key in self._touched:
                (label.show_warning if problem.warning else label.show_error)(shown_beside(problem))
            else:
                label.clear_message()
        self.save_button.setEnabled(not blocking and not self._saving)
        self._explain_save(found if blocking else [])
        return not blocking

    def _explain_save(self, found: list[Problem]) -> None:
        """Say beside a greyed 保存 (and on it) what still stops it, naming the field."""
        reason = ""
        first = next((p for p in found if not p.warning), None)
        if first is not None:
            reason = shown_problems([first])
        elif self._server_problems:
            key, text = next(iter(self._server_problems.items()))
            field = {v: k for k, v in _SERVICE_FIELDS.items()}.get(key, key)
            reason = shown_message(msg("{label}：{message}", label=label_of(field), message=text))
        hint = self.tr("还不能保存：{reason}").format(reason=reason) if reason else ""
        self.save_hint.setText(hint)
        self.save_button.setToolTip(hint)

    # ------------------------------------------------------------------ saving

    def member_data(self) -> MemberData:
        def pick(key: str) -> Any:
            return self.fields[key].currentData()  # type: ignore[attr-defined]

        return MemberData(
            name=self._text("name"),
            id_number=self._text("id_number"),
            gender=_member_of(Gender, pick("gender")),
            birth_date=self._date("birth_date"),
            phone=self._text("phone"),
            address=self._text("address"),
            station_id=pick("station_id"),
            community_id=pick("community_id"),
            grid_id=pick("grid_id"),
            former_unit=self._text("former_unit"),
            former_post=self._text("former_post"),
            retirement_kind=_member_of(RetirementKind, pick("retirement_kind"))
            or RetirementKind.TUIXIU,
            retired_on=self._date("retired_on"),
            honorary_retirement_on=self._date("honorary_retirement_on"),
            is_party_member=self.fields["is_party_member"].isChecked(),  # type: ignore[attr-defined]
            joined_party_on=self._date("joined_party_on"),
            branch_id=pick("branch_id"),
            health=self._text("health"),
            notes=self.notes.toPlainText(),
            volunteer_number=self._text("volunteer_number"),
            **{f"{key}_precision": self._precision(key) for key in _DATE_FIELDS},
        )

    def save(self) -> None:
        self._touched.update(self.fields)
        if not self.validate():
            return
        data, existing = self.member_data(), self.existing

        def work(session: Any, confirmed: bool) -> int:
            if existing is None:
                return add_member(session, data, confirmed=confirmed)
            update_member(session, existing.id, data, confirmed=confirmed)
            return existing.id

        self._saving = True
        self.save_button.setEnabled(False)
        self.ctx.write_confirmable(
            work, topic="members", on_done=self._saved, on_error=self._failed, confirm_parent=self
        )

    def _saved(self, member_id: int) -> None:
        self.saved_id = member_id
        self._saving = False
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        if isinstance(exc, ValidationError):
            for problem in exc.problems:
                key = _SERVICE_FIELDS.get(problem.field, problem.field)
                if key in self.errors:
                    self._server_problems[key] = shown_beside(problem)
                else:
                    self.general_error.show_error(errors.describe(exc))
        else:
            errors.show_error(self, exc)
        self.validate()

    def save_from_guard(self) -> None:
        self.save()

    def reject(self) -> None:
        if not self._saving:
            super().reject()


E = TypeVar("E", bound=LabeledEnum)


def _member_of(kind: type[E], value: object) -> E | None:
    """Combos hold enum values as plain strings (Qt does not keep Python enum objects)."""
    for member in kind:
        if member.value == value:
            return member
    return None

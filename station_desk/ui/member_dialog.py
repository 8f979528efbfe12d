"""Add or edit one member, with every field checked as the clerk types.

Local checks (``station_desk.domain`` rules: ids, phones, names, people) give instant feedback beside each field and keep
保存 disabled while anything is wrong; the service checks again on save (duplicates need
the database) and its ``ValidationError`` problems land beside their fields too. The fields
themselves (layout, filling, reading back) are ``MemberForm`` in ``ui/member_form.py``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from station_desk.domain.enums import Gender
from station_desk.domain.ids import parse_id_number
from station_desk.domain.messages import msg
from station_desk.domain.names import check_name
from station_desk.domain.people import check_member_dates, check_member_identity
from station_desk.domain.phones import check_phone
from station_desk.domain.problems import Problem, Problems, ValidationError, label_of
from station_desk.domain.records import MemberFull
from station_desk.services.history import log_reveals
from station_desk.services.members import save_member
from station_desk.ui import errors
from station_desk.ui.context import DeskContext
from station_desk.ui.i18n import shown_beside, shown_message, shown_problems
from station_desk.ui.member_form import DATE_FIELDS, REVEALABLE, MemberForm, member_of
from station_desk.ui.widgets import DateField, FieldError

#: Service field names -> the dialog's field keys.
_SERVICE_FIELDS = {
    "station": "station_id",
    "branch": "branch_id",
    "community": "community_id",
    "grid": "grid_id",
}


class MemberDialog(MemberForm):
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
        self._masked: set[str] = set(REVEALABLE) if existing is not None else set()
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

    # ------------------------------------------------------------------ checking

    def reveal(self) -> None:
        """Show the full ID number and phone of this member; the change log records it."""
        existing = self.existing
        if existing is None or not self._masked:
            return
        member_id, fields = existing.id, sorted(self._masked)

        self.ctx.write(
            lambda session: log_reveals(session, member_id, fields),
            topic="log",
            on_done=lambda _r: self._revealed(),
        )

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
        for key in DATE_FIELDS:
            reason = self.fields[key].problem()  # type: ignore[attr-defined]
            if reason:
                problems.error(key, msg("{label}：{reason}", label=label_of(key), reason=reason))
        gender = member_of(Gender, self.fields["gender"].currentData())  # type: ignore[attr-defined]
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
            precisions={key: self._precision(key) for key in DATE_FIELDS[1:]},
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

    def save(self) -> None:
        self._touched.update(self.fields)
        if not self.validate():
            return
        data, existing = self.member_data(), self.existing

        member_id = existing.id if existing is not None else None

        def work(session: Any, confirmed: bool) -> int:
            return save_member(session, data, member_id=member_id, confirmed=confirmed)

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

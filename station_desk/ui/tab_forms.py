"""What the dialogs of the grids, teams and events tabs share: saving with errors in place.

A dialog here saves itself through ``ctx.write`` when the clerk presses 保存, so a service's
``ValidationError`` lands beside the field it names and the dialog stays open with the
clerk's typing intact; only a successful write closes it. ``ask()`` then hands back what
was saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.enums import LabeledEnum
from station_desk.domain.privacy import mask_phone
from station_desk.domain.problems import ValidationError
from station_desk.ui import errors
from station_desk.ui.context import DeskContext
from station_desk.ui.form_guard import GuardedDialog
from station_desk.ui.i18n import shown_message
from station_desk.ui.table_model import RecordTableModel, setup_table_view
from station_desk.ui.widgets import DateField, FieldError

E = TypeVar("E", bound=LabeledEnum)
R = TypeVar("R")

ENDED_COLOR = QColor("#9e9e9e")
FOREGROUND = Qt.ItemDataRole.ForegroundRole


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def enum_of(cls: type[E], value: object) -> E:
    """The enum member stored as ``value`` in a combo box (Qt hands enums back as strings)."""
    return cast(E, cls.from_label(str(value)))


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    if item is None:
        raise LookupError(f"no item at {row},{column}")
    return item


def masked_phone(phone: str) -> str:
    return mask_phone(phone) if phone else ""


def day_text(value: object) -> str:
    return value.isoformat() if value is not None and hasattr(value, "isoformat") else ""


def setup_view(view: QTableView, model: RecordTableModel[Any], sort_column: int = -1) -> None:
    """Like ``table_model.setup_table_view`` but keeps the query's order until a header click.

    Qt's header starts with a descending indicator, so enabling sorting would otherwise sort
    names from Z to A, and posts or activities lose their meaningful order. One row is
    chosen at a time and nothing is edited in place: the tabs edit through dialogs.
    """
    setup_table_view(view, model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setSortIndicator(sort_column, Qt.SortOrder.AscendingOrder)
    header.setSortIndicatorShown(sort_column >= 0)
    view.setSortingEnabled(True)
    header.sortIndicatorChanged.connect(lambda *_a: header.setSortIndicatorShown(True))


def current_record(view: QTableView, model: RecordTableModel[R]) -> R | None:
    """The record of the view's current row, or None when no row is current."""
    index = view.currentIndex()
    return model.record_at(index.row()) if index.isValid() else None


def select_record(view: QTableView, model: RecordTableModel[Any], record_id: int) -> bool:
    """Make the shown row of the record with ``record_id`` current; False when not shown."""
    row = model.row_of(lambda r: r.id == record_id)
    if row >= 0:
        view.selectRow(row)
    return row >= 0


def reselect(view: QTableView, model: RecordTableModel[Any], keep: int | None) -> None:
    """After a reload, select the record that was current (by id) again, else the first row.

    The view's selection dies with the model reset; the tab remembers the id so the clerk
    stays on the same event or team when someone else's change reloads the list.
    """
    row = model.row_of(lambda r: r.id == keep) if keep is not None else -1
    view.selectRow(max(row, 0))


def make_button(parent: QWidget, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    """A push button found by ``name`` in tests, running ``slot`` when clicked."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


class GreyingModel(RecordTableModel[Any]):
    """A record table whose rows for ended things (a past post, a member who left) are grey."""

    def __init__(
        self, columns: Any, is_ended: Callable[[Any], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(columns, parent)
        self._is_ended = is_ended

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == FOREGROUND:
            if index.isValid() and self._is_ended(self.record_at(index.row())):
                return ENDED_COLOR
            return None
        return super().data(index, role)


def date_problems(field: DateField, name: str, label: str, required: bool) -> list[tuple[str, str]]:
    """The (field, message) a dialog reports for a date typed wrongly, or missing if required.

    Checked before the worker is asked, so the message names the field's own label.
    """
    if field.problem():
        return [(name, label + field.problem())]
    if required and field.date() is None:
        return [(name, label + translate("SavingDialog", "必填"))]
    return []


def count_box(parent: QWidget, name: str, suffix: str) -> QSpinBox:
    """A count of people (观众人次, 服务人次): whole numbers from 0, a fixed narrow box."""
    box = QSpinBox(parent)
    box.setObjectName(name)
    box.setRange(0, 10_000_000)
    box.setSuffix(suffix)
    box.setMinimumWidth(140)
    box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return box


class SavingDialog(GuardedDialog):
    """A form whose 保存 runs a service on the worker and shows its errors by the fields.

    Closing it changed asks first (``GuardedDialog``); 保存 there is this form's 保存.
    """

    topic = "members"

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: Any = None
        self.field_errors: dict[str, FieldError] = {}
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.addLayout(self.form)
        self.general_error = FieldError(self)
        self.general_error.setObjectName("generalError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("SavingDialog", "保存"))
        self.save_button.setObjectName("saveButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("SavingDialog", "取消")
        )
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        """Put the general error line and the buttons last (call after adding the fields)."""
        self.layout_.addWidget(self.general_error)
        self.layout_.addWidget(self.buttons)

    def add_field(self, label: str, widget: QWidget, *fields: str) -> FieldError:
        """A labelled row with an error line under it that answers to ``fields``."""
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = FieldError(holder)
        error.setObjectName(f"{widget.objectName() or 'field'}Error")
        box.addWidget(error)
        self.form.addRow(QLabel(label, self), holder)
        for name in fields:
            self.field_errors[name] = error
        return error

    def clear_errors(self) -> None:
        for error in self.field_errors.values():
            error.clear_message()
        self.general_error.clear_message()

    def show_problems(self, exc: ValidationError) -> None:
        for problem in exc.problems:
            target = self.field_errors.get(problem.field, self.general_error)
            text, message = target.text(), shown_message(problem.message)
            target.show_error(f"{text}\n{message}" if text else message)

    def local_problems(self) -> list[tuple[str, str]]:
        """Checks the dialog can make before asking the worker: (field, message) pairs."""
        return []

    def save_job(self) -> Callable[[Any], Any]:
        """The unit of work that saves the form: ``fn(session) -> result``."""
        raise NotImplementedError

    def save_from_guard(self) -> None:
        self.try_save()

    def try_save(self) -> None:
        self.clear_errors()
        problems = self.local_problems()
        if problems:
            for field, message in problems:
                self.field_errors.get(field, self.general_error).show_error(message)
            return
        try:
            job = self.save_job()
        except ValidationError as exc:
            self.show_problems(exc)
            return
        self.save_button.setEnabled(False)
        self.ctx.write(
            job,
            topic=self.topic,
            on_done=self._saved,
            on_error=self._failed,
            confirm_parent=self,
        )

    def _saved(self, result: Any) -> None:
        self.saved = result
        self.save_button.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_problems(exc)
        else:
            errors.show_error(self, exc)


class MemberChooser(QWidget):
    """The chosen member's name and a 选择… button that opens the searchable member picker."""

    member_changed = Signal()

    def __init__(
        self,
        ctx: DeskContext,
        parent: QWidget | None = None,
        *,
        allow_none: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member_id: int | None = None
        self.name_label = QLabel(translate("MemberChooser", "（未选择）"), self)
        self.name_label.setObjectName("chosenMemberLabel")
        self.name_label.setMinimumWidth(120)
        self.pick_button = QPushButton(translate("MemberChooser", "选择…"), self)
        self.pick_button.setObjectName("pickMemberButton")
        self.pick_button.clicked.connect(self.pick)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name_label, 1)
        row.addWidget(self.pick_button)
        if allow_none:
            clear = QPushButton(translate("MemberChooser", "清除"), self)
            clear.setObjectName("clearMemberButton")
            clear.clicked.connect(lambda: self.set_member(None, ""))
            row.addWidget(clear)

    def guard_value(self) -> object:
        """The chosen member, for ``form_guard``: a pick is a change of the form."""
        return ("member", self.member_id)

    def set_member(self, member_id: int | None, name: str) -> None:
        self.member_id = member_id
        self.name_label.setText(
            name if member_id is not None else translate("MemberChooser", "（未选择）")
        )
        self.member_changed.emit()

    def pick(self) -> None:
        from station_desk.ui.member_picker import MemberPicker

        chosen = MemberPicker.ask(self, self.ctx, multi=False)
        if chosen:
            member_id = chosen[0]
            self.ctx.read(
                lambda s: member_name(s, member_id),
                lambda name: self.set_member(member_id, name),
                parent=self,
            )


def member_name(session: Any, member_id: int) -> str:
    from station_desk.db.queries.core import member_full

    full = member_full(session, member_id)
    return full.name if full is not None else ""


def member_names(session: Any, member_ids: list[int]) -> list[tuple[int, str]]:
    """(id, name) for each member still on the books, in the order given."""
    from station_desk.db.queries.core import member_full

    found = [member_full(session, member_id) for member_id in member_ids]
    return [(m.id, m.name) for m in found if m is not None]


class _KeyBindings(QObject):
    """Keys that act on one widget even where the main window has the same shortcut.

    The window's 新建台账 (Ctrl+N) and 删除成员 (Delete) are window-wide; a second QAction
    with the same keys makes both "ambiguous" and neither fires. Accepting the
    ``ShortcutOverride`` event instead hands the key to the focused table first.
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.slots: dict[QKeySequence, Callable[[], object]] = {}

    def _slot_for(self, event: QKeyEvent) -> Callable[[], object] | None:
        pressed = QKeySequence(event.keyCombination())
        for keys, slot in self.slots.items():
            if keys.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch:
                return slot
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            slot = self._slot_for(event)
            if slot is not None:
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    slot()
                return True
        return False


def bind_key(widget: QWidget, keys: str, slot: Callable[[], object]) -> None:
    """Run ``slot`` when ``keys`` are pressed while ``widget`` has the focus."""
    bindings = widget.findChild(_KeyBindings, "", Qt.FindChildOption.FindDirectChildrenOnly)
    if bindings is None:
        bindings = _KeyBindings(widget)
        widget.installEventFilter(bindings)
    bindings.slots[QKeySequence(keys)] = slot

"""设置's two list-and-form pages: stations (驿站) and branches (支部). Each lists its records
and edits one in a form below; adding or saving is one service call on the worker, and a
``ValidationError`` shows under the form. The dialog and its communities page are in
``ui/settings_dialog.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_desk.db.queries.members import (
    BranchRecord,
    StationRecord,
    branch_records,
    station_records,
)
from station_desk.domain.enums import BranchCategory, StationKind
from station_desk.domain.inputs import BranchData, StationData
from station_desk.services import org
from station_desk.ui import errors
from station_desk.ui.context import DeskContext
from station_desk.ui.form_guard import widget_value
from station_desk.ui.i18n import shown
from station_desk.ui.widgets import FieldError

ID = Qt.ItemDataRole.UserRole


class _ListPage(QWidget):
    """A list on the left, the selected entry's form on the right, 新增 and 保存修改.

    A page is built from its ``name`` and its three services (``load`` the records, ``add``
    one, ``update`` one by id): stations and branches are kept the same way, so one page
    loads and saves both, and a subclass only lays out its fields and reads them back.
    """

    def __init__(
        self,
        ctx: DeskContext,
        name: str,
        load: Callable[[Any], list[Any]],
        add: Callable[[Any, Any], object],
        update: Callable[[Any, int, Any], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._load, self._add, self._update = load, add, update
        self.records: list[Any] = []
        self._inputs: list[QWidget] = []
        self.list = QListWidget(self)
        self.list.setObjectName(f"{name}List")
        self.list.currentRowChanged.connect(self._show)
        self.form = QFormLayout()
        self.error = FieldError(self)
        self.error.setObjectName(f"{name}Error")
        self.add_button = QPushButton(self.tr("新增"), self)
        self.add_button.setObjectName(f"{name}AddButton")
        self.add_button.clicked.connect(lambda: self.save(None))
        self.save_button = QPushButton(self.tr("保存修改"), self)
        self.save_button.setObjectName(f"{name}SaveButton")
        self.save_button.clicked.connect(self._save_current)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.error)
        right.addStretch(1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 2)
        layout.addLayout(right, 3)
        self._clean: tuple[Any, ...] = ()

    def mark_clean(self) -> None:
        """The form as it stands is saved (or shows a stored record unchanged)."""
        self._clean = self._form()

    def unsaved(self) -> bool:
        """Whether the form holds typing that neither 新增 nor 保存修改 has saved."""
        return self._form() != self._clean

    def _form(self) -> tuple[Any, ...]:
        return tuple(
            w.currentData() if isinstance(w, QComboBox) else widget_value(w) for w in self._inputs
        )

    def save_unsaved(self) -> None:
        """保存 from the closing question: 保存修改 for a shown record, else 新增."""
        record = self._current()
        self.save(record.id if record is not None else None)

    def _line(self, name: str, label: str, max_length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(max_length)
        self.form.addRow(label, edit)
        self._inputs.append(edit)
        return edit

    def _combo(self, name: str, label: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, value in items:
            combo.addItem(text, value)
        self.form.addRow(label, combo)
        self._inputs.append(combo)
        return combo

    def _current(self) -> Any:
        row = self.list.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def _save_current(self) -> None:
        record = self._current()
        if record is not None:
            self.save(record.id)

    def _fill(self, records: list[Any]) -> None:
        keep = self.list.currentRow()
        self.records = records
        self.list.clear()
        for record in records:
            self.list.addItem(record.name)
        if records:
            self.list.setCurrentRow(min(max(keep, 0), len(records) - 1))

    def _done(self, _result: object = None) -> None:
        self.error.clear_message()
        self.mark_clean()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.error.show_error(errors.describe(exc))

    def reload(self) -> None:
        self.ctx.read(self._load, self._fill, parent=self)

    def save(self, record_id: int | None) -> None:
        """新增 when ``record_id`` is None, else 保存修改; errors show under the form."""
        data, add, update = self.data(), self._add, self._update

        def job(session: Any) -> object:
            return add(session, data) if record_id is None else update(session, record_id, data)

        self.ctx.write(
            job, topic="org", on_done=self._done, on_error=self._failed, confirm_parent=self
        )

    def data(self) -> Any:
        raise NotImplementedError

    def _show(self, _row: int) -> None:
        raise NotImplementedError


def _select(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


class StationsPage(_ListPage):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, "station", station_records, org.add_station, org.update_station, parent
        )
        none = self.tr("（无）")
        self.name = self._line("stationName", self.tr("驿站名称"), 80)
        self.kind = self._combo(
            "stationKind", self.tr("类别"), [(shown(k.label), k.value) for k in StationKind]
        )
        self.address = self._line("stationAddress", self.tr("地址"), 200)
        self.community = self._combo(
            "stationCommunity",
            self.tr("所在社区"),
            [(none, None)] + [(c.label, c.id) for c in ctx.choices("community")],
        )
        self.contact = self._line("stationContact", self.tr("联系人"), 60)
        self.phone = self._line("stationPhone", self.tr("联系电话"), 20)
        self.mark_clean()
        self.reload()

    def _show(self, _row: int) -> None:
        record: StationRecord | None = self._current()
        if record is None:
            return
        self.name.setText(record.name)
        _select(self.kind, record.kind)
        self.address.setText(record.address)
        _select(self.community, record.community_id)
        self.contact.setText(record.contact)
        self.phone.setText(record.phone)
        self.mark_clean()

    def data(self) -> StationData:
        kind = next(k for k in StationKind if k.value == self.kind.currentData())
        return StationData(
            name=self.name.text(),
            kind=kind,
            address=self.address.text(),
            community_id=self.community.currentData(),
            contact=self.contact.text(),
            phone=self.phone.text(),
        )


class BranchesPage(_ListPage):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "branch", branch_records, org.add_branch, org.update_branch, parent)
        self.name = self._line("branchName", self.tr("支部名称"), 100)
        self.category = self._combo(
            "branchCategory", self.tr("类别"), [(shown(k.label), k.value) for k in BranchCategory]
        )
        self.station = self._combo("branchStation", self.tr("所属驿站"), [])
        self.secretary = self._line("branchSecretary", self.tr("支部书记"), 30)
        self._fill_stations()
        ctx.choices_changed.connect(self._fill_stations)
        self.mark_clean()
        self.reload()

    def _fill_stations(self) -> None:
        current = self.station.currentData()
        self.station.clear()
        self.station.addItem(self.tr("（无）"), None)
        for choice in self.ctx.choices("station"):
            self.station.addItem(choice.label, choice.id)
        _select(self.station, current)

    def _show(self, _row: int) -> None:
        record: BranchRecord | None = self._current()
        if record is None:
            return
        self.name.setText(record.name)
        _select(self.category, record.category)
        _select(self.station, record.station_id)
        self.secretary.setText(record.secretary)
        self.mark_clean()

    def data(self) -> BranchData:
        category = next(k for k in BranchCategory if k.value == self.category.currentData())
        return BranchData(
            name=self.name.text(),
            category=category,
            station_id=self.station.currentData(),
            secretary=self.secretary.text(),
        )

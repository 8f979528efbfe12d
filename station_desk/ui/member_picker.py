"""Pick one or several members with the same search as the members tab.

``MemberPicker.ask(parent, ctx, multi=True)`` returns the chosen ids in table order, or
``None`` when cancelled. Every member is loaded on the worker.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_desk.db.queries.members import member_rows
from station_desk.domain.privacy import mask_phone
from station_desk.domain.records import MemberList, MemberLookup, MemberRow
from station_desk.domain.search import normalize_query
from station_desk.ui.context import DeskContext
from station_desk.ui.i18n import shown_list
from station_desk.ui.kept_selection import select_ids
from station_desk.ui.person_columns import detail_text, member_person_columns, place_text
from station_desk.ui.table_model import (
    Column,
    RecordTableModel,
    debounced,
    setup_table_view,
    steady_label,
)


class MemberPicker(QDialog):
    """Searchable member list; ``rows_loaded`` fires once the members are shown."""

    rows_loaded = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        ctx: DeskContext,
        *,
        multi: bool = True,
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("memberPicker")
        self.setWindowTitle(title or (self.tr("选择成员") if multi else self.tr("选择一位成员")))
        today = date.today()
        self.lookup = MemberLookup()
        self.model: RecordTableModel[MemberRow] = RecordTableModel(
            [
                *member_person_columns(today, self.lookup, name_width=90, age_width=50),
                Column(self.tr("社区/网格"), place_text(self.lookup), width=160),
                Column(
                    self.tr("联系电话"),
                    detail_text(self.lookup, lambda d: mask_phone(d.phone)),
                    width=120,
                ),
                Column(self.tr("职务"), lambda r: shown_list(self.lookup.posts(r)), width=120),
            ],
            self,
            search_key=lambda r: r.search_keys,
        )
        self.search = QLineEdit(self)
        self.search.setObjectName("memberPickerSearch")
        self.search.setPlaceholderText(self.tr("搜索：姓名、拼音首字母、电话、身份证后几位"))
        self.search.setClearButtonEnabled(True)
        self._timer = debounced(self.search, self._search)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("memberPickerCount")
        self.table = QTableView(self)
        self.table.setObjectName("memberPickerTable")
        setup_table_view(self.table, self.model)
        mode = (
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multi
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.table.setSelectionMode(mode)
        self.table.doubleClicked.connect(lambda _i: self.accept() if not multi else None)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        if multi:
            hint = QLabel(self.tr("按住 Ctrl 或 Shift 可选择多人"), self)
            hint.setStyleSheet("color: #666;")
            layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 520)
        ctx.read(member_rows, self._loaded, parent=self)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx: DeskContext,
        multi: bool = True,
        title: str | None = None,
    ) -> list[int] | None:
        picker = cls(parent, ctx, multi=multi, title=title)
        if picker.exec() != QDialog.DialogCode.Accepted:
            return None
        return picker.selected_ids()

    def _loaded(self, members: MemberList) -> None:
        self.lookup.take(members.lookup)
        self.model.set_records(members.rows)
        self._update_count()
        self.rows_loaded.emit()

    def _search(self, text: str) -> None:
        query = normalize_query(text)
        self.model.set_filter(None, query)
        self._update_count()

    def _update_count(self) -> None:
        widest = "9" * len(str(self.model.total_count()))
        steady_label(
            self.count_label, self.tr("显示 {shown} / {total}").format(shown=widest, total=widest)
        )
        self.count_label.setText(
            self.tr("显示 {shown} / {total}").format(
                shown=self.model.rowCount(), total=self.model.total_count()
            )
        )

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.record_at(r).id for r in rows]

    def select_ids(self, ids: list[int]) -> None:
        """Select these members among the shown rows (used by callers and tests)."""
        select_ids(self.table, self.model, set(ids), lambda r: r.id)

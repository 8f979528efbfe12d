"""成员: the members table with one search box, filters, counts and a detail pane.

The whole list is loaded once (as frozen ``MemberRow``s) and filtered in the model over the
stored search keys, so a keystroke costs one scan, not a query. When a ledger opens, the
rows come first with the shown-only columns of the first screenfuls, the rest of those
columns just after (``member_list``, ``member_details``): the table is filled sooner.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from functools import partial

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_desk.db.queries.core import member_detail, member_full
from station_desk.db.queries.members import member_details, member_list, member_rows
from station_desk.domain.filters import MemberFilter
from station_desk.domain.records import (
    MemberDetail,
    MemberDetails,
    MemberFull,
    MemberList,
    MemberLookup,
    MemberRow,
)
from station_desk.domain.search import normalize_query
from station_desk.services.members import delete_members
from station_desk.ui import errors
from station_desk.ui.context import DeskContext
from station_desk.ui.drilldown import DrilldownBanner
from station_desk.ui.kept_selection import ranges, select_ids
from station_desk.ui.member_detail import MemberDetailPane
from station_desk.ui.member_dialog import MemberDialog
from station_desk.ui.member_drill import apply_member_drilldown
from station_desk.ui.member_filters import MemberFilterBar
from station_desk.ui.person_columns import member_columns
from station_desk.ui.table_model import (
    RecordTableModel,
    debounced,
    setup_table_view,
    steady_label,
)

# The members queries give rows in pinyin order of names: the 姓名 column, ascending.
QUERY_ORDER = (0, Qt.SortOrder.AscendingOrder)


def _search_keys(row: MemberRow) -> str:
    return row.search_keys


class MembersTab(QWidget):
    """The members table, filters and detail pane.

    ``rows_shown`` fires when a load's rows are in the table, ``rows_loaded`` once every
    column of every row can be shown too (on the first load, a moment after).
    """

    rows_shown = Signal()
    rows_loaded = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._query = ""
        self._detail_id: int | None = None
        self._select_after_load: int | None = None
        self._selected: set[int] = set()
        self._restoring = False
        self._drill: Callable[[MemberRow], bool] | None = None
        self._drill_token = 0
        self._counted = -1
        self.lookup = MemberLookup()
        self.model: RecordTableModel[MemberRow] = RecordTableModel(
            member_columns(date.today(), self.lookup), self, search_key=_search_keys
        )
        self._build()
        self.filters.fill()
        self.filters.changed.connect(self.apply_filter)
        ctx.changed.connect(self._on_changed)
        ctx.choices_changed.connect(self.filters.fill)
        self.reload()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("memberSearch")
        self.search.setPlaceholderText(
            self.tr("搜索：姓名、拼音首字母、电话、身份证后几位、原单位")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self._search_timer = debounced(self.search, self._search_changed)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("memberCountLabel")
        self.add_button = QPushButton(self.tr("新增"), self)
        self.add_button.setObjectName("addMemberButton")
        self.add_button.clicked.connect(self.add_member)
        self.edit_button = QPushButton(self.tr("编辑"), self)
        self.edit_button.setObjectName("editMemberButton")
        self.edit_button.clicked.connect(self.edit_member)
        self.delete_button = QPushButton(self.tr("删除"), self)
        self.delete_button.setObjectName("deleteMemberButton")
        self.delete_button.clicked.connect(self.delete_members)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addSpacing(12)
        for button in (self.add_button, self.edit_button, self.delete_button):
            top.addWidget(button)

        self.filters = MemberFilterBar(self.ctx, self)
        # the combos, by the names tests and the bench reach them under
        self.station_filter, self.branch_filter, self.community_filter = self.filters.combos[:3]
        self.grid_filter, self.post_filter, self.party_filter = self.filters.combos[3:6]
        self.retirement_filter = self.filters.retirement

        self.table = QTableView(self)
        self.table.setObjectName("membersTable")
        setup_table_view(self.table, self.model)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.edit_member())
        self.table.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._current_changed()
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = MemberDetailPane(self)
        self.detail.setObjectName("memberDetail")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("membersSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 320])

        self.banner = DrilldownBanner(self)
        self.banner.cleared.connect(self.clear_drilldown)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

    # ------------------------------------------------------------------ loading and filtering

    def reload(self) -> None:
        """Load every member. On the first load the rows are shown before the details of
        all but the first screenfuls are read; later loads replace the rows whole, so the
        table never shows blanks where it showed text."""
        if self.model.total_count() == 0:
            self.ctx.read(member_list, self._listed, parent=self)
            self.ctx.read(member_details, self._details_read, parent=self)
        else:
            self.ctx.read(member_rows, self._loaded, parent=self)

    def _listed(self, members: MemberList) -> None:
        self._show_rows(members)
        self.rows_shown.emit()

    def _details_read(self, details: dict[int, MemberDetails]) -> None:
        if self.lookup.complete:
            return  # a whole load came first
        self.lookup.add_details(details)
        self.model.values_changed(in_order=QUERY_ORDER)
        if self._drill is not None:
            self.apply_filter()  # an age band needs the birth dates
        self.rows_loaded.emit()

    def _loaded(self, members: MemberList) -> None:
        self._show_rows(members)
        self.rows_shown.emit()
        self.rows_loaded.emit()

    def _show_rows(self, members: MemberList) -> None:
        self.lookup.take(members.lookup)
        self._restoring = True
        self.model.set_records(members.rows, in_order=QUERY_ORDER)
        self._restoring = False
        self._keep_shown()
        self._update_count()
        if self._select_after_load is not None:
            self.select_member(self._select_after_load)
            self._select_after_load = None

    def _on_changed(self, topic: str) -> None:
        if topic in ("members", "grids", "org"):
            self.reload()
            self._load_detail(self._detail_id)
        elif topic in ("teams", "events"):
            self._load_detail(self._detail_id)

    def _search_changed(self, text: str) -> None:
        self._query = normalize_query(text)
        self.apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def filter_predicate(self) -> Callable[[MemberRow], bool] | None:
        """One test of the filter combos and the drill-down; the query is the model's."""
        return self.filters.predicate(self.lookup, self._drill)

    def apply_filter(self) -> None:
        self._restoring = True
        self.model.set_filter(self.filter_predicate(), self._query)
        self._restoring = False
        self._keep_shown()
        self._update_count()

    # ------------------------------------------------------------------ drill-down

    def apply_drilldown(self, filters: MemberFilter | Mapping[str, object]) -> None:
        """Show the members behind a figure of the 统计 tab (``ui/member_drill.py``)."""
        apply_member_drilldown(self, filters)

    def _set_drill(self, token: int, test: Callable[[MemberRow], bool]) -> None:
        if token == self._drill_token:
            self._drill = test
            self.apply_filter()

    def clear_drilldown(self) -> None:
        """清除: drop the drill-down's extra test; the combos stay as the clerk sees them."""
        self._drill_token += 1
        self._drill = None
        self.banner.hide()
        self.apply_filter()

    def _update_count(self) -> None:
        total = self.model.total_count()
        if total != self._counted:
            self._counted = total
            widest = "9" * len(str(total))
            longest = self.tr("显示 {shown} / {total}").format(shown=widest, total=widest)
            longest += self.tr(" · 已选 {n}").format(n=widest)
            steady_label(self.count_label, longest, self.tr("正在载入…"))
        text = self.tr("显示 {shown} / {total}").format(shown=self.model.rowCount(), total=total)
        if len(self._selected) > 1:
            text += self.tr(" · 已选 {n}").format(n=len(self._selected))
        self.count_label.setText(text)

    # ------------------------------------------------------------------ selection

    def selected_member_ids(self) -> list[int]:
        """Ids of the selected members in table order: always rows the clerk sees (a
        selection hidden by a filter once printed a member who was not in the list)."""
        chosen = self._selected
        if not chosen:
            return []
        return [r.id for r in self.model.shown_records() if r.id in chosen]

    def shown_member_ids(self) -> list[int]:
        """Ids of the rows the filters and the search show, in table order."""
        return [r.id for r in self.model.shown_records()]

    def _keep_shown(self) -> None:
        """After the shown rows changed: the selection shrinks to the rows still shown, and
        the detail pane lets go of a member the filter hides."""
        shown = {r.id for r in self.model.shown_records()}
        self._selected &= shown
        self._reselect()
        if self._detail_id is not None and self._detail_id not in shown:
            self._load_detail(None)
        elif self._detail_id is not None:
            row = self.model.row_of(lambda r: r.id == self._detail_id)
            self._restoring = True
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self._restoring = False

    def clear_selection(self) -> None:
        self._selected.clear()
        self.table.clearSelection()
        self._update_count()

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self._restoring:
            return
        record_at = self.model.record_at
        for span in ranges(deselected):
            for row in range(span.top(), span.bottom() + 1):
                if row < self.model.rowCount():
                    self._selected.discard(record_at(row).id)
        for span in ranges(selected):
            for row in range(span.top(), span.bottom() + 1):
                self._selected.add(record_at(row).id)
        self._update_count()

    def current_member(self) -> MemberRow | None:
        index = self.table.currentIndex()
        return self.model.record_at(index.row()) if index.isValid() else None

    def select_member(self, member_id: int) -> bool:
        row = self.model.row_of(lambda r: r.id == member_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _reselect(self) -> None:
        """Show the kept selection among the rows now shown."""
        wanted = self._selected
        if not wanted:
            return
        self._restoring = True
        select_ids(self.table, self.model, wanted, lambda r: r.id)
        self._restoring = False

    def _current_changed(self) -> None:
        if self._restoring:
            return
        member = self.current_member()
        self._load_detail(member.id if member else None)

    def _load_detail(self, member_id: int | None) -> None:
        self._detail_id = member_id
        if member_id is None:
            self.detail.clear_detail()
            return
        self.ctx.read(lambda s: member_detail(s, member_id), self._show_detail, parent=self)

    def _show_detail(self, detail: MemberDetail) -> None:
        if detail.id == self._detail_id:
            self.detail.show_detail(detail)

    # ------------------------------------------------------------------ actions

    def add_member(self) -> None:
        saved = MemberDialog.ask(self, self.ctx, None)
        if saved is not None and not self.select_member(saved):
            self._select_after_load = saved  # the reload with the new row is still coming

    def edit_member(self) -> None:
        member = self.current_member()
        if member is None:
            return
        member_id = member.id
        self.ctx.read(lambda s: member_full(s, member_id), self._edit_loaded, parent=self)

    def _edit_loaded(self, full: MemberFull | None) -> None:
        if full is not None:
            MemberDialog.ask(self, self.ctx, full)

    def delete_members(self) -> None:
        ids = self.selected_member_ids()
        if not ids:
            return
        wanted = set(ids)
        names = "、".join([r.name for r in self.model.all_records() if r.id in wanted][:5])
        more = self.tr("等 {n} 人").format(n=len(ids)) if len(ids) > 5 else ""
        if not errors.ask_yes_no(
            self,
            self.tr("删除成员"),
            self.tr("确定删除 {names}{more} 吗？\n删除后移入回收站，可以恢复。").format(
                names=names, more=more
            ),
        ):
            return

        self.ctx.write(
            partial(delete_members, member_ids=ids), topic="members", confirm_parent=self
        )

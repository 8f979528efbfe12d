"""网格: the subdistrict → community → grid tree, the posts held there and the residents.

A grid shows its 网格长, 网格党支部书记 and 楼长 with their buildings (ended posts in grey);
a community shows its 第一书记, 党建指导员 and 宣传员. Posts are assigned and ended in dialogs;
what the tab's buttons do is ``GridsTabActions`` (``ui/grids_actions.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_desk.db.queries.grids import community_posts, grid_posts, org_tree, residents
from station_desk.domain.records import PostRecord
from station_desk.domain.records_desk import CommunityNode, ResidentRow
from station_desk.domain.search import matches, normalize_query
from station_desk.ui.context import DeskContext
from station_desk.ui.grids_actions import COMMUNITY, GRID, SUBDISTRICT, GridsTabActions
from station_desk.ui.i18n import shown, shown_list
from station_desk.ui.person_columns import person_columns
from station_desk.ui.tab_forms import (
    GreyingModel,
    bind_key,
    day_text,
    make_button,
    masked_phone,
    setup_view,
)
from station_desk.ui.table_model import CENTER, Column, debounced

NODE = Qt.ItemDataRole.UserRole


class GridsTab(GridsTabActions):
    """The grids tab; ``select_node(kind, id)`` lets tests and other tabs jump to a node."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tree_data: list[CommunityNode] = []
        self._node: tuple[str, int] | None = None
        self._pending_select: tuple[str, int] | None = None
        self._build()
        ctx.changed.connect(self._on_changed)
        self.reload()

    def _build(self) -> None:
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("gridTree")
        self.tree.setHeaderLabels([self.tr("社区与网格"), self.tr("老同志")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_a: self._node_changed())
        self.add_community_button = make_button(
            self, self.tr("新增社区"), "addCommunityButton", self.add_community
        )
        self.add_grid_button = make_button(
            self, self.tr("新增网格"), "addGridButton", self.add_grid
        )
        self.rename_button = make_button(
            self, self.tr("重命名"), "renameNodeButton", self.rename_node
        )
        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        for button in (self.add_community_button, self.add_grid_button, self.rename_button):
            buttons.addWidget(button)
        left_box.addLayout(buttons)

        self.title = QLabel(self.tr("请在左侧选择社区或网格"), self)
        self.title.setObjectName("gridTitle")
        font = self.title.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.title.setFont(font)

        self.posts_model = GreyingModel(self._post_columns(), lambda p: p.until is not None, self)
        self.posts_view = QTableView(self)
        self.posts_view.setObjectName("postsView")
        setup_view(self.posts_view, self.posts_model)
        self.posts_view.doubleClicked.connect(lambda _i: self.end_post())
        self.assign_button = make_button(
            self, self.tr("任命职务…"), "assignPostButton", self.assign_post
        )
        self.end_button = make_button(self, self.tr("免去职务…"), "endPostButton", self.end_post)
        self.posts_group = QGroupBox(self.tr("任职情况"), self)
        posts_box = QVBoxLayout(self.posts_group)
        posts_box.addWidget(self.posts_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.assign_button)
        row.addWidget(self.end_button)
        row.addStretch(1)
        hint = QLabel(self.tr("灰色为已离任"), self)
        hint.setStyleSheet("color: #757575;")
        row.addWidget(hint)
        posts_box.addLayout(row)

        self.residents_model = GreyingModel(self._resident_columns(), lambda _r: False, self)
        self.residents_view = QTableView(self)
        self.residents_view.setObjectName("residentsView")
        setup_view(self.residents_view, self.residents_model, sort_column=0)
        self.resident_search = QLineEdit(self)
        self.resident_search.setObjectName("residentSearch")
        self.resident_search.setPlaceholderText(self.tr("查找：姓名、拼音首字母、电话"))
        self.resident_search.setClearButtonEnabled(True)
        debounced(self.resident_search, self._filter_residents)
        self.resident_count = QLabel(self)
        self.resident_count.setObjectName("residentCount")
        self.residents_group = QGroupBox(self.tr("居住的老同志"), self)
        residents_box = QVBoxLayout(self.residents_group)
        search_row = QHBoxLayout()
        search_row.addWidget(self.resident_search, 1)
        search_row.addWidget(self.resident_count)
        residents_box.addLayout(search_row)
        residents_box.addWidget(self.residents_view, 1)

        right_split = QSplitter(Qt.Orientation.Vertical, self)
        right_split.addWidget(self.posts_group)
        right_split.addWidget(self.residents_group)
        right_split.setSizes([300, 300])
        right = QWidget(self)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.title)
        right_box.addWidget(right_split, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("gridsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        for widget in (self.tree, self.posts_view):
            bind_key(widget, "Ctrl+N", self.assign_post)
        bind_key(self.posts_view, "Del", self.end_post)
        bind_key(self.tree, "F2", self.rename_node)
        self._update_buttons()

    def _post_columns(self) -> list[Column[PostRecord]]:
        return [
            Column(self.tr("职务"), lambda p: shown(p.kind_label), width=160),
            Column(self.tr("姓名"), lambda p: p.member_name, width=90),
            Column(self.tr("楼栋"), lambda p: p.building, width=110),
            Column(self.tr("任职时间"), lambda p: day_text(p.since), align=CENTER, width=100),
            Column(
                self.tr("离任时间"),
                lambda p: day_text(p.until) or self.tr("在任"),
                align=CENTER,
                width=100,
            ),
        ]

    def _resident_columns(self) -> list[Column[ResidentRow]]:
        today = date.today()
        return [
            *person_columns(
                today,
                self.tr("姓名"),
                self.tr("性别"),
                self.tr("年龄"),
                age_width=45,
                order=lambda r: r.sort_key,
                birth=lambda r: r.birth_date,
            ),
            Column(self.tr("网格"), lambda r: r.grid, width=80),
            Column(self.tr("联系电话"), lambda r: masked_phone(r.phone), width=110),
            Column(self.tr("党员"), lambda r: self.tr("是") if r.is_party_member else "", width=45),
            Column(self.tr("职务"), lambda r: shown_list(r.posts), width=150),
            Column(self.tr("住址"), lambda r: r.address, width=200),
        ]

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        self.ctx.read(org_tree, self._tree_loaded, parent=self)

    def _on_changed(self, topic: str) -> None:
        if topic in ("grids", "members", "org"):
            self.reload()

    def _tree_loaded(self, tree: list[CommunityNode]) -> None:
        keep = self._pending_select or self._node
        self._pending_select = None
        expanded = {item.text(0) for item in self._top_items() if item.isExpanded()}
        self.tree_data = tree
        self.tree.blockSignals(True)
        self.tree.clear()
        subdistricts: dict[str, QTreeWidgetItem] = {}
        for community in tree:
            name = community.subdistrict or self.tr("（未填街道）")
            top = subdistricts.get(name)
            if top is None:
                top = QTreeWidgetItem(self.tree, [name, ""])
                top.setData(0, NODE, (SUBDISTRICT, 0))
                subdistricts[name] = top
            item = QTreeWidgetItem(top, [community.name, str(community.residents)])
            item.setData(0, NODE, (COMMUNITY, community.id))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for grid in community.grids:
                child = QTreeWidgetItem(item, [grid.name, str(grid.residents)])
                child.setData(0, NODE, (GRID, grid.id))
                child.setTextAlignment(
                    1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
        for name, top in subdistricts.items():
            top.setExpanded(not expanded or name in expanded)
        self.tree.blockSignals(False)
        if keep is None:
            keep = _first_node(tree)
        if keep is None or not self.select_node(*keep):
            self._node = None
            self._node_changed()

    def select_node(self, kind: str, node_id: int) -> bool:
        """Make the community or grid ``node_id`` current; False when it is not in the tree."""
        for item in self._items():
            if item.data(0, NODE) == (kind, node_id):
                parent = item.parent()
                while parent is not None:
                    parent.setExpanded(True)
                    parent = parent.parent()
                self.tree.setCurrentItem(item)
                self._node_changed()
                return True
        return False

    def apply_drilldown(self, filters: Mapping[str, object]) -> None:
        """Open the grid or community a figure names (``grid_id``, ``community_id``); the
        summary's figures name neither today, so the tab is simply shown."""
        for kind, key in ((GRID, "grid_id"), (COMMUNITY, "community_id")):
            node_id = filters.get(key)
            if isinstance(node_id, int) and not isinstance(node_id, bool):
                if not self.select_node(kind, node_id):
                    self._select_later(kind, node_id)
                return

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = self._top_items()
        while stack:
            item = stack.pop()
            found.append(item)
            children = (item.child(i) for i in range(item.childCount()))
            stack.extend(c for c in children if c is not None)
        return found

    def _top_items(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def current_node(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        kind, node_id = item.data(0, NODE)
        return (kind, node_id) if kind != SUBDISTRICT else None

    def _place_of(self, kind: str, node_id: int) -> str:
        for community in self.tree_data:
            if kind == COMMUNITY and community.id == node_id:
                return community.name
            for grid in community.grids:
                if kind == GRID and grid.id == node_id:
                    return f"{community.name} {grid.name}"
        return ""

    def _node_changed(self) -> None:
        node = self.current_node()
        self._node = node
        self._update_buttons()
        if node is None:
            self.title.setText(self.tr("请在左侧选择社区或网格"))
            self.posts_model.set_records([])
            self.residents_model.set_records([])
            self._count_residents()
            return
        kind, node_id = node
        self.title.setText(self._place_of(kind, node_id))
        self.posts_view.setColumnHidden(2, kind != GRID)
        self.posts_group.setTitle(
            self.tr("网格任职：网格长、网格党支部书记、楼长")
            if kind == GRID
            else self.tr("社区任职：第一书记、党建指导员、宣传员")
        )

        def load(session: Any) -> tuple[list[PostRecord], list[ResidentRow]]:
            if kind == GRID:
                return grid_posts(session, node_id), residents(session, grid_id=node_id)
            return community_posts(session, node_id), residents(session, community_id=node_id)

        self.ctx.read(load, lambda loaded: self._detail_loaded(node, loaded), parent=self)

    def _detail_loaded(
        self, node: tuple[str, int], loaded: tuple[list[PostRecord], list[ResidentRow]]
    ) -> None:
        if node != self._node:
            return
        posts, people = loaded
        self.posts_model.set_records(posts)
        self.residents_model.set_records(people)
        self._filter_residents(self.resident_search.text())

    def _filter_residents(self, text: str) -> None:
        query = normalize_query(text)
        self.residents_model.set_filter(
            (lambda r: matches(r.search_keys, query)) if query else None
        )
        self._count_residents()

    def _count_residents(self) -> None:
        self.resident_count.setText(
            self.tr("显示 {shown} / {total}").format(
                shown=self.residents_model.rowCount(), total=self.residents_model.total_count()
            )
        )

    def _update_buttons(self) -> None:
        node = self._node
        self.assign_button.setEnabled(node is not None)
        self.end_button.setEnabled(node is not None)
        self.add_grid_button.setEnabled(node is not None)
        self.rename_button.setEnabled(node is not None)


def _first_node(tree: list[CommunityNode]) -> tuple[str, int] | None:
    """The first grid (or community) to show when nothing was chosen yet."""
    for community in tree:
        if community.grids:
            return (GRID, community.grids[0].id)
    return (COMMUNITY, tree[0].id) if tree else None

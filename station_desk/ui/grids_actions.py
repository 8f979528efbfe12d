"""What the grids tab's buttons do: assign or end a post at the chosen grid or community, add
a community or a grid, rename either. Each change is one service call through ``ctx.write``
(topic ``org``); the tab reloads its tree and makes the new node current.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QTableView, QWidget

from station_desk.domain.records import PostRecord
from station_desk.domain.records_desk import CommunityNode
from station_desk.services.org import add_community, add_grid, rename_community, rename_grid
from station_desk.ui.context import DeskContext
from station_desk.ui.post_dialog import EndPostDialog, PostDialog
from station_desk.ui.tab_forms import GreyingModel, current_record

SUBDISTRICT, COMMUNITY, GRID = "subdistrict", "community", "grid"


class GridsTabActions(QWidget):
    """The actions of ``GridsTab``; the tab supplies the tree, the chosen node and the posts."""

    ctx: DeskContext
    tree_data: list[CommunityNode]
    _node: tuple[str, int] | None
    _pending_select: tuple[str, int] | None
    posts_view: QTableView
    posts_model: GreyingModel

    def _place_of(self, kind: str, node_id: int) -> str:
        raise NotImplementedError

    def selected_post(self) -> PostRecord | None:
        return current_record(self.posts_view, self.posts_model)

    def assign_post(self) -> None:
        node = self._node
        if node is None:
            return
        kind, node_id = node
        place = self._place_of(kind, node_id)
        if kind == GRID:
            PostDialog.ask(self, self.ctx, place=place, grid_id=node_id)
        else:
            PostDialog.ask(self, self.ctx, place=place, community_id=node_id)

    def end_post(self) -> None:
        post = self.selected_post()
        if post is None or post.until is not None:
            return
        EndPostDialog.ask(self, self.ctx, post)

    def _community_of_node(self) -> int | None:
        node = self._node
        if node is None:
            return None
        if node[0] == COMMUNITY:
            return node[1]
        for community in self.tree_data:
            if any(g.id == node[1] for g in community.grids):
                return community.id
        return None

    def _ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value.strip() if ok and value.strip() else None

    def add_community(self) -> None:
        name = self._ask_text(self.tr("新增社区"), self.tr("社区名称："))
        if name is None:
            return
        subdistrict = self._ask_text(self.tr("新增社区"), self.tr("所属街道（镇）：")) or ""
        self.ctx.write(
            lambda session: add_community(session, name, subdistrict),
            topic="org",
            on_done=lambda new_id: self._select_later(COMMUNITY, new_id),
            confirm_parent=self,
        )

    def add_grid(self) -> None:
        community_id = self._community_of_node()
        if community_id is None:
            return
        name = self._ask_text(self.tr("新增网格"), self.tr("网格名称（如“第三网格”）："))
        if name is None:
            return
        self.ctx.write(
            lambda session: add_grid(session, community_id, name),
            topic="org",
            on_done=lambda new_id: self._select_later(GRID, new_id),
            confirm_parent=self,
        )

    def rename_node(self) -> None:
        node = self._node
        if node is None:
            return
        kind, node_id = node
        if kind == GRID:
            current = next(g.name for c in self.tree_data for g in c.grids if g.id == node_id)
            name = self._ask_text(self.tr("重命名网格"), self.tr("网格名称："), current)
            if name is not None:
                grid_name = name
                self.ctx.write(
                    lambda session: rename_grid(session, node_id, grid_name),
                    topic="org",
                    confirm_parent=self,
                )
            return
        community = next(c for c in self.tree_data if c.id == node_id)
        name = self._ask_text(self.tr("重命名社区"), self.tr("社区名称："), community.name)
        if name is None:
            return
        subdistrict = self._ask_text(
            self.tr("重命名社区"), self.tr("所属街道（镇）："), community.subdistrict
        )
        self.ctx.write(
            lambda session: rename_community(session, node_id, name, subdistrict or ""),
            topic="org",
            confirm_parent=self,
        )

    def _select_later(self, kind: str, node_id: int) -> None:
        """After ``org`` changes the tree reloads; the new node becomes current then."""
        self._pending_select = (kind, node_id)

"""设置: stations, branches, communities with their grids, and the operator's name.

Members refer to these, so the clerk sets them up here first. Every change is one service
call on the worker; a ``ValidationError`` shows under the form that caused it. The stations
and branches pages are in ``ui/settings_pages.py``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_desk.services import org
from station_desk.ui.context import DeskContext
from station_desk.ui.form_guard import GuardedDialog
from station_desk.ui.settings_pages import ID, BranchesPage, StationsPage
from station_desk.ui.widgets import FieldError

PAGES = ("stations", "branches", "communities", "operator")


class CommunitiesPage(QWidget):
    """Subdistrict › community › grid, with add and rename; an unused grid may be deleted."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("communityTree")
        self.tree.setHeaderLabels([self.tr("社区 / 网格"), self.tr("街道（镇）")])
        self.tree.setColumnWidth(0, 260)
        self.error = FieldError(self)
        self.error.setObjectName("communityError")
        buttons = QVBoxLayout()
        for text, name, slot in (
            (self.tr("新增社区…"), "addCommunityButton", self.add_community),
            (self.tr("重命名社区…"), "renameCommunityButton", self.rename_community),
            (self.tr("新增网格…"), "addGridButton", self.add_grid),
            (self.tr("重命名网格…"), "renameGridButton", self.rename_grid),
            (self.tr("删除网格"), "deleteGridButton", self.delete_grid),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.tree)
        left.addWidget(self.error)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(buttons)
        ctx.choices_changed.connect(self.fill)
        self.fill()

    def fill(self) -> None:
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for community in self.ctx.choices("community"):
            item = QTreeWidgetItem([community.label, community.kind])
            item.setData(0, ID, ("community", community.id, community.kind))
            self.tree.addTopLevelItem(item)
            items[community.id] = item
        for grid in self.ctx.choices("grid"):
            parent = items.get(grid.parent_id or -1)
            if parent is not None:
                child = QTreeWidgetItem([grid.label, ""])
                child.setData(0, ID, ("grid", grid.id, ""))
                parent.addChild(child)
        self.tree.expandAll()

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """One line of text from the clerk (tests replace this)."""
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok else None

    def _selected(self) -> tuple[str, int, str] | None:
        item = self.tree.currentItem()
        return item.data(0, ID) if item is not None else None

    def _community_id(self) -> int | None:
        selected = self._selected()
        if selected is None:
            return None
        if selected[0] == "community":
            return selected[1]
        item = self.tree.currentItem()
        parent = item.parent() if item is not None else None
        return parent.data(0, ID)[1] if parent is not None else None

    def _write(self, fn: Any) -> None:
        self.ctx.write(
            fn,
            topic="org",
            on_done=lambda _r: self.error.clear_message(),
            on_error=lambda e: self.error.show_error(str(e)),
            confirm_parent=self,
        )

    def add_community(self) -> None:
        name = self.ask_text(self.tr("新增社区"), self.tr("社区名称："))
        if name is None:
            return
        subdistrict = self.ask_text(self.tr("新增社区"), self.tr("所属街道（镇）：")) or ""
        self._write(lambda s: org.add_community(s, name, subdistrict))

    def rename_community(self) -> None:
        selected = self._selected()
        if selected is None or selected[0] != "community":
            return
        _kind, community_id, subdistrict = selected
        current = self.tree.currentItem().text(0)  # type: ignore[union-attr]
        name = self.ask_text(self.tr("重命名社区"), self.tr("社区名称："), current)
        if name is not None:
            self._write(lambda s: org.rename_community(s, community_id, name, subdistrict))

    def add_grid(self) -> None:
        community_id = self._community_id()
        if community_id is None:
            self.error.show_error(self.tr("请先选择一个社区"))
            return
        name = self.ask_text(self.tr("新增网格"), self.tr("网格名称："))
        if name is not None:
            self._write(lambda s: org.add_grid(s, community_id, name))

    def rename_grid(self) -> None:
        selected = self._selected()
        if selected is None or selected[0] != "grid":
            return
        grid_id = selected[1]
        current = self.tree.currentItem().text(0)  # type: ignore[union-attr]
        name = self.ask_text(self.tr("重命名网格"), self.tr("网格名称："), current)
        if name is not None:
            self._write(lambda s: org.rename_grid(s, grid_id, name))

    def delete_grid(self) -> None:
        selected = self._selected()
        if selected is not None and selected[0] == "grid":
            grid_id = selected[1]
            self._write(lambda s: org.delete_grid(s, grid_id))


class SettingsDialog(GuardedDialog):
    """``SettingsDialog.ask(parent, ctx, page="stations")``; changes are saved as made.

    A station or branch typed into its form but not added or saved makes 关闭, Esc and ×
    ask first, like every form (``GuardedDialog``).
    """

    def __init__(self, parent: QWidget | None, ctx: DeskContext, page: str = "stations") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("设置"))
        self.pages = QTabWidget(self)
        self.stations = StationsPage(ctx, self)
        self.branches = BranchesPage(ctx, self)
        self.communities = CommunitiesPage(ctx, self)
        operator = QWidget(self)
        form = QFormLayout(operator)
        self.operator = QLineEdit(ctx.operator, operator)
        self.operator.setObjectName("operatorName")
        self.operator.setMaxLength(30)
        self.operator.editingFinished.connect(self._save_operator)
        form.addRow(self.tr("操作员姓名（记入修改记录）"), self.operator)
        for widget, title in (
            (self.stations, self.tr("驿站")),
            (self.branches, self.tr("支部")),
            (self.communities, self.tr("社区与网格")),
            (operator, self.tr("操作员")),
        ):
            self.pages.addTab(widget, title)
        self.pages.setCurrentIndex(PAGES.index(page) if page in PAGES else 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)
        self.resize(820, 520)

    def has_unsaved_changes(self) -> bool:
        return any(page.unsaved() for page in (self.stations, self.branches))

    def save_from_guard(self) -> None:
        for page in (self.stations, self.branches):
            if page.unsaved():
                self.pages.setCurrentWidget(page)
                page.save_unsaved()

    def _save_operator(self) -> None:
        self.ctx.operator = self.operator.text()

    def reject(self) -> None:
        self._save_operator()
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: DeskContext, page: str = "stations") -> None:
        cls(parent, ctx, page).exec()

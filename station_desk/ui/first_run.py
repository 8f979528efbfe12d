"""开始: the page a new, empty ledger opens on, inside the main window (issue 13, item 1).

A clerk on a new PC meets an empty table. This page says what to do, in order, each step a
button into the desk's own pages: name the unit, add stations and branches, communities
and grids, import the roster they keep in Excel or add a first member; or look at the demo
ledger first. It is a tab, not a chain of dialogs, so the clerk can leave and come back
(帮助 → 开始使用). It shows itself when the ledger has no members.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain import books
from station_desk.domain.books import live_count
from station_desk.services.common import get_setting, set_setting
from station_desk.ui.tab_forms import make_button
from station_desk.ui.widgets import FieldError

TAB_NAME = "firstRunTab"
UNIT_KEY = "unit_name"
UNIT_MAX = 60


class FirstRunPage(QScrollArea):
    """The steps of a first start, each with its button; scrolls on a small screen."""

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.window_ = window
        self.ctx = window.ctx
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        title = QLabel(self.tr("欢迎使用驿站台账"), body)
        title.setObjectName("firstRunTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "这个台账还是空的。按下面的顺序开始；"
                "以后随时可以从菜单“帮助 → 开始使用”回到这一页。"
            ),
            body,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._unit_box(body))
        layout.addWidget(self._org_box(body))
        layout.addWidget(self._members_box(body))
        layout.addWidget(self._look_box(body))
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(
            make_button(body, self.tr("关闭此页"), "closeFirstRunButton", self.close_page)
        )
        layout.addLayout(bottom)
        layout.addStretch(1)
        self.setWidget(body)
        self.ctx.read(lambda s: get_setting(s, UNIT_KEY), self._show_unit, parent=self)

    # ------------------------------------------------------------------ steps

    def _unit_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("第一步　单位名称（印在花名册和证书上）"), parent)
        self.unit = QLineEdit(box)
        self.unit.setObjectName("unitName")
        self.unit.setMaxLength(UNIT_MAX)
        self.unit.setPlaceholderText(self.tr("如 平阴县离退休干部党支部驿站"))
        self.unit.returnPressed.connect(self.save_unit)
        save = make_button(box, self.tr("保存"), "saveUnitButton", self.save_unit)
        self.unit_status = FieldError(box).reserve_space()
        self.unit_status.setObjectName("unitStatus")
        row = QHBoxLayout()
        row.addWidget(self.unit, 1)
        row.addWidget(save)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.unit_status)
        return box

    def _org_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("第二步　驿站、支部、社区与网格"), parent)
        self.org_status = QLabel(box)
        self.org_status.setObjectName("orgStatus")
        self.org_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(
            make_button(
                box,
                self.tr("驿站与支部…"),
                "firstRunStations",
                lambda: self.window_.open_settings("stations"),
            )
        )
        row.addWidget(
            make_button(
                box,
                self.tr("社区与网格…"),
                "firstRunCommunities",
                lambda: self.window_.open_settings("communities"),
            )
        )
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.org_status)
        layout.addLayout(row)
        return box

    def _members_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("第三步　老同志名单"), parent)
        hint = QLabel(self.tr("已经有 Excel 或 WPS 花名册的，直接导入；否则一位一位新增。"), box)
        hint.setWordWrap(True)
        self.members_status = QLabel(box)
        self.members_status.setObjectName("membersStatus")
        row = QHBoxLayout()
        row.addWidget(
            make_button(box, self.tr("导入已有花名册…"), "firstRunImport", self.open_import)
        )
        row.addWidget(make_button(box, self.tr("新增成员…"), "firstRunAddMember", self.add_member))
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addWidget(self.members_status)
        layout.addLayout(row)
        return box

    def _look_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("先看看"), parent)
        hint = QLabel(
            self.tr("演示台账是另一个文件，里面是编造的老同志，随便试，不影响这个台账。"), box
        )
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(
            make_button(
                box, self.tr("打开演示台账"), "firstRunDemo", self.window_.demo_requested.emit
            )
        )
        row.addWidget(
            make_button(box, self.tr("日常工作指南"), "firstRunGuide", self.window_.show_guide)
        )
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addLayout(row)
        return box

    # ------------------------------------------------------------------ actions

    def _show_unit(self, name: str) -> None:
        if not self.unit.text():
            self.unit.setText(name)

    def save_unit(self) -> None:
        name = " ".join(self.unit.text().split())
        if not name:
            self.unit_status.show_error(self.tr("单位名称：必填"))
            return
        self.unit_status.clear_message()
        self.ctx.write(
            lambda s: set_setting(s, UNIT_KEY, name),
            topic="org",
            on_done=lambda _r: self.unit_status.show_warning(self.tr("已保存")),
        )

    def open_import(self) -> None:
        self.window_.exchange_actions.open_import()

    def add_member(self) -> None:
        self.window_.tabs.setCurrentWidget(self.window_.members_tab)
        self.window_.members_tab.add_member()

    def close_page(self) -> None:
        hide_first_run(self.window_)

    def show_counts(self, counts: dict[str, int]) -> None:
        stations, branches = live_count(counts, books.STATION), live_count(counts, books.BRANCH)
        communities, grids = live_count(counts, books.COMMUNITY), live_count(counts, books.GRID)
        self.org_status.setText(
            self.tr(
                "现有 {s} 个驿站、{b} 个支部、{c} 个社区、{g} 个网格。"
                "新增老同志时要从中选择，先把它们加上。"
            ).format(s=stations, b=branches, c=communities, g=grids)
        )
        self.members_status.setText(
            self.tr("现有老同志 {n} 位。").format(n=live_count(counts, books.MEMBER))
        )


def first_run_page(window: Any) -> FirstRunPage | None:
    for index in range(window.tabs.count()):
        widget = window.tabs.widget(index)
        if isinstance(widget, FirstRunPage):
            return widget
    return None


def show_first_run(window: Any) -> FirstRunPage:
    """The 开始 tab, first in the window and current (added if it is not there)."""
    page = first_run_page(window)
    if page is None:
        page = FirstRunPage(window)
        page.setObjectName(TAB_NAME)
        page.addAction(window.add_member_action)  # Ctrl+N here too: step 3 is the first member
        window.tabs.insertTab(0, page, QCoreApplication.translate("FirstRunPage", "开始"))
        counts = getattr(window, "last_counts", None)
        if counts:
            page.show_counts(counts)
    window.tabs.setCurrentWidget(page)
    return page


def hide_first_run(window: Any) -> None:
    page = first_run_page(window)
    if page is not None:
        window.tabs.removeTab(window.tabs.indexOf(page))
        page.deleteLater()


def install_first_run(window: Any) -> None:
    """Show 开始 once, at the first counts, if the ledger has no members; keep it current."""
    shown_once = False

    def counted(counts: dict[str, int]) -> None:
        nonlocal shown_once
        page = first_run_page(window)
        if not shown_once:
            shown_once = True
            if live_count(counts, books.MEMBER) == 0 and page is None:
                page = show_first_run(window)
        if page is not None:
            page.show_counts(counts)

    window.counts_loaded.connect(counted)


__all__ = ["FirstRunPage", "hide_first_run", "install_first_run", "show_first_run"]

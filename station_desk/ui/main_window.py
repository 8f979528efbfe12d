"""The main window: tabs, menus, toolbar, status bar; it remembers its layout.

Other parts plug in without editing this file: the tabs come from ``station_desk.ui.tabs``
(``build_tabs(ctx)``), and ``file_menu``, ``tools_menu`` and ``print_menu`` are public so
other helpers can add actions. Opening another ledger or switching language is asked of
the application (``open_requested``, ``language_requested``), which builds a new window.

Keys: Ctrl+N and Delete mean "new" and "delete" in whichever tab has the focus, so the
member actions (新增成员 Ctrl+N, 编辑成员 Ctrl+E, 删除成员 Delete) answer only inside the
members tab and are enabled only while it shows; 新建台账 is Ctrl+Shift+L. Two window-wide
actions on one key would make Qt call the key ambiguous and run neither.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QToolBar,
    QWidget,
)

from station_desk import __version__
from station_desk.db.queries import entity_counts
from station_desk.ui import errors
from station_desk.ui.context import DeskContext
from station_desk.ui.extensions import install_extensions
from station_desk.ui.members_tab import MembersTab

RECENT_LIMIT = 8
#: 新建台账 keeps clear of Ctrl+N, which every tab uses for "new record here".
NEW_LEDGER_KEYS = "Ctrl+Shift+L"
LEDGER_FILTER = "台账文件 (*.sqlite3 *.db);;所有文件 (*)"


class MainWindow(QMainWindow):
    """驿站台账 — <ledger>: the members tab first, then the tabs from ``ui.tabs``."""

    open_requested = Signal(object, bool)
    language_requested = Signal(str)
    restore_requested = Signal(object)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("驿站台账 — {name}").format(name=ctx.ledger.path.stem))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.members_tab = MembersTab(ctx, self)
        self.add_tab(self.members_tab, self.tr("成员"), "membersTab")
        from station_desk.ui.tabs import build_tabs

        for widget, title, name in build_tabs(ctx):
            self.add_tab(widget, title, name)
        self._build_menus()
        install_extensions(self)
        self._build_status_bar()
        self.restore_layout()
        ctx.changed.connect(lambda _topic: self.refresh_counts())
        self.refresh_counts()

    def add_tab(self, widget: QWidget, title: str, object_name: str) -> None:
        widget.setObjectName(object_name)
        self.tabs.addTab(widget, title)

    def tab(self, object_name: str) -> QWidget | None:
        for i in range(self.tabs.count()):
            widget = self.tabs.widget(i)
            if widget is not None and widget.objectName() == object_name:
                return widget
        return None

    # ------------------------------------------------------------------ menus

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("文件(&F)"))
        self.file_menu.setObjectName("fileMenu")
        self.new_ledger_action = self._action(
            self.tr("新建台账…"), self._new_ledger, NEW_LEDGER_KEYS
        )
        self.new_ledger_action.setStatusTip(
            self.tr("新建台账（Ctrl+Shift+L）；Ctrl+N 在各标签页中是“新增”，Delete 是“删除”")
        )
        self.file_menu.addAction(self.new_ledger_action)
        self.file_menu.addAction(
            self._action(self.tr("打开台账…"), self._open_ledger, QKeySequence.StandardKey.Open)
        )
        self.recent_menu = self.file_menu.addMenu(self.tr("最近打开"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addSeparator()
        self.file_menu.addAction(
            self._action(self.tr("退出"), self.close, QKeySequence.StandardKey.Quit)
        )

        self.edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        self.edit_menu.setObjectName("editMenu")
        members = self.members_tab
        self.add_member_action = self._action(self.tr("新增成员…"), members.add_member, "Ctrl+N")
        self.edit_member_action = self._action(self.tr("编辑成员…"), members.edit_member, "Ctrl+E")
        self.delete_member_action = self._action(
            self.tr("删除成员"), members.delete_members, QKeySequence.StandardKey.Delete
        )
        self.member_actions = (
            self.add_member_action,
            self.edit_member_action,
            self.delete_member_action,
        )
        for action in self.member_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setStatusTip(self.tr("在成员标签页中使用"))
            members.addAction(action)
        self.tabs.currentChanged.connect(lambda _i: self._enable_member_actions())
        self.find_action = self._action(
            self.tr("查找"), self._focus_search, QKeySequence.StandardKey.Find
        )
        self.refresh_action = self._action(
            self.tr("刷新"), self._refresh_all, QKeySequence.StandardKey.Refresh
        )
        for action in self.member_actions:
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addAction(self.refresh_action)

        self.settings_menu = bar.addMenu(self.tr("设置(&S)"))
        self.settings_menu.setObjectName("settingsMenu")
        self.settings_menu.addAction(
            self._action(self.tr("驿站与支部…"), lambda: self.open_settings("stations"))
        )
        self.settings_menu.addAction(
            self._action(self.tr("社区与网格…"), lambda: self.open_settings("communities"))
        )
        self.settings_menu.addAction(self._action(self.tr("操作员…"), self._ask_operator))
        language = self.settings_menu.addMenu(self.tr("界面语言"))
        language.addAction(self._action("中文", lambda: self.language_requested.emit("zh")))
        language.addAction(self._action("English", lambda: self.language_requested.emit("en")))

        self.tools_menu = bar.addMenu(self.tr("工具(&T)"))
        self.tools_menu.setObjectName("toolsMenu")
        self.print_menu = bar.addMenu(self.tr("打印(&P)"))
        self.print_menu.setObjectName("printMenu")
        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self._action(self.tr("关于…"), self._about))

        toolbar = QToolBar(self.tr("常用"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (*self.member_actions, self.find_action, self.refresh_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self._enable_member_actions()

    def _enable_member_actions(self) -> None:
        """Member actions work on the members tab only, so another tab's keys reach it."""
        on_members = self.tabs.currentWidget() is self.members_tab
        for action in self.member_actions:
            action.setEnabled(on_members)

    def _build_status_bar(self) -> None:
        self.path_label = QLabel(str(self.ctx.ledger.path), self)
        self.path_label.setObjectName("ledgerPathLabel")
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)

    def refresh_counts(self) -> None:
        self.ctx.read(entity_counts, self._show_counts, parent=self)

    def _show_counts(self, counts: dict[str, int]) -> None:
        bin_members = counts.get("member（回收站）", 0)
        members = counts.get("member", 0) - bin_members
        teams = counts.get("team", 0) - counts.get("team（回收站）", 0)
        events = counts.get("cultural_event", 0) - counts.get("cultural_event（回收站）", 0)
        self.counts_label.setText(
            self.tr("成员 {m} 人 · 队伍 {t} 支 · 文化活动 {e} 场").format(
                m=members, t=teams, e=events
            )
        )

    # ------------------------------------------------------------------ actions

    def _focus_search(self) -> None:
        current = self.tabs.currentWidget()
        focus = getattr(current, "focus_search", None)
        if callable(focus):
            focus()

    def _refresh_all(self) -> None:
        for topic in ("members", "grids", "teams", "events"):
            self.ctx.changed.emit(topic)

    def open_settings(self, page: str) -> None:
        from station_desk.ui.settings_dialog import SettingsDialog

        SettingsDialog.ask(self, self.ctx, page=page)

    def _ask_operator(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("操作员"), self.tr("操作员姓名（记入修改记录）："), text=self.ctx.operator
        )
        if ok:
            self.ctx.operator = name

    def _new_ledger(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("新建台账"), str(Path.home() / "台账.sqlite3"), self.tr(LEDGER_FILTER)
        )
        if path:
            self.open_requested.emit(Path(path), True)

    def _open_ledger(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("打开台账"), str(self.ctx.ledger.path.parent), self.tr(LEDGER_FILTER)
        )
        if path:
            self.open_requested.emit(Path(path), False)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for entry in recent_ledgers(self.ctx):
            self.recent_menu.addAction(
                self._action(
                    entry, lambda _checked=False, p=entry: self.open_requested.emit(Path(p), False)
                )
            )
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("（无）")).setEnabled(False)

    def _about(self) -> None:
        errors.show_info(
            self,
            self.tr("关于驿站台账"),
            self.tr(
                "驿站台账 Station Desk {version}\n离退休干部党支部驿站台账\n\n当前台账：{path}"
            ).format(version=__version__, path=self.ctx.ledger.path),
        )

    # ------------------------------------------------------------------ layout memory

    def restore_layout(self) -> None:
        settings = self.ctx.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        for splitter in self.findChildren(QSplitter):
            saved = settings.value(f"splitters/{splitter.objectName()}")
            if splitter.objectName() and isinstance(saved, QByteArray):
                splitter.restoreState(saved)
        last = settings.value("window/tab", "")
        for i in range(self.tabs.count()):
            widget = self.tabs.widget(i)
            if widget is not None and widget.objectName() == last:
                self.tabs.setCurrentIndex(i)

    def save_layout(self) -> None:
        settings = self.ctx.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        for splitter in self.findChildren(QSplitter):
            if splitter.objectName():
                settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        current = self.tabs.currentWidget()
        settings.setValue("window/tab", current.objectName() if current else "")
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)


def recent_ledgers(ctx: DeskContext) -> list[str]:
    value = ctx.settings.value("recent", [])
    entries = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
    return [str(v) for v in entries if v][:RECENT_LIMIT]


def remember_ledger(ctx: DeskContext) -> None:
    """Put the open ledger first in 最近打开 and remember it as the last one."""
    path = str(ctx.ledger.path)
    entries = [path, *(e for e in recent_ledgers(ctx) if e != path)][:RECENT_LIMIT]
    ctx.settings.setValue("recent", entries)
    ctx.settings.setValue("last_ledger", path)

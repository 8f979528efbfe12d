"""The main window: tabs, menus, toolbar, status bar; it remembers its layout.

Start-up paints the frame first: ``MainWindow(settings=...)`` is the window with its menus
and a status line saying 正在打开台账…, cheap to import and build (no database layer, no
tabs), so the clerk sees it at once; ``attach(ctx)`` then fills it with the open ledger.
``MainWindow(ctx)`` does both at once. Tabs other than 成员 are built when first shown
(``station_desk.ui.tabs``); ``tab(name)`` always returns the real tab.

Other parts plug in without editing this file: ``file_menu``, ``tools_menu`` and
``print_menu`` are public, ``add_lazy_tab`` adds a tab built on first show, ``when_built``
runs code once a tab exists. Opening another ledger or switching language is asked of
the application (``open_requested``, ``language_requested``), which builds a new window.

Keys: Ctrl+N and Delete mean "new" and "delete" in whichever tab has the focus, so the
member actions (新增成员 Ctrl+N, 编辑成员 Ctrl+E, 删除成员 Delete) answer only inside the
members tab and are enabled only while it shows; 新建台账 is Ctrl+Shift+L. Two window-wide
actions on one key would make Qt call the key ambiguous and run neither.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
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
from station_desk.ui.extensions import install_extensions
from station_desk.ui.tabs import LazyTabs, tab_specs

if TYPE_CHECKING:
    from station_desk.ui.context import DeskContext
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
    #: The clerk asked for the demo ledger (built first if it does not exist yet).
    demo_requested = Signal()
    #: Rows per table (``entity_counts``), each time the status bar's counts are refreshed.
    counts_loaded = Signal(dict)
    #: Emitted once, when the window has painted for the first time.
    first_painted = Signal()

    ctx: DeskContext
    members_tab: MembersTab

    def __init__(
        self,
        ctx: DeskContext | None = None,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = ctx.settings if ctx is not None else settings
        self._attached = False
        self._painted = False
        self._frame_restored = False
        self.last_counts: dict[str, int] = {}
        #: 正在打开台账… in the middle of the frame, until the ledger is attached.
        self.opening_label: QLabel | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("驿站台账"))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._lazy = LazyTabs(self.tabs)
        self._lazy.on_build(self._restore_splitters)
        self._build_menus()
        self._build_status_bar()
        if ctx is not None:
            self.attach(ctx)
        else:
            self._restore_frame()

    @property
    def is_attached(self) -> bool:
        return self._attached

    def show_opening(self, path: Path) -> None:
        """The frame's title and status while ``path`` is being opened."""
        self.setWindowTitle(self.tr("驿站台账 — {name}").format(name=Path(path).stem))
        self.path_label.setText(self.tr("正在打开台账… {path}").format(path=path))
        self.opening_label = QLabel(self.tr("正在打开台账…"), self.tabs)
        self.opening_label.setObjectName("openingLabel")
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.opening_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.opening_label.setFont(font)
        self.opening_label.setGeometry(self.tabs.rect())
        self.opening_label.show()

    def show_progress(self, text: str) -> None:
        """What the frame is doing (a demo being built), in the status line and the middle."""
        self.path_label.setText(text)
        if self.opening_label is not None:
            self.opening_label.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.opening_label is not None:
            self.opening_label.setGeometry(self.tabs.rect())

    def attach(self, ctx: DeskContext) -> None:
        """Fill the frame with the open ledger: tabs, the features' menus, counts, layout."""
        from station_desk.ui.members_tab import MembersTab

        if self._attached:
            raise RuntimeError("the window already shows a ledger")
        if self.opening_label is not None:
            self.opening_label.deleteLater()
            self.opening_label = None
        self.ctx = ctx
        self._settings = ctx.settings
        self.setWindowTitle(self.tr("驿站台账 — {name}").format(name=ctx.ledger.path.stem))
        self.members_tab = MembersTab(ctx, self)
        self.add_tab(self.members_tab, self.tr("成员"), "membersTab")
        for spec in tab_specs():
            self.add_lazy_tab(partial(spec.build, ctx), spec.title, spec.object_name)
        for action in self.member_actions:
            self.members_tab.addAction(action)
        self._attached = True
        install_extensions(self)
        self._install_first_steps()
        self.path_label.setText(str(ctx.ledger.path))
        for action in self._ledger_actions:
            action.setEnabled(True)
        self.restore_layout()
        self._enable_member_actions()
        if self.tabs.currentWidget() is self.members_tab:
            self.members_tab.table.setFocus()  # so Ctrl+N and Ctrl+E work at once
        ctx.changed.connect(lambda _topic: self.refresh_counts())
        self.refresh_counts()

    def add_tab(self, widget: QWidget, title: str, object_name: str) -> None:
        widget.setObjectName(object_name)
        self.tabs.addTab(widget, title)

    def add_lazy_tab(self, build: Callable[[], QWidget], title: str, object_name: str) -> None:
        """A tab built by ``build()`` when first shown or first asked for by ``tab()``."""
        self._lazy.add(build, title, object_name)

    def tab(self, object_name: str) -> QWidget | None:
        """The tab named ``object_name``, built now if it has not been shown yet."""
        return self._lazy.find(object_name)

    def when_built(self, object_name: str, then: Callable[[QWidget], None]) -> None:
        """Run ``then(tab)`` once the tab exists, without building it before it is needed."""
        self._lazy.when_built(object_name, then)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.first_painted.emit()
        return handled

    @property
    def painted(self) -> bool:
        return self._painted

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
        self.add_member_action = self._action(self.tr("新增成员…"), self._add_member, "Ctrl+N")
        self.edit_member_action = self._action(
            self.tr("编辑成员…"), lambda: self.members_tab.edit_member(), "Ctrl+E"
        )
        self.delete_member_action = self._action(
            self.tr("删除成员"),
            lambda: self.members_tab.delete_members(),
            QKeySequence.StandardKey.Delete,
        )
        self.member_actions = (
            self.add_member_action,
            self.edit_member_action,
            self.delete_member_action,
        )
        for action in self.member_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setStatusTip(self.tr("在成员标签页中使用"))
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
        stations = self._action(self.tr("驿站与支部…"), lambda: self.open_settings("stations"))
        communities = self._action(
            self.tr("社区与网格…"), lambda: self.open_settings("communities")
        )
        operator = self._action(self.tr("操作员…"), self._ask_operator)
        for action in (stations, communities, operator):
            self.settings_menu.addAction(action)
        language = self.settings_menu.addMenu(self.tr("界面语言"))
        chinese = self._action("中文", lambda: self.language_requested.emit("zh"))
        english = self._action("English", lambda: self.language_requested.emit("en"))
        language.addAction(chinese)
        language.addAction(english)
        #: Actions that need the open ledger: disabled while the frame waits for it.
        self._ledger_actions = (
            self.find_action,
            self.refresh_action,
            stations,
            communities,
            operator,
            chinese,
            english,
        )
        for action in self._ledger_actions:
            action.setEnabled(False)

        self.tools_menu = bar.addMenu(self.tr("工具(&T)"))
        self.tools_menu.setObjectName("toolsMenu")
        self.print_menu = bar.addMenu(self.tr("打印(&P)"))
        self.print_menu.setObjectName("printMenu")
        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.setObjectName("helpMenu")
        self.help_menu = help_menu
        self.guide_action = self._action(
            self.tr("日常工作指南…"), self.show_guide, QKeySequence.StandardKey.HelpContents
        )
        self.guide_action.setObjectName("guideAction")
        self.first_run_action = self._action(self.tr("开始使用"), self.show_first_run)
        self.first_run_action.setObjectName("firstRunAction")
        self.first_run_action.setEnabled(False)
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.first_run_action)
        help_menu.addSeparator()
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
        """Member actions work on the members tab only, so another tab's keys reach it; on
        the 开始 page, whose third step is the first member, Ctrl+N adds one too."""
        current = self.tabs.currentWidget()
        on_members = self._attached and current is self.members_tab
        for action in self.member_actions:
            action.setEnabled(on_members)
        if self._attached and current is not None and current.objectName() == "firstRunTab":
            self.add_member_action.setEnabled(True)

    def _add_member(self) -> None:
        self.tabs.setCurrentWidget(self.members_tab)
        self.members_tab.add_member()

    def _build_status_bar(self) -> None:
        self.path_label = QLabel(self.tr("正在打开台账…"), self)
        self.path_label.setObjectName("ledgerPathLabel")
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)

    def refresh_counts(self) -> None:
        from station_desk.db.queries.core import entity_counts

        self.ctx.read(entity_counts, self._show_counts, parent=self)

    def _show_counts(self, counts: dict[str, int]) -> None:
        self.last_counts = dict(counts)
        bin_members = counts.get("member（回收站）", 0)
        members = counts.get("member", 0) - bin_members
        teams = counts.get("team", 0) - counts.get("team（回收站）", 0)
        events = counts.get("cultural_event", 0) - counts.get("cultural_event（回收站）", 0)
        self.counts_label.setText(
            self.tr("成员 {m} 人 · 队伍 {t} 支 · 文化活动 {e} 场").format(
                m=members, t=teams, e=events
            )
        )
        self.counts_loaded.emit(self.last_counts)

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
            self, self.tr("打开台账"), str(self._ledger_folder()), self.tr(LEDGER_FILTER)
        )
        if path:
            self.open_requested.emit(Path(path), False)

    def _ledger_folder(self) -> Path:
        return self.ctx.ledger.path.parent if self._attached else Path.home()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for entry in recent_ledgers(self._settings) if self._settings is not None else []:
            self.recent_menu.addAction(
                self._action(
                    entry, lambda _checked=False, p=entry: self.open_requested.emit(Path(p), False)
                )
            )
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("（无）")).setEnabled(False)

    def _install_first_steps(self) -> None:
        """The 开始 page of an empty ledger and the empty tabs' hints (they read the ledger)."""
        from station_desk.ui.empty_state import install_empty_hints
        from station_desk.ui.first_run import install_first_run

        install_first_run(self)
        install_empty_hints(self)
        self.first_run_action.setEnabled(True)

    def show_first_run(self) -> None:
        """帮助 → 开始使用: the 开始 page, shown again."""
        from station_desk.ui.first_run import show_first_run

        show_first_run(self)

    def show_guide(self) -> None:
        """帮助 → 日常工作指南 (F1): the six daily tasks, beside the window."""
        from station_desk.ui.guide import show_guide

        show_guide(self)

    def _about(self) -> None:
        from station_desk.ui import errors

        errors.show_info(
            self,
            self.tr("关于驿站台账"),
            self.tr(
                "驿站台账 Station Desk {version}\n离退休干部党支部驿站台账\n\n当前台账：{path}"
            ).format(version=__version__, path=self.ctx.ledger.path if self._attached else ""),
        )

    # ------------------------------------------------------------------ layout memory

    def _restore_frame(self) -> None:
        """Size, position and toolbars, before the window is first shown so it does not jump."""
        if self._frame_restored or self._settings is None:
            return
        self._frame_restored = True
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self._settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def _restore_splitters(self, root: QWidget) -> None:
        if self._settings is None:
            return
        for splitter in root.findChildren(QSplitter):
            saved = self._settings.value(f"splitters/{splitter.objectName()}")
            if splitter.objectName() and isinstance(saved, QByteArray):
                splitter.restoreState(saved)

    def restore_layout(self) -> None:
        """The remembered frame, splitters and last tab (which is then built)."""
        self._restore_frame()
        self._restore_splitters(self)
        last = self.ctx.settings.value("window/tab", "")
        for i in range(self.tabs.count()):
            widget = self.tabs.widget(i)
            if widget is not None and widget.objectName() == last:
                self.tabs.setCurrentIndex(i)

    def save_layout(self) -> None:
        """Remember the layout; a frame that never showed a ledger has nothing to keep."""
        if not self._attached:
            return
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


def recent_ledgers(settings: QSettings) -> list[str]:
    value = settings.value("recent", [])
    entries = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
    return [str(v) for v in entries if v][:RECENT_LIMIT]


def remember_ledger(ctx: DeskContext) -> None:
    """Put the open ledger first in 最近打开 and remember it as the last one."""
    path = str(ctx.ledger.path)
    entries = [path, *(e for e in recent_ledgers(ctx.settings) if e != path)][:RECENT_LIMIT]
    ctx.settings.setValue("recent", entries)
    ctx.settings.setValue("last_ledger", path)

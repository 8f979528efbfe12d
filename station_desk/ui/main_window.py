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
actions on one key would make Qt call the key ambiguous and run neither. What the menu
entries do is ``WindowActions`` in ``ui/window_actions.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QRect, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QToolBar, QWidget

from station_desk.ui.extensions import install_extensions
from station_desk.ui.tabs import LazyTabs, tab_specs
from station_desk.ui.window_actions import WindowActions, recent_ledgers, remember_ledger
from station_desk.ui.window_fit import available_area, fit_window

__all__ = ["NEW_LEDGER_KEYS", "MainWindow", "recent_ledgers", "remember_ledger"]

#: 新建台账 keeps clear of Ctrl+N, which every tab uses for "new record here".
NEW_LEDGER_KEYS = "Ctrl+Shift+L"

if TYPE_CHECKING:
    from station_desk.ui.context import DeskContext
    from station_desk.ui.members_tab import MembersTab


#: The frame of a first start, capped by the screen (docs/ARCHITECTURE.md §Desk).
DEFAULT_SIZE = QSize(1280, 800)
#: Smaller than this, a remembered frame is taken for a leftover of another screen.
SMALLEST_KEPT = QSize(640, 400)


def usable_size(size: QSize, available: QRect) -> bool:
    """Whether a remembered frame is worth keeping on this screen: it fits, and it is not a
    sliver (at least ``SMALLEST_KEPT``, or the whole screen where the screen is smaller)."""
    least = SMALLEST_KEPT.boundedTo(available.size())
    return (
        least.width() <= size.width() <= available.width()
        and least.height() <= size.height() <= available.height()
    )


class MainWindow(WindowActions):
    """驿站台账 — <ledger>: the members tab first, then the tabs from ``ui.tabs``."""

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

    # ------------------------------------------------------------------ layout memory

    def _restore_frame(self) -> None:
        """Size, position and toolbars, before the window is first shown so it does not jump."""
        if self._frame_restored or self._settings is None:
            return
        self._frame_restored = True
        geometry = self._settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(DEFAULT_SIZE)
        elif not usable_size(self.size(), available_area(self)):
            # a frame remembered on another screen (a projector, a bigger monitor, a
            # screen without a window manager) can come back a sliver: 1155×253 on
            # 1366×768 from one saved on an 800-pixel screen
            fit_window(self, size=DEFAULT_SIZE)
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

"""What the main window's menu entries do (open or make a ledger, the recent ledgers, the
operator, settings, the guide, about), apart from the frame that builds the menus
(``ui/main_window.py``), so an action can change without touching the window's start-up.
Opening another ledger or switching language is asked of the application through the signals
here, which builds a new window.

Cheap to import like the frame: no database layer, the dialogs are imported when asked for.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMenu, QTabWidget

from station_desk import __version__

if TYPE_CHECKING:
    from station_desk.ui.context import DeskContext
    from station_desk.ui.members_tab import MembersTab

RECENT_LIMIT = 8
LEDGER_FILTER = "台账文件 (*.sqlite3 *.db);;所有文件 (*)"


class WindowActions(QMainWindow):
    """The slots behind the menus; ``MainWindow`` lays the menus out and connects them."""

    #: (path, new): the clerk chose a ledger to open, or a new one to make.
    open_requested = Signal(object, bool)
    #: "zh" or "en": the clerk chose the screen's language.
    language_requested = Signal(str)

    ctx: DeskContext
    members_tab: MembersTab
    tabs: QTabWidget
    _attached: bool
    _settings: QSettings | None
    #: Made by ``MainWindow._build_menus``.
    recent_menu: QMenu
    first_run_action: QAction
    add_member_action: QAction
    member_actions: tuple[QAction, ...]

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

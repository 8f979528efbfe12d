"""The main window's tabs after 成员, and building each one only when it is first needed.

At start-up only the current tab matters. Building every tab up front (the grids tree, the
teams and events tables, the 统计 charts, and importing their modules) cost about 0.7 s
before the first paint at 100,000 members. ``LazyTabs`` puts a placeholder page in the
``QTabWidget`` for each such tab and swaps in the real tab the first time it is shown, or
the first time code asks for it by name (``find``): callers never see a placeholder, so
drill-down, printing and tests keep working on the real tab.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QTabWidget, QWidget

from station_desk.domain import books

if TYPE_CHECKING:
    from station_desk.ui.context import DeskContext


@dataclass(frozen=True)
class TabSpec:
    """One tab of the main window: its title, its object name and how to build it."""

    title: str
    object_name: str
    build: Callable[[DeskContext], QWidget]


def _grids(ctx: DeskContext) -> QWidget:
    from station_desk.ui.grids_tab import GridsTab

    return GridsTab(ctx)


def _teams(ctx: DeskContext) -> QWidget:
    from station_desk.ui.teams_tab import TeamsTab

    return TeamsTab(ctx)


def _events(ctx: DeskContext) -> QWidget:
    from station_desk.ui.events_tab import EventsTab

    return EventsTab(ctx)


def tab_specs() -> list[TabSpec]:
    """The Grids, Volunteer teams and Cultural events tabs, in the order the window shows them;
    each titled by its book (``Book.tab``)."""
    return [
        TabSpec(QCoreApplication.translate("tabs", book.tab), name, build)
        for book, name, build in (
            (books.GRID, "gridsTab", _grids),
            (books.TEAM, "teamsTab", _teams),
            (books.EVENT, "eventsTab", _events),
        )
    ]


class LazyTabs(QObject):
    """Placeholder pages in ``tabs`` that become the real tab on first show or first ask."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._waiting: dict[str, list[Callable[[QWidget], None]]] = {}
        self._on_build: list[Callable[[QWidget], None]] = []
        tabs.currentChanged.connect(self.widget_at)

    def add(self, build: Callable[[], QWidget], title: str, object_name: str) -> None:
        placeholder = QWidget()
        placeholder.setObjectName(object_name)
        self._builders[object_name] = build
        self.tabs.addTab(placeholder, title)

    def pending(self) -> list[str]:
        """Object names of the tabs not built yet."""
        return list(self._builders)

    def on_build(self, then: Callable[[QWidget], None]) -> None:
        """Call ``then(tab)`` for every tab built from now on."""
        self._on_build.append(then)

    def when_built(self, object_name: str, then: Callable[[QWidget], None]) -> None:
        """Call ``then(tab)`` once the tab exists: now if it does, else when it is built."""
        if object_name in self._builders:
            self._waiting.setdefault(object_name, []).append(then)
            return
        widget = self.find(object_name)
        if widget is not None:
            then(widget)

    def find(self, object_name: str) -> QWidget | None:
        """The real tab named ``object_name`` (built now if need be), or ``None``."""
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if widget is not None and widget.objectName() == object_name:
                return self.widget_at(index)
        return None

    def widget_at(self, index: int) -> QWidget | None:
        """The page at ``index``, replacing a placeholder by its real tab first."""
        placeholder = self.tabs.widget(index)
        if placeholder is None:
            return None
        name = placeholder.objectName()
        build = self._builders.pop(name, None)
        if build is None:
            return placeholder
        widget = build()
        widget.setObjectName(name)
        self._swap(index, placeholder, widget)
        for then in (*self._on_build, *self._waiting.pop(name, [])):
            then(widget)
        return widget

    def _swap(self, index: int, placeholder: QWidget, widget: QWidget) -> None:
        """Put ``widget`` where ``placeholder`` was, keeping the current tab and its signals quiet.

        Removing the current page makes the tab bar pick a neighbour; with the tab widget's
        signals blocked nobody hears about that passing change (nor builds the neighbour).
        """
        current = self.tabs.currentIndex()
        title, tip = self.tabs.tabText(index), self.tabs.tabToolTip(index)
        was_blocked = self.tabs.blockSignals(True)
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, title)
            self.tabs.setTabToolTip(index, tip)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(was_blocked)
        placeholder.deleteLater()

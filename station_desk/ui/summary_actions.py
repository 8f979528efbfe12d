"""The 统计 tab in the main window, with its figures leading into the other tabs.

The tab (and its charts and figures modules) is built when first shown or asked for.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

#: Drill-down targets of the summary (``Drilldown.tab``) and the tab object names.
TAB_NAMES = {
    "members": "membersTab",
    "grids": "gridsTab",
    "teams": "teamsTab",
    "events": "eventsTab",
}


def install(window: Any) -> None:
    def build() -> QWidget:
        from station_desk.ui.summary_tab import SummaryTab

        tab = SummaryTab(window.ctx, window)
        tab.drilldown.connect(lambda target, filters: open_drilldown(window, target, filters))
        return tab

    window.add_lazy_tab(build, QCoreApplication.translate("MainWindow", "统计"), "summaryTab")


def open_drilldown(window: Any, target: str, filters: dict[str, object]) -> None:
    """Switch to the tab behind a figure and, where it can, filter it to those records."""
    if target == "stations":
        window.open_settings("stations")
        return
    widget = window.tab(TAB_NAMES.get(target, ""))
    if widget is None:
        return
    window.tabs.setCurrentWidget(widget)
    apply = getattr(widget, "apply_drilldown", None)
    if apply is not None:
        apply(filters)

"""The Grids, Volunteer teams and Cultural events tabs, in the order the main window shows them.

``build_tabs(ctx)`` returns ``(widget, title, object_name)`` for each tab; the main window
adds them after the members tab.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from station_desk.ui.context import DeskContext
from station_desk.ui.events_tab import EventsTab
from station_desk.ui.grids_tab import GridsTab
from station_desk.ui.teams_tab import TeamsTab


def build_tabs(ctx: DeskContext) -> list[tuple[QWidget, str, str]]:
    translate = QCoreApplication.translate
    return [
        (GridsTab(ctx), translate("tabs", "网格"), "gridsTab"),
        (TeamsTab(ctx), translate("tabs", "志愿服务队"), "teamsTab"),
        (EventsTab(ctx), translate("tabs", "文化活动"), "eventsTab"),
    ]

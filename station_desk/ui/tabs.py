"""The Grids, Volunteer teams and Cultural events tabs (owned by the tabs helper).

``build_tabs(ctx)`` returns ``(widget, title, object_name)`` for each tab, in order; the main
window adds them after the members tab.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from station_desk.ui.context import DeskContext


def build_tabs(ctx: DeskContext) -> list[tuple[QWidget, str, str]]:
    return []

"""A roster too wide for the page: the refusal asked as a question whose buttons act.

The reason says how wide the chosen columns must be and how wide the paper is (in
millimetres); the buttons offer only what was checked to fit (``TooWide.offers``):
改为横向 prints again in landscape, 每人两行 prints again with each person on two lines,
减少列 reopens the options dialog with everything as it was so the clerk can untick.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from station_desk.ui import errors

if TYPE_CHECKING:
    from station_desk.print_requests import RosterRequest
    from station_desk.reports.columns import TooWide

LANDSCAPE = "landscape"
TWO_LINES = "two_lines"
FEWER = "fewer"


class RosterRefusal:
    """The question; ``ask`` returns the clerk's choice (tests replace it)."""

    @staticmethod
    def ask(parent: QWidget | None, exc: TooWide) -> str | None:
        """``LANDSCAPE``, ``TWO_LINES``, ``FEWER`` or None (取消)."""
        box = QMessageBox(parent)
        box.setObjectName("rosterRefusal")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("RosterRefusal", "花名册放不下"))
        box.setText(errors.describe(exc))
        box.setInformativeText(QCoreApplication.translate("RosterRefusal", "怎样打印？"))
        role = QMessageBox.ButtonRole.AcceptRole
        choices: dict[Any, str] = {}
        for key, label in (
            (LANDSCAPE, QCoreApplication.translate("RosterRefusal", "改为横向(&L)")),
            (TWO_LINES, QCoreApplication.translate("RosterRefusal", "每人两行(&T)")),
        ):
            if key in exc.offers:
                choices[box.addButton(label, role)] = key
        fewer = box.addButton(
            QCoreApplication.translate("RosterRefusal", "减少列(&F)"),
            QMessageBox.ButtonRole.ActionRole,
        )
        choices[fewer] = FEWER
        box.addButton(QMessageBox.StandardButton.Cancel)
        first = next(iter(choices))
        box.setDefaultButton(first)
        box.exec()
        return choices.get(box.clickedButton())


def answer(actions: Any, request: RosterRequest, title: str, exc: TooWide) -> None:
    """Act on the clerk's answer to a roster refused as too wide: print the same request
    across or folded, or reopen the options with everything as it was."""
    from station_desk.ui.print_dialogs import RosterOptions

    choice = RosterRefusal.ask(actions.window, exc)
    if choice == LANDSCAPE:
        actions.run(replace(request, orientation="landscape"), title)
    elif choice == TWO_LINES:
        actions.run(replace(request, two_lines=True), title)
    elif choice == FEWER:
        previous = RosterOptions(
            request.columns,
            request.title,
            request.full_numbers,
            orientation=request.orientation,
            two_lines=request.two_lines,
        )
        actions.ask_roster(actions.roster_scope(), request.columns, previous=previous)

"""What an empty tab says: one sentence and a button for the next step (issue 13, item 1).

An empty table tells a new clerk nothing. ``EmptyHint`` sits over a tab's main list while
the ledger has none of its records (counted by the main window, so a filter that hides
every row does not make it appear) and offers the action that fills it. The tabs
themselves stay as they are: the hints are laid over their views from here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QHBoxLayout, QLabel, QVBoxLayout

from station_desk.domain import books
from station_desk.domain.books import Book, live_count
from station_desk.ui.tab_forms import make_button

translate = QCoreApplication.translate


@dataclass(frozen=True)
class HintSpec:
    """The tab, its list, the book counted and the buttons (text, name, slot); the sentence
    is the book's own (``Book.empty``)."""

    tab: str
    view: str
    book: Book
    buttons: tuple[tuple[str, str, Callable[[Any, Any], object]], ...]

    @property
    def text(self) -> str:
        return translate("EmptyHint", self.book.empty)


def hint_specs() -> list[HintSpec]:
    return [
        HintSpec(
            "membersTab",
            "table",
            books.MEMBER,
            (
                (
                    translate("EmptyHint", "新增成员…"),
                    "emptyAddMember",
                    lambda _w, tab: tab.add_member(),
                ),
                (
                    translate("EmptyHint", "导入花名册…"),
                    "emptyImport",
                    lambda w, _tab: w.exchange_actions.open_import(),
                ),
            ),
        ),
        HintSpec(
            "gridsTab",
            "tree",
            books.COMMUNITY,
            (
                (
                    translate("EmptyHint", "新增社区…"),
                    "emptyAddCommunity",
                    lambda _w, tab: tab.add_community(),
                ),
            ),
        ),
        HintSpec(
            "teamsTab",
            "teams_view",
            books.TEAM,
            (
                (
                    translate("EmptyHint", "新建队伍…"),
                    "emptyAddTeam",
                    lambda _w, tab: tab.add_team(),
                ),
            ),
        ),
        HintSpec(
            "eventsTab",
            "events_view",
            books.EVENT,
            (
                (
                    translate("EmptyHint", "新建活动…"),
                    "emptyAddEvent",
                    lambda _w, tab: tab.add_event(),
                ),
            ),
        ),
    ]


class EmptyHint(QFrame):
    """A centred sentence with buttons over ``view``'s viewport, following its size."""

    def __init__(self, view: QAbstractScrollArea, spec: HintSpec, window: Any, tab: Any) -> None:
        super().__init__(view.viewport())
        self.setObjectName(f"emptyHint_{spec.tab}")
        self.setAutoFillBackground(True)
        label = QLabel(spec.text, self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        for text, name, slot in spec.buttons:
            row.addWidget(make_button(self, text, name, partial(slot, window, tab)))
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addStretch(1)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._viewport.rect())
        return False

    def set_empty(self, empty: bool) -> None:
        self.setGeometry(self._viewport.rect())
        self.setVisible(empty)
        if empty:
            self.raise_()


def install_empty_hints(window: Any) -> None:
    """Lay a hint over each tab's main list once the tab exists; show it while empty."""
    hints: dict[str, tuple[EmptyHint, Book]] = {}

    def add(spec: HintSpec, tab: Any) -> None:
        view = getattr(tab, spec.view, None)
        if not isinstance(view, QAbstractScrollArea):
            return
        hint = EmptyHint(view, spec, window, tab)
        hints[spec.tab] = (hint, spec.book)
        counts = getattr(window, "last_counts", None)
        if counts:
            hint.set_empty(live_count(counts, spec.book) == 0)

    def counted(counts: dict[str, int]) -> None:
        for hint, book in hints.values():
            hint.set_empty(live_count(counts, book) == 0)

    for spec in hint_specs():
        window.when_built(spec.tab, lambda tab, s=spec: add(s, tab))
    window.counts_loaded.connect(counted)

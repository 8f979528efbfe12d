"""The desk names each book with the words of its one description (``domain.books``), in
Chinese and in English: tabs, empty tabs, the restore list's counts, the team's activities.

Before, each place wrote its own copy, and the teams tab said 服务活动 where the history,
the recycle bin and the exports say 志愿服务活动 (issue 17, item 3).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from station_desk.db.safekeeping import backup
from station_desk.db.schema.ledger import Ledger
from station_desk.domain import books
from station_desk.ui.context import DeskContext
from station_desk.ui.empty_state import hint_specs
from station_desk.ui.events_tab import EventsTab
from station_desk.ui.i18n import MESSAGES_CONTEXT, shown_plural
from station_desk.ui.safekeeping_dialogs import RestoreDialog
from station_desk.ui.tabs import tab_specs
from station_desk.ui.team_columns import activity_columns, team_columns
from station_desk.ui.teams_tab import TeamsTab
from tests.ui.conftest import shown_tab, wait_idle
from tests.ui.test_translations import english, in_english, ledger  # noqa: F401

PLURALS_IN_ENGLISH = ["Members", "Teams", "Service activities", "Cultural events"]


def test_every_books_words_have_english(english: QTranslator) -> None:  # noqa: F811
    """Name, sheet and field labels as messages; plural, tab and empty tab in their contexts."""
    missing = []
    for book in books.BOOKS:
        wanted = [(MESSAGES_CONTEXT, text) for text in book.messages()]
        wanted.append(("Books", book.plural))
        if book.tab:
            wanted.append(("tabs", book.tab))
        if book.empty:
            wanted.append(("EmptyHint", book.empty))
        missing += [(book.key, c, t) for c, t in wanted if not english.translate(c, t)]
    assert not missing, "fill en.tsv and run scripts/translations.py: " + repr(missing)
    assert english.translate("Books", books.ACTIVITY.plural) == "Service activities"
    assert english.translate(MESSAGES_CONTEXT, books.ACTIVITY.label) == "Service activity"


def test_tabs_and_empty_tabs_read_their_books() -> None:
    assert [spec.title for spec in tab_specs()] == [books.GRID.tab, books.TEAM.tab, books.EVENT.tab]
    assert [spec.title for spec in tab_specs()] == ["网格", "志愿服务队", "文化活动"]
    for spec in hint_specs():
        assert spec.text == spec.book.empty
    assert [spec.book for spec in hint_specs()] == [
        books.MEMBER,
        books.COMMUNITY,
        books.TEAM,
        books.EVENT,
    ]


def test_tabs_and_empty_tabs_in_english(in_english: None) -> None:  # noqa: F811
    assert [spec.title for spec in tab_specs()] == ["Grids", "Volunteer Teams", "Cultural Events"]
    assert hint_specs()[3].text.startswith("No cultural events yet.")


def _text(item: QTableWidgetItem | None) -> str:
    assert item is not None
    return item.text()


def _headers(dialog: RestoreDialog) -> list[str]:
    return [_text(dialog.table.horizontalHeaderItem(c)) for c in range(3, 7)]


def test_the_restore_list_counts_each_book_under_its_plural(
    qtbot: QtBot,
    ledger: Ledger,  # noqa: F811
) -> None:
    backup.make_backup(ledger.path, now=datetime(2024, 3, 1, 9, 30))
    dialog = RestoreDialog(ledger.path)
    qtbot.addWidget(dialog)
    assert _headers(dialog) == ["老同志", "队伍", "志愿服务活动", "文化活动"]
    assert [_text(dialog.table.item(0, c)) for c in (3, 4)] == ["3", "1"]


def test_the_restore_list_in_english(
    qtbot: QtBot,
    in_english: None,  # noqa: F811
    ledger: Ledger,  # noqa: F811
) -> None:
    backup.make_backup(ledger.path)
    dialog = RestoreDialog(ledger.path)
    qtbot.addWidget(dialog)
    assert _headers(dialog) == PLURALS_IN_ENGLISH
    metrics = dialog.table.horizontalHeader().fontMetrics()
    for column, header in enumerate(_headers(dialog), start=3):
        assert dialog.table.columnWidth(column) > metrics.horizontalAdvance(header), header
    assert [shown_plural(b) for b in RestoreDialog.COUNTED] == PLURALS_IN_ENGLISH


def test_a_teams_activities_are_named_as_everywhere_else(ctx: DeskContext, qtbot: QtBot) -> None:
    """The team's second page said 服务活动; the glossary, the history and the exports say
    志愿服务活动."""
    tab = shown_tab(qtbot, ctx, TeamsTab(ctx))
    team = next(t for t in tab.teams_model.all_records() if t.name == "老干部博爱驿站")
    assert tab.select_team(team.id)
    wait_idle(qtbot, ctx)
    text = tab.detail.tabText(1)
    assert text.startswith("志愿服务活动（") and text.endswith("）"), text
    assert int(text[len("志愿服务活动（") : -1]) == tab.activities_model.total_count()


def _header_texts(tab: EventsTab) -> list[str]:
    model = tab.events_view.model()
    horizontal = Qt.Orientation.Horizontal
    return [str(model.headerData(c, horizontal)) for c in range(model.columnCount())]


def test_the_events_columns_are_the_books_fields(ctx: DeskContext, qtbot: QtBot) -> None:
    """The events tab heads its columns as the events export does: 类别 and 观众人次 are the
    words of the tab, the event dialog, the export and the import template alike."""
    headers = _header_texts(shown_tab(qtbot, ctx, EventsTab(ctx)))
    assert headers == [
        "日期", "活动名称", "类别", "地点", "驿站", "承办队伍", "观众人次", "参加人数", "作品数"
    ]  # fmt: skip
    assert set(books.EVENT.fields.values()) <= set(headers)


def test_the_events_columns_in_english(
    ctx: DeskContext,
    qtbot: QtBot,
    in_english: None,  # noqa: F811
) -> None:
    headers = _header_texts(shown_tab(qtbot, ctx, EventsTab(ctx)))
    assert headers[:5] == ["Date", "Title", "Kind", "Place", "Station"]
    assert headers[6:8] == ["Audience", "Participants"]


def _headers_of(columns: list[Any]) -> list[str]:
    return [str(column.header) for column in columns]


def test_the_teams_columns_read_their_books() -> None:
    teams = _headers_of(team_columns())
    activities = _headers_of(activity_columns())
    assert teams[:4] == ["队伍名称", "类别", "所属驿站", "负责人"]
    assert activities[1:5] == ["活动名称", "类别", "地点", "参加人数"]
    assert activities[-1] == "服务人次"
    for name in ("name", "kind", "station", "leader"):
        assert books.TEAM.fields[name] in teams, name
    for name in ("title", "category", "place", "people", "beneficiaries"):
        assert books.ACTIVITY.fields[name] in activities, name


def test_the_teams_columns_in_english(in_english: None) -> None:  # noqa: F811
    assert _headers_of(team_columns())[:4] == ["Team name", "Kind", "Station", "Leader"]
    activities = _headers_of(activity_columns())
    assert activities[1:5] == ["Title", "Kind", "Place", "Participants"]
    assert activities[-1] == "Beneficiaries"

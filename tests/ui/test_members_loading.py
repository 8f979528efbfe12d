"""The members tab's first load: the rows first, the shown-only columns just after.

The rows (what search, filters and sorting by name need) fill the table as soon as they are
read; birth dates, IDs, phones, former units and joining dates of all but the first rows
follow in a second read. What depends on them (those columns, sorting by them, an age band
from the 统计 tab) must come right when they arrive.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from station_desk.db.queries.members import FIRST_ROWS, member_details, member_list
from station_desk.domain.date_rules import age_on
from station_desk.ui.context import DeskContext
from station_desk.ui.main_window import MainWindow
from station_desk.ui.members_tab import MembersTab

NAME, AGE, ID_NUMBER = 0, 2, 3


def test_first_load_shows_every_row_then_every_column(ctx: DeskContext, qtbot: QtBot) -> None:
    seen: list[tuple[object, ...]] = []
    tab = MembersTab(ctx)
    qtbot.addWidget(tab)
    later = FIRST_ROWS + 10

    def cells(row: int) -> tuple[object, ...]:
        return tuple(tab.model.index(row, c).data() for c in (NAME, AGE, ID_NUMBER))

    tab.rows_shown.connect(
        lambda: seen.append(("shown", tab.lookup.complete, tab.model.rowCount(), *cells(0)))
    )
    tab.rows_shown.connect(lambda: seen.append(("later", *cells(later))))
    tab.rows_loaded.connect(lambda: seen.append(("loaded", tab.lookup.complete, *cells(later))))
    with qtbot.waitSignal(tab.rows_loaded, timeout=15000):
        pass
    (shown, complete, count, name, age, id_text), later_shown, loaded = seen
    assert (shown, complete) == ("shown", False)
    assert count == tab.model.total_count() > later
    assert name and age.isdigit() and "********" in id_text  # the first rows: whole
    _, later_name, later_age, later_id = later_shown
    assert later_name and (later_age, later_id) == ("", "")  # the rest: names, not details
    _, complete, later_name_then, later_age_then, later_id_then = loaded
    assert complete and later_name_then == later_name
    assert later_age_then.isdigit() and "********" in later_id_then


def test_a_sort_and_an_age_band_chosen_early_hold_once_the_details_arrive(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot
) -> None:
    tab = window.members_tab
    with ctx.ledger.reading() as session:
        partial = member_list(session, first=5)
        details = member_details(session)
    today = date.today()
    in_band = sum(1 for d in details.values() if 70 <= age_on(d.birth_date, today) <= 79)
    assert in_band > 5

    tab._listed(partial)  # as the first read delivers it
    tab.apply_drilldown({"age_min": 70, "age_max": 79})
    assert tab.model.rowCount() <= 5  # only the known birth dates can be in the band yet
    with qtbot.waitSignal(tab.rows_loaded, timeout=5000):
        tab._details_read(details)
    assert tab.model.rowCount() == in_band

    tab._listed(partial)  # again, now sorted by age before the details come
    tab.table.sortByColumn(AGE, Qt.SortOrder.AscendingOrder)
    assert tab.model.rowCount() <= 5
    with qtbot.waitSignal(tab.rows_loaded, timeout=5000):
        tab._details_read(details)
    assert tab.model.rowCount() == in_band
    ages = [int(tab.model.index(r, AGE).data()) for r in range(tab.model.rowCount())]
    assert ages == sorted(ages) and 70 <= ages[0] <= ages[-1] <= 79

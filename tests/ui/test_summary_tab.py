"""统计 tab: figures as the read side sums them, drill-down signals, refresh after writes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCharts import QBarCategoryAxis

from station_desk.db.queries.summary import summary_figures
from station_desk.domain.enums import Gender
from station_desk.domain.ids import make_id_number
from station_desk.domain.inputs import MemberData
from station_desk.services.members import add_member
from station_desk.summary.records import Period
from station_desk.ui.context import DeskContext
from station_desk.ui.summary_tab import SummaryTab
from tests.ui.conftest import summary_tab_on


@pytest.fixture
def tab(ctx: DeskContext, qtbot) -> SummaryTab:  # type: ignore[no-untyped-def]
    return summary_tab_on(ctx, qtbot)


def test_figures_match_the_read_side(tab: SummaryTab, ctx: DeskContext) -> None:
    with ctx.ledger.reading() as session:
        expected = summary_figures(session, date(2021, 1, 1), date(2021, 12, 31))
    assert tab.figures == expected
    assert tab.figure_buttons["members.total"].text() == f"{expected.members.total}人"
    assert tab.figure_buttons["branches.shared"].text() == "31个"
    assert "截至2021年底" in tab.paragraph.text()
    for key, view in tab.chart_views.items():
        assert view.chart_data is not None and view.chart_data.key == key
        assert not view.chart_data.is_empty, key
        assert view.chart() is not None and view.chart().series()


def test_a_figure_leads_to_its_records(tab: SummaryTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(tab.drilldown) as caught:
        tab.figure_buttons["members.party"].click()
    # members as on the books at the period's end, as the figure counts them (issue 14)
    assert caught.args == ["members", {"books_on": "2021-12-31", "is_party_member": True}]
    with qtbot.waitSignal(tab.drilldown) as caught:
        tab.figure_buttons["events.party_lecture"].click()
    assert caught.args == [
        "events",
        {"from": "2021-01-01", "to": "2021-12-31", "kind": "party_lecture"},
    ]


def test_a_bar_leads_to_its_records(tab: SummaryTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    hours = tab.chart_views["hours_by_month"]
    with qtbot.waitSignal(tab.drilldown) as caught:
        hours.bar_sets[0].clicked.emit(3)
    assert caught.args == ["teams", {"month": "2021-04"}]
    posts = tab.chart_views["posts_by_kind"]
    axis = next(a for a in posts.chart().axes() if isinstance(a, QBarCategoryAxis))
    with qtbot.waitSignal(tab.drilldown) as caught:
        posts.bar_sets[0].clicked.emit(0)
    assert axis.categories()[0] == "楼长"
    assert caught.args[1]["post_kind"] == "building_leader"


def test_figures_refresh_after_a_write(tab: SummaryTab, ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = tab.figures
    assert before is not None
    data = MemberData(
        name="新同志",
        id_number=make_id_number("370124", date(1950, 2, 2), 77, Gender.FEMALE),
    )
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        ctx.write(lambda s: add_member(s, data, confirmed=True), topic="members")
    assert tab.figures is not None
    assert tab.figures.members.total == before.members.total + 1
    assert tab.figures.members.female == before.members.female + 1


def test_quarter_station_and_bad_range(tab: SummaryTab, ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.year.setValue(2020)
        tab.kind.setCurrentIndex(1)
        tab.quarter.setCurrentIndex(0)
        tab.station.setCurrentIndex(1)
    assert tab.figures is not None
    assert tab.figures.period == Period.quarter(2020, 1)
    assert tab.figures.station_id == ctx.choices("station")[0].id
    assert tab.figures.scope in tab.period_label.text()
    tab.kind.setCurrentIndex(2)
    tab.date_from.setDate(tab.date_to.date().addDays(1))
    tab.reload()
    assert "统计截止日期" in tab.period_label.text()


def test_a_period_the_ledger_cannot_speak_of_is_refused_in_the_tab(
    tab: SummaryTab,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    """Issue 13: the desk summed a future year (and one before the ledger) as the CLI refuses."""
    from station_desk.summary import records as records_summary
    from station_desk.ui import errors

    boxes: list[object] = []
    monkeypatch.setattr(errors, "show_error", lambda *a, **k: boxes.append(a))
    monkeypatch.setattr(records_summary, "today", lambda: date(2026, 12, 2))
    with qtbot.waitSignal(tab.refused, timeout=10000) as caught:
        tab.year.setValue(2027)
    assert "还没有到" in caught.args[0] and "2026年12月2日" in caught.args[0]
    assert "还没有到" in tab.period_label.text()
    assert tab.figures is None and not tab.print_button.isEnabled()
    assert tab.paragraph.text() == "" and not tab.sections_box.isVisible()
    with qtbot.waitSignal(tab.refused, timeout=10000) as caught:
        tab.year.setValue(1990)
    assert "早于台账" in tab.period_label.text()
    assert boxes == []
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.year.setValue(2021)
    assert tab.figures is not None and tab.print_button.isEnabled()
    assert tab.sections_box.isVisible() and "2021" in tab.period_label.text()


def test_posts_are_counted_on_today_while_the_year_runs(
    ctx: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 13: 担任职务（2026-12-31在任） on 2 December named a day still to come."""
    from station_desk.summary import records as records_summary
    from station_desk.summary.sections import sections

    monkeypatch.setattr(records_summary, "today", lambda: date(2021, 6, 30))
    with ctx.ledger.reading() as session:
        running = summary_figures(session, date(2021, 1, 1), date(2021, 12, 31))
        past = summary_figures(session, date(2020, 1, 1), date(2020, 12, 31))
        at_today = summary_figures(session, date(2021, 1, 1), date(2021, 6, 30))
    titles = [s.title for s in sections(running)]
    assert "担任职务（2021年6月30日在任）" in titles
    assert "担任职务（2020年12月31日在任）" in [s.title for s in sections(past)]
    assert running.posts == at_today.posts
    leaders = next(f for s in sections(running) for f in s.figures if f.key == "posts.leaders")
    assert leaders.drilldown is not None
    assert leaders.drilldown.filter["post_on"] == "2021-06-30"
    assert leaders.drilldown.filter["books_on"] == "2021-06-30"

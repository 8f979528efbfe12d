"""Drill-down from the 统计 tab: each figure opens its tab showing the records it counts."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCharts import QBarCategoryAxis
from pytestqt.qtbot import QtBot

from station_desk.summary.records import SummaryFigures
from station_desk.summary.sections import sections
from station_desk.ui.main_window import MainWindow
from station_desk.ui.summary_tab import SummaryTab
from tests.ui.conftest import wait_idle

YEAR = 2021


@pytest.fixture
def summary(window: MainWindow, qtbot: QtBot) -> SummaryTab:
    tab = window.tab("summaryTab")
    assert isinstance(tab, SummaryTab)
    window.tabs.setCurrentWidget(tab)
    wait_idle(qtbot, window.ctx)  # built on first ask: its first figures come first
    assert tab.year.value() != YEAR
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.year.setValue(YEAR)
    wait_idle(qtbot, window.ctx)
    return tab


def tab_named(window: MainWindow, name: str) -> Any:
    tab = window.tab(name)
    assert tab is not None, name
    return tab


def figures(summary: SummaryTab) -> SummaryFigures:
    assert summary.figures is not None
    return summary.figures


def drill(window: MainWindow, summary: SummaryTab, key: str, qtbot: QtBot) -> Any:
    """Click the figure ``key``, wait for the tab's reads, hand back the tab it opened."""
    window.tabs.setCurrentWidget(summary)
    summary.figure_buttons[key].click()
    wait_idle(qtbot, window.ctx)
    return window.tabs.currentWidget()


def banner_text(tab: Any) -> str:
    assert tab.banner.isVisible(), "the drill-down banner must show"
    return str(tab.banner.label.text())


def test_member_figures_show_exactly_their_members(
    window: MainWindow, summary: SummaryTab, qtbot: QtBot
) -> None:
    f = figures(summary)
    expected = {
        "members.total": f.members.total,
        "members.party": f.members.party_members,
        "members.lixiu": f.members.lixiu,
        "members.female": f.members.female,
        "branches.shared_party_members": f.branches.shared_party_members,
        "posts.building_leader": f.posts.of("building_leader").members,
        "posts.first_secretary": f.posts.of("first_secretary").members,
        "posts.leaders": f.posts.leaders,
        **{f"members.age.{a.low}": a.total for a in f.members.age_bands},
    }
    assert f.members.party_members > 0 and f.posts.leaders > 0
    for key, count in expected.items():
        tab = drill(window, summary, key, qtbot)
        assert tab is window.members_tab, key
        assert tab.model.rowCount() == count, key
        assert banner_text(tab).startswith("来自统计："), key
        if key == "posts.leaders":
            assert "楼长或网格长" in banner_text(tab)


def test_age_pyramid_bars_and_clearing_the_banner(
    window: MainWindow, summary: SummaryTab, qtbot: QtBot
) -> None:
    bands = {b.label: b for b in figures(summary).members.age_bands}
    pyramid = summary.chart_views["age_pyramid"]
    women = pyramid.bar_sets[1]
    axis = next(a for a in pyramid.chart().axes() if isinstance(a, QBarCategoryAxis))
    for index, name in enumerate(axis.categories()):
        band = bands[name.split("（")[0]]
        window.tabs.setCurrentWidget(summary)
        women.clicked.emit(index)
        wait_idle(qtbot, window.ctx)
        tab = window.members_tab
        assert tab.model.rowCount() == band.female, band.label
        assert all(r.gender == "女" for r in tab.model.shown_records())
    tab.banner.clear_button.click()
    assert not tab.banner.isVisible()
    assert tab.model.rowCount() == tab.model.total_count()


def test_a_past_post_counts_on_its_day_not_today(
    window: MainWindow, summary: SummaryTab, qtbot: QtBot
) -> None:
    """Posts held on 2021-12-31 may differ from today's 职务 column; the query decides."""
    tab = drill(window, summary, "posts.grid_leader", qtbot)
    shown = {r.id for r in tab.model.shown_records()}
    assert len(shown) == figures(summary).posts.of("grid_leader").members


def test_team_figures_select_the_team(
    window: MainWindow, summary: SummaryTab, qtbot: QtBot
) -> None:
    f = figures(summary)
    busiest = max(f.teams, key=lambda t: t.minutes)
    tab = drill(window, summary, f"teams.{busiest.id}", qtbot)
    assert tab is tab_named(window, "teamsTab")
    team = tab.current_team()
    assert team is not None and team.id == busiest.id
    assert busiest.name in banner_text(tab)


def test_service_figures_narrow_the_activities(
    window: MainWindow, summary: SummaryTab, qtbot: QtBot
) -> None:
    s = figures(summary).service
    tab = drill(window, summary, "service.activities", qtbot)
    assert sum(tab.activity_counts.values()) == s.activities
    category = max(s.by_category, key=lambda c: c.activities)
    tab = drill(window, summary, f"service.category.{category.category}", qtbot)
    assert sum(tab.activity_counts.values()) == category.activities
    team = tab.current_team()
    assert team is not None
    assert tab.activity_counts[team.id] == max(tab.activity_counts.values())
    shown = tab.activities_model.shown_records()
    assert len(shown) == tab.activity_counts[team.id]
    assert all(a.category == category.category and a.held_on.year == YEAR for a in shown)
    assert tab.detail.currentIndex() == 1
    tab.banner.clear_button.click()
    assert tab.activities_model.rowCount() == tab.activities_model.total_count()


def test_month_bar_shows_that_months_activities(
    window: MainWindow, summary: SummaryTab, qtbot: QtBot
) -> None:
    months = figures(summary).service.by_month
    index = max(range(len(months)), key=lambda i: months[i].minutes)
    window.tabs.setCurrentWidget(summary)
    summary.chart_views["hours_by_month"].bar_sets[0].clicked.emit(index)
    wait_idle(qtbot, window.ctx)
    tab = tab_named(window, "teamsTab")
    assert window.tabs.currentIndex() == window.tabs.indexOf(tab)
    shown = tab.activities_model.shown_records()
    assert shown
    assert {(a.held_on.year, a.held_on.month) for a in shown} == {(YEAR, months[index].month)}


def test_event_figures_show_their_events(
    window: MainWindow, summary: SummaryTab, qtbot: QtBot
) -> None:
    e = figures(summary).events
    top = e.lecturers[0]
    course = e.trainings[0]
    expected = {
        "events.count": e.events,
        "events.party_lecture": e.party_lectures,
        "events.training": e.of("training").events,
        f"events.lecturer.{top.member_id}": top.lectures,
        f"events.training.{course.title}": course.sessions,
    }
    assert e.party_lectures > 0
    for key, count in expected.items():
        tab = drill(window, summary, key, qtbot)
        assert tab is tab_named(window, "eventsTab"), key
        assert tab.events_model.rowCount() == count, key
        if key.startswith("events.lecturer."):
            assert top.name in banner_text(tab)


def test_work_figures_show_the_events_holding_them(
    window: MainWindow, summary: SummaryTab, qtbot: QtBot
) -> None:
    works = figures(summary).works
    kind = max(works.by_kind, key=lambda k: k.count)
    tab = drill(window, summary, f"works.{kind.kind}", qtbot)
    assert tab is tab_named(window, "eventsTab")
    assert kind.label in banner_text(tab)
    assert all(e.works > 0 for e in tab.events_model.shown_records())


def test_every_figure_lands_somewhere(
    window: MainWindow, summary: SummaryTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No figure raises; each opens the tab its drill-down names (settings for stations)."""
    pages: list[str] = []
    monkeypatch.setattr(window, "open_settings", pages.append)
    targets = {"members": "membersTab", "teams": "teamsTab", "events": "eventsTab"}
    tried = 0
    for section in sections(figures(summary)):
        for figure in section.figures:
            if figure.drilldown is None:
                continue
            tried += 1
            before = len(pages)
            tab = drill(window, summary, figure.key, qtbot)
            if figure.drilldown.tab == "stations":
                assert len(pages) == before + 1, figure.key
            else:
                assert tab.objectName() == targets[figure.drilldown.tab], figure.key
    assert tried > 40


def test_unknown_keys_and_bad_values_are_ignored(window: MainWindow, qtbot: QtBot) -> None:
    bad: dict[str, object] = {
        "nonsense": 1,
        "age_min": "x",
        "from": "not a day",
        "month": "2021-13",
        "team_id": 999999,
        "speaker_id": 999999,
        "grid_id": 999999,
    }
    for name in ("membersTab", "gridsTab", "teamsTab", "eventsTab"):
        tab = tab_named(window, name)
        window.tabs.setCurrentWidget(tab)
        tab.apply_drilldown(bad)
        wait_idle(qtbot, window.ctx)
    assert window.members_tab.model.rowCount() == window.members_tab.model.total_count()

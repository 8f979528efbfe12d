"""Each figure of the demo ledger's summary carries its typed filter, and the rows that
filter selects number what the figure says, through the SQL interpreter and through
``matches()`` over the rows the desk holds (2021, all stations and one station).

Sums over the rows (hours, 人次, audience) are checked as sums; figures with no book filter
(stations, branches, teams, volunteers, donations, works) are listed in ``summary/drill``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from station_desk.db.queries.events import event_rows
from station_desk.db.queries.filters import (
    activity_ids,
    event_ids,
    event_speakers,
    member_facts,
    member_ids,
)
from station_desk.db.queries.members import member_rows
from station_desk.db.queries.summary import summary_figures
from station_desk.db.queries.summary_activity import training_stem
from station_desk.db.queries.teams import team_activities
from station_desk.db.schema.ledger import open_ledger
from station_desk.db.schema.models import Member, Station, Team
from station_desk.domain.filters import ActivityFilter, EventFilter, MemberFilter
from station_desk.summary.charts import charts
from station_desk.summary.drill import book_filter_of
from station_desk.summary.records import Figure
from station_desk.summary.sections import sections

TODAY = date.today()
#: figures that are a sum over the rows their filter selects: key prefix -> the row's field
SUMS = {
    "service.minutes": "minutes",
    "service.participations": "participants",
    "service.beneficiaries": "beneficiaries",
    "service.category.": "participants",
    "events.audience": "audience",
    "events.training.": "audience",
}
NOT_ROWS = ("service.volunteers",)  # distinct members who served: not a selection of rows


def _sum_field(key: str) -> str | None:
    return next((f for prefix, f in SUMS.items() if key.startswith(prefix)), None)


def _expected(figure: Figure) -> float:
    return figure.value * 60 if figure.key == "service.minutes" else figure.value


@pytest.mark.parametrize("one_station", [False, True])
def test_every_figure_numbers_the_rows_its_filter_selects(
    demo_file: Path, one_station: bool
) -> None:
    ledger = open_ledger(demo_file)
    try:
        with ledger.reading() as s:
            station = (
                s.scalar(
                    select(Member.station_id)
                    .join(Station, Station.id == Member.station_id)
                    .join(Team, Team.station_id == Station.id)
                    .limit(1)
                )
                if one_station
                else None
            )
            figures = summary_figures(s, date(2021, 1, 1), date(2021, 12, 31), station)
            members, facts = member_rows(s).rows, member_facts(s)
            teams = dict(s.execute(select(Team.id, Team.station_id)).all())
            activities = [a for t in teams for a in team_activities(s, t)]
            events, speakers = event_rows(s), event_speakers(s)
            checked: list[str] = []
            for section in sections(figures):
                for figure in section.figures:
                    target = figure.drilldown
                    if target is None or figure.key in NOT_ROWS:
                        continue
                    flt = target.book_filter
                    assert flt == book_filter_of(target.tab, target.filter), figure.key
                    field = _sum_field(figure.key)
                    if isinstance(flt, MemberFilter):
                        in_sql = member_ids(s, flt, TODAY)
                        shown = {r.id for r in members if flt.matches(r, facts, TODAY)}
                        assert shown == in_sql, figure.key
                        assert len(shown) == figure.value, figure.key
                    elif isinstance(flt, ActivityFilter):
                        rows = [a for a in activities if flt.matches(a, teams)]
                        assert {a.id for a in rows} == activity_ids(s, flt), figure.key
                        got = sum(getattr(a, field) for a in rows) if field else len(rows)
                        assert got == pytest.approx(_expected(figure)), figure.key
                    elif isinstance(flt, EventFilter):
                        rows = [e for e in events if flt.matches(e, speakers, training_stem)]
                        assert {e.id for e in rows} == event_ids(s, flt), figure.key
                        got = sum(getattr(e, field) for e in rows) if field else len(rows)
                        assert got == figure.value, figure.key
                    else:
                        continue
                    checked.append(figure.key)
    finally:
        ledger.close()
    everywhere = {"members.total", "members.age.70", "posts.leaders", "events.count"}
    assert everywhere <= set(checked)
    assert len(checked) >= 25, checked


def test_every_bar_of_the_member_and_event_charts_numbers_its_rows(demo_file: Path) -> None:
    """The age pyramid, posts and events bars: each bar's filter selects as many rows."""
    ledger = open_ledger(demo_file)
    try:
        with ledger.reading() as s:
            figures = summary_figures(s, date(2021, 1, 1), date(2021, 12, 31))
            members, facts = member_rows(s).rows, member_facts(s)
            events, speakers = event_rows(s), event_speakers(s)
            bars = 0
            for chart in charts(figures):
                if chart.key not in ("age_pyramid", "posts_by_kind", "events_by_kind"):
                    continue
                for series in chart.series:
                    for value, target in zip(series.values, series.drilldowns, strict=True):
                        assert target is not None, chart.key
                        flt = target.book_filter
                        if isinstance(flt, MemberFilter):
                            shown = [r for r in members if flt.matches(r, facts, TODAY)]
                            assert len(member_ids(s, flt, TODAY)) == len(shown)
                        else:
                            assert isinstance(flt, EventFilter), chart.key
                            shown = [e for e in events if flt.matches(e, speakers)]
                            assert len(event_ids(s, flt)) == len(shown)
                        assert len(shown) == value, (chart.key, series.name)
                        bars += 1
    finally:
        ledger.close()
    assert bars >= 15

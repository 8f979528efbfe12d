"""Reports true to their period: property tests over generated ledgers (issue 14).

Every count of people is as of the period's end (born, retired and not deleted by then,
ages on that day); a period in the future or before the ledger's first record is refused,
and then nothing else is read.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station_desk.db.queries.summary import summary_figures
from station_desk.db.queries.summary_period import check_period, ledger_first_day
from station_desk.db.schema.ledger import Ledger
from station_desk.domain.date_rules import age_on
from station_desk.domain.enums import Gender, TeamKind
from station_desk.domain.ids import make_id_number
from station_desk.domain.inputs import ActivityData, MemberData, TeamData
from station_desk.domain.problems import ValidationError
from station_desk.services.activities import record_activity
from station_desk.services.members import add_member, delete_member
from station_desk.services.teams import add_team, add_team_members

TODAY = date(2026, 11, 27)
PROPERTY = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

people = st.lists(
    st.tuples(
        st.dates(date(1930, 1, 1), date(1966, 12, 31)),  # born
        st.integers(min_value=50, max_value=62),  # retired at this age
        st.booleans(),  # deleted (today)
    ),
    min_size=1,
    max_size=8,
)


@PROPERTY
@given(people=people, end=st.dates(date(2000, 1, 1), TODAY))
def test_members_are_counted_as_of_the_period_end(
    ledger: Ledger, people: list[tuple[date, int, bool]], end: date
) -> None:
    with ledger.reading() as s:  # rolled back after each example
        expected_ages = []
        for n, (born, at, deleted) in enumerate(people):
            retired = min(date(born.year + at, born.month, 1), TODAY)
            member = add_member(
                s,
                MemberData(
                    name="测试" + "甲乙丙丁戊己庚辛"[n],
                    id_number=make_id_number("370124", born, n, Gender.MALE),
                    gender=Gender.MALE,
                    birth_date=born,
                    retired_on=retired,
                ),
                confirmed=True,
                today=TODAY,
            )
            if deleted:
                delete_member(s, member)
            # deleted today: on the books of any period that ended before today
            if retired <= end and (not deleted or end < date.today()):
                expected_ages.append(age_on(born, end))
        s.flush()
        f = summary_figures(s, date(end.year, 1, 1), end)
        s.rollback()
    assert f.members.total == len(expected_ages)
    assert sum(b.total for b in f.members.age_bands) == len(expected_ages)
    expected_average = round(sum(expected_ages) / len(expected_ages), 1) if expected_ages else None
    assert f.members.average_age == expected_average


@PROPERTY
@given(
    first=st.dates(date(2005, 1, 1), date(2025, 12, 31)),
    start=st.dates(date(1990, 1, 1), date(2030, 12, 31)),
    days=st.integers(min_value=0, max_value=800),
)
def test_a_period_is_refused_when_the_ledger_cannot_speak_for_it(
    ledger: Ledger, first: date, start: date, days: int
) -> None:
    end = start + timedelta(days=days)
    with ledger.reading() as s:
        born = date(1950, 3, 5)
        member = add_member(
            s,
            MemberData(
                name="甲",
                id_number=make_id_number("370124", born, 1, Gender.MALE),
                gender=Gender.MALE,
                birth_date=born,
            ),
            confirmed=True,
            today=TODAY,
        )
        team = add_team(s, TeamData("队", TeamKind.VOLUNTEER, founded_on=first), today=TODAY)
        add_team_members(s, team, [member], joined_on=first, today=TODAY)
        record_activity(s, ActivityData(team, "巡查", first, minutes={member: 60}), today=TODAY)
        s.flush()
        assert ledger_first_day(s) == first
        refused = start > TODAY or end < first
        if refused:
            with pytest.raises(ValidationError) as caught:
                summary_figures(s, start, end, today=TODAY)
            assert caught.value.field == "period"
            assert ("还没有到" in str(caught.value)) == (start > TODAY)
        else:
            check_period(s, start, end, TODAY)
            assert summary_figures(s, start, end, today=TODAY).period.end == end
        s.rollback()

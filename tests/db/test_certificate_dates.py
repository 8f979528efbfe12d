"""The certificate-date rule as a property over generated ledgers (issue 14).

A 志愿服务记录证明 states only what the ledger proves: it is refused when its issue date
lies ahead of today or before the last service it would count; otherwise the period it
states is that service's own first and last day within the period asked, and its total
is their exact sum.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station_desk.db.schema.ledger import Ledger
from station_desk.domain.enums import Gender, TeamKind
from station_desk.domain.ids import make_id_number
from station_desk.domain.inputs import ActivityData, MemberData, TeamData
from station_desk.domain.problems import ValidationError
from station_desk.domain.units import hours_text
from station_desk.services.activities import record_activity
from station_desk.services.members import add_member
from station_desk.services.printing import PrintSettings
from station_desk.services.printing_certificates import issue_service_record_certificates
from station_desk.services.teams import add_team, add_team_members

TODAY = date(2026, 11, 27)
DAY = st.dates(date(2020, 1, 1), date(2026, 11, 27))


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    services=st.lists(
        st.tuples(DAY, st.integers(1, 160).map(lambda k: 3 * k)), min_size=0, max_size=6
    ),
    start=DAY,
    days=st.integers(0, 900),
    issued=st.dates(date(2020, 1, 1), date(2027, 6, 30)),
)
def test_a_certificate_states_only_what_the_ledger_proves(
    ledger: Ledger, services: list[tuple[date, int]], start: date, days: int, issued: date
) -> None:
    end = start + timedelta(days=days)
    with ledger.reading() as s:  # rolled back after each example
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
        team = add_team(s, TeamData("队", TeamKind.VOLUNTEER), today=TODAY)
        add_team_members(s, team, [member], joined_on=date(2019, 1, 1), today=TODAY)
        for on, minutes in services:
            record_activity(
                s, ActivityData(team, "巡查", on, minutes={member: minutes}), today=TODAY
            )
        s.flush()
        counted = [(on, m) for on, m in services if start <= on <= end]
        refused = not counted or issued > TODAY or max(on for on, _ in counted) > issued
        try:
            (cert,) = issue_service_record_certificates(
                s,
                [member],
                start,
                end,
                settings=PrintSettings(issuer="平阴县老干部局"),
                issued_on=issued,
                today=TODAY,
            )
        except ValidationError:
            assert refused
        else:
            assert not refused
            c = cert.content
            first, last = min(on for on, _ in counted), max(on for on, _ in counted)
            assert (c["period_start"], c["period_end"]) == (first.isoformat(), last.isoformat())
            assert start <= first and last <= min(end, issued) and issued <= TODAY
            assert c["total_hours"] == hours_text(sum(m for _, m in counted))
        s.rollback()

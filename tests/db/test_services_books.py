"""Posts, teams, service hours, donations, events and works: rules and all-or-nothing writes."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text

from station_desk.db.queries.core import member_detail
from station_desk.db.schema.ledger import Ledger
from station_desk.domain.enums import (
    CommunityPostKind,
    DonationKind,
    EventKind,
    GridPostKind,
    ParticipationRole,
    TeamKind,
    WorkKind,
)
from station_desk.domain.inputs import (
    ActivityData,
    CommunityPostData,
    DonationData,
    EventData,
    GridPostData,
    MemberData,
    TeamData,
    WorkData,
)
from station_desk.domain.problems import ValidationError
from station_desk.domain.units import parse_hours, parse_yuan
from station_desk.services.activities import add_donation, record_activity
from station_desk.services.events import add_event, add_work, update_work
from station_desk.services.members import add_member
from station_desk.services.org import add_community, add_grid, delete_grid
from station_desk.services.posts import assign_community_post, assign_grid_post, end_grid_post
from station_desk.services.teams import add_team, add_team_members, leave_team
from tests.db.conftest import an_id
from tests.db.test_services_members import dump

TODAY = date(2026, 11, 27)


@pytest.fixture
def books(ledger: Ledger) -> dict[str, int]:
    """A community with a grid, three members and a volunteer team they joined in 2020."""
    with ledger.unit_of_work() as s:
        community = add_community(s, "环秀社区", "榆山街道")
        grid = add_grid(s, community, "第一网格")
        ids = [
            add_member(s, MemberData(name=n, id_number=an_id(i)), today=TODAY)
            for i, n in enumerate(("王一", "王二", "王三"), start=1)
        ]
        team = add_team(s, TeamData(name="银发志愿队", kind=TeamKind.VOLUNTEER), today=TODAY)
        add_team_members(s, team, ids, joined_on=date(2020, 1, 1), today=TODAY)
    return {
        "community": community,
        "grid": grid,
        "team": team,
        "a": ids[0],
        "b": ids[1],
        "c": ids[2],
    }


def refused(ledger: Ledger, field: str, write) -> None:  # type: ignore[no-untyped-def]
    before = dump(ledger)
    with pytest.raises(ValidationError) as caught, ledger.unit_of_work() as s:
        write(s)
    assert field in {p.field for p in caught.value.problems}, caught.value
    assert dump(ledger) == before


def test_building_leader_needs_a_building(ledger: Ledger, books: dict[str, int]) -> None:
    post = GridPostData(books["a"], books["grid"], GridPostKind.BUILDING_LEADER, date(2020, 2, 1))
    refused(ledger, "building", lambda s: assign_grid_post(s, post, today=TODAY))
    with ledger.unit_of_work() as s:
        post_id = assign_grid_post(
            s,
            GridPostData(
                books["a"],
                books["grid"],
                GridPostKind.BUILDING_LEADER,
                date(2020, 2, 1),
                building="3号楼",
            ),
            today=TODAY,
        )
    refused(ledger, "until", lambda s: end_grid_post(s, post_id, date(2019, 1, 1), today=TODAY))
    with ledger.unit_of_work() as s:
        end_grid_post(s, post_id, date(2022, 12, 31), today=TODAY)
    with ledger.reading() as s:
        (post_record,) = member_detail(s, books["a"]).posts
    assert (post_record.building, post_record.until) == ("3号楼", date(2022, 12, 31))
    refused(ledger, "grid", lambda s: delete_grid(s, books["grid"]))


def test_a_post_cannot_be_held_twice_at_once(ledger: Ledger, books: dict[str, int]) -> None:
    data = CommunityPostData(
        books["b"], books["community"], CommunityPostKind.FIRST_SECRETARY, date(2021, 3, 1)
    )
    with ledger.unit_of_work() as s:
        assign_community_post(s, data, today=TODAY)
    refused(ledger, "kind", lambda s: assign_community_post(s, data, today=TODAY))


def test_activity_hours_reach_the_member_detail(ledger: Ledger, books: dict[str, int]) -> None:
    data = ActivityData(
        team_id=books["team"],
        title="入户排查",
        held_on=date(2026, 3, 1),
        beneficiaries=40,
        category="疫情防控",
        minutes={
            books["a"]: parse_hours("2"),
            books["b"]: parse_hours("1.5"),
            books["c"]: parse_hours("2小时30分钟"),
        },
        donations=(
            DonationData(
                DonationKind.MONEY,
                date(2026, 3, 1),
                member_id=books["a"],
                amount_fen=parse_yuan("1,200.50元"),
            ),
        ),
    )
    with ledger.unit_of_work() as s:
        record_activity(s, data, today=TODAY)
    with ledger.reading() as s:
        minutes = [member_detail(s, books[k], year=2026).minutes_this_year for k in "abc"]
        fen = s.execute(text("SELECT amount_fen FROM donation")).scalar()
    assert minutes == [120, 90, 150]
    assert fen == 120050


@pytest.mark.parametrize(
    ("field", "hours"),
    [("hours", "0"), ("hours", "25"), ("hours", "1.333"), ("hours", "两小时"), ("hours", "-1")],
)
def test_bad_hours_refuse_the_whole_activity(
    ledger: Ledger, books: dict[str, int], field: str, hours: str
) -> None:
    def data() -> ActivityData:  # the hours as typed, read where text is read
        return ActivityData(
            team_id=books["team"],
            title="巡查",
            held_on=date(2026, 3, 1),
            minutes={books["a"]: parse_hours("2"), books["b"]: parse_hours(hours)},
        )

    refused(ledger, field, lambda s: record_activity(s, data(), today=TODAY))


def test_activity_refuses_future_dates_and_outsiders(ledger: Ledger, books: dict[str, int]) -> None:
    future = ActivityData(team_id=books["team"], title="巡查", held_on=date(2027, 1, 1))
    refused(ledger, "held_on", lambda s: record_activity(s, future, today=TODAY))
    with ledger.unit_of_work() as s:
        outsider = add_member(s, MemberData(name="赵六", id_number=an_id(9)), today=TODAY)
    data = ActivityData(
        team_id=books["team"], title="巡查", held_on=date(2026, 1, 1), minutes={outsider: 120}
    )
    refused(ledger, "member", lambda s: record_activity(s, data, today=TODAY))
    before_join = ActivityData(
        team_id=books["team"], title="巡查", held_on=date(2019, 6, 1), minutes={books["a"]: 120}
    )
    refused(ledger, "member", lambda s: record_activity(s, before_join, today=TODAY))


def test_leaving_a_team_keeps_history(ledger: Ledger, books: dict[str, int]) -> None:
    with ledger.reading() as s:
        membership = s.execute(
            text("SELECT id FROM team_membership WHERE member_id = :m"), {"m": books["a"]}
        ).scalar()
    refused(ledger, "left_on", lambda s: leave_team(s, membership, date(2019, 1, 1), today=TODAY))
    with ledger.unit_of_work() as s:
        leave_team(s, membership, date(2025, 6, 30), today=TODAY)
    with ledger.reading() as s:
        (team_line,) = member_detail(s, books["a"]).teams
    assert team_line.left_on == date(2025, 6, 30)


@pytest.mark.parametrize(
    ("field", "donation"),
    [
        (
            "amount",
            DonationData(DonationKind.MONEY, date(2026, 1, 1), amount_fen=Decimal("1234.5")),
        ),
        ("amount", DonationData(DonationKind.MONEY, date(2026, 1, 1), amount_fen=0)),
        ("item_count", DonationData(DonationKind.GOODS, date(2026, 1, 1), item_count=0)),
        ("donated_on", DonationData(DonationKind.GOODS, date(2027, 1, 1), item_count=3)),
    ],
)
def test_bad_donations(
    ledger: Ledger, books: dict[str, int], field: str, donation: DonationData
) -> None:
    from dataclasses import replace

    given = replace(donation, member_id=books["a"])
    refused(ledger, field, lambda s: add_donation(s, given, today=TODAY))


def test_donation_needs_exactly_one_donor(ledger: Ledger, books: dict[str, int]) -> None:
    both = DonationData(
        DonationKind.GOODS,
        date(2026, 1, 1),
        member_id=books["a"],
        team_id=books["team"],
        item_count=2,
    )
    refused(ledger, "donor", lambda s: add_donation(s, both, today=TODAY))


def test_event_with_speaker_and_work(ledger: Ledger, books: dict[str, int]) -> None:
    event = EventData(
        title="党史专题党课",
        kind=EventKind.PARTY_LECTURE,
        held_on=date(2026, 7, 1),
        audience=45,
        participants=((books["a"], ParticipationRole.SPEAKER),),
    )
    with ledger.unit_of_work() as s:
        event_id = add_event(s, event, today=TODAY)
        add_work(
            s,
            WorkData(
                books["a"], "七律·党课有感", WorkKind.POEM, date(2026, 7, 2), event_id=event_id
            ),
            today=TODAY,
        )
    with ledger.reading() as s:
        detail = member_detail(s, books["a"])
    assert [(e.title, e.role_label) for e in detail.events] == [("党史专题党课", "主讲")]
    assert [(w.title, w.kind_label) for w in detail.works] == [("七律·党课有感", "诗词")]
    refused(
        ledger,
        "audience",
        lambda s: add_event(
            s,
            EventData(title="x", kind=EventKind.OTHER, held_on=date(2026, 1, 1), audience=-3),
            today=TODAY,
        ),
    )
    refused(
        ledger,
        "title",
        lambda s: add_event(
            s, EventData(title="  ", kind=EventKind.OTHER, held_on=date(2026, 1, 1)), today=TODAY
        ),
    )
    refused(
        ledger,
        "made_on",
        lambda s: add_work(
            s, WorkData(books["a"], "x", WorkKind.POEM, date(1900, 1, 1)), today=TODAY
        ),
    )


def test_update_work_keeps_id_and_logs_the_diff(ledger: Ledger, books: dict[str, int]) -> None:
    with ledger.unit_of_work() as s:
        work_id = add_work(
            s, WorkData(books["a"], "七律·抗疫", WorkKind.POEM, date(2026, 3, 1)), today=TODAY
        )
    edited = WorkData(books["b"], "抗疫书法", WorkKind.CALLIGRAPHY, date(2026, 3, 2), theme="抗疫")
    with ledger.unit_of_work() as s:
        update_work(s, work_id, edited, today=TODAY)
    with ledger.reading() as s:
        row = s.execute(text("SELECT id, author_id, title, kind, theme, uuid FROM work")).one()
        logs = s.execute(
            text(
                "SELECT action, changes FROM change_log WHERE table_name = 'work' "
                "AND row_uuid = :u ORDER BY id"
            ),
            {"u": row.uuid},
        ).all()
    assert (row.id, row.author_id, row.title, row.kind, row.theme) == (
        work_id,
        books["b"],
        "抗疫书法",
        "calligraphy",
        "抗疫",
    )
    assert [str(a) for a, _c in logs] == ["create", "update"]
    changes = json.loads(logs[1].changes)
    assert changes["title"] == ["七律·抗疫", "抗疫书法"]
    assert changes["author_id"] == [books["a"], books["b"]]
    assert "event_id" not in changes
    refused(
        ledger,
        "title",
        lambda s: update_work(s, work_id, replace(edited, title=" "), today=TODAY),
    )
    refused(
        ledger,
        "made_on",
        lambda s: update_work(s, work_id, replace(edited, made_on=date(1900, 1, 1)), today=TODAY),
    )
    refused(ledger, "work", lambda s: update_work(s, work_id + 99, edited, today=TODAY))

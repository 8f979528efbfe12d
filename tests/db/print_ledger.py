"""A small ledger for print tests, written through the services (invented people only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from station_desk.db.schema.ledger import Ledger
from station_desk.domain.enums import (
    CommunityPostKind,
    EventKind,
    Gender,
    GridPostKind,
    ParticipationRole,
    TeamKind,
)
from station_desk.domain.ids import make_id_number
from station_desk.domain.inputs import (
    ActivityData,
    CommunityPostData,
    EventData,
    GridPostData,
    MemberData,
    TeamData,
)
from station_desk.domain.units import parse_hours
from station_desk.services.activities import delete_activity, record_activity
from station_desk.services.common import set_setting
from station_desk.services.events import add_event
from station_desk.services.members import add_member, delete_member
from station_desk.services.org import add_community, add_grid
from station_desk.services.posts import assign_community_post, assign_grid_post
from station_desk.services.teams import add_team, add_team_members

TODAY = date(2026, 11, 27)
RARE = "刘䶮"
RARE2 = "𠮷祥"
UNIT = "平阴县测试驿站"


@dataclass(frozen=True)
class PrintLedger:
    members: dict[str, int]
    community: int
    other_community: int
    grid: int
    other_grid: int
    team: int
    event: int
    minutes: dict[str, int]
    """Minutes each member served in 2021 for the team (deleted activity not counted)."""


def build_print_ledger(ledger: Ledger) -> PrintLedger:
    """Five members in two communities, posts, a team with hours in 2021, an event."""
    with ledger.unit_of_work() as s:
        set_setting(s, "unit_name", UNIT)
        set_setting(s, "serial_prefix", "测试驿站")
        community = add_community(s, "翠屏社区")
        other_community = add_community(s, "环秀社区")
        grid = add_grid(s, community, "第二网格")
        other_grid = add_grid(s, other_community, "第一网格")
        people = [
            ("张建国", Gender.MALE, date(1950, 3, 5), community, grid, "13812345678"),
            (RARE, Gender.MALE, date(1948, 7, 1), community, grid, "13900001111"),
            (RARE2, Gender.FEMALE, date(1955, 1, 9), community, grid, "0531-87654321"),
            ("王秀英", Gender.FEMALE, date(1952, 5, 20), other_community, other_grid, ""),
            ("赵已删", Gender.MALE, date(1951, 2, 2), community, grid, "13700000000"),
        ]
        members = {}
        for n, (name, gender, born, comm, grd, phone) in enumerate(people, start=1):
            members[name] = add_member(
                s,
                MemberData(
                    name=name,
                    id_number=make_id_number("370124", born, n, gender),
                    gender=gender,
                    birth_date=born,
                    phone=phone,
                    community_id=comm,
                    grid_id=grd,
                    former_unit="平阴县教育局",
                    is_party_member=True,
                    joined_party_on=date(1975, 7, 1),
                    volunteer_number=f"V37{n:04d}",
                ),
                confirmed=True,
                today=TODAY,
            )
        assign_grid_post(
            s,
            GridPostData(members["张建国"], grid, GridPostKind.GRID_LEADER, date(2020, 1, 1)),
            today=TODAY,
        )
        assign_grid_post(
            s,
            GridPostData(
                members[RARE], grid, GridPostKind.BUILDING_LEADER, date(2020, 1, 1), "3号楼"
            ),
            today=TODAY,
        )
        assign_grid_post(
            s,
            GridPostData(
                members[RARE2], grid, GridPostKind.BUILDING_LEADER, date(2020, 1, 1), "12号楼"
            ),
            today=TODAY,
        )
        assign_community_post(
            s,
            CommunityPostData(
                members["王秀英"],
                other_community,
                CommunityPostKind.FIRST_SECRETARY,
                date(2019, 1, 1),
            ),
            today=TODAY,
        )
        team = add_team(s, TeamData("老干部博爱驿站", TeamKind.VOLUNTEER), today=TODAY)
        ids = [members[n] for n in ("张建国", RARE, RARE2, "赵已删")]
        add_team_members(s, team, ids, joined_on=date(2020, 1, 1), today=TODAY)
        plan = [
            (date(2020, 12, 31), {"张建国": "5"}),
            (date(2021, 1, 1), {"张建国": "2.5", RARE: "1.5"}),
            (date(2021, 6, 1), {"张建国": "3", RARE: "4", RARE2: "1"}),
            (date(2021, 12, 31), {RARE: "2.25"}),
            (date(2022, 1, 1), {RARE: "8"}),
        ]
        for held_on, hours in plan:
            record_activity(
                s,
                ActivityData(
                    team_id=team,
                    title="义诊咨询",
                    held_on=held_on,
                    content="为社区老人测量血压",
                    minutes={members[k]: parse_hours(v) for k, v in hours.items()},
                ),
                today=TODAY,
            )
        dropped = record_activity(
            s,
            ActivityData(
                team_id=team,
                title="已删活动",
                held_on=date(2021, 3, 3),
                minutes={members[RARE]: 540},
            ),
            today=TODAY,
        )
        delete_activity(s, dropped)
        event = add_event(
            s,
            EventData(
                title="七一专题党课",
                kind=EventKind.PARTY_LECTURE,
                held_on=date(2021, 7, 1),
                place="翠屏社区党群服务中心",
                participants=(
                    (members["王秀英"], ParticipationRole.PARTICIPANT),
                    (members[RARE], ParticipationRole.SPEAKER),
                    (members["赵已删"], ParticipationRole.PARTICIPANT),
                ),
            ),
            today=TODAY,
        )
        delete_member(s, members["赵已删"])
    return PrintLedger(
        members=members,
        community=community,
        other_community=other_community,
        grid=grid,
        other_grid=other_grid,
        team=team,
        event=event,
        minutes={"张建国": 330, RARE: 465, RARE2: 60},
    )

"""Summary edge cases on a small ledger built through the services: posts ending inside the
period, members joining a team mid-year, activities on the boundary days, the recycle bin.
Each case is checked twice: the figure we expect by reasoning, and the plain-SQL oracle."""

from __future__ import annotations

from datetime import date

import pytest

from station_desk.db.queries.summary import summary_figures
from station_desk.db.schema.ledger import Ledger
from station_desk.domain.enums import (
    BranchCategory,
    CommunityPostKind,
    DonationKind,
    EventKind,
    Gender,
    GridPostKind,
    ParticipationRole,
    RetirementKind,
    StationKind,
    TeamKind,
    WorkKind,
)
from station_desk.domain.inputs import (
    ActivityData,
    BranchData,
    CommunityPostData,
    DonationData,
    EventData,
    GridPostData,
    MemberData,
    StationData,
    TeamData,
    WorkData,
)
from station_desk.services.activities import add_donation, delete_activity, record_activity
from station_desk.services.events import add_event, add_work, delete_event
from station_desk.services.members import add_member, delete_member
from station_desk.services.org import add_branch, add_community, add_grid, add_station
from station_desk.services.posts import assign_community_post, assign_grid_post, end_grid_post
from station_desk.services.teams import add_team, add_team_members, delete_team, leave_team
from station_desk.summary.records import SummaryFigures
from tests.db.conftest import an_id
from tests.db.summary_oracle import expected, flatten

TODAY = date(2026, 11, 27)
YEAR = (date(2021, 1, 1), date(2021, 12, 31))


def year_figures(ledger: Ledger, station: int | None = None) -> SummaryFigures:
    with ledger.reading() as s:
        got = summary_figures(s, *YEAR, station)
    assert flatten(got) == expected(ledger.path, *YEAR, station)
    return got


@pytest.fixture
def books(ledger: Ledger) -> dict[str, int]:
    """One station, branch, grid, four members (born 1950, 1961-12-31, 1962-01-01, 1930)."""
    ids: dict[str, int] = {}
    with ledger.unit_of_work() as s:
        c = add_community(s, "翠屏社区", "榆山街道")
        ids["grid"] = add_grid(s, c, "第一网格")
        ids["community"] = c
        ids["station"] = add_station(
            s,
            StationData("翠屏社区离退休干部党支部驿站", StationKind.SHARED_BRANCH, community_id=c),
        )
        ids["branch"] = add_branch(
            s, BranchData("县财政局离退休干部党支部", BranchCategory.COUNTY, ids["station"])
        )
        people = (
            ("王一", date(1950, 3, 5), Gender.MALE, RetirementKind.TUIXIU, True),
            ("李二", date(1961, 12, 31), Gender.FEMALE, RetirementKind.TUIXIU, True),
            ("张三", date(1962, 1, 1), Gender.MALE, RetirementKind.TUIXIU, False),
            ("赵四", date(1930, 6, 1), Gender.MALE, RetirementKind.LIXIU, True),
        )
        for n, (name, birth, gender, kind, party) in enumerate(people, start=1):
            ids[name] = add_member(
                s,
                MemberData(
                    name=name,
                    id_number=an_id(n, birth, gender),
                    station_id=ids["station"],
                    community_id=c,
                    grid_id=ids["grid"],
                    retirement_kind=kind,
                    is_party_member=party,
                    joined_party_on=date(1970, 7, 1) if party else None,
                    branch_id=ids["branch"] if party else None,
                ),
                today=TODAY,
                confirmed=True,
            )
        ids["team"] = add_team(
            s, TeamData("银发志愿队", TeamKind.VOLUNTEER, ids["station"]), today=TODAY
        )
    return ids


def test_members_ages_and_branches(ledger: Ledger, books: dict[str, int]) -> None:
    f = year_figures(ledger)
    m = f.members
    assert (m.total, m.party_members, m.lixiu, m.male) == (4, 3, 1, 3)
    assert [(b.label, b.total) for b in m.age_bands if b.total] == [
        ("60岁以下", 1),
        ("60—69岁", 1),
        ("70—79岁", 1),
        ("90岁及以上", 1),
    ]
    assert (f.branches.shared_branches, f.branches.shared_party_members) == (1, 3)


def test_posts_count_only_when_held_on_the_last_day(ledger: Ledger, books: dict[str, int]) -> None:
    grid, b = books["grid"], GridPostKind.BUILDING_LEADER
    with ledger.unit_of_work() as s:
        ended = assign_grid_post(
            s, GridPostData(books["王一"], grid, b, date(2020, 1, 1), "1号楼"), today=TODAY
        )
        end_grid_post(s, ended, date(2021, 6, 30), today=TODAY)
        last_day = assign_grid_post(
            s, GridPostData(books["李二"], grid, b, date(2020, 1, 1), "2号楼"), today=TODAY
        )
        end_grid_post(s, last_day, date(2021, 12, 31), today=TODAY)
        assign_grid_post(
            s,
            GridPostData(books["张三"], grid, GridPostKind.GRID_LEADER, date(2021, 12, 31)),
            today=TODAY,
        )
        assign_grid_post(
            s, GridPostData(books["赵四"], grid, b, date(2022, 1, 1), "4号楼"), today=TODAY
        )
        assign_grid_post(
            s, GridPostData(books["张三"], grid, b, date(2021, 5, 1), "5号楼"), today=TODAY
        )
        assign_community_post(
            s,
            CommunityPostData(
                books["赵四"],
                books["community"],
                CommunityPostKind.FIRST_SECRETARY,
                date(2021, 1, 1),
            ),
            today=TODAY,
        )
    f = year_figures(ledger)
    assert (f.posts.of("building_leader").posts, f.posts.of("building_leader").members) == (2, 2)
    assert f.posts.of("grid_leader").members == 1
    assert f.posts.leaders == 2
    assert f.posts.of("first_secretary").members == 1
    with ledger.unit_of_work() as s:
        delete_member(s, books["赵四"])
    # issue 14: a report counts as of its period's end; a deletion today does not rewrite
    # 2021, but a period that ends today no longer counts the deleted member
    assert year_figures(ledger).posts.of("first_secretary").members == 1
    with ledger.reading() as s:
        now = summary_figures(s, date(2021, 1, 1), date.today())
    assert now.posts.of("first_secretary").members == 0


def test_team_members_who_joined_or_left_mid_year(ledger: Ledger, books: dict[str, int]) -> None:
    team = books["team"]
    with ledger.unit_of_work() as s:
        add_team_members(s, team, [books["王一"]], joined_on=date(2021, 7, 1), today=TODAY)
        (left,) = add_team_members(
            s, team, [books["李二"]], joined_on=date(2019, 1, 1), today=TODAY
        )
        leave_team(s, left, date(2021, 3, 31), today=TODAY)
        (gone,) = add_team_members(
            s, team, [books["张三"]], joined_on=date(2019, 1, 1), today=TODAY
        )
        leave_team(s, gone, date(2020, 12, 31), today=TODAY)
        add_team_members(s, team, [books["赵四"]], joined_on=date(2022, 1, 1), today=TODAY)
    f = year_figures(ledger)
    (figure,) = f.teams
    assert figure.members == 2 and f.team_members == 2


def test_activities_on_the_boundary_days(ledger: Ledger, books: dict[str, int]) -> None:
    team, a = books["team"], books["王一"]
    with ledger.unit_of_work() as s:
        add_team_members(s, team, [a, books["李二"]], joined_on=date(2019, 1, 1), today=TODAY)
        for day, n in (
            (date(2020, 12, 31), 1),
            (date(2021, 1, 1), 2),
            (date(2021, 12, 31), 4),
            (date(2022, 1, 1), 8),
        ):
            record_activity(
                s,
                ActivityData(team, "巡查", day, "疫情防控", beneficiaries=n, minutes={a: 90}),
                today=TODAY,
            )
    f = year_figures(ledger)
    assert (f.service.activities, f.service.beneficiaries, f.service.minutes) == (2, 6, 180)
    assert f.service.by_month[0].minutes == 90 and f.service.by_month[-1].minutes == 90
    assert f.service.category("疫情防控").participations == 2


def test_recycle_bin_is_never_counted(ledger: Ledger, books: dict[str, int]) -> None:
    team, a, b = books["team"], books["王一"], books["李二"]
    on = date(2021, 5, 1)
    with ledger.unit_of_work() as s:
        add_team_members(s, team, [a, b], joined_on=date(2019, 1, 1), today=TODAY)
        record_activity(s, ActivityData(team, "巡查", on, minutes={a: 120, b: 180}), today=TODAY)
        gone = record_activity(
            s,
            ActivityData(
                team,
                "义诊",
                on,
                beneficiaries=50,
                minutes={a: 60},
                donations=(DonationData(DonationKind.GOODS, on, team_id=team, item_count=9),),
            ),
            today=TODAY,
        )
        delete_activity(s, gone)
        add_donation(
            s, DonationData(DonationKind.MONEY, on, member_id=b, amount_fen=10000), today=TODAY
        )
        add_donation(
            s, DonationData(DonationKind.MONEY, on, member_id=a, amount_fen=3000), today=TODAY
        )
        add_work(s, WorkData(b, "七律", WorkKind.POEM, on, "抗疫"), today=TODAY)
        add_work(s, WorkData(a, "书法", WorkKind.CALLIGRAPHY, on, "抗疫"), today=TODAY)
        lecture = EventData("党课", EventKind.PARTY_LECTURE, on, station_id=books["station"])
        add_event(
            s,
            EventData(
                "党课",
                EventKind.PARTY_LECTURE,
                on,
                station_id=books["station"],
                audience=30,
                participants=((b, ParticipationRole.SPEAKER),),
            ),
            today=TODAY,
        )
        delete_event(s, add_event(s, lecture, today=TODAY))
        delete_member(s, b)
    f = year_figures(ledger, books["station"])
    # people are counted as of the period's end: deleted today, 李二 was on the books in
    # 2021 (issue 14); what he did stays out with the rest of the recycle bin
    assert f.members.total == 4
    with ledger.reading() as s:
        assert summary_figures(s, date(2021, 1, 1), date.today()).members.total == 3
    assert (f.service.activities, f.service.participations, f.service.minutes) == (1, 1, 120)
    assert (f.donations.money_fen, f.donations.goods_items) == (3000, 0)
    assert f.works.total == 1 and f.teams[0].members == 1
    assert f.events.party_lectures == 1 and f.events.lecturers == ()
    with ledger.unit_of_work() as s:
        delete_team(s, team)
    f = year_figures(ledger)
    assert (f.teams, f.service.activities, f.team_members) == ((), 0, 0)

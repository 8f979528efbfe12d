"""Read side of the grids, teams and events tabs, checked against the demo ledger."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from station_desk.db.demo import build_demo
from station_desk.db.queries.events import (
    event_full,
    event_participants,
    event_rows,
    event_works,
    event_years,
)
from station_desk.db.queries.grids import community_posts, grid_posts, org_tree, residents
from station_desk.db.queries.teams import (
    activity_categories,
    activity_full,
    members_on,
    team_activities,
    team_members,
    team_summaries,
)
from station_desk.db.schema.ledger import Ledger, open_ledger
from station_desk.db.schema.models import (
    CulturalEvent,
    Grid,
    GridPost,
    Member,
    ServiceActivity,
    ServiceRecord,
    Team,
    TeamMembership,
)
from station_desk.domain.enums import DonationKind, EventKind, GridPostKind, ParticipationRole
from station_desk.domain.inputs import ActivityData, DonationData, EventData
from station_desk.services.activities import record_activity
from station_desk.services.events import add_event, delete_event
from station_desk.services.members import delete_member
from station_desk.services.posts import end_grid_post


@pytest.fixture(scope="session")
def tabs_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tabs_demo") / "demo.sqlite3"
    build_demo(path)
    return path


@pytest.fixture
def demo(tabs_demo: Path) -> Iterator[Ledger]:
    """The shared demo ledger, read only."""
    ledger = open_ledger(tabs_demo, create=False)
    yield ledger
    ledger.close()


@pytest.fixture
def writable(tabs_demo: Path, tmp_path: Path) -> Iterator[Ledger]:
    target = tmp_path / "demo.sqlite3"
    shutil.copyfile(tabs_demo, target)
    ledger = open_ledger(target, create=False)
    yield ledger
    ledger.close()


def _id(value: int | None) -> int:
    assert value is not None
    return value


def _busiest_grid(session: Session) -> int:
    return _id(
        session.scalar(
            select(GridPost.grid_id)
            .where(GridPost.kind == GridPostKind.BUILDING_LEADER)
            .group_by(GridPost.grid_id)
            .order_by(func.count().desc())
            .limit(1)
        )
    )


def test_tree_holds_every_grid_once_with_resident_counts(demo: Ledger) -> None:
    with demo.reading() as s:
        tree = org_tree(s)
        grid_ids = [g.id for c in tree for g in c.grids]
        assert sorted(grid_ids) == sorted(s.scalars(select(Grid.id)))
        live = s.scalar(select(func.count()).where(Member.deleted_at.is_(None)))
    assert sum(c.residents for c in tree) == live
    for community in tree:
        assert all(g.community_id == community.id for g in community.grids)
        assert sum(g.residents for g in community.grids) <= community.residents
    subdistricts = [c.subdistrict for c in tree]
    assert subdistricts == sorted(subdistricts)


def test_grid_posts_list_current_before_ended_and_name_buildings(demo: Ledger) -> None:
    with demo.reading() as s:
        grid_id = _busiest_grid(s)
        posts = grid_posts(s, grid_id)
        stored = s.scalar(select(func.count()).where(GridPost.grid_id == grid_id))
    assert len(posts) == stored
    ended = [p.until is not None for p in posts]
    assert ended == sorted(ended)
    leaders = [p for p in posts if p.kind == GridPostKind.BUILDING_LEADER.value]
    assert leaders and all(p.building for p in leaders)
    assert all(p.kind_label in {k.label for k in GridPostKind} for p in posts)


def test_ended_post_moves_down_and_deleted_member_disappears(writable: Ledger) -> None:
    with writable.unit_of_work() as s:
        grid_id = _busiest_grid(s)
        first = grid_posts(s, grid_id)[0]
        end_grid_post(s, first.id, date.today())
    with writable.unit_of_work() as s:
        posts = grid_posts(s, grid_id)
        moved = next(p for p in posts if p.id == first.id)
        assert moved.until == date.today()
        assert posts.index(moved) > 0
        delete_member(s, first.member_id)
    with writable.reading() as s:
        assert all(p.member_id != first.member_id for p in grid_posts(s, grid_id))


def test_community_posts_and_residents(demo: Ledger) -> None:
    with demo.reading() as s:
        tree = org_tree(s)
        with_posts = [c for c in tree if community_posts(s, c.id)]
        assert with_posts
        total = sum(len(community_posts(s, c.id)) for c in tree)
        community = max(tree, key=lambda c: c.residents)
        people = residents(s, community_id=community.id)
        grid = max(community.grids, key=lambda g: g.residents)
        in_grid = residents(s, grid_id=grid.id)
    assert total == 20 + 26 + 18
    assert len(people) == community.residents
    assert len(in_grid) == grid.residents
    assert {p.grid for p in in_grid} == {grid.name}
    keys = [p.sort_key for p in people]
    assert keys == sorted(keys)
    holders = [p for p in in_grid if p.posts]
    assert holders, "a grid with posts has residents who hold them"
    with pytest.raises(ValueError):
        residents(Session(), grid_id=1, community_id=1)


def test_team_summaries_count_current_members_and_hours(demo: Ledger) -> None:
    with demo.reading() as s:
        teams = team_summaries(s, year=2020)
        stored = s.scalar(select(func.count()).select_from(Team))
        boai = next(t for t in teams if t.name == "老干部博爱驿站")
        total = s.scalar(
            select(func.sum(ServiceRecord.minutes))
            .join(ServiceActivity, ServiceActivity.id == ServiceRecord.activity_id)
            .where(ServiceActivity.team_id == boai.id)
        )
        current = len([r for r in team_members(s, boai.id) if r.left_on is None])
    assert len(teams) == stored
    assert boai.member_count == current == 50
    assert boai.minutes_total == total
    assert 0 < boai.minutes_this_year <= boai.minutes_total
    assert boai.leader and boai.station and boai.kind_label == "志愿服务队"


def test_team_members_current_first_and_members_on_a_day(writable: Ledger) -> None:
    with writable.unit_of_work() as s:
        team_id = _id(s.scalar(select(Team.id).where(Team.name == "乐康艺术团")))
        rows = team_members(s, team_id)
        leaver = rows[-1]
        membership = s.get(TeamMembership, leaver.membership_id)
        assert membership is not None
        membership.left_on = date(2024, 1, 1)
        membership.joined_on = date(2020, 1, 1)
    with writable.reading() as s:
        rows = team_members(s, team_id)
        assert rows[-1].member_id == leaver.member_id
        assert rows[-1].left_on == date(2024, 1, 1)
        on_2023 = {r.member_id for r in members_on(s, team_id, date(2023, 6, 1))}
        on_2025 = {r.member_id for r in members_on(s, team_id, date(2025, 6, 1))}
    assert leaver.member_id in on_2023
    assert leaver.member_id not in on_2025


def test_recorded_activity_reads_back_whole(writable: Ledger) -> None:
    with writable.unit_of_work() as s:
        team_id = _id(s.scalar(select(Team.id).where(Team.name == "老干部博爱驿站")))
        people = members_on(s, team_id, date(2026, 3, 1))[:3]
        activity_id = record_activity(
            s,
            ActivityData(
                team_id=team_id,
                title="走访慰问",
                held_on=date(2026, 3, 1),
                category="关爱老人",
                beneficiaries=12,
                minutes={
                    people[0].member_id: 120,
                    people[1].member_id: 90,
                    people[2].member_id: 180,
                },
                donations=(
                    DonationData(
                        DonationKind.MONEY, date(2026, 3, 1), team_id=team_id, amount_fen=120050
                    ),
                    DonationData(
                        DonationKind.GOODS,
                        date(2026, 3, 1),
                        member_id=people[0].member_id,
                        item_count=30,
                        description="棉衣",
                    ),
                ),
            ),
        )
    with writable.reading() as s:
        newest = team_activities(s, team_id)[0]
        full = activity_full(s, activity_id)
        assert "关爱老人" in activity_categories(s)
    assert newest.id == activity_id
    assert (newest.participants, newest.minutes, newest.beneficiaries) == (3, 390, 12)
    assert full is not None
    assert full.minutes == {
        people[0].member_id: 120,
        people[1].member_id: 90,
        people[2].member_id: 180,
    }
    money, goods = full.donations
    assert (money.kind, money.amount_fen, money.donor) == ("money", 120050, "老干部博爱驿站")
    assert (goods.item_count, goods.donor, goods.description) == (30, people[0].name, "棉衣")


def test_event_filters_agree_with_the_ledger(demo: Ledger) -> None:
    with demo.reading() as s:
        everything = event_rows(s)
        lectures = event_rows(s, kind=EventKind.PARTY_LECTURE)
        years = event_years(s)
        in_year = event_rows(s, year=years[0])
        station_id = next(e.station_id for e in everything if e.station_id is not None)
        at_station = event_rows(s, station_id=station_id)
        stored = s.scalar(select(func.count()).select_from(CulturalEvent))
    assert len(everything) == stored
    assert len(lectures) == 206
    assert {e.kind for e in lectures} == {"party_lecture"}
    assert years == sorted(years, reverse=True)
    assert in_year and {e.held_on.year for e in in_year} == {years[0]}
    assert sum(len([e for e in everything if e.held_on.year == y]) for y in years) == stored
    assert at_station and {e.station_id for e in at_station} == {station_id}
    dates = [e.held_on for e in everything]
    assert dates == sorted(dates, reverse=True)


def test_event_detail_participants_works_and_recycle_bin(writable: Ledger) -> None:
    with writable.unit_of_work() as s:
        with_works = next(e for e in event_rows(s) if e.works)
        works = event_works(s, with_works.id)
        people = [m.id for m in residents(s, community_id=org_tree(s)[0].id)[:3]]
        event_id = add_event(
            s,
            EventData(
                title="重温入党誓词",
                kind=EventKind.PARTY_LECTURE,
                held_on=date(2026, 7, 1),
                audience=80,
                participants=(
                    (people[2], ParticipationRole.PARTICIPANT),
                    (people[0], ParticipationRole.SPEAKER),
                    (people[1], ParticipationRole.ORGANIZER),
                ),
            ),
        )
    assert len(works) == with_works.works
    assert all(w.author_name and w.kind_label for w in works)
    with writable.unit_of_work() as s:
        listed = event_participants(s, event_id)
        full = event_full(s, event_id)
        row = next(e for e in event_rows(s, year=2026) if e.id == event_id)
        delete_event(s, event_id)
    assert [p.role for p in listed] == ["speaker", "organizer", "participant"]
    assert listed[0].member_id == people[0]
    assert full is not None and full.audience == 80 and len(full.participants) == 3
    assert (row.participants, row.audience, row.works) == (3, 80, 0)
    with writable.reading() as s:
        assert all(e.id != event_id for e in event_rows(s))
        assert event_full(s, event_id) is None

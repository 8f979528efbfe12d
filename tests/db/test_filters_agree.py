"""The two interpreters of each typed filter select the same rows, on generated ledgers.

Hypothesis makes small ledgers through the real schema (stations of each kind, branches of
each category, communities and grids, members with posts that started and ended around
today, team places, party membership, retirement kinds and dates, birthdays on 29 February
and around today's date, members in the recycle bin; activities and events with dates,
kinds and teams) and random filters; the SQL (``db/queries/filters``) and ``matches()``
(``domain/filters``) must give exactly the same ids. The desk's own facts (``LookupFacts``
over the members list's lookup) must agree too whenever they can answer.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from station_desk.db.queries.events import event_rows
from station_desk.db.queries.filters import (
    activity_ids,
    event_ids,
    event_speakers,
    member_facts,
    member_ids,
)
from station_desk.db.queries.members import branch_records, member_rows, station_records
from station_desk.db.queries.summary_activity import training_stem
from station_desk.db.queries.teams import team_activities
from station_desk.db.schema.models import (
    Base,
    Branch,
    Community,
    CommunityPost,
    CulturalEvent,
    EventParticipation,
    Grid,
    GridPost,
    Member,
    ServiceActivity,
    Station,
    Team,
    TeamMembership,
)
from station_desk.domain.enums import (
    BranchCategory,
    CommunityPostKind,
    EventKind,
    Gender,
    GridPostKind,
    ParticipationRole,
    RetirementKind,
    StationKind,
    TeamKind,
)
from station_desk.domain.filters import (
    ANY_POST,
    ActivityFilter,
    EventFilter,
    LookupFacts,
    MemberFilter,
)
from station_desk.domain.records import Choice

TODAY = date.today()
# Few days, so posts, team places, birthdays and filters land on each other's edges.
DAYS = [TODAY + timedelta(days=d) for d in (-400, -366, -365, -1, 0, 1, 30)]
BIRTHS = [
    date(1952, 2, 29),
    date(1956, 2, 29),
    date(1950, 3, 1),
    date(1955, 2, 28),
    TODAY.replace(year=TODAY.year - 70) if (TODAY.month, TODAY.day) != (2, 29) else TODAY,
    (TODAY + timedelta(days=1)).replace(year=1956),
    (TODAY - timedelta(days=1)).replace(year=1965),
]
# Ages the birthdays above reach on the days below, so a band's edges are met.
AGES = [60, 61, 69, 70, 71, 72, 73, 74, 75, 76]
ON_DAYS = [*DAYS, date(2024, 2, 28), date(2024, 2, 29), date(2025, 2, 28), date(2025, 3, 1)]
# Three kinds, of both tables, so a post drawn is often one a filter asks for.
POST_KINDS = ["grid_leader", "building_leader", "first_secretary"]
CATEGORIES = ["疫情防控", "扶贫帮困", ""]
TITLES = ["玫乡腰鼓培训（第1期）", "玫乡腰鼓培训（第2期）", "党课", "书法展"]

N_STATIONS, N_BRANCHES, N_COMMUNITIES, N_GRIDS, N_TEAMS = 3, 4, 2, 3, 3

span = st.tuples(st.sampled_from(DAYS), st.one_of(st.none(), st.sampled_from(DAYS))).map(
    lambda s: (s[0], s[1] if s[1] is None or s[1] >= s[0] else s[0])
)
maybe = st.one_of  # readability below


def place(n: int) -> st.SearchStrategy[int | None]:
    return st.one_of(st.none(), st.integers(1, n))


members_st = st.lists(
    st.fixed_dictionaries(
        {
            "gender": st.sampled_from(list(Gender)),
            "birth": st.sampled_from(BIRTHS),
            "station": place(N_STATIONS),
            "branch": place(N_BRANCHES),
            "grid": place(N_GRIDS),
            "party": st.booleans(),
            "retirement": st.sampled_from(list(RetirementKind)),
            "retired": st.one_of(st.none(), st.sampled_from(DAYS)),
            "deleted": st.sampled_from([False, False, False, True]),
            "posts": st.lists(st.tuples(st.sampled_from(POST_KINDS), span), max_size=3),
            "teams": st.lists(st.tuples(st.integers(1, N_TEAMS), span), max_size=2),
        }
    ),
    min_size=3,
    max_size=15,
)
activities_st = st.lists(
    st.tuples(
        st.integers(1, N_TEAMS), st.sampled_from(CATEGORIES), st.sampled_from(DAYS), st.booleans()
    ),
    max_size=8,
)
events_st = st.lists(
    st.tuples(
        st.sampled_from(list(EventKind)),
        place(N_STATIONS),
        st.sampled_from(DAYS),
        st.sampled_from(TITLES),
        st.booleans(),
        st.lists(st.integers(0, 11), max_size=2),
    ),
    max_size=8,
)


def one(name: str, values: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, object]]:
    return st.fixed_dictionaries({name: values})


def some_day(days: list[date] = DAYS) -> st.SearchStrategy[date | None]:
    return st.one_of(st.none(), st.sampled_from(days))


# Each entry is one test of a filter, with the day it is taken on when it has one.
_MEMBER_FIELDS: dict[str, st.SearchStrategy[dict[str, object]]] = {
    "station": one("station_id", st.integers(1, N_STATIONS)),
    "branch": one("branch_id", st.integers(1, N_BRANCHES)),
    "community": one("community_id", st.integers(1, N_COMMUNITIES)),
    "grid": one("grid_id", st.integers(1, N_GRIDS)),
    "post": st.fixed_dictionaries(
        {"post_kind": st.sampled_from([ANY_POST, *POST_KINDS]), "post_on": some_day()}
    ),
    "posts": st.fixed_dictionaries(
        {
            "post_kinds": st.lists(st.sampled_from(POST_KINDS), max_size=2).map(tuple),
            "post_on": some_day(),
        }
    ),
    "team": st.fixed_dictionaries({"team_id": st.integers(1, N_TEAMS), "team_on": some_day()}),
    "party": one("is_party_member", st.booleans()),
    "retirement": one(
        "retirement_kind", st.sampled_from([k.value for k in RetirementKind] + ["离休"])
    ),
    "gender": one("gender", st.sampled_from(["male", "female", "女"])),
    "age": st.fixed_dictionaries(
        {
            "age_min": st.one_of(st.none(), st.sampled_from(AGES)),
            "age_max": st.one_of(st.none(), st.sampled_from(AGES)),
            "age_on": some_day(ON_DAYS),
        }
    ),
    "books": one("books_on", st.sampled_from(DAYS)),
    "category": one("branch_category", st.sampled_from([k.value for k in BranchCategory])),
    "station_kind": one("station_kind", st.sampled_from([k.value for k in StationKind])),
}


@st.composite
def sparse(
    draw: st.DrawFn, cls: type, tests: dict[str, st.SearchStrategy[dict[str, object]]]
) -> object:
    """A filter making one to three of its tests: a filter making all of them selects no
    one, and agreement on empty sets proves nothing."""
    names = draw(st.lists(st.sampled_from(sorted(tests)), min_size=1, max_size=3, unique=True))
    values: dict[str, object] = {}
    for name in names:
        values.update(draw(tests[name]))
    return cls(**values)


member_filters = sparse(MemberFilter, _MEMBER_FIELDS)


activity_filters = sparse(
    ActivityFilter,
    {
        "team_id": one("team_id", st.integers(1, N_TEAMS)),
        "station_id": one("station_id", st.integers(1, N_STATIONS)),
        "category": one("category", st.sampled_from(CATEGORIES)),
        "start": one("start", st.sampled_from(DAYS)),
        "end": one("end", st.sampled_from(DAYS)),
    },
)
event_filters = sparse(
    EventFilter,
    {
        "kind": one("kind", st.sampled_from([k.value for k in EventKind])),
        "station_id": one("station_id", st.integers(1, N_STATIONS)),
        "start": one("start", st.sampled_from(DAYS)),
        "end": one("end", st.sampled_from(DAYS)),
        "title_stem": one("title_stem", st.sampled_from(["玫乡腰鼓培训", "党课"])),
        "speaker_id": one("speaker_id", st.integers(1, 12)),
        "event_ids": one("event_ids", st.lists(st.integers(1, 8), max_size=3).map(tuple)),
    },
)


@contextmanager
def ledger(
    members: list[dict[str, object]],
    activities: list[tuple[int, str, date, bool]] | None = None,
    events: list[tuple[EventKind, int | None, date, str, bool, list[int]]] | None = None,
) -> Iterator[Session]:
    """A ledger in memory through the real schema, holding what hypothesis drew."""
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        kinds, cats = list(StationKind), list(BranchCategory)
        s.add_all(Station(name=f"驿站{i}", kind=kinds[i % len(kinds)]) for i in range(1, 4))
        s.add_all(
            Branch(
                name=f"支部{i}",
                category=cats[i % len(cats)],
                station_id=(i % 3) + 1 if i < 4 else None,
            )
            for i in range(1, N_BRANCHES + 1)
        )
        s.add_all(Community(name=f"社区{i}") for i in range(1, N_COMMUNITIES + 1))
        s.flush()
        s.add_all(Grid(name=f"网格{i}", community_id=(i % 2) + 1) for i in range(1, N_GRIDS + 1))
        s.add_all(
            Team(name=f"队{i}", kind=TeamKind.VOLUNTEER, station_id=(i if i < 3 else None))
            for i in range(1, N_TEAMS + 1)
        )
        s.flush()
        for n, m in enumerate(members, start=1):
            grid = m["grid"]
            member = Member(
                name=f"成员{n}",
                gender=m["gender"],
                birth_date=m["birth"],
                id_number=f"{n:018d}",
                station_id=m["station"],
                community_id=None if grid is None else (int(grid) % 2) + 1,  # type: ignore[call-overload]
                grid_id=grid,
                branch_id=m["branch"],
                is_party_member=m["party"],
                retirement_kind=m["retirement"],
                retired_on=m["retired"],
                deleted_at=datetime(2020, 1, 1) if m["deleted"] else None,
                sort_key=f"{n:04d}",
            )
            s.add(member)
            s.flush()
            for kind, (since, until) in m["posts"]:  # type: ignore[attr-defined]
                if kind in {k.value for k in GridPostKind}:
                    s.add(
                        GridPost(
                            member_id=member.id,
                            grid_id=1,
                            kind=GridPostKind.from_label(kind),
                            building="1号楼",
                            since=since,
                            until=until,
                        )
                    )
                else:
                    s.add(
                        CommunityPost(
                            member_id=member.id,
                            community_id=1,
                            kind=CommunityPostKind.from_label(kind),
                            since=since,
                            until=until,
                        )
                    )
            joined_days: set[tuple[int, date]] = set()
            for team, (joined, left) in m["teams"]:  # type: ignore[attr-defined]
                if (team, joined) not in joined_days:
                    joined_days.add((team, joined))
                    s.add(
                        TeamMembership(
                            team_id=team, member_id=member.id, joined_on=joined, left_on=left
                        )
                    )
        for n, (team, category, held, deleted) in enumerate(activities or [], start=1):
            s.add(
                ServiceActivity(
                    team_id=team,
                    title=f"活动{n}",
                    category=category,
                    held_on=held,
                    deleted_at=datetime(2020, 1, 1) if deleted else None,
                )
            )
        for kind, station, held, title, deleted, speakers in events or []:
            event = CulturalEvent(
                title=title,
                kind=kind,
                held_on=held,
                station_id=station,
                deleted_at=datetime(2020, 1, 1) if deleted else None,
            )
            s.add(event)
            s.flush()
            for index in sorted(set(speakers)):
                if index < len(members):
                    s.add(
                        EventParticipation(
                            event_id=event.id, member_id=index + 1, role=ParticipationRole.SPEAKER
                        )
                    )
        s.commit()
        yield s
    engine.dispose()


FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(members_st, st.lists(member_filters, min_size=10, max_size=20))
def test_members_sql_and_matches_agree(
    members: list[dict[str, object]], filters: list[MemberFilter]
) -> None:
    with ledger(members) as s:
        listed = member_rows(s)
        facts = member_facts(s)
        desk = LookupFacts(
            listed.lookup,
            [Choice(r.id, r.name, None, r.kind) for r in station_records(s)],
            [Choice(r.id, r.name, r.station_id, r.category) for r in branch_records(s)],
        )
        for flt in filters:
            in_sql = member_ids(s, flt, TODAY)
            in_python = {r.id for r in listed.rows if flt.matches(r, facts, TODAY)}
            assert in_python == in_sql, flt
            if not flt.needs_ledger and flt.post_on in (None, TODAY):
                on_desk = {r.id for r in listed.rows if flt.matches(r, desk, TODAY)}
                assert on_desk == in_sql, flt
            chosen = tuple(sorted(in_sql))[:3]
            picked = MemberFilter(member_ids=chosen, station_id=flt.station_id)
            assert member_ids(s, picked, TODAY) == set(chosen)
            assert {r.id for r in listed.rows if picked.matches(r, facts, TODAY)} == set(chosen)


@FAST
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "gender": st.just(Gender.MALE),
                "birth": st.sampled_from(BIRTHS),
                "station": st.none(),
                "branch": st.none(),
                "grid": st.none(),
                "party": st.just(False),
                "retirement": st.just(RetirementKind.TUIXIU),
                "retired": st.none(),
                "deleted": st.just(False),
                "posts": st.just([]),
                "teams": st.just([]),
            }
        ),
        min_size=1,
        max_size=3,
    ),
    activities_st,
    events_st,
    st.lists(activity_filters, min_size=1, max_size=6),
    st.lists(event_filters, min_size=1, max_size=6),
)
def test_activities_and_events_sql_and_matches_agree(
    members: list[dict[str, object]],
    activities: list[tuple[int, str, date, bool]],
    events: list[tuple[EventKind, int | None, date, str, bool, list[int]]],
    a_filters: list[ActivityFilter],
    e_filters: list[EventFilter],
) -> None:
    with ledger(members, activities, events) as s:
        stations = dict(s.execute(select(Team.id, Team.station_id)).all())
        rows = [a for t in stations for a in team_activities(s, t)]
        for a_flt in a_filters:
            in_python = {a.id for a in rows if a_flt.matches(a, stations)}
            assert in_python == activity_ids(s, a_flt), a_flt
        speakers = event_speakers(s)
        shown = event_rows(s)
        for e_flt in e_filters:
            in_python = {e.id for e in shown if e_flt.matches(e, speakers, training_stem)}
            assert in_python == event_ids(s, e_flt), e_flt

"""The SQL interpreter of the typed filters (``station_desk.domain.filters``).

``member_where(flt, today)`` is the WHERE clause of every roster, export, CLI selection and
drill-down count; its Python twin is ``MemberFilter.test``. The two are kept in agreement
by ``tests/db/test_filters_agree.py`` (hypothesis, on generated ledgers through the real
schema). A rule here has its twin there, in the same order: change both or neither.

``member_facts`` reads what ``LedgerFacts`` needs for the Python side (posts and team
places with their days, birth and retirement dates, branches' categories and stations).
See docs/ARCHITECTURE.md §Filters.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Integer, String, and_, case, cast, func, literal, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from station_desk.db.schema.models import (
    Branch,
    CommunityPost,
    CulturalEvent,
    EventParticipation,
    GridPost,
    Member,
    ServiceActivity,
    Station,
    Team,
    TeamMembership,
)
from station_desk.domain.enums import Gender, ParticipationRole, RetirementKind
from station_desk.domain.filters import (
    ANY_POST,
    ActivityFilter,
    EventFilter,
    LedgerFacts,
    MemberFilter,
    Span,
    kind_value,
)


def age_years_sql(birth: Any, on: date) -> ColumnElement[Any]:
    """``domain.filters.age_years`` in SQL: whole years between the ISO birth date column
    and ``on``, less one before the birthday ("02-29" > "02-28": from 1 March). NULL
    without a birth date, so outside every band."""
    before_birthday = case((func.substr(birth, 6, 5) > on.strftime("%m-%d"), 1), else_=0)
    return literal(on.year) - cast(func.substr(birth, 1, 4), Integer) - before_birthday


def post_held(model: type[GridPost] | type[CommunityPost], on: date) -> list[ColumnElement[bool]]:
    """A post held on ``on``: since <= on, until empty or >= on (``Span.covers``)."""
    return [model.since <= on, or_(model.until.is_(None), model.until >= on)]


def _holding(kinds: frozenset[str] | None, on: date) -> ColumnElement[bool]:
    """Members holding a grid or community post (of ``kinds``; None: any) on ``on``."""
    held = []
    for model in (GridPost, CommunityPost):
        stmt = select(model.member_id).where(*post_held(model, on))
        if kinds is not None:
            stmt = stmt.where(cast(model.kind, String).in_(sorted(kinds)))
        held.append(Member.id.in_(stmt))
    return or_(*held)


def member_where(flt: MemberFilter, today: date) -> ColumnElement[bool]:
    """The members ``flt`` selects, never those in the recycle bin."""
    tests: list[ColumnElement[bool]] = [Member.deleted_at.is_(None)]
    if flt.member_ids is not None:
        tests.append(Member.id.in_(flt.member_ids))
        return and_(*tests)
    for column, value in (
        (Member.station_id, flt.station_id),
        (Member.branch_id, flt.branch_id),
        (Member.community_id, flt.community_id),
        (Member.grid_id, flt.grid_id),
    ):
        if value is not None:
            tests.append(column == value)
    if flt.is_party_member is not None:
        tests.append(Member.is_party_member == flt.is_party_member)
    if flt.retirement_kind is not None:
        kind = kind_value(RetirementKind, flt.retirement_kind)
        tests.append(cast(Member.retirement_kind, String) == kind)
    if flt.gender is not None:
        tests.append(cast(Member.gender, String) == kind_value(Gender, flt.gender))
    post_day = flt.post_on or today
    if flt.post_kind == ANY_POST:
        tests.append(_holding(None, post_day))
    elif flt.post_kind is not None:
        tests.append(_holding(frozenset({flt.post_kind}), post_day))
    if flt.post_kinds:
        tests.append(_holding(frozenset(flt.post_kinds), post_day))
    if flt.team_id is not None:
        team_day = flt.team_on or today
        tests.append(
            Member.id.in_(
                select(TeamMembership.member_id).where(
                    TeamMembership.team_id == flt.team_id,
                    TeamMembership.joined_on <= team_day,
                    or_(TeamMembership.left_on.is_(None), TeamMembership.left_on > team_day),
                )
            )
        )
    if flt.books_on is not None:
        tests.append(Member.birth_date <= flt.books_on)
        tests.append(or_(Member.retired_on.is_(None), Member.retired_on <= flt.books_on))
    if flt.age_min is not None or flt.age_max is not None:
        age = age_years_sql(Member.birth_date, flt.age_on or today)
        if flt.age_min is not None:
            tests.append(age >= flt.age_min)
        if flt.age_max is not None:
            tests.append(age <= flt.age_max)
    if flt.branch_category is not None:
        tests.append(
            Member.branch_id.in_(
                select(Branch.id).where(cast(Branch.category, String) == flt.branch_category)
            )
        )
    if flt.station_kind is not None:
        tests.append(
            Member.branch_id.in_(
                select(Branch.id)
                .join(Station, Station.id == Branch.station_id)
                .where(cast(Station.kind, String) == flt.station_kind)
            )
        )
    return and_(*tests)


def member_ids(session: Session, flt: MemberFilter, today: date) -> frozenset[int]:
    """The ids ``flt`` selects (a drill-down's rows, a count's members)."""
    return frozenset(session.scalars(select(Member.id).where(member_where(flt, today))))


def member_facts(session: Session) -> LedgerFacts:
    """What ``MemberFilter.test`` asks beyond a ``MemberRow``, for the members not in the
    recycle bin: birth and retirement dates, posts and team places with their days, each
    branch's category and the kind of its station."""
    live = Member.deleted_at.is_(None)
    births: dict[int, date] = {}
    retired: dict[int, date] = {}
    for member_id, born, left in session.execute(
        select(Member.id, Member.birth_date, Member.retired_on).where(live)
    ):
        births[member_id] = born
        if left is not None:
            retired[member_id] = left
    posts: dict[int, list[tuple[str, Span]]] = {}
    for model in (GridPost, CommunityPost):
        for member_id, kind, since, until in session.execute(
            select(model.member_id, cast(model.kind, String), model.since, model.until)
        ):
            posts.setdefault(member_id, []).append((str(kind), Span(since, until)))
    teams: dict[int, list[tuple[int, Span]]] = {}
    for member_id, team_id, joined, left_on in session.execute(
        select(
            TeamMembership.member_id,
            TeamMembership.team_id,
            TeamMembership.joined_on,
            TeamMembership.left_on,
        )
    ):
        teams.setdefault(member_id, []).append((team_id, Span(joined, left_on)))
    categories: dict[int, str] = {}
    station_kinds: dict[int, str] = {}
    for branch_id, category, station_kind in session.execute(
        select(Branch.id, cast(Branch.category, String), cast(Station.kind, String)).outerjoin(
            Station, Station.id == Branch.station_id
        )
    ):
        categories[branch_id] = str(category)
        if station_kind is not None:
            station_kinds[branch_id] = str(station_kind)
    return LedgerFacts(births, retired, posts, teams, categories, station_kinds)


def activity_where(flt: ActivityFilter) -> ColumnElement[bool]:
    """The activities ``flt`` selects (join ``Team`` on ``ServiceActivity.team_id``)."""
    tests: list[ColumnElement[bool]] = [
        ServiceActivity.deleted_at.is_(None),
        Team.deleted_at.is_(None),
    ]
    if flt.team_id is not None:
        tests.append(ServiceActivity.team_id == flt.team_id)
    if flt.station_id is not None:
        tests.append(Team.station_id == flt.station_id)
    if flt.category is not None:
        tests.append(ServiceActivity.category == flt.category)
    if flt.start is not None:
        tests.append(ServiceActivity.held_on >= flt.start)
    if flt.end is not None:
        tests.append(ServiceActivity.held_on <= flt.end)
    return and_(*tests)


def activity_ids(session: Session, flt: ActivityFilter) -> frozenset[int]:
    return frozenset(
        session.scalars(
            select(ServiceActivity.id)
            .join(Team, Team.id == ServiceActivity.team_id)
            .where(activity_where(flt))
        )
    )


def event_where(flt: EventFilter) -> ColumnElement[bool]:
    """The events ``flt`` selects. ``title_stem`` is matched in Python only (the course
    name is a regular expression over the title): ``event_ids`` then narrows."""
    tests: list[ColumnElement[bool]] = [CulturalEvent.deleted_at.is_(None)]
    if flt.kind is not None:
        tests.append(cast(CulturalEvent.kind, String) == flt.kind)
    if flt.station_id is not None:
        tests.append(CulturalEvent.station_id == flt.station_id)
    if flt.start is not None:
        tests.append(CulturalEvent.held_on >= flt.start)
    if flt.end is not None:
        tests.append(CulturalEvent.held_on <= flt.end)
    if flt.speaker_id is not None:
        tests.append(
            CulturalEvent.id.in_(
                select(EventParticipation.event_id).where(
                    EventParticipation.member_id == flt.speaker_id,
                    EventParticipation.role == ParticipationRole.SPEAKER,
                )
            )
        )
    if flt.event_ids is not None:
        tests.append(CulturalEvent.id.in_(flt.event_ids))
    return and_(*tests)


def event_ids(session: Session, flt: EventFilter) -> frozenset[int]:
    """The ids ``flt`` selects; a training course (``title_stem``) is told from the title
    in Python, by the rule the summary counts courses with."""
    from station_desk.db.queries.summary_activity import training_stem

    rows = session.execute(select(CulturalEvent.id, CulturalEvent.title).where(event_where(flt)))
    stem = flt.title_stem
    return frozenset(i for i, title in rows if stem is None or training_stem(title) == stem)


def event_speakers(session: Session) -> dict[int, frozenset[int]]:
    """event id -> the members who spoke at it (主讲), for ``EventFilter.matches``."""
    found: dict[int, set[int]] = {}
    for event_id, member_id in session.execute(
        select(EventParticipation.event_id, EventParticipation.member_id).where(
            EventParticipation.role == ParticipationRole.SPEAKER
        )
    ):
        found.setdefault(event_id, set()).add(member_id)
    return {e: frozenset(m) for e, m in found.items()}

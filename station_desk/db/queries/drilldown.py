"""Read side of the summary's drill-downs: which rows lie behind one figure.

The tabs hold their rows in memory and filter them there; these queries answer only what the
rows do not carry: posts held on a past day, the events a member spoke at or whose works
count, and how many of each team's activities fall in a period.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import String, and_, func, or_, select, type_coerce, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from station_desk.db.queries.summary_period import on_books
from station_desk.db.schema.models import (
    CommunityPost,
    CulturalEvent,
    EventParticipation,
    GridPost,
    Member,
    ServiceActivity,
    Team,
    Work,
)
from station_desk.domain.enums import ParticipationRole


def member_ids_holding(session: Session, kinds: Iterable[str], on: date) -> frozenset[int]:
    """Members who held a grid or community post of one of ``kinds`` on day ``on``
    (since <= on, until empty or >= on), the rule of the summary's post figures."""
    wanted = [k for k in kinds if k]

    def held(model: type[GridPost] | type[CommunityPost]) -> list[ColumnElement[bool]]:
        return [
            model.since <= on,
            or_(model.until.is_(None), model.until >= on),
            type_coerce(model.kind, String).in_(wanted),
        ]

    posts = union_all(
        select(GridPost.member_id).where(and_(*held(GridPost))),
        select(CommunityPost.member_id).where(and_(*held(CommunityPost))),
    ).subquery()
    return frozenset(session.scalars(select(posts.c.member_id).distinct()))


def member_ids_on_books(session: Session, on: date) -> frozenset[int]:
    """Members on the books on day ``on`` (born, retired, not deleted by then): the people
    the summary's member figures count (``summary_period.on_books``)."""
    return frozenset(session.scalars(select(Member.id).where(*on_books(on))))


def events_spoken_at(session: Session, speaker_id: int) -> frozenset[int]:
    """Events (not in the recycle bin) where the member was a speaker (主讲)."""
    return frozenset(
        session.scalars(
            select(EventParticipation.event_id)
            .join(CulturalEvent, CulturalEvent.id == EventParticipation.event_id)
            .where(
                EventParticipation.member_id == speaker_id,
                EventParticipation.role == ParticipationRole.SPEAKER,
                CulturalEvent.deleted_at.is_(None),
            )
        )
    )


def events_with_works(
    session: Session,
    *,
    kind: str | None = None,
    theme: str | None = None,
    start: date | None = None,
    end: date | None = None,
    station_id: int | None = None,
) -> tuple[frozenset[int], int]:
    """Events holding works counted by the summary's work figures (made in the period by
    authors on the books, of the station by ``Member.station_id``), narrowed to a kind or
    theme; and how many such works belong to no event."""
    where: list[ColumnElement[bool]] = [Member.deleted_at.is_(None)]
    if kind:
        where.append(type_coerce(Work.kind, String) == kind)
    if theme is not None:
        where.append(Work.theme == theme)
    if start is not None:
        where.append(Work.made_on >= start)
    if end is not None:
        where.append(Work.made_on <= end)
    if station_id is not None:
        where.append(Member.station_id == station_id)
    rows = session.execute(
        select(Work.event_id, func.count())
        .join(Member, Member.id == Work.author_id)
        .where(*where)
        .group_by(Work.event_id)
    ).all()
    events = frozenset(e for e, _n in rows if e is not None)
    return events, sum(n for e, n in rows if e is None)


def activity_counts(
    session: Session,
    *,
    start: date | None = None,
    end: date | None = None,
    category: str | None = None,
    station_id: int | None = None,
) -> dict[int, int]:
    """Activities per team (neither in the recycle bin) held in the period, of a category."""
    where: list[ColumnElement[bool]] = [
        ServiceActivity.deleted_at.is_(None),
        Team.deleted_at.is_(None),
    ]
    if start is not None:
        where.append(ServiceActivity.held_on >= start)
    if end is not None:
        where.append(ServiceActivity.held_on <= end)
    if category is not None:
        where.append(ServiceActivity.category == category)
    if station_id is not None:
        where.append(Team.station_id == station_id)
    return {
        team_id: n
        for team_id, n in session.execute(
            select(ServiceActivity.team_id, func.count())
            .join(Team, Team.id == ServiceActivity.team_id)
            .where(*where)
            .group_by(ServiceActivity.team_id)
        )
    }

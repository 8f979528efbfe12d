"""Read side of the cultural events tab: events, their participants and works."""

from __future__ import annotations

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from station_desk.db.schema.models import (
    Community,
    CulturalEvent,
    EventParticipation,
    Member,
    Station,
    Team,
    Work,
)
from station_desk.domain.enums import EventKind, ParticipationRole
from station_desk.domain.records import EventRow, ParticipantRow, WorkLine
from station_desk.domain.records_desk import EventFull

_ROLE_ORDER = {r.value: i for i, r in enumerate(ParticipationRole)}


def event_rows(
    session: Session,
    *,
    kind: EventKind | None = None,
    year: int | None = None,
    station_id: int | None = None,
) -> list[EventRow]:
    """Events not in the recycle bin, newest first; each filter applies only when given."""
    people = (
        select(
            EventParticipation.event_id.label("event_id"),
            func.count(func.distinct(EventParticipation.member_id)).label("people"),
        )
        .group_by(EventParticipation.event_id)
        .subquery()
    )
    works = (
        select(Work.event_id.label("event_id"), func.count().label("works"))
        .where(Work.event_id.is_not(None))
        .group_by(Work.event_id)
        .subquery()
    )
    stmt = (
        select(
            CulturalEvent.id,
            CulturalEvent.title,
            CulturalEvent.kind,
            CulturalEvent.held_on,
            CulturalEvent.place,
            Station.name,
            CulturalEvent.station_id,
            Team.name,
            CulturalEvent.audience,
            func.coalesce(people.c.people, 0),
            func.coalesce(works.c.works, 0),
        )
        .outerjoin(Station, Station.id == CulturalEvent.station_id)
        .outerjoin(Team, Team.id == CulturalEvent.team_id)
        .outerjoin(people, people.c.event_id == CulturalEvent.id)
        .outerjoin(works, works.c.event_id == CulturalEvent.id)
        .where(CulturalEvent.deleted_at.is_(None))
        .order_by(CulturalEvent.held_on.desc(), CulturalEvent.id.desc())
    )
    if kind is not None:
        stmt = stmt.where(CulturalEvent.kind == kind)
    if year is not None:
        stmt = stmt.where(extract("year", CulturalEvent.held_on) == year)
    if station_id is not None:
        stmt = stmt.where(CulturalEvent.station_id == station_id)
    return [
        EventRow(
            id=e_id,
            title=title,
            kind=k.value,
            kind_label=k.label,
            held_on=held_on,
            place=place,
            station=station or "",
            station_id=s_id,
            team=team or "",
            audience=audience,
            participants=n_people,
            works=n_works,
        )
        for e_id, title, k, held_on, place, station, s_id, team, audience, n_people, n_works in (
            session.execute(stmt)
        )
    ]


def event_years(session: Session) -> list[int]:
    """Years that have events, newest first, for the year filter."""
    return [
        int(y)
        for (y,) in session.execute(
            select(extract("year", CulturalEvent.held_on).label("y"))
            .where(CulturalEvent.deleted_at.is_(None))
            .group_by("y")
            .order_by(extract("year", CulturalEvent.held_on).desc())
        )
    ]


def event_participants(session: Session, event_id: int) -> list[ParticipantRow]:
    """Participants of one event: speakers first, then performers, organisers, others."""
    rows = session.execute(
        select(
            Member.id,
            Member.name,
            EventParticipation.role,
            Member.phone,
            Community.name,
            Member.sort_key,
        )
        .join(Member, Member.id == EventParticipation.member_id)
        .outerjoin(Community, Community.id == Member.community_id)
        .where(EventParticipation.event_id == event_id, Member.deleted_at.is_(None))
    ).all()
    rows = sorted(rows, key=lambda r: (_ROLE_ORDER[r[2].value], r[5]))
    return [
        ParticipantRow(m_id, name, role.value, role.label, phone, community or "")
        for m_id, name, role, phone, community, _key in rows
    ]


def event_works(session: Session, event_id: int) -> list[WorkLine]:
    rows = session.execute(
        select(Work.id, Work.title, Work.kind, Work.made_on, Member.name, Member.id, Work.theme)
        .join(Member, Member.id == Work.author_id)
        .where(Work.event_id == event_id, Member.deleted_at.is_(None))
        .order_by(Work.id)
    )
    return [
        WorkLine(w_id, title, kind.label, made_on, author, author_id, theme)
        for w_id, title, kind, made_on, author, author_id, theme in rows
    ]


def event_full(session: Session, event_id: int) -> EventFull | None:
    row = session.get(CulturalEvent, event_id)
    if row is None or row.deleted_at is not None:
        return None
    return EventFull(
        id=row.id,
        title=row.title,
        kind=row.kind.value,
        held_on=row.held_on,
        place=row.place,
        station_id=row.station_id,
        team_id=row.team_id,
        audience=row.audience,
        description=row.description,
        participants=tuple(
            (p.member_id, p.name, p.role) for p in event_participants(session, event_id)
        ),
    )

"""The read side of team rosters, sign-in sheets and certificates.

Hours come only from recorded ``ServiceRecord`` minutes of activities not in the recycle
bin; members in the recycle bin are never printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from station_desk.db.schema.models import (
    Community,
    CulturalEvent,
    EventParticipation,
    Member,
    ServiceActivity,
    ServiceRecord,
    Station,
    Team,
    TeamMembership,
)
from station_desk.domain.enums import ParticipationRole
from station_desk.domain.records import ServiceLineRecord

_ROLE_ORDER = {k: n for n, k in enumerate(ParticipationRole)}


@dataclass(frozen=True, slots=True)
class TeamRosterLine:
    member_id: int
    name: str
    gender: str
    birth_date: date
    phone: str
    role: str
    joined_on: date
    left_on: date | None
    activities: int
    minutes: int


@dataclass(frozen=True, slots=True)
class SigninEvent:
    id: int
    title: str
    kind_label: str
    held_on: date
    place: str
    station: str
    participants: tuple[tuple[str, str, str, str], ...]
    """(name, role label, community, phone) in the order the events tab shows them."""


@dataclass(frozen=True, slots=True)
class CertificateMember:
    id: int
    name: str
    id_number: str
    volunteer_number: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """Someone a certificate may go to, with the hours recorded in the chosen period."""

    member_id: int
    name: str
    minutes: int


def team_name(session: Session, team_id: int) -> str | None:
    return session.scalar(select(Team.name).where(Team.id == team_id, Team.deleted_at.is_(None)))


def team_roster(session: Session, team_id: int, start: date, end: date) -> list[TeamRosterLine]:
    """Members of the team at any time in the period, with their hours for this team in it."""
    in_period = and_(
        ServiceActivity.team_id == team_id,
        ServiceActivity.deleted_at.is_(None),
        ServiceActivity.held_on >= start,
        ServiceActivity.held_on <= end,
    )
    served = {
        member_id: (int(count), int(minutes or 0))
        for member_id, count, minutes in session.execute(
            select(ServiceRecord.member_id, func.count(), func.sum(ServiceRecord.minutes))
            .join(ServiceActivity, ServiceActivity.id == ServiceRecord.activity_id)
            .where(in_period)
            .group_by(ServiceRecord.member_id)
        )
    }
    stmt = (
        select(
            Member.id,
            Member.name,
            Member.gender,
            Member.birth_date,
            Member.phone,
            TeamMembership.role,
            TeamMembership.joined_on,
            TeamMembership.left_on,
        )
        .join(Member, Member.id == TeamMembership.member_id)
        .where(
            TeamMembership.team_id == team_id,
            Member.deleted_at.is_(None),
            TeamMembership.joined_on <= end,
            or_(TeamMembership.left_on.is_(None), TeamMembership.left_on >= start),
        )
        .order_by(Member.sort_key, Member.id, TeamMembership.joined_on.desc())
    )
    lines: list[TeamRosterLine] = []
    seen: set[int] = set()
    for r in session.execute(stmt):
        if r[0] in seen:
            continue
        seen.add(r[0])
        count, minutes = served.get(r[0], (0, 0))
        lines.append(
            TeamRosterLine(r[0], r[1], r[2].label, r[3], r[4], r[5], r[6], r[7], count, minutes)
        )
    return lines


def signin_event(session: Session, event_id: int) -> SigninEvent | None:
    """An event (not in the recycle bin) with its expected participants, speakers first."""
    event = session.execute(
        select(
            CulturalEvent.title,
            CulturalEvent.kind,
            CulturalEvent.held_on,
            CulturalEvent.place,
            Station.name,
        )
        .outerjoin(Station, Station.id == CulturalEvent.station_id)
        .where(CulturalEvent.id == event_id, CulturalEvent.deleted_at.is_(None))
    ).first()
    if event is None:
        return None
    people = list(
        session.execute(
            select(
                Member.name, EventParticipation.role, Community.name, Member.phone, Member.sort_key
            )
            .join(Member, Member.id == EventParticipation.member_id)
            .outerjoin(Community, Community.id == Member.community_id)
            .where(EventParticipation.event_id == event_id, Member.deleted_at.is_(None))
        )
    )
    people.sort(key=lambda p: (_ROLE_ORDER[p[1]], p[4]))
    return SigninEvent(
        id=event_id,
        title=event[0],
        kind_label=event[1].label,
        held_on=event[2],
        place=event[3],
        station=event[4] or "",
        participants=tuple((p[0], p[1].label, p[2] or "", p[3]) for p in people),
    )


def certificate_members(session: Session, member_ids: Sequence[int]) -> list[CertificateMember]:
    """Name, ID number and volunteer number of each member, in the order asked."""
    found = {
        r[0]: CertificateMember(r[0], r[1], r[2], r[3] or "")
        for r in session.execute(
            select(Member.id, Member.name, Member.id_number, Member.volunteer_number).where(
                Member.id.in_(member_ids), Member.deleted_at.is_(None)
            )
        )
    }
    return [found[m] for m in member_ids if m in found]


def member_id_number(session: Session, member_id: int) -> str:
    """The member's ID number as recorded (a full-number reprint asks for it)."""
    return session.scalar(select(Member.id_number).where(Member.id == member_id)) or ""


def service_lines(
    session: Session, member_id: int, start: date, end: date
) -> list[ServiceLineRecord]:
    """One member's recorded service in the period, oldest first (live activities only)."""
    stmt = (
        select(
            ServiceActivity.held_on,
            ServiceActivity.title,
            ServiceActivity.content,
            ServiceActivity.category,
            Team.name,
            ServiceRecord.minutes,
        )
        .join(ServiceActivity, ServiceActivity.id == ServiceRecord.activity_id)
        .join(Team, Team.id == ServiceActivity.team_id)
        .where(
            ServiceRecord.member_id == member_id,
            ServiceActivity.deleted_at.is_(None),
            ServiceActivity.held_on >= start,
            ServiceActivity.held_on <= end,
        )
        .order_by(ServiceActivity.held_on, ServiceActivity.id)
    )
    return [
        ServiceLineRecord(
            on, title, _service_content(title, content, category, team), team, minutes
        )
        for on, title, content, category, team, minutes in session.execute(stmt)
    ]


def _service_content(title: str, content: str, category: str, team: str) -> str:
    """What was done: the activity's own content, else its title. Never the category, which
    names a kind of work and may not match what this outing was (政策宣传 beside 义诊咨询)."""
    return content.strip() or title.strip() or f"随{team}开展志愿服务"


def team_candidates(session: Session, team_id: int, start: date, end: date) -> list[Candidate]:
    """A whole team (members at any time in the period) with their hours for it."""
    return [
        Candidate(line.member_id, line.name, line.minutes)
        for line in team_roster(session, team_id, start, end)
    ]


def hours_candidates(
    session: Session, start: date, end: date, min_minutes: int, team_id: int | None = None
) -> list[Candidate]:
    """Everyone with at least ``min_minutes`` recorded in the period (one team's, if given),
    most hours first."""
    where = [
        ServiceActivity.deleted_at.is_(None),
        ServiceActivity.held_on >= start,
        ServiceActivity.held_on <= end,
        Member.deleted_at.is_(None),
    ]
    if team_id is not None:
        where.append(ServiceActivity.team_id == team_id)
    total = func.sum(ServiceRecord.minutes)
    stmt = (
        select(Member.id, Member.name, total, Member.sort_key)
        .join(ServiceActivity, ServiceActivity.id == ServiceRecord.activity_id)
        .join(Member, Member.id == ServiceRecord.member_id)
        .where(*where)
        .group_by(Member.id)
        .having(total >= min_minutes)
        .order_by(total.desc(), Member.sort_key, Member.id)
    )
    return [Candidate(r[0], r[1], int(r[2])) for r in session.execute(stmt)]

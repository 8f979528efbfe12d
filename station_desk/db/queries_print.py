"""The read side of every print: who is on a roster, what each certificate says.

Core selects of only the columns a print needs, returned as frozen records; the recycle
bin is never printed. Hours come only from recorded ``ServiceRecord`` minutes of live
activities. Formatting into cells (masking, ages, 党龄) happens in ``services.printing``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, String, and_, cast, func, or_, select
from sqlalchemy.orm import Session

from station_desk.db.models import (
    Branch,
    Community,
    CommunityPost,
    CulturalEvent,
    EventParticipation,
    Grid,
    GridPost,
    Member,
    ServiceActivity,
    ServiceRecord,
    Station,
    Team,
    TeamMembership,
)
from station_desk.enums import CommunityPostKind, GridPostKind, ParticipationRole
from station_desk.records import ServiceLineRecord

_POST_LABELS = {k.value: k.label for k in (*GridPostKind, *CommunityPostKind)}
_POST_ORDER = {k.value: n for n, k in enumerate((*GridPostKind, *CommunityPostKind))}
_ROLE_ORDER = {k: n for n, k in enumerate(ParticipationRole)}
_KIND_ORDER = {k: n for n, k in enumerate(GridPostKind)}


@dataclass(frozen=True)
class MemberFilter:
    """The members tab's filters; ``member_ids`` (an explicit selection) overrides them.

    ``post_kind`` is a GridPostKind/CommunityPostKind value, or "*" for any current post.
    """

    station_id: int | None = None
    branch_id: int | None = None
    community_id: int | None = None
    grid_id: int | None = None
    post_kind: str | None = None
    team_id: int | None = None
    is_party_member: bool | None = None
    retirement_kind: str | None = None
    member_ids: tuple[int, ...] | None = None


@dataclass(frozen=True, slots=True)
class RosterMember:
    """Everything any roster column may show about one member (numbers unmasked)."""

    id: int
    name: str
    gender: str
    birth_date: date
    id_number: str
    phone: str
    address: str
    station: str
    community: str
    grid: str
    former_unit: str
    former_post: str
    retirement_kind: str
    is_party_member: bool
    joined_party_on: date | None
    branch: str
    posts: str
    volunteer_number: str


@dataclass(frozen=True, slots=True)
class GridPostLine:
    member_id: int
    community: str
    grid: str
    kind_label: str
    building: str
    name: str
    gender: str
    birth_date: date
    phone: str
    since: date


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


def current_posts(session: Session, on: date, where: ColumnElement[bool]) -> dict[int, str]:
    """member id -> labels of the posts held on ``on`` ("网格长、楼长"), for members in ``where``.

    Grid and community posts are read apart: a UNION would decode both with one enum.
    """
    found: dict[int, set[str]] = {}
    for model in (GridPost, CommunityPost):
        stmt = (
            select(model.member_id, cast(model.kind, String))
            .join(Member, Member.id == model.member_id)
            .where(where, model.since <= on, or_(model.until.is_(None), model.until >= on))
        )
        for member_id, kind in session.execute(stmt):
            found.setdefault(member_id, set()).add(str(kind))
    return {
        m: "、".join(_POST_LABELS[k] for k in sorted(kinds, key=_POST_ORDER.__getitem__))
        for m, kinds in found.items()
    }


def _member_where(session: Session, flt: MemberFilter, on: date) -> ColumnElement[bool]:
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
        tests.append(cast(Member.retirement_kind, String) == flt.retirement_kind)
    if flt.team_id is not None:
        tests.append(
            Member.id.in_(
                select(TeamMembership.member_id).where(
                    TeamMembership.team_id == flt.team_id,
                    TeamMembership.joined_on <= on,
                    or_(TeamMembership.left_on.is_(None), TeamMembership.left_on > on),
                )
            )
        )
    if flt.post_kind is not None:
        held = []
        for model in (GridPost, CommunityPost):
            stmt = select(model.member_id).where(
                model.since <= on, or_(model.until.is_(None), model.until >= on)
            )
            if flt.post_kind != "*":
                stmt = stmt.where(cast(model.kind, String) == flt.post_kind)
            held.append(Member.id.in_(stmt))
        tests.append(or_(*held))
    return and_(*tests)


def roster_members(session: Session, flt: MemberFilter, on: date) -> list[RosterMember]:
    """The members ``flt`` selects, in pinyin order — or in the order of ``member_ids``."""
    where = _member_where(session, flt, on)
    posts = current_posts(session, on, where)
    stmt = (
        select(
            Member.id,
            Member.name,
            Member.gender,
            Member.birth_date,
            Member.id_number,
            Member.phone,
            Member.address,
            Station.name,
            Community.name,
            Grid.name,
            Member.former_unit,
            Member.former_post,
            Member.retirement_kind,
            Member.is_party_member,
            Member.joined_party_on,
            Branch.name,
            Member.volunteer_number,
        )
        .outerjoin(Station, Station.id == Member.station_id)
        .outerjoin(Community, Community.id == Member.community_id)
        .outerjoin(Grid, Grid.id == Member.grid_id)
        .outerjoin(Branch, Branch.id == Member.branch_id)
        .where(where)
        .order_by(Member.sort_key, Member.id)
    )
    rows = [
        RosterMember(
            id=r[0],
            name=r[1],
            gender=r[2].label,
            birth_date=r[3],
            id_number=r[4],
            phone=r[5],
            address=r[6],
            station=r[7] or "",
            community=r[8] or "",
            grid=r[9] or "",
            former_unit=r[10],
            former_post=r[11],
            retirement_kind=r[12].label,
            is_party_member=r[13],
            joined_party_on=r[14],
            branch=r[15] or "",
            posts=posts.get(r[0], ""),
            volunteer_number=r[16] or "",
        )
        for r in session.execute(stmt)
    ]
    if flt.member_ids is not None:
        place = {member_id: n for n, member_id in enumerate(flt.member_ids)}
        rows.sort(key=lambda m: place[m.id])
    return rows


def grid_post_lines(
    session: Session, on: date, *, community_id: int | None = None, grid_id: int | None = None
) -> list[GridPostLine]:
    """网格长, 网格党支部书记 and 楼长 in office on ``on``, by community, grid, post, building."""
    stmt = (
        select(
            Member.id,
            Community.name,
            Grid.name,
            GridPost.kind,
            GridPost.building,
            Member.name,
            Member.gender,
            Member.birth_date,
            Member.phone,
            GridPost.since,
            Member.sort_key,
        )
        .join(Member, Member.id == GridPost.member_id)
        .join(Grid, Grid.id == GridPost.grid_id)
        .join(Community, Community.id == Grid.community_id)
        .where(
            Member.deleted_at.is_(None),
            GridPost.since <= on,
            or_(GridPost.until.is_(None), GridPost.until >= on),
        )
    )
    if community_id is not None:
        stmt = stmt.where(Grid.community_id == community_id)
    if grid_id is not None:
        stmt = stmt.where(GridPost.grid_id == grid_id)
    rows = sorted(
        session.execute(stmt),
        key=lambda r: (
            r[1],
            _grid_number(r[2]),
            r[2],
            _KIND_ORDER[r[3]],
            _building_key(r[4]),
            r[10],
        ),
    )
    return [
        GridPostLine(r[0], r[1], r[2], r[3].label, r[4], r[5], r[6].label, r[7], r[8], r[9])
        for r in rows
    ]


_CHINESE_DIGITS = {c: n for n, c in enumerate("零一二三四五六七八九十")}


def _grid_number(name: str) -> int:
    """ "第十二网格" -> 12, so grids sort as people count them; unknown names sort last."""
    digits = "".join(c for c in name if c.isdigit())
    if digits:
        return int(digits)
    value, seen = 0, False
    for c in name:
        if c not in _CHINESE_DIGITS:
            continue
        seen = True
        n = _CHINESE_DIGITS[c]
        value = (value or 1) * 10 if n == 10 else value + n
    return value if seen else 10**6


def _building_key(building: str) -> tuple[int, str]:
    digits = ""
    for c in building:
        if not c.isdigit():
            break
        digits += c
    return (int(digits) if digits else 10**6, building)


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
    """What was done, without repeating the activity's name: its content, else category, else
    the team it was done with."""
    for text in (content, category):
        if text and text.strip() and text.strip() != title.strip():
            return text.strip()
    return f"随{team}开展志愿服务"


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

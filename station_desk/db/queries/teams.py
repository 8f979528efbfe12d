"""Read side of the teams tab: teams with their figures, members, activities, donations."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from station_desk.db.schema.models import (
    Donation,
    Member,
    ServiceActivity,
    ServiceRecord,
    Station,
    Team,
    TeamMembership,
)
from station_desk.domain.records import ActivityRow, TeamMemberRow
from station_desk.domain.records_desk import ActivityFull, DonationRow, TeamSummary


def team_summaries(
    session: Session, *, year: int | None = None, today: date | None = None
) -> list[TeamSummary]:
    """Every team not in the recycle bin, with current members and hours (this year, ever)."""
    today = today or date.today()
    year = year or today.year
    members: dict[int, int] = {
        key: value
        for key, value in session.execute(
            select(TeamMembership.team_id, func.count(func.distinct(TeamMembership.member_id)))
            .join(Member, Member.id == TeamMembership.member_id)
            .where(
                Member.deleted_at.is_(None),
                TeamMembership.joined_on <= today,
                or_(TeamMembership.left_on.is_(None), TeamMembership.left_on > today),
            )
            .group_by(TeamMembership.team_id)
        )
    }
    in_year = (ServiceActivity.held_on >= date(year, 1, 1)) & (
        ServiceActivity.held_on <= date(year, 12, 31)
    )
    minutes: dict[int, tuple[int, int]] = {
        team_id: (int(this_year or 0), int(total or 0))
        for team_id, this_year, total in session.execute(
            select(
                ServiceActivity.team_id,
                func.sum(ServiceRecord.minutes).filter(in_year),
                func.sum(ServiceRecord.minutes),
            )
            .join(ServiceActivity, ServiceActivity.id == ServiceRecord.activity_id)
            .where(ServiceActivity.deleted_at.is_(None))
            .group_by(ServiceActivity.team_id)
        )
    }
    activities: dict[int, int] = {
        key: value
        for key, value in session.execute(
            select(ServiceActivity.team_id, func.count())
            .where(ServiceActivity.deleted_at.is_(None))
            .group_by(ServiceActivity.team_id)
        )
    }
    leader = aliased(Member)
    stmt = (
        select(
            Team.id,
            Team.name,
            Team.kind,
            Station.name,
            Team.station_id,
            leader.name,
            Team.leader_id,
            Team.founded_on,
            Team.focus,
        )
        .outerjoin(Station, Station.id == Team.station_id)
        .outerjoin(leader, (leader.id == Team.leader_id) & leader.deleted_at.is_(None))
        .where(Team.deleted_at.is_(None))
        .order_by(Team.id)
    )
    return [
        TeamSummary(
            id=t_id,
            name=name,
            kind=kind.value,
            kind_label=kind.label,
            station=station or "",
            station_id=station_id,
            leader=leader_name or "",
            leader_id=leader_id,
            founded_on=founded_on,
            focus=focus,
            member_count=members.get(t_id, 0),
            minutes_this_year=minutes.get(t_id, (0, 0))[0],
            minutes_total=minutes.get(t_id, (0, 0))[1],
            activity_count=activities.get(t_id, 0),
        )
        for t_id, name, kind, station, station_id, leader_name, leader_id, founded_on, focus in (
            session.execute(stmt)
        )
    ]


def team_members(session: Session, team_id: int) -> list[TeamMemberRow]:
    """Everyone who has served in the team: current members first, in pinyin order."""
    rows = session.execute(
        select(
            TeamMembership.id,
            Member.id,
            Member.name,
            TeamMembership.role,
            TeamMembership.joined_on,
            TeamMembership.left_on,
            Member.phone,
        )
        .join(Member, Member.id == TeamMembership.member_id)
        .where(TeamMembership.team_id == team_id, Member.deleted_at.is_(None))
        .order_by(
            TeamMembership.left_on.is_not(None),
            TeamMembership.role != "队长",
            Member.sort_key,
            TeamMembership.joined_on,
        )
    )
    return [TeamMemberRow(*r) for r in rows]


def members_on(session: Session, team_id: int, on: date) -> list[TeamMemberRow]:
    """Who belonged to the team on a day: the people an activity of that day may list."""
    return [
        r
        for r in team_members(session, team_id)
        if r.joined_on <= on and (r.left_on is None or r.left_on >= on)
    ]


def team_activities(session: Session, team_id: int) -> list[ActivityRow]:
    """The team's activities, newest first, with participants and total minutes."""
    totals = (
        select(
            ServiceRecord.activity_id.label("activity_id"),
            func.count().label("people"),
            func.sum(ServiceRecord.minutes).label("minutes"),
        )
        .group_by(ServiceRecord.activity_id)
        .subquery()
    )
    rows = session.execute(
        select(
            ServiceActivity.id,
            ServiceActivity.team_id,
            ServiceActivity.title,
            ServiceActivity.category,
            ServiceActivity.held_on,
            ServiceActivity.place,
            func.coalesce(totals.c.people, 0),
            func.coalesce(totals.c.minutes, 0),
            ServiceActivity.beneficiaries,
        )
        .outerjoin(totals, totals.c.activity_id == ServiceActivity.id)
        .where(ServiceActivity.team_id == team_id, ServiceActivity.deleted_at.is_(None))
        .order_by(ServiceActivity.held_on.desc(), ServiceActivity.id.desc())
    )
    return [ActivityRow(*r) for r in rows]


def activity_donations(session: Session, activity_id: int) -> list[DonationRow]:
    donor_member = aliased(Member)
    donor_team = aliased(Team)
    rows = session.execute(
        select(
            Donation.id,
            Donation.kind,
            Donation.donated_on,
            func.coalesce(donor_member.name, donor_team.name, ""),
            Donation.amount_fen,
            Donation.item_count,
            Donation.description,
            Donation.purpose,
        )
        .outerjoin(donor_member, donor_member.id == Donation.member_id)
        .outerjoin(donor_team, donor_team.id == Donation.team_id)
        .where(Donation.activity_id == activity_id)
        .order_by(Donation.donated_on, Donation.id)
    )
    return [
        DonationRow(d_id, kind.value, kind.label, on, donor, fen, count, desc, purpose)
        for d_id, kind, on, donor, fen, count, desc, purpose in rows
    ]


def activity_full(session: Session, activity_id: int) -> ActivityFull | None:
    row = session.get(ServiceActivity, activity_id)
    if row is None or row.deleted_at is not None:
        return None
    minutes: dict[int, int] = {
        key: value
        for key, value in session.execute(
            select(ServiceRecord.member_id, ServiceRecord.minutes).where(
                ServiceRecord.activity_id == activity_id
            )
        )
    }
    return ActivityFull(
        id=row.id,
        team_id=row.team_id,
        title=row.title,
        category=row.category,
        held_on=row.held_on,
        place=row.place,
        content=row.content,
        beneficiaries=row.beneficiaries,
        notes=row.notes,
        minutes=minutes,
        donations=tuple(activity_donations(session, activity_id)),
    )


def activity_categories(session: Session) -> list[str]:
    """Categories already used, most used first, to offer in the activity dialog."""
    return [
        c
        for (c,) in session.execute(
            select(ServiceActivity.category)
            .where(ServiceActivity.category != "")
            .group_by(ServiceActivity.category)
            .order_by(func.count().desc(), ServiceActivity.category)
        )
    ]

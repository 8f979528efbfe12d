"""The read side: the rows each tab and print needs, as frozen records.

Core selects of just the needed columns (docs/ARCHITECTURE.md §Data measured 100k members at ~0.3 s as
tuples against ~1.2 s as ORM entities). Rows in the recycle bin are never shown here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from station_desk.db.schema.models import (
    Base,
    Community,
    CommunityPost,
    CulturalEvent,
    EventParticipation,
    Grid,
    GridPost,
    Member,
    ServiceActivity,
    ServiceRecord,
    Team,
    TeamMembership,
    Work,
)
from station_desk.domain.records import (
    Choice,
    EventLine,
    MemberDetail,
    MemberFull,
    PostRecord,
    TeamLine,
    WorkLine,
)


def member_full(session: Session, member_id: int) -> MemberFull | None:
    m = session.get(Member, member_id)
    if m is None or m.deleted_at is not None:
        return None
    return MemberFull(
        id=m.id,
        name=m.name,
        gender=m.gender.value,
        birth_date=m.birth_date,
        id_number=m.id_number,
        phone=m.phone,
        address=m.address,
        station_id=m.station_id,
        community_id=m.community_id,
        grid_id=m.grid_id,
        former_unit=m.former_unit,
        former_post=m.former_post,
        retirement_kind=m.retirement_kind.value,
        retired_on=m.retired_on,
        honorary_retirement_on=m.honorary_retirement_on,
        is_party_member=m.is_party_member,
        joined_party_on=m.joined_party_on,
        branch_id=m.branch_id,
        health=m.health,
        notes=m.notes,
        volunteer_number=m.volunteer_number or "",
        retired_on_precision=m.retired_on_precision.value,
        honorary_retirement_on_precision=m.honorary_retirement_on_precision.value,
        joined_party_on_precision=m.joined_party_on_precision.value,
    )


def member_posts(session: Session, member_id: int) -> list[PostRecord]:
    grid_posts = session.execute(
        select(GridPost, Grid.name, Community.name)
        .join(Grid, Grid.id == GridPost.grid_id)
        .join(Community, Community.id == Grid.community_id)
        .where(GridPost.member_id == member_id)
    ).all()
    community_posts = session.execute(
        select(CommunityPost, Community.name)
        .join(Community, Community.id == CommunityPost.community_id)
        .where(CommunityPost.member_id == member_id)
    ).all()
    name = session.scalar(select(Member.name).where(Member.id == member_id)) or ""
    records = [
        PostRecord(
            p.id,
            member_id,
            name,
            p.kind.value,
            p.kind.label,
            f"{c}{g}",
            p.building,
            p.since,
            p.until,
        )
        for p, g, c in grid_posts
    ] + [
        PostRecord(p.id, member_id, name, p.kind.value, p.kind.label, c, "", p.since, p.until)
        for p, c in community_posts
    ]
    return sorted(records, key=lambda r: (r.until is not None, r.since))


def member_detail(session: Session, member_id: int, *, year: int | None = None) -> MemberDetail:
    """What the detail pane shows: posts, teams, hours this year and overall, events, works."""
    year = year or date.today().year
    name = session.scalar(select(Member.name).where(Member.id == member_id)) or ""
    teams = tuple(
        TeamLine(t_id, t_name, role, joined, left)
        for t_id, t_name, role, joined, left in session.execute(
            select(
                Team.id,
                Team.name,
                TeamMembership.role,
                TeamMembership.joined_on,
                TeamMembership.left_on,
            )
            .join(Team, Team.id == TeamMembership.team_id)
            .where(TeamMembership.member_id == member_id, Team.deleted_at.is_(None))
            .order_by(TeamMembership.joined_on)
        )
    )
    live = and_(ServiceRecord.member_id == member_id, ServiceActivity.deleted_at.is_(None))
    base = select(func.coalesce(func.sum(ServiceRecord.minutes), 0)).join(
        ServiceActivity, ServiceActivity.id == ServiceRecord.activity_id
    )
    total = session.scalar(base.where(live)) or 0
    this_year = (
        session.scalar(
            base.where(
                live,
                ServiceActivity.held_on >= date(year, 1, 1),
                ServiceActivity.held_on <= date(year, 12, 31),
            )
        )
        or 0
    )
    events = tuple(
        EventLine(e_id, title, kind.label, held_on, role.label)
        for e_id, title, kind, held_on, role in session.execute(
            select(
                CulturalEvent.id,
                CulturalEvent.title,
                CulturalEvent.kind,
                CulturalEvent.held_on,
                EventParticipation.role,
            )
            .join(CulturalEvent, CulturalEvent.id == EventParticipation.event_id)
            .where(EventParticipation.member_id == member_id, CulturalEvent.deleted_at.is_(None))
            .order_by(CulturalEvent.held_on.desc())
        )
    )
    works = tuple(
        WorkLine(w_id, title, kind.label, made_on, name, member_id, theme)
        for w_id, title, kind, made_on, theme in session.execute(
            select(Work.id, Work.title, Work.kind, Work.made_on, Work.theme)
            .where(Work.author_id == member_id)
            .order_by(Work.made_on.desc())
        )
    )
    return MemberDetail(
        id=member_id,
        name=name,
        posts=tuple(member_posts(session, member_id)),
        teams=teams,
        minutes_this_year=int(this_year),
        minutes_total=int(total),
        events=events,
        works=works,
    )


_CHOICE_SQL = {
    "station": "SELECT id, name, NULL, kind FROM station ORDER BY id",
    "branch": "SELECT id, name, station_id, category FROM branch ORDER BY id",
    "community": "SELECT id, name, NULL, subdistrict FROM community ORDER BY subdistrict, id",
    "grid": "SELECT id, name, community_id, '' FROM grid ORDER BY community_id, id",
    "team": "SELECT id, name, station_id, kind FROM team WHERE deleted_at IS NULL ORDER BY id",
}


def driver_cursor(session: Session) -> Any:
    """The driver's own cursor on the session's connection, for reads where SQLAlchemy's
    statement compiling or its row wrappers would cost more than the query."""
    return session.connection().connection.cursor()


def choices(session: Session) -> dict[str, list[Choice]]:
    """Stations, branches, communities, grids and teams for pickers and filters.

    Plain SQL through the driver: the desk reads these on the UI thread as a ledger opens,
    and SQLAlchemy would first spend ~35 ms compiling five selects. Kinds are the stored
    enum values.
    """
    cursor = driver_cursor(session)
    return {
        kind: [
            Choice(i, n, parent_id=parent, kind=extra or "")
            for i, n, parent, extra in cursor.execute(sql).fetchall()
        ]
        for kind, sql in _CHOICE_SQL.items()
    }


def entity_counts(session: Session) -> dict[str, int]:
    """Rows per table (recycle-bin rows counted apart), for ``check`` and the status bar."""
    counts: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        counts[table.name] = session.scalar(select(func.count()).select_from(table)) or 0
        if "deleted_at" in table.c:
            counts[f"{table.name}（回收站）"] = (
                session.scalar(
                    select(func.count()).select_from(table).where(table.c.deleted_at.is_not(None))
                )
                or 0
            )
    return counts

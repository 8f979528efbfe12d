"""Read side of exports: each kind of table as headers and plain rows, filtered.

Members and grid posts come out with the import template's fields (as field names, which
the export service turns into the template's headers), so an exported roster can be fixed in
Excel and imported again. Numbers here are full; the export service
masks them unless the clerk asked for full numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from station_desk.db.queries.filters import activity_where, event_where, member_where
from station_desk.db.schema.models import (
    Branch,
    Community,
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
from station_desk.domain.books import ACTIVITY, EVENT, SHEETS, TEAM
from station_desk.domain.dates import DAY, format_date
from station_desk.domain.filters import ActivityFilter, EventFilter, MemberFilter
from station_desk.domain.units import format_hours

EXPORT_KINDS = ("members", "teams", "activities", "events", "grid_posts")
#: Each export's sheet (and the change log's name for it): its book's (``books.SHEETS``).
EXPORT_LABELS = {kind: SHEETS[kind].sheet for kind in EXPORT_KINDS}


@dataclass(frozen=True)
class ExportFilters:
    """What the clerk (or ``station-desk export``) asked to export, for every kind of
    table; each table turns it into its book's typed filter (``members``, ``activities``,
    ``events``) and applies that filter's SQL interpreter (``db/queries/filters``)."""

    station_id: int | None = None
    branch_id: int | None = None
    community_id: int | None = None
    grid_id: int | None = None
    team_id: int | None = None
    year: int | None = None
    member_ids: Sequence[int] | None = None
    """The desk's current view: exactly these members, in this order."""

    def members(self) -> MemberFilter:
        """The members asked for; a team's are those in it today (``team_on``)."""
        return MemberFilter(
            station_id=self.station_id,
            branch_id=self.branch_id,
            community_id=self.community_id,
            grid_id=self.grid_id,
            team_id=self.team_id,
        )

    def activities(self) -> ActivityFilter:
        start, end = _year(self.year)
        return ActivityFilter(
            team_id=self.team_id, station_id=self.station_id, start=start, end=end
        )

    def events(self) -> EventFilter:
        start, end = _year(self.year)
        return EventFilter(station_id=self.station_id, start=start, end=end)


def _year(year: int | None) -> tuple[date | None, date | None]:
    return (None, None) if year is None else (date(year, 1, 1), date(year, 12, 31))


@dataclass(frozen=True)
class ExportTable:
    title: str
    headers: list[str]
    rows: list[list[object]]
    id_columns: tuple[int, ...] = ()
    phone_columns: tuple[int, ...] = ()
    text_columns: tuple[int, ...] = field(default=())


#: The roster's fields in the import template's order; the export service gives them the
#: template's Chinese headers (db/ may not import exchange/).
MEMBER_FIELDS = [
    "name",
    "gender",
    "birth_date",
    "id_number",
    "phone",
    "address",
    "community",
    "grid",
    "former_unit",
    "former_post",
    "retirement_kind",
    "retired_on",
    "honorary_retirement_on",
    "is_party_member",
    "joined_party_on",
    "branch",
    "volunteer_number",
    "health",
    "notes",
    "station",
]
GRID_POST_FIELDS = ["community", "grid", "name", "id_number", "post", "building", "since"]
_MEMBER_FIELDS = MEMBER_FIELDS[:-1]
_DATED = frozenset({"birth_date", "retired_on", "honorary_retirement_on", "joined_party_on"})


def member_table(session: Session, filters: ExportFilters) -> ExportTable:
    """The roster with the import template's columns plus 驿站."""
    stmt = (
        select(Member, Community.name, Grid.name, Branch.name, Station.name)
        .outerjoin(Community, Community.id == Member.community_id)
        .outerjoin(Grid, Grid.id == Member.grid_id)
        .outerjoin(Branch, Branch.id == Member.branch_id)
        .outerjoin(Station, Station.id == Member.station_id)
        .where(member_where(filters.members(), date.today()))
        .order_by(Member.sort_key, Member.id)
    )
    found = session.execute(stmt).all()
    if filters.member_ids is not None:
        order = {mid: n for n, mid in enumerate(filters.member_ids)}
        found = sorted((r for r in found if r[0].id in order), key=lambda r: order[r[0].id])
    rows = []
    for member, community, grid, branch, station in found:
        names = {"community": community, "grid": grid, "branch": branch}
        row: list[object] = []
        for name in _MEMBER_FIELDS:
            if name in names:
                row.append(names[name] or "")
            elif name == "is_party_member":
                row.append("党员" if member.is_party_member else "群众")
            elif name == "volunteer_number":
                row.append(member.volunteer_number or "")
            elif name in _DATED and getattr(member, f"{name}_precision") != DAY:
                # A month or a year goes out as written ("1968.05"), and comes back so.
                row.append(format_date(getattr(member, name), getattr(member, f"{name}_precision")))
            else:
                row.append(getattr(member, name))
        rows.append([*row, station or ""])
    headers = list(MEMBER_FIELDS)
    id_col, phone_col = _MEMBER_FIELDS.index("id_number"), _MEMBER_FIELDS.index("phone")
    texts = tuple(
        n
        for n, name in enumerate(_MEMBER_FIELDS)
        if name in ("id_number", "phone", "volunteer_number")
    )
    return ExportTable(EXPORT_LABELS["members"], headers, rows, (id_col,), (phone_col,), texts)


def team_table(session: Session, filters: ExportFilters) -> ExportTable:
    leader = aliased(Member)
    current = (
        select(TeamMembership.team_id, func.count().label("n"))
        .where(TeamMembership.left_on.is_(None))
        .group_by(TeamMembership.team_id)
        .subquery()
    )
    stmt = (
        select(Team, Station.name, leader.name, current.c.n)
        .outerjoin(Station, Station.id == Team.station_id)
        .outerjoin(leader, leader.id == Team.leader_id)
        .outerjoin(current, current.c.team_id == Team.id)
        .where(Team.deleted_at.is_(None))
        .order_by(Team.name)
    )
    if filters.station_id is not None:
        stmt = stmt.where(Team.station_id == filters.station_id)
    if filters.team_id is not None:
        stmt = stmt.where(Team.id == filters.team_id)
    rows: list[list[object]] = [
        [team.name, team.kind.label, station or "", name or "", team.founded_on, n or 0, team.focus]
        for team, station, name, n in session.execute(stmt)
    ]
    headers = list(TEAM.fields.values())
    return ExportTable(EXPORT_LABELS["teams"], headers, rows)


def activity_table(session: Session, filters: ExportFilters) -> ExportTable:
    totals = (
        select(
            ServiceRecord.activity_id,
            func.count().label("people"),
            func.sum(ServiceRecord.minutes).label("minutes"),
        )
        .group_by(ServiceRecord.activity_id)
        .subquery()
    )
    stmt = (
        select(ServiceActivity, Team.name, totals.c.people, totals.c.minutes)
        .join(Team, Team.id == ServiceActivity.team_id)
        .outerjoin(totals, totals.c.activity_id == ServiceActivity.id)
        .where(activity_where(filters.activities()))
        .order_by(ServiceActivity.held_on.desc(), ServiceActivity.id)
    )
    rows: list[list[object]] = [
        [
            team,
            a.title,
            a.held_on,
            a.place,
            a.category,
            a.beneficiaries,
            people or 0,
            format_hours(minutes) if minutes else "0",
        ]
        for a, team, people, minutes in session.execute(stmt)
    ]
    headers = list(ACTIVITY.fields.values())
    return ExportTable(EXPORT_LABELS["activities"], headers, rows)


def event_table(session: Session, filters: ExportFilters) -> ExportTable:
    people = (
        select(EventParticipation.event_id, func.count().label("n"))
        .group_by(EventParticipation.event_id)
        .subquery()
    )
    stmt = (
        select(CulturalEvent, Station.name, people.c.n)
        .outerjoin(Station, Station.id == CulturalEvent.station_id)
        .outerjoin(people, people.c.event_id == CulturalEvent.id)
        .where(event_where(filters.events()))
        .order_by(CulturalEvent.held_on.desc(), CulturalEvent.id)
    )
    if filters.team_id is not None:
        stmt = stmt.where(CulturalEvent.team_id == filters.team_id)
    rows: list[list[object]] = [
        [e.title, e.kind.label, e.held_on, e.place, station or "", e.audience, n or 0]
        for e, station, n in session.execute(stmt)
    ]
    headers = list(EVENT.fields.values())
    return ExportTable(EXPORT_LABELS["events"], headers, rows)


def grid_post_table(session: Session, filters: ExportFilters) -> ExportTable:
    """Current grid posts with the grid-post import template's columns."""
    stmt = (
        select(GridPost, Community.name, Grid.name, Member.name, Member.id_number)
        .join(Grid, Grid.id == GridPost.grid_id)
        .join(Community, Community.id == Grid.community_id)
        .join(Member, Member.id == GridPost.member_id)
        .where(GridPost.until.is_(None), Member.deleted_at.is_(None))
        .order_by(Community.name, Grid.name, GridPost.kind, Member.sort_key)
    )
    if filters.community_id is not None:
        stmt = stmt.where(Grid.community_id == filters.community_id)
    if filters.grid_id is not None:
        stmt = stmt.where(GridPost.grid_id == filters.grid_id)
    if filters.station_id is not None:
        stmt = stmt.where(Member.station_id == filters.station_id)
    rows: list[list[object]] = [
        [community, grid, name, id_number, post.kind.label, post.building, post.since]
        for post, community, grid, name, id_number in session.execute(stmt)
    ]
    headers = list(GRID_POST_FIELDS)
    return ExportTable(EXPORT_LABELS["grid_posts"], headers, rows, (3,), (), (3,))


TABLES = {
    "members": member_table,
    "teams": team_table,
    "activities": activity_table,
    "events": event_table,
    "grid_posts": grid_post_table,
}

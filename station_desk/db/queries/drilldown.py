"""Read side of the summary's drill-downs: which rows lie behind one figure.

The tabs hold their rows in memory and filter them there with the typed filters
(``domain/filters``, whose ledger facts ``db/queries/filters`` reads); these queries answer
the rest: the events whose works count, and how many of each team's activities a filter
selects.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from station_desk.db.queries.filters import activity_where
from station_desk.db.schema.models import (
    Member,
    ServiceActivity,
    Team,
    Work,
)
from station_desk.domain.filters import ActivityFilter


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


def activity_counts(session: Session, flt: ActivityFilter) -> dict[int, int]:
    """Activities per team that ``flt`` selects (neither in the recycle bin)."""
    return {
        team_id: n
        for team_id, n in session.execute(
            select(ServiceActivity.team_id, func.count())
            .join(Team, Team.id == ServiceActivity.team_id)
            .where(activity_where(flt))
            .group_by(ServiceActivity.team_id)
        )
    }

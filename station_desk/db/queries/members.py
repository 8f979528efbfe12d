"""Extra read queries for the desk: the members list, stations and branches for settings."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import partial
from operator import itemgetter

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_desk.db.queries.core import driver_cursor
from station_desk.db.schema.models import Branch, Community, Grid, Station
from station_desk.domain.enums import Gender, LabeledEnum, RetirementKind
from station_desk.domain.records import (
    MemberDetails,
    MemberList,
    MemberLookup,
    MemberRow,
    PlaceNames,
)


def enum_codes(column: str, enum: type[LabeledEnum]) -> str:
    """A CASE giving 1 + the position in ``enum`` of the value in ``column`` (0 if none),
    as ``MemberRow.gender_code`` and ``retirement_code`` read it."""
    whens = " ".join(f"WHEN '{k.value}' THEN {n}" for n, k in enumerate(enum, 1))
    return f"CASE {column} {whens} ELSE 0 END"


#: The members list in ``MemberRow``'s field order and pinyin order of names, from the
#: covering index ``ix_member_list`` (one walk: no table lookup, no sort; ``INDEXED BY``
#: because the planner would rather take the ``deleted_at`` index and sort). Every cell
#: costs ~0.2-0.3 µs to turn into a Python object, which is why places come as ids, the
#: enums as small numbers, and the shown-only columns are read apart (``_DETAILS_SQL``).
_MEMBER_SQL = f"""
SELECT id, name, {enum_codes("gender", Gender)}, community_id, grid_id, branch_id,
       is_party_member, {enum_codes("retirement_kind", RetirementKind)}, station_id,
       search_keys
FROM member INDEXED BY ix_member_list
WHERE deleted_at IS NULL
ORDER BY sort_key, id
"""

#: The kinds of the posts each member holds on ``:today``: a few hundred members at most.
_HELD_SQL = """
SELECT member_id, group_concat(kind, ',') FROM (
    SELECT member_id, kind FROM grid_post
    WHERE since <= :today AND (until IS NULL OR until >= :today)
    UNION
    SELECT member_id, kind FROM community_post
    WHERE since <= :today AND (until IS NULL OR until >= :today)
)
GROUP BY member_id
"""

#: ``MemberDetails`` of every member not in the recycle bin.
_DETAILS_SQL = """
SELECT id, birth_date, id_number, phone, former_unit, joined_party_on
FROM member WHERE +deleted_at IS NULL
"""

#: Members whose details come with the list (``member_list``): more than a screenful.
FIRST_ROWS = 200


def place_names(session: Session) -> PlaceNames:
    """Names of communities, grids and branches by id (plain SQL: the desk's first read
    should not wait ~35 ms for SQLAlchemy to compile three trivial selects)."""
    cursor = driver_cursor(session)

    def names(table: str) -> dict[int, str]:
        return dict(cursor.execute(f"SELECT id, name FROM {table}").fetchall())

    return PlaceNames(
        communities=names(Community.__tablename__),
        grids=names(Grid.__tablename__),
        branches=names(Branch.__tablename__),
    )


_as_row = partial(tuple.__new__, MemberRow)
_as_details = partial(tuple.__new__, MemberDetails)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic GC while 100,000 tuples are made (each allocation burst would
    trigger full collections), and freeze what was made out of its sight after: the rows
    hold only text and numbers, so they can never be part of a cycle, and a full collection
    walking them costs ~0.1 s each time. Freed rows are still freed by reference counting.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
        gc.freeze()
    finally:
        if collecting:
            gc.enable()


def member_list(session: Session, first: int = FIRST_ROWS) -> MemberList:
    """Every member not in the recycle bin, with the posts held today, in pinyin order; the
    details of the first ``first`` rows only (the lookup is not complete).

    This is what fills the members table at 100,000 members within a second of opening the
    ledger: the rows come in order from one index walk, made by the driver and given their
    type in C. ``member_details`` reads the rest.
    """
    cursor = driver_cursor(session)
    names = place_names(session)
    held = dict(cursor.execute(_HELD_SQL, {"today": date.today().isoformat()}).fetchall())
    with _collector_paused():
        rows = list(map(_as_row, cursor.execute(_MEMBER_SQL)))
        ranks = dict(zip(map(itemgetter(0), rows), range(len(rows)), strict=True))
    details = _details(cursor, [r.id for r in rows[:first]]) if first else {}
    return MemberList(rows, MemberLookup(names, held, ranks, details, complete=False))


def _details(cursor: sqlite3.Cursor, ids: list[int]) -> dict[int, MemberDetails]:
    marks = ",".join("?" * len(ids))
    found = cursor.execute(f"{_DETAILS_SQL} AND id IN ({marks})", ids)
    return {row[0]: row for row in map(_as_details, found)}


def member_details(session: Session) -> dict[int, MemberDetails]:
    """The shown-only columns of every member not in the recycle bin, by id."""
    cursor = driver_cursor(session)
    with _collector_paused():
        made = map(_as_details, cursor.execute(_DETAILS_SQL))
        return {row[0]: row for row in made}


def member_rows(session: Session) -> MemberList:
    """The whole members list, details and all (``member_list`` then ``member_details``)."""
    members = member_list(session, first=0)
    members.lookup.add_details(member_details(session))
    return members


@dataclass(frozen=True, slots=True)
class StationRecord:
    id: int
    name: str
    kind: str
    address: str
    community_id: int | None
    contact: str
    phone: str


@dataclass(frozen=True, slots=True)
class BranchRecord:
    id: int
    name: str
    category: str
    station_id: int | None
    secretary: str


def station_records(session: Session) -> list[StationRecord]:
    return [
        StationRecord(i, n, k.value, a or "", c, ct or "", p or "")
        for i, n, k, a, c, ct, p in session.execute(
            select(
                Station.id,
                Station.name,
                Station.kind,
                Station.address,
                Station.community_id,
                Station.contact,
                Station.phone,
            ).order_by(Station.id)
        )
    ]


def branch_records(session: Session) -> list[BranchRecord]:
    return [
        BranchRecord(i, n, c.value, s, sec or "")
        for i, n, c, s, sec in session.execute(
            select(
                Branch.id, Branch.name, Branch.category, Branch.station_id, Branch.secretary
            ).order_by(Branch.id)
        )
    ]

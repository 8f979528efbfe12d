"""Extra read queries for the desk: the members list, stations and branches for settings."""

from __future__ import annotations

import gc
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_desk.db.models import Branch, Community, Grid, Station
from station_desk.db.queries import driver_cursor
from station_desk.enums import Gender, LabeledEnum, RetirementKind
from station_desk.records import MemberRow, PlaceNames


def enum_codes(column: str, enum: type[LabeledEnum]) -> str:
    """A CASE giving 1 + the position in ``enum`` of the value in ``column`` (0 if none),
    as ``MemberRow.gender_code`` and ``retirement_code`` read it."""
    whens = " ".join(f"WHEN '{k.value}' THEN {n}" for n, k in enumerate(enum, 1))
    return f"CASE {column} {whens} ELSE 0 END"


#: The members list in ``MemberRow``'s field order (all but the shared place names). Posts
#: held on ``:today`` come from the few members who hold any (a CTE). The unary ``+`` keeps
#: SQLite from walking the ``deleted_at`` index row by row: a full scan is several times
#: faster. Every cell costs ~0.2 µs to turn into a Python object, which is why places come
#: as ids and the enums as small numbers.
_MEMBER_SQL = f"""
WITH held AS (
    SELECT member_id, group_concat(kind, ',') AS kinds FROM (
        SELECT member_id, kind FROM grid_post
        WHERE since <= :today AND (until IS NULL OR until >= :today)
        UNION
        SELECT member_id, kind FROM community_post
        WHERE since <= :today AND (until IS NULL OR until >= :today)
    )
    GROUP BY member_id
)
SELECT m.id, m.name, {enum_codes("m.gender", Gender)}, m.birth_date, m.id_number, m.phone,
       m.community_id, m.grid_id, m.former_unit, m.branch_id, m.is_party_member,
       m.joined_party_on, {enum_codes("m.retirement_kind", RetirementKind)},
       ifnull(h.kinds, ''), m.station_id, m.search_keys, m.sort_key
FROM member AS m
LEFT JOIN held AS h ON h.member_id = m.id
WHERE +m.deleted_at IS NULL
"""

#: Every member's id in pinyin order, read from the sort-key index alone (it holds the
#: rowid), so ordering 100,000 rows costs SQLite a walk of one index and Python no sort.
_ORDER_SQL = "SELECT id FROM member ORDER BY sort_key, id"


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


_new = tuple.__new__


def member_rows_first(session: Session, limit: int = 200) -> list[MemberRow]:
    """The first ``limit`` members in pinyin order (the sort-key index, so milliseconds):
    the desk shows them at once while the whole list loads."""
    sql = _MEMBER_SQL + " ORDER BY m.sort_key, m.id LIMIT :limit"
    params = {"today": date.today().isoformat(), "limit": limit}
    names = place_names(session)
    return [_new(MemberRow, (*row, names)) for row in driver_cursor(session).execute(sql, params)]


def member_rows(session: Session) -> list[MemberRow]:
    """Every member not in the recycle bin, with the posts held today, in pinyin order.

    Tuned for 100,000 members (the desk must show them within a second of opening the
    ledger): the rows are tuples made by the driver (with small numbers and ids where the
    row shows labels and names), the order comes from the sort-key index. The cyclic GC is paused while 100,000 tuples are made, since each
    allocation burst would otherwise trigger full collections, and the rows are frozen
    out of its sight after (``gc.freeze``): they hold only text and numbers, so they can
    never be part of a cycle, and a full collection walking them costs ~0.1 s each time.
    Freed rows are still freed at once by reference counting.
    """
    cursor = driver_cursor(session)
    names = place_names(session)
    collecting = gc.isenabled()
    gc.disable()
    try:
        found = cursor.execute(_MEMBER_SQL, {"today": date.today().isoformat()}).fetchall()
        by_id = {row[0]: row for row in found}
        ordered = map(by_id.get, [member_id for (member_id,) in cursor.execute(_ORDER_SQL)])
        rows = [_new(MemberRow, (*row, names)) for row in filter(None, ordered)]
        del found, by_id
        gc.freeze()
        return rows
    finally:
        if collecting:
            gc.enable()


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

"""Extra read queries for the desk: the members list, stations and branches for settings.

``member_rows`` here reads post kinds as plain text: in ``queries.member_rows`` the UNION of
grid and community posts decodes every kind with the grid-post enum, so a member holding a
community post (社区第一书记) raises ``LookupError`` and the members list cannot load.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, cast, or_, select, union_all
from sqlalchemy.orm import Session

from station_desk.db.models import Branch, Community, CommunityPost, Grid, GridPost, Station
from station_desk.enums import CommunityPostKind, Gender, GridPostKind, RetirementKind
from station_desk.records import MemberRow

_POST_LABELS = {k.value: k.label for k in (*GridPostKind, *CommunityPostKind)}


def current_post_kinds(session: Session, today: date | None = None) -> dict[int, frozenset[str]]:
    """member id -> kinds (values) of the posts held today."""
    today = today or date.today()
    posts = union_all(
        select(GridPost.member_id, cast(GridPost.kind, String).label("kind")).where(
            or_(GridPost.until.is_(None), GridPost.until >= today)
        ),
        select(CommunityPost.member_id, cast(CommunityPost.kind, String).label("kind")).where(
            or_(CommunityPost.until.is_(None), CommunityPost.until >= today)
        ),
    ).subquery()
    found: dict[int, set[str]] = {}
    for member_id, kind in session.execute(select(posts.c.member_id, posts.c.kind)):
        found.setdefault(member_id, set()).add(str(kind))
    return {member_id: frozenset(kinds) for member_id, kinds in found.items()}


_MEMBER_SQL = """
SELECT id, name, gender, birth_date, id_number, phone, community_id, grid_id, former_unit,
       branch_id, is_party_member, joined_party_on, retirement_kind, station_id,
       search_keys, sort_key
FROM member
WHERE +deleted_at IS NULL
"""


def member_rows_first(session: Session, limit: int = 200) -> list[MemberRow]:
    """The first ``limit`` members in pinyin order (the sort-key index, so milliseconds):
    the desk shows them at once while the whole list loads."""
    sql = _MEMBER_SQL.replace("+deleted_at", "deleted_at") + " ORDER BY sort_key, id LIMIT ?"
    return member_rows(session, sql=sql, params=(limit,))


def member_rows(
    session: Session, *, sql: str = _MEMBER_SQL, params: tuple[object, ...] = ()
) -> list[MemberRow]:
    """Every member not in the recycle bin, with current posts, in pinyin order.

    Tuned for 100,000 members (the desk must show them within a second): the unary ``+``
    keeps SQLite from walking the ``deleted_at`` index row by row (a full scan is several
    times faster), names of communities, grids and branches come from small dicts instead
    of joins (one shared string each), and the cyclic GC is paused while 100k records are
    built, since each allocation burst would otherwise trigger full collections.
    """
    post_kinds = current_post_kinds(session)
    communities = dict(session.execute(select(Community.id, Community.name)).all())
    grids = dict(session.execute(select(Grid.id, Grid.name)).all())
    branches = dict(session.execute(select(Branch.id, Branch.name)).all())
    genders = {k.value: k.label for k in Gender}
    retirements = {k.value: k.label for k in RetirementKind}
    labels: dict[frozenset[str], str] = {}
    empty: frozenset[str] = frozenset()
    iso = date.fromisoformat
    raw = session.connection().exec_driver_sql(sql, params).fetchall()
    rows = []
    collecting = gc.isenabled()
    gc.disable()
    try:
        for (
            mid,
            name,
            gender,
            birth,
            id_number,
            phone,
            community_id,
            grid_id,
            former_unit,
            branch_id,
            party,
            joined,
            retirement,
            station_id,
            keys,
            sort,
        ) in raw:
            kinds = post_kinds.get(mid, empty)
            posts = labels.get(kinds)
            if posts is None:
                posts = labels[kinds] = "、".join(_POST_LABELS[k] for k in sorted(kinds))
            rows.append(
                MemberRow(
                    mid,
                    name,
                    genders[gender],
                    iso(birth),
                    id_number,
                    phone,
                    communities.get(community_id, ""),
                    grids.get(grid_id, ""),
                    former_unit,
                    branches.get(branch_id, ""),
                    bool(party),
                    iso(joined) if joined else None,
                    retirements[retirement],
                    posts,
                    kinds,
                    station_id,
                    branch_id,
                    community_id,
                    grid_id,
                    keys,
                    sort,
                )
            )
        rows.sort(key=_by_sort_key)
    finally:
        if collecting:
            gc.enable()
    return rows


def _by_sort_key(row: MemberRow) -> tuple[str, int]:
    return row.sort_key, row.id


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

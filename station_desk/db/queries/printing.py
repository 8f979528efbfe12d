"""The read side of every print: who is on a roster, what each certificate says.

Core selects of only the columns a print needs, returned as frozen records; the recycle
bin is never printed. Hours come only from recorded ``ServiceRecord`` minutes of live
activities. Formatting into cells (masking, ages, 党龄) happens in ``services.printing``.
"""

from __future__ import annotations

import functools
import gc
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, String, cast, or_, select
from sqlalchemy.orm import Session

from station_desk.db.queries.filters import member_where
from station_desk.db.schema.models import (
    Branch,
    Community,
    CommunityPost,
    CulturalEvent,
    Grid,
    GridPost,
    Member,
    Station,
)
from station_desk.domain import filters
from station_desk.domain.enums import Gender, GridPostKind, RetirementKind
from station_desk.domain.records import post_labels
from station_desk.domain.search import sort_key

_KIND_ORDER = {k: n for n, k in enumerate(GridPostKind)}


MemberFilter = filters.MemberFilter
"""Which members a roster prints: the one typed filter (``domain/filters``), applied here by
its SQL interpreter (``member_where``); ``member_ids`` (an explicit selection) overrides."""


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
    joined_party_on_precision: str = "day"


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
    return {m: post_labels(kinds) for m, kinds in found.items()}


def roster_members(session: Session, flt: MemberFilter, on: date) -> list[RosterMember]:
    """The members ``flt`` selects, in pinyin order — or in the order of ``member_ids``."""
    where = member_where(flt, on)
    posts = current_posts(session, on, where)
    names: dict[Any, dict[int | None, str]] = {
        model: {i: n for i, n in session.execute(select(model.id, model.name))}
        for model in (Station, Community, Grid, Branch)
    }
    stations, communities, grids, branches = (names[m] for m in (Station, Community, Grid, Branch))
    genders = {g.value: g.label for g in Gender}
    retirements = {k.value: k.label for k in RetirementKind}
    text = String()
    stmt = (
        select(
            Member.id,
            Member.name,
            cast(Member.gender, text),
            cast(Member.birth_date, text),
            Member.id_number,
            Member.phone,
            Member.address,
            Member.station_id,
            Member.community_id,
            Member.grid_id,
            Member.former_unit,
            Member.former_post,
            cast(Member.retirement_kind, text),
            Member.is_party_member,
            cast(Member.joined_party_on, text),
            Member.branch_id,
            Member.volunteer_number,
            cast(Member.joined_party_on_precision, text),
        )
        .where(where)
        .order_by(Member.sort_key, Member.id)
    )
    day = date.fromisoformat
    paused = gc.isenabled()
    gc.disable()
    try:
        rows = [
            RosterMember(
                r[0],
                r[1],
                genders[r[2]],
                day(r[3]),
                r[4],
                r[5],
                r[6],
                stations.get(r[7], ""),
                communities.get(r[8], ""),
                grids.get(r[9], ""),
                r[10],
                r[11],
                retirements[r[12]],
                bool(r[13]),
                day(r[14]) if r[14] else None,
                branches.get(r[15], ""),
                posts.get(r[0], ""),
                r[16] or "",
                r[17],
            )
            for r in session.execute(stmt)
        ]
    finally:
        if paused:
            gc.enable()
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
            _place_key(r[1]),
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


@functools.cache
def _place_key(name: str) -> str:
    """Communities in pinyin order (翠屏 before 环秀 before 会仙山), not by character code."""
    return sort_key(name)


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


def member_ids_named(session: Session, name: str) -> list[int]:
    """The members on the books whose name is exactly ``name`` (the CLI's ``--member``)."""
    return list(
        session.scalars(
            select(Member.id).where(Member.name == name.strip(), Member.deleted_at.is_(None))
        )
    )


def events_titled(session: Session, text: str) -> list[tuple[int, str, date]]:
    """Events whose title contains ``text``: (id, title, held on) (the CLI's ``--event``)."""
    rows = session.execute(
        select(CulturalEvent.id, CulturalEvent.title, CulturalEvent.held_on).where(
            CulturalEvent.title.contains(text.strip()), CulturalEvent.deleted_at.is_(None)
        )
    )
    return [(int(i), str(title), held) for i, title, held in rows]

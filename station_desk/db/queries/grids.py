"""Read side of the grids tab: the community/grid tree, posts held there, residents."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from station_desk.db.schema.models import Community, CommunityPost, Grid, GridPost, Member
from station_desk.domain.enums import CommunityPostKind, GridPostKind
from station_desk.domain.records import PostRecord, post_labels
from station_desk.domain.records_desk import CommunityNode, GridNode, ResidentRow

_KIND_ORDER = {k.value: i for i, k in enumerate((*GridPostKind, *CommunityPostKind))}


def org_tree(session: Session) -> list[CommunityNode]:
    """Communities by subdistrict, each with its grids and resident counts."""
    live = Member.deleted_at.is_(None)
    by_grid: dict[int | None, int] = {
        key: value
        for key, value in session.execute(
            select(Member.grid_id, func.count()).where(live).group_by(Member.grid_id)
        )
    }
    by_community: dict[int | None, int] = {
        key: value
        for key, value in session.execute(
            select(Member.community_id, func.count()).where(live).group_by(Member.community_id)
        )
    }
    grids: dict[int, list[GridNode]] = {}
    for grid_id, community_id, name in session.execute(
        select(Grid.id, Grid.community_id, Grid.name).order_by(Grid.community_id, Grid.id)
    ):
        grids.setdefault(community_id, []).append(
            GridNode(grid_id, community_id, name, by_grid.get(grid_id, 0))
        )
    return [
        CommunityNode(c_id, name, sub, by_community.get(c_id, 0), tuple(grids.get(c_id, ())))
        for c_id, name, sub in session.execute(
            select(Community.id, Community.name, Community.subdistrict).order_by(
                Community.subdistrict, Community.id
            )
        )
    ]


def _post_order(record: PostRecord) -> tuple[bool, int, str, date]:
    """Current posts first, then by kind (网格长 before 楼长), building, start date."""
    return (record.until is not None, _KIND_ORDER[record.kind], record.building, record.since)


def grid_posts(session: Session, grid_id: int) -> list[PostRecord]:
    """Every post held in a grid, current and ended (members in the recycle bin left out)."""
    rows = session.execute(
        select(
            GridPost.id,
            GridPost.member_id,
            Member.name,
            GridPost.kind,
            Grid.name,
            Community.name,
            GridPost.building,
            GridPost.since,
            GridPost.until,
        )
        .join(Member, Member.id == GridPost.member_id)
        .join(Grid, Grid.id == GridPost.grid_id)
        .join(Community, Community.id == Grid.community_id)
        .where(GridPost.grid_id == grid_id, Member.deleted_at.is_(None))
    )
    records = [
        PostRecord(p_id, m_id, name, kind.value, kind.label, f"{c}{g}", building, since, until)
        for p_id, m_id, name, kind, g, c, building, since, until in rows
    ]
    return sorted(records, key=_post_order)


def community_posts(session: Session, community_id: int) -> list[PostRecord]:
    """Every community post (第一书记, 党建指导员, 宣传员) of a community."""
    rows = session.execute(
        select(
            CommunityPost.id,
            CommunityPost.member_id,
            Member.name,
            CommunityPost.kind,
            Community.name,
            CommunityPost.since,
            CommunityPost.until,
        )
        .join(Member, Member.id == CommunityPost.member_id)
        .join(Community, Community.id == CommunityPost.community_id)
        .where(CommunityPost.community_id == community_id, Member.deleted_at.is_(None))
    )
    records = [
        PostRecord(p_id, m_id, name, kind.value, kind.label, c, "", since, until)
        for p_id, m_id, name, kind, c, since, until in rows
    ]
    return sorted(records, key=_post_order)


def _current_posts(
    session: Session, where: ColumnElement[bool], today: date
) -> dict[int, set[str]]:
    """Current post kinds of the members matching ``where`` (a join, not a long IN list)."""
    found: dict[int, set[str]] = {}
    for model in (GridPost, CommunityPost):
        for member_id, kind in session.execute(
            select(model.member_id, model.kind)
            .join(Member, Member.id == model.member_id)
            .where(where, or_(model.until.is_(None), model.until >= today))
        ):
            found.setdefault(member_id, set()).add(kind.value)
    return found


def residents(
    session: Session, *, grid_id: int | None = None, community_id: int | None = None
) -> list[ResidentRow]:
    """Members living in a grid (or, given a community, anywhere in it), in pinyin order."""
    if (grid_id is None) == (community_id is None):
        raise ValueError("residents() needs exactly one of grid_id and community_id")
    where = (
        Member.grid_id == grid_id if grid_id is not None else Member.community_id == community_id
    )
    rows = session.execute(
        select(
            Member.id,
            Member.name,
            Member.gender,
            Member.birth_date,
            Member.phone,
            Member.address,
            Grid.name,
            Member.is_party_member,
            Member.search_keys,
            Member.sort_key,
        )
        .outerjoin(Grid, Grid.id == Member.grid_id)
        .where(where, Member.deleted_at.is_(None))
        .order_by(Member.sort_key, Member.id)
    ).all()
    posts = _current_posts(session, where, date.today())
    return [
        ResidentRow(
            id=r[0],
            name=r[1],
            gender=r[2].label,
            birth_date=r[3],
            phone=r[4],
            address=r[5],
            grid=r[6] or "",
            is_party_member=r[7],
            posts=post_labels(posts.get(r[0], ())),
            search_keys=r[8],
            sort_key=r[9],
        )
        for r in rows
    ]

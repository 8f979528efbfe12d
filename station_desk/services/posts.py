"""Posts members hold in grids (网格长, 网格党支部书记, 楼长) and communities (第一书记 …).

A post that ends keeps its row with an ``until`` date: it stays in the member's history and
in the figures of the periods when it was held.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_desk.db.schema.models import Community, CommunityPost, Grid, GridPost, Member
from station_desk.domain.date_rules import check_date
from station_desk.domain.enums import ChangeAction, GridPostKind
from station_desk.domain.inputs import CommunityPostData, GridPostData
from station_desk.domain.messages import msg
from station_desk.domain.problems import ValidationError, label_of
from station_desk.services.common import get_or_error, log_change, optional_text, snapshot


def assign_grid_post(session: Session, data: GridPostData, *, today: date | None = None) -> int:
    today = today or date.today()
    member = get_or_error(session, Member, data.member_id, "member")
    get_or_error(session, Grid, data.grid_id, "grid")
    if not isinstance(data.kind, GridPostKind):
        raise ValidationError("kind", msg("职务：请选择网格长、网格党支部书记或楼长"))
    building = optional_text(data.building, "building", 40)
    if data.kind is GridPostKind.BUILDING_LEADER and not building:
        raise ValidationError(
            "building",
            msg("{label}：楼长须填写所负责的楼栋（如“3号楼”）", label=label_of("building")),
        )
    if data.kind is not GridPostKind.BUILDING_LEADER:
        building = ""
    check_date(data.since, field="since", today=today, not_before=member.birth_date, required=True)
    clash = session.scalar(
        select(GridPost.id).where(
            GridPost.member_id == data.member_id,
            GridPost.grid_id == data.grid_id,
            GridPost.kind == data.kind,
            GridPost.building == building,
            GridPost.until.is_(None),
        )
    )
    if clash is not None:
        raise ValidationError(
            "kind", msg("职务：{name}已在本网格担任{post}", name=member.name, post=data.kind.label)
        )
    row = GridPost(
        member_id=data.member_id,
        grid_id=data.grid_id,
        kind=data.kind,
        building=building,
        since=data.since,
    )
    session.add(row)
    log_change(session, row, ChangeAction.CREATE, snapshot(row), label=member.name)
    return row.id


def assign_community_post(
    session: Session, data: CommunityPostData, *, today: date | None = None
) -> int:
    today = today or date.today()
    member = get_or_error(session, Member, data.member_id, "member")
    get_or_error(session, Community, data.community_id, "community")
    check_date(data.since, field="since", today=today, not_before=member.birth_date, required=True)
    clash = session.scalar(
        select(CommunityPost.id).where(
            CommunityPost.member_id == data.member_id,
            CommunityPost.community_id == data.community_id,
            CommunityPost.kind == data.kind,
            CommunityPost.until.is_(None),
        )
    )
    if clash is not None:
        raise ValidationError(
            "kind", msg("职务：{name}已在本社区担任{post}", name=member.name, post=data.kind.label)
        )
    row = CommunityPost(
        member_id=data.member_id, community_id=data.community_id, kind=data.kind, since=data.since
    )
    session.add(row)
    log_change(session, row, ChangeAction.CREATE, snapshot(row), label=member.name)
    return row.id


def _end(session: Session, row: GridPost | CommunityPost, until: date, today: date) -> None:
    if row.until is not None:
        raise ValidationError(
            "until",
            msg(
                "{label}：该职务已于 {day} 结束", label=label_of("until"), day=row.until.isoformat()
            ),
        )
    check_date(until, field="until", today=today, required=True)
    if until < row.since:
        raise ValidationError(
            "until",
            msg(
                "{label}：不能早于任职时间（{day}）",
                label=label_of("until"),
                day=row.since.isoformat(),
            ),
        )
    row.until = until
    log_change(session, row, ChangeAction.UPDATE, {"until": [None, until.isoformat()]})


def end_grid_post(
    session: Session, post_id: int, until: date, *, today: date | None = None
) -> None:
    row = session.get(GridPost, post_id)
    if row is None:
        raise ValidationError("post", msg("{label}：记录不存在", label=label_of("post")))
    _end(session, row, until, today or date.today())


def end_community_post(
    session: Session, post_id: int, until: date, *, today: date | None = None
) -> None:
    row = session.get(CommunityPost, post_id)
    if row is None:
        raise ValidationError("post", msg("{label}：记录不存在", label=label_of("post")))
    _end(session, row, until, today or date.today())

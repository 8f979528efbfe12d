"""The organisation the members refer to: communities, grids, stations, branches."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from station_desk.db.schema.models import Branch, Community, Grid, GridPost, Member, Station
from station_desk.domain.enums import BranchCategory, ChangeAction, StationKind
from station_desk.domain.inputs import BranchData, StationData
from station_desk.domain.messages import msg
from station_desk.domain.phones import check_phone
from station_desk.domain.problems import ValidationError, label_of
from station_desk.services.common import (
    apply_fields,
    get_or_error,
    log_change,
    optional_ref,
    optional_text,
    required_text,
    snapshot,
    unique_name,
)


def add_community(session: Session, name: str, subdistrict: str = "") -> int:
    clean = required_text(name, "community", 60)
    unique_name(session, Community, clean, "community", None)
    row = Community(name=clean, subdistrict=optional_text(subdistrict, "subdistrict", 60))
    session.add(row)
    log_change(session, row, ChangeAction.CREATE, snapshot(row))
    return row.id


def rename_community(session: Session, community_id: int, name: str, subdistrict: str) -> None:
    row = get_or_error(session, Community, community_id, "community")
    clean = required_text(name, "community", 60)
    unique_name(session, Community, clean, "community", community_id)
    fields = {"name": clean, "subdistrict": optional_text(subdistrict, "subdistrict", 60)}
    log_change(session, row, ChangeAction.UPDATE, apply_fields(row, fields))


def add_grid(session: Session, community_id: int, name: str) -> int:
    get_or_error(session, Community, community_id, "community")
    clean = required_text(name, "grid", 60)
    _unique_grid(session, community_id, clean, None)
    row = Grid(community_id=community_id, name=clean)
    session.add(row)
    log_change(session, row, ChangeAction.CREATE, snapshot(row))
    return row.id


def rename_grid(session: Session, grid_id: int, name: str) -> None:
    row = get_or_error(session, Grid, grid_id, "grid")
    clean = required_text(name, "grid", 60)
    _unique_grid(session, row.community_id, clean, grid_id)
    log_change(session, row, ChangeAction.UPDATE, apply_fields(row, {"name": clean}))


def delete_grid(session: Session, grid_id: int) -> None:
    """Only an unused grid can go: posts held there are history that must stay."""
    row = get_or_error(session, Grid, grid_id, "grid")
    posts = session.scalar(select(func.count()).where(GridPost.grid_id == grid_id))
    if posts:
        raise ValidationError(
            "grid",
            msg("{label}：该网格有 {n} 条任职记录，不能删除", label=label_of("grid"), n=posts),
        )
    session.execute(update(Member).where(Member.grid_id == grid_id).values(grid_id=None))
    log_change(session, row, ChangeAction.DELETE, snapshot(row))
    session.delete(row)


def _unique_grid(session: Session, community_id: int, name: str, exclude: int | None) -> None:
    found = session.scalar(
        select(Grid.id).where(Grid.community_id == community_id, Grid.name == name)
    )
    if found is not None and found != exclude:
        raise ValidationError(
            "grid", msg("{label}：本社区已有“{name}”", label=label_of("grid"), name=name)
        )


def _station_fields(session: Session, data: StationData, exclude: int | None) -> dict[str, object]:
    name = required_text(data.name, "station", 80)
    unique_name(session, Station, name, "station", exclude)
    if not isinstance(data.kind, StationKind):
        raise ValidationError("kind", msg("{label}：请选择驿站类别", label=label_of("kind")))
    optional_ref(session, Community, data.community_id, "community")
    return {
        "name": name,
        "kind": data.kind,
        "address": optional_text(data.address, "address", 200),
        "community_id": data.community_id,
        "contact": optional_text(data.contact, "contact", 60),
        "phone": check_phone(data.phone),
    }


def add_station(session: Session, data: StationData) -> int:
    row = Station(**_station_fields(session, data, None))
    session.add(row)
    log_change(session, row, ChangeAction.CREATE, snapshot(row))
    return row.id


def update_station(session: Session, station_id: int, data: StationData) -> None:
    row = get_or_error(session, Station, station_id, "station")
    fields = _station_fields(session, data, station_id)
    log_change(session, row, ChangeAction.UPDATE, apply_fields(row, fields))


def _branch_fields(session: Session, data: BranchData, exclude: int | None) -> dict[str, object]:
    name = required_text(data.name, "branch", 100)
    unique_name(session, Branch, name, "branch", exclude)
    if not isinstance(data.category, BranchCategory):
        raise ValidationError(
            "category",
            msg("{label}：请选择支部类别（县直、街镇、企业、其他）", label=label_of("category")),
        )
    optional_ref(session, Station, data.station_id, "station")
    return {
        "name": name,
        "category": data.category,
        "station_id": data.station_id,
        "secretary": optional_text(data.secretary, "secretary", 30),
    }


def add_branch(session: Session, data: BranchData) -> int:
    row = Branch(**_branch_fields(session, data, None))
    session.add(row)
    log_change(session, row, ChangeAction.CREATE, snapshot(row))
    return row.id


def update_branch(session: Session, branch_id: int, data: BranchData) -> None:
    row = get_or_error(session, Branch, branch_id, "branch")
    fields = _branch_fields(session, data, branch_id)
    log_change(session, row, ChangeAction.UPDATE, apply_fields(row, fields))

"""What a printed roster is of, in words for its heading: "（所在支部：县教育局离退休干部党支部）".

A roster filtered to one branch or team used to print the same heading as the whole
roster, so two sheets on the county office's desk could not be told apart.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from station_desk.db.queries.printing import MemberFilter
from station_desk.db.schema.models import Branch, Community, Grid, Station, Team
from station_desk.domain import books
from station_desk.domain.enums import CommunityPostKind, GridPostKind, RetirementKind


def _name(session: Session, model: type, row_id: int | None) -> str:
    if row_id is None:
        return ""
    row = session.get(model, row_id)
    return str(getattr(row, "name", "") or "") if row is not None else ""


def _post_label(kind: str) -> str:
    if kind == "*":
        return "任一职务"
    for kinds in (GridPostKind, CommunityPostKind):
        for k in kinds:
            if k.value == kind:
                return k.label
    return kind


def filter_subtitle(session: Session, flt: MemberFilter) -> str:
    """The filters of ``flt`` named, or "" for the whole roster (or an explicit selection,
    which the caller describes)."""
    parts = []
    for label, model, row_id in (
        (books.STATION.label, Station, flt.station_id),
        ("所在支部", Branch, flt.branch_id),
        (books.COMMUNITY.label, Community, flt.community_id),
        (books.GRID.label, Grid, flt.grid_id),
        (books.TEAM.label, Team, flt.team_id),
    ):
        name = _name(session, model, row_id)
        if name:
            parts.append(f"{label}：{name}")
    if flt.post_kind:
        parts.append(f"职务：{_post_label(flt.post_kind)}")
    if flt.is_party_member is not None:
        parts.append("党员" if flt.is_party_member else "非党员")
    if flt.retirement_kind:
        labels = {k.value: k.label for k in RetirementKind}
        parts.append(labels.get(flt.retirement_kind, flt.retirement_kind))
    return f"（{'，'.join(parts)}）" if parts else ""

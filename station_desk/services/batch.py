"""Change many members in one step: 驿站, 支部, 社区/网格, or join a team.

One unit of work: every reference is checked first (a branch deleted meanwhile is refused
by name), then every member is changed and logged as the single edits are, under one
``batch`` line that names the action for the history and for undo. Any error leaves the
ledger as it was (the unit of work rolls back).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_desk.db.schema.models import Branch, Community, Grid, Member, Station
from station_desk.domain.enums import ChangeAction
from station_desk.domain.messages import Message, msg
from station_desk.domain.problems import ValidationError, label_of
from station_desk.services.common import apply_fields, get_or_error, log_change, log_event
from station_desk.services.teams import add_team_members

#: The member columns a batch may set, with the table each refers to and its field name.
_REFERENCES: dict[str, tuple[type[Any], str]] = {
    "station_id": (Station, "station"),
    "branch_id": (Branch, "branch"),
    "community_id": (Community, "community"),
    "grid_id": (Grid, "grid"),
}
BATCH_TABLE = "batch"


@dataclass(frozen=True)
class BatchEdit:
    """What to set on every member. ``values`` maps a column of ``_REFERENCES`` to the new
    id (None clears it); a column not named is left alone. ``team_id`` adds everyone to a
    team on ``joined_on`` with ``role``."""

    values: dict[str, int | None] = field(default_factory=dict)
    team_id: int | None = None
    joined_on: date | None = None
    role: str = "队员"

    def is_empty(self) -> bool:
        return not self.values and self.team_id is None


def _check_references(session: Session, edit: BatchEdit) -> dict[str, int | None]:
    values = dict(edit.values)
    for column in values:
        if column not in _REFERENCES:
            raise ValidationError(column, msg("批量修改：不能修改“{column}”", column=column))
    for column, (model, name) in _REFERENCES.items():
        if values.get(column) is not None:
            get_or_error(session, model, values[column], name)
    grid_id = values.get("grid_id")
    if grid_id is not None:
        grid = session.get(Grid, grid_id)
        assert grid is not None
        community = values.get("community_id", grid.community_id)
        if community is not None and community != grid.community_id:
            raise ValidationError(
                "grid", msg("{label}：所选网格不属于所选社区", label=label_of("grid"))
            )
        values["community_id"] = grid.community_id
    return values


def _members(session: Session, member_ids: Sequence[int]) -> list[Member]:
    ids = list(dict.fromkeys(member_ids))
    if not ids:
        raise ValidationError("member", msg("{label}：请至少选择一位", label=label_of("member")))
    found = {
        m.id: m
        for m in session.scalars(
            select(Member).where(Member.id.in_(ids), Member.deleted_at.is_(None))
        )
    }
    missing = [i for i in ids if i not in found]
    if missing:
        raise ValidationError(
            "member",
            msg(
                "{label}：其中 {n} 位已被删除或不存在，请刷新后重选",
                label=label_of("member"),
                n=len(missing),
            ),
        )
    return [found[i] for i in ids]


def describe_edit(edit: BatchEdit, names: dict[str, str]) -> Message:
    """What the batch does, in words: "党支部 → 城区第一支部；加入队伍 → 博爱驿站".
    ``names`` gives the chosen records' names by column ("team_id" for the team)."""
    parts = [
        msg(
            "{label} → {name}",
            label=label_of(_REFERENCES[c][1]),
            name=names.get(c) or msg("（无）"),
        )
        for c in _REFERENCES
        if c in edit.values
    ]
    if edit.team_id is not None:
        parts.append(msg("加入队伍 → {name}", name=names.get("team_id", "")))
    if not parts:
        return msg("（未选择要修改的项）")
    text = parts[0]
    for part in parts[1:]:
        text = msg("{first}；{rest}", first=text, rest=part)
    return text


def batch_update_members(
    session: Session,
    member_ids: Sequence[int],
    edit: BatchEdit,
    *,
    what: str = "",
    today: date | None = None,
) -> int:
    """Apply ``edit`` to every member of ``member_ids``; the number of members changed.

    ``what`` is the edit in words (``describe_edit``) for the history's batch line.
    """
    if edit.is_empty():
        raise ValidationError("batch", msg("批量修改：请至少勾选一项要修改的内容"))
    values = _check_references(session, edit)
    members = _members(session, member_ids)
    changed = 0
    for member in members:
        fields = dict(values)
        if "community_id" in values and "grid_id" not in values and member.grid_id is not None:
            grid = session.get(Grid, member.grid_id)
            if grid is None or grid.community_id != values["community_id"]:
                fields["grid_id"] = None  # a grid of another community cannot stay
        changes = apply_fields(member, fields)
        if changes:
            log_change(session, member, ChangeAction.UPDATE, changes)
            changed += 1
    if edit.team_id is not None:
        add_team_members(
            session,
            edit.team_id,
            [m.id for m in members],
            joined_on=edit.joined_on or today or date.today(),
            role=edit.role,
            today=today,
        )
        changed = len(members)
    label = msg("批量修改 {n} 位老同志：{what}", n=len(members), what=what or "")
    log_event(
        session, BATCH_TABLE, ChangeAction.UPDATE, label, members=len(members), what=str(what)
    )
    return changed

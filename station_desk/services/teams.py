"""Teams (志愿服务队, 艺术团, 宣讲团) and who serves in them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_desk.db.schema.models import Member, Station, Team, TeamMembership, utcnow
from station_desk.domain.date_rules import check_date
from station_desk.domain.enums import ChangeAction, TeamKind
from station_desk.domain.inputs import TeamData
from station_desk.domain.messages import msg
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


def _team_fields(
    session: Session, data: TeamData, exclude: int | None, today: date
) -> dict[str, object]:
    name = required_text(data.name, "team", 80)
    unique_name(session, Team, name, "team", exclude)
    if not isinstance(data.kind, TeamKind):
        raise ValidationError(
            "kind", msg("{label}：请选择志愿服务队、艺术团或宣讲团", label=label_of("kind"))
        )
    optional_ref(session, Station, data.station_id, "station")
    optional_ref(session, Member, data.leader_id, "leader")
    check_date(data.founded_on, field="founded_on", today=today)
    return {
        "name": name,
        "kind": data.kind,
        "station_id": data.station_id,
        "leader_id": data.leader_id,
        "founded_on": data.founded_on,
        "focus": optional_text(data.focus, "focus", 200),
    }


def add_team(session: Session, data: TeamData, *, today: date | None = None) -> int:
    row = Team(**_team_fields(session, data, None, today or date.today()))
    session.add(row)
    log_change(session, row, ChangeAction.CREATE, snapshot(row))
    return row.id


def update_team(
    session: Session, team_id: int, data: TeamData, *, today: date | None = None
) -> None:
    row = get_or_error(session, Team, team_id, "team")
    fields = _team_fields(session, data, team_id, today or date.today())
    log_change(session, row, ChangeAction.UPDATE, apply_fields(row, fields))


def delete_team(session: Session, team_id: int) -> None:
    """To the recycle bin; its memberships and activities wait there with it."""
    row = get_or_error(session, Team, team_id, "team")
    row.deleted_at = utcnow()
    log_change(session, row, ChangeAction.DELETE)


def restore_team(session: Session, team_id: int) -> None:
    row = session.get(Team, team_id)
    if row is None or row.deleted_at is None:
        raise ValidationError("team", msg("{label}：回收站中没有这条记录", label=label_of("team")))
    row.deleted_at = None
    log_change(session, row, ChangeAction.RESTORE)


def add_team_members(
    session: Session,
    team_id: int,
    member_ids: Iterable[int],
    *,
    joined_on: date,
    role: str = "队员",
    today: date | None = None,
) -> list[int]:
    """Add several members at once; members already in the team are refused by name."""
    team = get_or_error(session, Team, team_id, "team")
    check_date(joined_on, field="joined_on", today=today or date.today(), required=True)
    role = required_text(role, "role", 30)
    ids = list(dict.fromkeys(member_ids))
    if not ids:
        raise ValidationError("member", msg("{label}：请至少选择一位", label=label_of("member")))
    current = set(
        session.scalars(
            select(TeamMembership.member_id).where(
                TeamMembership.team_id == team_id,
                TeamMembership.member_id.in_(ids),
                TeamMembership.left_on.is_(None),
            )
        )
    )
    created = []
    for member_id in ids:
        member = get_or_error(session, Member, member_id, "member")
        if member_id in current:
            raise ValidationError(
                "member",
                msg(
                    "{label}：{name}已在“{team}”中",
                    label=label_of("member"),
                    name=member.name,
                    team=team.name,
                ),
            )
        row = TeamMembership(team_id=team_id, member_id=member_id, role=role, joined_on=joined_on)
        session.add(row)
        log_change(session, row, ChangeAction.CREATE, snapshot(row), label=member.name)
        created.append(row.id)
    return created


def leave_team(
    session: Session, membership_id: int, left_on: date, *, today: date | None = None
) -> None:
    """A member leaves: the membership keeps its dates for the history and the figures."""
    row = session.get(TeamMembership, membership_id)
    if row is None:
        raise ValidationError("member", msg("{label}：队员记录不存在", label=label_of("member")))
    if row.left_on is not None:
        raise ValidationError("left_on", msg("{label}：该队员已离队", label=label_of("left_on")))
    check_date(left_on, field="left_on", today=today or date.today(), required=True)
    if left_on < row.joined_on:
        raise ValidationError(
            "left_on",
            msg(
                "{label}：不能早于加入时间（{day}）",
                label=label_of("left_on"),
                day=row.joined_on.isoformat(),
            ),
        )
    row.left_on = left_on
    log_change(session, row, ChangeAction.UPDATE, {"left_on": [None, left_on.isoformat()]})


def remove_team_membership(session: Session, membership_id: int) -> None:
    """Remove a membership entered by mistake (not a member leaving: see ``leave_team``)."""
    row = session.get(TeamMembership, membership_id)
    if row is None:
        raise ValidationError("member", msg("{label}：队员记录不存在", label=label_of("member")))
    log_change(session, row, ChangeAction.DELETE, snapshot(row))
    session.delete(row)

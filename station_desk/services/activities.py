"""Service activities (志愿服务活动) with each participant's hours, and donations.

``save_activity`` is the use case the desk calls: the outing, its participants and its
donations in one call that succeeds or leaves the ledger as it was (docs/ARCHITECTURE.md
§Flows). ``record_activity``/``update_activity`` remain its parts, and the importer's.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from station_desk.db.schema.models import (
    Donation,
    Member,
    ServiceActivity,
    ServiceRecord,
    Team,
    TeamMembership,
    utcnow,
)
from station_desk.domain.date_rules import check_date
from station_desk.domain.enums import ChangeAction, DonationKind
from station_desk.domain.inputs import ActivityData, DonationData
from station_desk.domain.messages import msg
from station_desk.domain.problems import ValidationError, label_of
from station_desk.domain.units import check_fen, check_minutes
from station_desk.services.common import (
    apply_fields,
    get_or_error,
    log_change,
    non_negative,
    optional_text,
    required_text,
    snapshot,
)


def _activity_fields(session: Session, data: ActivityData, today: date) -> dict[str, object]:
    get_or_error(session, Team, data.team_id, "team")
    check_date(data.held_on, field="held_on", today=today, required=True)
    return {
        "team_id": data.team_id,
        "title": required_text(data.title, "title", 100),
        "category": optional_text(data.category, "category", 40),
        "held_on": data.held_on,
        "place": optional_text(data.place, "place", 100),
        "content": optional_text(data.content, "content", 4000),
        "beneficiaries": non_negative(data.beneficiaries, "beneficiaries"),
        "notes": optional_text(data.notes, "notes", 2000),
    }


def _minutes_by_member(session: Session, data: ActivityData) -> dict[int, int]:
    """Each participant's minutes, checked by ``units.check_minutes`` and named by member."""
    minutes: dict[int, int] = {}
    for member_id, value in data.minutes.items():
        member = get_or_error(session, Member, member_id, "member")
        try:
            minutes[member_id] = check_minutes(value)
        except ValidationError as exc:
            raise ValidationError(
                "hours", msg("{name}的{problem}", name=member.name, problem=exc.message)
            ) from exc
    return minutes


def record_activity(session: Session, data: ActivityData, *, today: date | None = None) -> int:
    """One outing: the activity, one ServiceRecord per participant, its donations."""
    today = today or date.today()
    fields = _activity_fields(session, data, today)
    minutes = _minutes_by_member(session, data)
    _check_participants_in_team(session, data.team_id, minutes, data.held_on)
    row = ServiceActivity(**fields)
    session.add(row)
    log_change(session, row, ChangeAction.CREATE, {**snapshot(row), "participants": len(minutes)})
    for member_id, value in minutes.items():
        session.add(ServiceRecord(activity_id=row.id, member_id=member_id, minutes=value))
    for donation in data.donations:
        add_donation(session, donation, activity_id=row.id, today=today)
    return row.id


def update_activity(
    session: Session, activity_id: int, data: ActivityData, *, today: date | None = None
) -> None:
    """Replace the activity's fields and participants' hours (donations are kept)."""
    today = today or date.today()
    row = get_or_error(session, ServiceActivity, activity_id, "activity")
    fields = _activity_fields(session, data, today)
    minutes = _minutes_by_member(session, data)
    _check_participants_in_team(session, data.team_id, minutes, data.held_on)
    changes = apply_fields(row, fields)
    session.execute(delete(ServiceRecord).where(ServiceRecord.activity_id == activity_id))
    for member_id, value in minutes.items():
        session.add(ServiceRecord(activity_id=activity_id, member_id=member_id, minutes=value))
    changes["participants"] = [None, len(minutes)]
    log_change(session, row, ChangeAction.UPDATE, changes)


def save_activity(
    session: Session,
    data: ActivityData,
    *,
    activity_id: int | None = None,
    dropped_donations: Sequence[int] = (),
    today: date | None = None,
) -> int:
    """Record a new outing (``activity_id`` None) or edit one: fields, participants' hours,
    donations the clerk removed and ``data.donations`` added; returns the activity's id.

    It runs in a savepoint, so a refusal anywhere (a bad amount in the third donation) leaves
    the ledger as it was even if the caller's unit of work goes on and commits.
    """
    today = today or date.today()
    with session.begin_nested():
        if activity_id is None:
            return record_activity(session, data, today=today)
        update_activity(session, activity_id, data, today=today)
        for donation_id in dropped_donations:
            dropped = session.get(Donation, donation_id)
            if dropped is not None and dropped.activity_id != activity_id:
                raise ValidationError(
                    "donation", msg("{label}：不属于这次活动", label=label_of("donation"))
                )
            delete_donation(session, donation_id)
        for donation in data.donations:
            add_donation(session, donation, activity_id=activity_id, today=today)
        return activity_id


def _check_participants_in_team(
    session: Session, team_id: int, minutes: dict[int, int], held_on: date
) -> None:
    """Hours are recorded only for members who belonged to the team on the day."""
    if not minutes:
        return
    rows = session.execute(
        select(TeamMembership.member_id).where(
            TeamMembership.team_id == team_id,
            TeamMembership.member_id.in_(list(minutes)),
            TeamMembership.joined_on <= held_on,
            (TeamMembership.left_on.is_(None)) | (TeamMembership.left_on >= held_on),
        )
    ).scalars()
    outside = set(minutes) - set(rows)
    if outside:
        names = session.scalars(select(Member.name).where(Member.id.in_(outside))).all()
        raise ValidationError(
            "member",
            msg(
                "{label}：{names}在活动当天不是本队队员",
                label=label_of("member"),
                names="、".join(sorted(names)),
            ),
        )


def delete_activity(session: Session, activity_id: int) -> None:
    row = get_or_error(session, ServiceActivity, activity_id, "activity")
    row.deleted_at = utcnow()
    log_change(session, row, ChangeAction.DELETE)


def restore_activity(session: Session, activity_id: int) -> None:
    row = session.get(ServiceActivity, activity_id)
    if row is None or row.deleted_at is None:
        raise ValidationError("activity", msg("活动：回收站中没有这条记录"))
    row.deleted_at = None
    log_change(session, row, ChangeAction.RESTORE)


def add_donation(
    session: Session,
    data: DonationData,
    *,
    activity_id: int | None = None,
    today: date | None = None,
) -> int:
    """Money in yuan (stored as fen, never rounded) or goods as a count of items."""
    if (data.member_id is None) == (data.team_id is None):
        raise ValidationError(
            "donor", msg("{label}：请选择一位老同志或一支队伍（只选其一）", label=label_of("donor"))
        )
    if data.member_id is not None:
        get_or_error(session, Member, data.member_id, "member")
    if data.team_id is not None:
        get_or_error(session, Team, data.team_id, "team")
    check_date(data.donated_on, field="donated_on", today=today or date.today(), required=True)
    amount_fen, item_count = 0, 0
    if data.kind is DonationKind.MONEY:
        amount_fen = check_fen(data.amount_fen)
    elif data.kind is DonationKind.GOODS:
        if not isinstance(data.item_count, int) or data.item_count <= 0:
            raise ValidationError(
                "item_count", msg("{label}：捐物须填写大于 0 的件数", label=label_of("item_count"))
            )
        item_count = data.item_count
    else:
        raise ValidationError("kind", msg("{label}：请选择捐款或捐物", label=label_of("kind")))
    row = Donation(
        donated_on=data.donated_on,
        member_id=data.member_id,
        team_id=data.team_id,
        activity_id=activity_id,
        kind=data.kind,
        amount_fen=amount_fen,
        item_count=item_count,
        description=optional_text(data.description, "description", 200),
        purpose=optional_text(data.purpose, "purpose", 200),
    )
    session.add(row)
    log_change(session, row, ChangeAction.CREATE, snapshot(row), label=row.description)
    return row.id


def delete_donation(session: Session, donation_id: int) -> None:
    row = session.get(Donation, donation_id)
    if row is None:
        raise ValidationError("donation", msg("{label}：记录不存在", label=label_of("donation")))
    log_change(session, row, ChangeAction.DELETE, snapshot(row))
    session.delete(row)

"""Cultural events (文化活动) with their participants, and members' works (作品)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete
from sqlalchemy.orm import Session

from station_desk.db.schema.models import (
    CulturalEvent,
    EventParticipation,
    Member,
    Station,
    Team,
    Work,
    utcnow,
)
from station_desk.domain.date_rules import check_date
from station_desk.domain.enums import ChangeAction, EventKind, ParticipationRole, WorkKind
from station_desk.domain.inputs import EventData, WorkData
from station_desk.domain.messages import msg
from station_desk.domain.problems import ValidationError, label_of
from station_desk.services.common import (
    apply_fields,
    get_or_error,
    log_change,
    non_negative,
    optional_ref,
    optional_text,
    required_text,
    snapshot,
)


def _event_fields(session: Session, data: EventData, today: date) -> dict[str, object]:
    if not isinstance(data.kind, EventKind):
        raise ValidationError("kind", msg("{label}：请选择活动类别", label=label_of("kind")))
    check_date(data.held_on, field="held_on", today=today, required=True)
    optional_ref(session, Station, data.station_id, "station")
    optional_ref(session, Team, data.team_id, "team")
    return {
        "title": required_text(data.title, "title", 100),
        "kind": data.kind,
        "held_on": data.held_on,
        "place": optional_text(data.place, "place", 100),
        "station_id": data.station_id,
        "team_id": data.team_id,
        "audience": non_negative(data.audience, "audience"),
        "description": optional_text(data.description, "description", 4000),
    }


def _participants(session: Session, data: EventData) -> list[tuple[int, ParticipationRole]]:
    seen: set[tuple[int, ParticipationRole]] = set()
    for member_id, role in data.participants:
        get_or_error(session, Member, member_id, "member")
        if not isinstance(role, ParticipationRole):
            raise ValidationError(
                "role", msg("{label}：请选择主讲、演员、组织或参与", label=label_of("role"))
            )
        seen.add((member_id, role))
    return sorted(seen)


def add_event(session: Session, data: EventData, *, today: date | None = None) -> int:
    fields = _event_fields(session, data, today or date.today())
    people = _participants(session, data)
    row = CulturalEvent(**fields)
    session.add(row)
    log_change(session, row, ChangeAction.CREATE, {**snapshot(row), "participants": len(people)})
    for member_id, role in people:
        session.add(EventParticipation(event_id=row.id, member_id=member_id, role=role))
    return row.id


def update_event(
    session: Session, event_id: int, data: EventData, *, today: date | None = None
) -> None:
    """Replace the event's fields and its participants."""
    row = get_or_error(session, CulturalEvent, event_id, "event")
    fields = _event_fields(session, data, today or date.today())
    people = _participants(session, data)
    changes = apply_fields(row, fields)
    session.execute(delete(EventParticipation).where(EventParticipation.event_id == event_id))
    for member_id, role in people:
        session.add(EventParticipation(event_id=event_id, member_id=member_id, role=role))
    changes["participants"] = [None, len(people)]
    log_change(session, row, ChangeAction.UPDATE, changes)


def delete_event(session: Session, event_id: int) -> None:
    row = get_or_error(session, CulturalEvent, event_id, "event")
    row.deleted_at = utcnow()
    log_change(session, row, ChangeAction.DELETE)


def restore_event(session: Session, event_id: int) -> None:
    row = session.get(CulturalEvent, event_id)
    if row is None or row.deleted_at is None:
        raise ValidationError("event", msg("活动：回收站中没有这条记录"))
    row.deleted_at = None
    log_change(session, row, ChangeAction.RESTORE)


def _work_fields(session: Session, data: WorkData, today: date) -> dict[str, object]:
    """The checked columns of a work, the same rules for a new work and an edited one."""
    author = get_or_error(session, Member, data.author_id, "author")
    if not isinstance(data.kind, WorkKind):
        raise ValidationError(
            "kind", msg("{label}：请选择诗词、书法、绘画、剪纸或其他", label=label_of("kind"))
        )
    check_date(data.made_on, field="made_on", today=today, not_before=author.birth_date)
    optional_ref(session, CulturalEvent, data.event_id, "event")
    return {
        "author_id": data.author_id,
        "title": required_text(data.title, "title", 100),
        "kind": data.kind,
        "made_on": data.made_on,
        "theme": optional_text(data.theme, "theme", 100),
        "event_id": data.event_id,
    }


def add_work(session: Session, data: WorkData, *, today: date | None = None) -> int:
    row = Work(**_work_fields(session, data, today or date.today()))
    session.add(row)
    log_change(session, row, ChangeAction.CREATE, snapshot(row))
    return row.id


def update_work(
    session: Session, work_id: int, data: WorkData, *, today: date | None = None
) -> None:
    """Change a work in place, so its id, uuid and history stay those of the same work."""
    row = session.get(Work, work_id)
    if row is None:
        raise ValidationError("work", msg("{label}：记录不存在", label=label_of("work")))
    fields = _work_fields(session, data, today or date.today())
    changes = apply_fields(row, fields)
    if changes:
        log_change(session, row, ChangeAction.UPDATE, changes)


def delete_work(session: Session, work_id: int) -> None:
    row = session.get(Work, work_id)
    if row is None:
        raise ValidationError("work", msg("{label}：记录不存在", label=label_of("work")))
    log_change(session, row, ChangeAction.DELETE, snapshot(row))
    session.delete(row)

"""编辑 → 撤销: take back the clerk's last change, read from the change log.

Every line a unit of work writes shares one moment (``common.action_at``), so the log
holds actions, not loose lines. The last action that changed records (not a print, an
export or a reveal) is undone as a whole: an edit gets its old values back, an added
record goes to the recycle bin (a link row such as a team membership is removed), a
record moved to the recycle bin comes back, a batch is undone member by member. The undo
is itself an action in the log, with an ``undo`` line naming the moment it undid, so the
next 撤销 reaches the action before. What the log cannot restore exactly is refused in
words: ID numbers and phones are logged masked (PIPL), a purged record is gone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, select
from sqlalchemy.orm import Session

from station_desk.db.schema.models import Base, ChangeLog, Member
from station_desk.domain.enums import ChangeAction
from station_desk.domain.messages import Message, msg
from station_desk.domain.problems import ValidationError, label_of
from station_desk.domain.search import member_search_keys, sort_key
from station_desk.services.common import apply_fields, log_change, log_event, snapshot
from station_desk.services.history import TABLE_LABELS

UNDO_TABLE = "undo"
_NOT_CHANGES = {ChangeAction.REVEAL, ChangeAction.EXPORT, ChangeAction.PRINT}
_EVENT_TABLES = {"batch", "export", UNDO_TABLE}
_MASKED = ("id_number", "phone")
_SCAN = 300


@dataclass(frozen=True)
class UndoStep:
    """The action 撤销 would take back: its moment, its name, and why not if it cannot."""

    at: datetime
    label: str
    problem: str = ""


def _model_of(table: str) -> type[Any] | None:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_  # type: ignore[no-any-return]
    return None


def _entries(session: Session, at: datetime) -> list[ChangeLog]:
    return list(session.scalars(select(ChangeLog).where(ChangeLog.at == at).order_by(ChangeLog.id)))


def _data(row: ChangeLog) -> dict[str, Any]:
    try:
        data = json.loads(row.changes or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _is_change(row: ChangeLog) -> bool:
    return row.action not in _NOT_CHANGES and row.table_name != "export"


def _label(rows: list[ChangeLog]) -> str:
    for row in rows:
        if row.table_name == "batch":
            data = _data(row)
            return msg(
                "批量修改 {n} 位老同志：{what}", n=data.get("members", 0), what=data.get("what", "")
            )
    first = rows[0]
    table = TABLE_LABELS.get(first.table_name, first.table_name)
    text = msg(
        "{action}{table}“{name}”", action=first.action.label, table=table, name=first.row_label
    )
    others = len([r for r in rows if r.table_name not in _EVENT_TABLES]) - 1
    return msg("{first}等 {n} 项", first=text, n=others + 1) if others > 0 else text


def last_change(session: Session) -> UndoStep | None:
    """The newest action 撤销 would take back, or None when there is none."""
    undone: set[str] = set()
    moments = session.scalars(
        select(ChangeLog.at).group_by(ChangeLog.at).order_by(ChangeLog.at.desc()).limit(_SCAN)
    )
    for at in moments:
        rows = _entries(session, at)
        marks = [r for r in rows if r.table_name == UNDO_TABLE]
        if marks:
            undone.update(str(_data(r).get("action_at", "")) for r in marks)
            continue
        if at.isoformat() in undone:
            continue
        changes = [r for r in rows if _is_change(r)]
        if not changes:
            continue
        return UndoStep(at, _label(changes), _problem(session, changes))
    return None


def _value(column: Any, value: Any) -> Any:
    """A logged (JSON) value as the column holds it."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class(value)
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Boolean):
        return bool(value)
    return value


def _row(session: Session, entry: ChangeLog) -> Any:
    model = _model_of(entry.table_name)
    if model is None or not entry.row_uuid or not hasattr(model, "uuid"):
        return None
    return session.scalar(select(model).where(model.uuid == entry.row_uuid))


def _problem(session: Session, entries: list[ChangeLog]) -> Message | str:
    """Why these entries cannot be undone exactly, or ""."""
    for entry in entries:
        if entry.table_name in _EVENT_TABLES:
            continue
        name = TABLE_LABELS.get(entry.table_name, entry.table_name)
        row = _row(session, entry)
        if row is None:
            return msg(
                "“{name}”这条{table}记录已不存在，无法撤销", name=entry.row_label, table=name
            )
        if entry.action is ChangeAction.UPDATE:
            data = _data(entry)
            masked = [f for f in _MASKED if f in data]
            if masked:
                return msg(
                    "{label}的旧值在变更记录中只存了遮挡后的号码，无法撤销，请在表单中改回",
                    label=label_of(masked[0]),
                )
            now = snapshot(row)
            columns = type(row).__table__.c
            for key, pair in data.items():
                if key not in columns or not isinstance(pair, list) or len(pair) != 2:
                    return msg("这一操作不能从变更记录撤销")
                if now.get(key) != pair[1]:
                    return msg(
                        "“{name}”的{label}之后又被改过，无法撤销",
                        name=entry.row_label,
                        label=label_of(key),
                    )
        elif entry.action is ChangeAction.DELETE:
            if not hasattr(row, "deleted_at"):
                return msg("删除的{table}记录无法撤销", table=name)
        elif entry.action is not ChangeAction.CREATE and entry.action is not ChangeAction.RESTORE:
            return msg("“{action}”不能撤销", action=entry.action.label)
    return ""


def _undo_entry(session: Session, entry: ChangeLog) -> None:
    row = _row(session, entry)
    if entry.action is ChangeAction.UPDATE:
        columns = type(row).__table__.c
        old = {k: _value(columns[k], pair[0]) for k, pair in _data(entry).items()}
        changes = apply_fields(row, old)
        if isinstance(row, Member):
            row.search_keys = member_search_keys(
                name=row.name, phone=row.phone, id_number=row.id_number, former_unit=row.former_unit
            )
            row.sort_key = sort_key(row.name)
        log_change(session, row, ChangeAction.UPDATE, changes, label=entry.row_label)
    elif entry.action is ChangeAction.CREATE:
        if hasattr(row, "deleted_at"):
            from station_desk.db.schema.models import utcnow

            row.deleted_at = utcnow()
            log_change(session, row, ChangeAction.DELETE, label=entry.row_label)
        else:
            log_change(session, row, ChangeAction.DELETE, snapshot(row), label=entry.row_label)
            session.delete(row)
    elif entry.action is ChangeAction.DELETE:
        row.deleted_at = None
        log_change(session, row, ChangeAction.RESTORE, label=entry.row_label)
    elif entry.action is ChangeAction.RESTORE:
        from station_desk.db.schema.models import utcnow

        row.deleted_at = utcnow()
        log_change(session, row, ChangeAction.DELETE, label=entry.row_label)


def undo_last(session: Session, expected: datetime | None = None) -> str:
    """Take back the last action (the one ``last_change`` named, if ``expected`` is given);
    its name. ValidationError when there is none or it cannot be undone exactly."""
    step = last_change(session)
    if step is None:
        raise ValidationError("undo", msg("撤销：没有可以撤销的操作"))
    if expected is not None and step.at != expected:
        raise ValidationError("undo", msg("撤销：台账已有新的改动，请重新选择“撤销”"))
    if step.problem:
        raise ValidationError("undo", msg("撤销：{problem}", problem=step.problem))
    entries = [e for e in _entries(session, step.at) if _is_change(e)]
    for entry in reversed(entries):
        if entry.table_name not in _EVENT_TABLES:
            _undo_entry(session, entry)
    log_event(
        session,
        UNDO_TABLE,
        ChangeAction.RESTORE,
        msg("撤销：{what}", what=step.label),
        action_at=step.at.isoformat(),
    )
    return step.label

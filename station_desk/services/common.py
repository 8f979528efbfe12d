"""What every service shares: the change log, lookups that fail in words, text fields.

Services are plain functions ``verb_noun(session, data) -> id`` run inside one unit of work
(``Ledger.unit_of_work``): they validate first, write, append a ``ChangeLog`` row, and leave
commit or rollback to the unit of work, so an error anywhere leaves the ledger unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from station_desk.db.schema.models import Base, ChangeLog, LedgerSetting, utcnow
from station_desk.domain.enums import ChangeAction
from station_desk.domain.messages import Message, msg
from station_desk.domain.privacy import mask_id_number, mask_phone
from station_desk.domain.problems import ValidationError, label_of
from station_desk.domain.text import normalize_text

M = TypeVar("M", bound=Base)

_AUDIT_MASK = {"id_number": mask_id_number, "phone": mask_phone}
_AUDIT_SKIP = {"id", "uuid", "created_at", "updated_at", "search_keys", "sort_key"}


_JSON_READY = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def snapshot(row: Base) -> dict[str, Any]:
    """The audited columns of ``row`` as JSON-ready values, ID numbers and phones masked.

    The change log must not become a second copy of personal data (PIPL): it says that a
    number changed and to what, masked as on screen.
    """
    return audit_values(type(row), {key: getattr(row, key) for key, _ in _audited(type(row))})


@cache
def _audited(model: type[Base]) -> tuple[tuple[str, Callable[[str], str] | None], ...]:
    return tuple(
        (col.key, _AUDIT_MASK.get(col.key))
        for col in inspect(model).column_attrs
        if col.key not in _AUDIT_SKIP
    )


def audit_values(model: type[Base], values: dict[str, Any]) -> dict[str, Any]:
    """What ``snapshot`` records for a ``model`` row with these column values (no ORM object,
    so a bulk import can log 10,000 rows cheaply)."""
    shown = {}
    get = values.get
    for key, mask in _audited(model):
        value = get(key)
        if type(value) not in _JSON_READY:
            value = _plain(value)
        shown[key] = mask(value) if mask and value else value
    return shown


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """``{field: [old, new]}`` for the fields that changed."""
    return {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}


def apply_fields(row: Base, fields: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Set ``fields`` on ``row``; the audited changes, as ``diff`` gives them for the log."""
    before = snapshot(row)
    for key, value in fields.items():
        setattr(row, key, value)
    return diff(before, snapshot(row))


def operator_of(session: Session) -> str:
    operator = session.info.get("operator") or ""
    if operator:
        return str(operator)
    setting = session.get(LedgerSetting, "operator")
    return setting.value if setting else ""


_last_action_at: list[datetime] = []


def action_at(session: Session) -> datetime:
    """One moment for every change-log line of a unit of work (one clerk's action), so
    undo finds the whole action: later than every action before it in this process."""
    at = session.info.get("action_at")
    if at is None:
        at = utcnow()
        if _last_action_at and at <= _last_action_at[0]:
            at = _last_action_at[0] + timedelta(microseconds=1)
        _last_action_at[:] = [at]
        session.info["action_at"] = at
    return at  # type: ignore[no-any-return]


def _action_done(session: Session, *_args: Any) -> None:
    session.info.pop("action_at", None)


# A session that commits more than once (tests, scripts) starts a new action each time.
event.listen(Session, "after_commit", _action_done)
event.listen(Session, "after_rollback", _action_done)


def log_change(
    session: Session,
    row: Base,
    action: ChangeAction,
    changes: dict[str, Any] | None = None,
    *,
    label: str = "",
) -> None:
    """Append one ChangeLog row for ``row`` (flushes first so the row has its uuid)."""
    session.flush()
    session.add(
        ChangeLog(
            at=action_at(session),
            operator=operator_of(session),
            table_name=row.__tablename__,
            row_uuid=getattr(row, "uuid", ""),
            row_label=label or str(getattr(row, "name", "") or getattr(row, "title", "")),
            action=action,
            changes=json.dumps(changes or {}, ensure_ascii=False, default=str),
        )
    )


def log_event(
    session: Session, table: str, action: ChangeAction, label: str, **details: Any
) -> None:
    """A change-log line that is not about one row's fields (reveals, exports, prints)."""
    session.add(
        ChangeLog(
            at=action_at(session),
            operator=operator_of(session),
            table_name=table,
            row_label=label[:100],
            action=action,
            changes=json.dumps(details, ensure_ascii=False, default=str),
        )
    )


def get_or_error(session: Session, model: type[M], row_id: int | None, field: str) -> M:
    """The row ``row_id`` of ``model``, or a ValidationError naming ``field``."""
    row = session.get(model, row_id) if row_id is not None else None
    if row is None or getattr(row, "deleted_at", None) is not None:
        raise ValidationError(field, msg("{label}：所选记录不存在或已删除", label=label_of(field)))
    return row


def optional_ref(session: Session, model: type[M], row_id: int | None, field: str) -> M | None:
    return None if row_id is None else get_or_error(session, model, row_id, field)


def too_long(field: str, text: str, max_len: int) -> Message:
    """The message for ``text`` longer than ``max_len`` characters in ``field``."""
    return msg(
        "{label}：最多 {max_len} 个字，现有 {n} 个",
        label=label_of(field),
        max_len=max_len,
        n=len(text),
    )


def required_text(value: str, field: str, max_len: int) -> str:
    text = normalize_text(value)
    if not text:
        raise ValidationError(field, msg("{label}：不能为空", label=label_of(field)))
    if len(text) > max_len:
        raise ValidationError(field, too_long(field, text, max_len))
    return text


def optional_text(value: str, field: str, max_len: int) -> str:
    text = normalize_text(value)
    if len(text) > max_len:
        raise ValidationError(field, too_long(field, text, max_len))
    return text


def non_negative(value: int, field: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValidationError(field, msg("{label}：应为不小于 0 的整数", label=label_of(field)))
    return value


def unique_name(
    session: Session, model: type[M], name: str, field: str, exclude: int | None
) -> None:
    stmt = select(model.id).where(model.name == name)  # type: ignore[attr-defined]
    found = session.scalar(stmt)
    if found is not None and found != exclude:
        raise ValidationError(
            field, msg("{label}：“{name}”已存在", label=label_of(field), name=name)
        )


def get_setting(session: Session, key: str, default: str = "") -> str:
    row = session.get(LedgerSetting, key)
    return row.value if row else default


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(LedgerSetting, key)
    if row is None:
        session.add(LedgerSetting(key=key, value=value))
    else:
        row.value = value

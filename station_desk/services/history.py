"""History: who changed what, when, from what to what; and the PIPL entries of the log.

The change log is written by every service (``services.common.log_change``). This module
reads it back for one record or for the whole ledger (filtered by date and operator), in
words a clerk reads: Chinese labels for tables, fields and enum values, local time. It also
writes the two entries PIPL asks for: every reveal of a full number and every export.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum as PyEnum
from typing import Any

from sqlalchemy import Enum, select
from sqlalchemy.orm import Session

from station_desk.db.schema.models import Base, ChangeLog, Member
from station_desk.domain.books import BOOKS
from station_desk.domain.enums import ChangeAction
from station_desk.domain.messages import Message, msg
from station_desk.domain.problems import ValidationError, label_of
from station_desk.services.common import log_change, log_event

#: The record kinds as the clerk reads them: each book's name (``station_desk.domain.books``), and
#: the log's entries that are not records of a book.
TABLE_LABELS: dict[str, str] = {
    **{book.table: book.label for book in BOOKS},
    "ledger_setting": msg("设置"),
    "export": msg("导出"),
    "batch": msg("批量修改"),
    "undo": msg("撤销"),
}
REVEALABLE = {"id_number": label_of("id_number"), "phone": label_of("phone")}
_EXTRA_LABELS = {
    "field": msg("字段"),
    "full_numbers": msg("含完整号码"),
    "rows": msg("行数"),
    "minutes": msg("时长（分钟）"),
    "amount_fen": msg("金额（分）"),
    "is_party_member": msg("中共党员"),
    **{book.reference: book.label for book in BOOKS if book.reference},
    "leader_id": msg("负责人"),
    "author_id": msg("作者"),
    "deleted_at": msg("删除时间"),
    "members": msg("人数"),
    "what": msg("内容"),
    "action_at": msg("所撤销操作的时间"),
}


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryLine:
    """One change-log entry in words; ``at`` is local time."""

    id: int
    at: datetime
    operator: str
    table: str
    row_label: str
    action: ChangeAction
    changes: tuple[FieldChange, ...]

    @property
    def table_label(self) -> str:
        return TABLE_LABELS.get(self.table, self.table)

    @property
    def action_label(self) -> str:
        return self.action.label

    def summary(self) -> str:
        """One line: "姓名：张三 → 李四；联系电话：…" (a message, so it reads in English too)."""
        parts = [
            msg("{label}：{old} → {new}", label=c.label, old=c.old, new=c.new)
            if c.old and c.new and c.old != c.new
            else msg("{label}：{message}", label=c.label, message=c.new or c.old)
            for c in self.changes
        ]
        if not parts:
            return ""
        line = parts[0]
        for part in parts[1:]:
            line = msg("{first}；{rest}", first=line, rest=part)
        return line


def field_label(field: str) -> str:
    return _EXTRA_LABELS.get(field) or label_of(field)


def to_local(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _to_utc(at: datetime) -> datetime:
    return at.astimezone(UTC).replace(tzinfo=None)


def _display(table: str, field: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, Message):
        return value
    if isinstance(value, bool):
        return msg("是") if value else msg("否")
    column = Base.metadata.tables[table].c.get(field) if table in Base.metadata.tables else None
    if column is not None and isinstance(column.type, Enum) and column.type.enum_class:
        enum_cls: type[PyEnum] = column.type.enum_class
        try:
            return str(getattr(enum_cls(value), "label", value))
        except ValueError:
            return str(value)
    return str(value)


def _changes(row: ChangeLog) -> tuple[FieldChange, ...]:
    try:
        data = json.loads(row.changes or "{}")
    except ValueError:
        return ()
    if not isinstance(data, dict):
        return ()
    out = []
    for key, value in data.items():
        if key == "deleted_at":
            continue
        old, new = (
            value
            if row.action is ChangeAction.UPDATE and isinstance(value, list)
            else (None, value)
        )
        if key == "field" and isinstance(new, str):
            new = REVEALABLE.get(new, field_label(new))
        old_text, new_text = _display(row.table_name, key, old), _display(row.table_name, key, new)
        if old_text or new_text:
            out.append(FieldChange(key, field_label(key), old_text, new_text))
    return tuple(out)


def _line(row: ChangeLog) -> HistoryLine:
    return HistoryLine(
        id=row.id,
        at=to_local(row.at),
        operator=row.operator,
        table=row.table_name,
        row_label=row.row_label,
        action=row.action,
        changes=_changes(row),
    )


def record_history(session: Session, table: str, row_id: int) -> list[HistoryLine]:
    """Every change to one record (found by its uuid, so it survives id reuse), oldest first."""
    if table not in Base.metadata.tables or "uuid" not in Base.metadata.tables[table].c:
        raise ValidationError("table", msg("记录类别：没有“{table}”这一类记录", table=table))
    t = Base.metadata.tables[table]
    row_uuid = session.scalar(select(t.c.uuid).where(t.c.id == row_id))
    if row_uuid is None:
        raise ValidationError(
            table, msg("{label}：记录不存在", label=TABLE_LABELS.get(table, table))
        )
    stmt = (
        select(ChangeLog)
        .where(ChangeLog.table_name == table, ChangeLog.row_uuid == row_uuid)
        .order_by(ChangeLog.at, ChangeLog.id)
    )
    return [_line(row) for row in session.scalars(stmt)]


def change_log(
    session: Session,
    *,
    since: date | None = None,
    until: date | None = None,
    operator: str | None = None,
    limit: int | None = 5000,
) -> list[HistoryLine]:
    """The whole log, newest first, between two local dates (inclusive) and for one operator."""
    stmt = select(ChangeLog)
    if since is not None:
        stmt = stmt.where(ChangeLog.at >= _to_utc(datetime.combine(since, time.min)))
    if until is not None:
        end = datetime.combine(until + timedelta(days=1), time.min)
        stmt = stmt.where(ChangeLog.at < _to_utc(end))
    if operator:
        stmt = stmt.where(ChangeLog.operator == operator)
    stmt = stmt.order_by(ChangeLog.at.desc(), ChangeLog.id.desc())
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_line(row) for row in session.scalars(stmt)]


def operators(session: Session) -> list[str]:
    """The operators named in the log, for the filter's drop-down."""
    stmt = select(ChangeLog.operator).where(ChangeLog.operator != "").distinct()
    return sorted(session.scalars(stmt))


def log_reveal(session: Session, member_id: int, field: str) -> None:
    """A full ID number or phone was shown for one member: the log says who saw which."""
    if field not in REVEALABLE:
        raise ValidationError("field", msg("字段：“{field}”不能单独显示完整号码", field=field))
    member = session.get(Member, member_id)
    if member is None:
        raise ValidationError("member", msg("{label}：记录不存在", label=label_of("member")))
    log_change(session, member, ChangeAction.REVEAL, {"field": field}, label=member.name)


def log_reveals(session: Session, member_id: int, fields: list[str]) -> None:
    """Several numbers of one member shown at once (the member dialog's 显示完整号码): one
    entry each, in one unit of work, so the log never holds half of a reveal."""
    for field in fields:
        log_reveal(session, member_id, field)


def log_export(session: Session, what: str, full_numbers: bool, rows: int) -> None:
    """An export (or print) left the ledger: what, how many rows, with full numbers or masked."""
    log_event(session, "export", ChangeAction.EXPORT, what, full_numbers=full_numbers, rows=rows)

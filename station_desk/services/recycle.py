"""The recycle bin (回收站): list, restore with links, purge by hand or after 30 days.

Deleting a member, team, service activity or cultural event only stamps ``deleted_at``, so
every link (team memberships, hours, participations) waits in place and comes back with a
restore. Purging deletes for good: the database cascades the links away, ``secure_delete``
zeroes the freed bytes, and afterwards the WAL is checkpointed and truncated (and the file
vacuumed when a purged ID number can still be found in it), so nothing lingers on disk.
"""

from __future__ import annotations

import math
import mmap
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_desk.db.engine import raw_connection
from station_desk.db.ledger import Ledger
from station_desk.db.models import CulturalEvent, Member, ServiceActivity, Team, utcnow
from station_desk.enums import ChangeAction
from station_desk.messages import msg
from station_desk.services import activities, events, members, teams
from station_desk.services.common import log_change
from station_desk.validation import ValidationError, label_of

PURGE_AFTER_DAYS = 30

#: What the bin holds, as the clerk reads it (messages, so the desk shows them translated).
KIND_LABELS: dict[str, str] = {
    "member": msg("老同志"),
    "team": msg("队伍"),
    "activity": msg("服务活动"),
    "event": msg("文体活动"),
}
_MODELS: dict[str, type[Member | Team | ServiceActivity | CulturalEvent]] = {
    "member": Member,
    "team": Team,
    "activity": ServiceActivity,
    "event": CulturalEvent,
}


@dataclass(frozen=True)
class BinEntry:
    """One row in the recycle bin, as the bin lists it."""

    kind: str
    id: int
    label: str
    deleted_at: datetime

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    def days_left(self, now: datetime | None = None, after_days: int = PURGE_AFTER_DAYS) -> int:
        """Days until the automatic purge (0 when due)."""
        due = self.deleted_at + timedelta(days=after_days)
        return max(0, math.ceil((due - (now or utcnow())).total_seconds() / 86400))


def list_bin(session: Session) -> list[BinEntry]:
    """Everything in the recycle bin, most recently deleted first."""
    entries: list[BinEntry] = []
    for kind, model in _MODELS.items():
        label = model.name if kind in ("member", "team") else model.title  # type: ignore[union-attr]
        rows = session.execute(
            select(model.id, label, model.deleted_at).where(model.deleted_at.is_not(None))
        )
        entries.extend(BinEntry(kind, row[0], row[1], row[2]) for row in rows)
    entries.sort(key=lambda e: (e.deleted_at, e.kind, e.id), reverse=True)
    return entries


def _kind(kind: str) -> str:
    if kind not in _MODELS:
        raise ValidationError(
            "kind",
            msg("{label}：回收站中没有“{kind}”这一类记录", label=label_of("kind"), kind=kind),
        )
    return kind


def restore_entry(session: Session, kind: str, row_id: int) -> None:
    """Take a row out of the bin with its links; an activity brings its deleted team back too."""
    kind = _kind(kind)
    if kind == "member":
        members.restore_member(session, row_id)
    elif kind == "team":
        teams.restore_team(session, row_id)
    elif kind == "activity":
        activities.restore_activity(session, row_id)
        activity = session.get(ServiceActivity, row_id)
        assert activity is not None
        team = session.get(Team, activity.team_id)
        if team is not None and team.deleted_at is not None:
            teams.restore_team(session, team.id)
    else:
        events.restore_event(session, row_id)


def purge_entry(session: Session, kind: str, row_id: int) -> str:
    """Delete a binned row for good, with its links; returns an ID number to scrub ("" if none).

    Only rows already in the bin can be purged, so a slip cannot destroy a live record.
    """
    kind = _kind(kind)
    model = _MODELS[kind]
    row: Member | Team | ServiceActivity | CulturalEvent | None = session.get(model, row_id)  # type: ignore[assignment]
    if row is None or row.deleted_at is None:
        raise ValidationError(kind, msg("{label}：回收站中没有这条记录", label=KIND_LABELS[kind]))
    if isinstance(row, Member):
        number = row.id_number
        members.purge_member(session, row_id)
        return number
    label = row.name if isinstance(row, Team) else row.title
    log_change(session, row, ChangeAction.PURGE, label=label)
    session.delete(row)
    return ""


def expired(
    session: Session, *, days: int = PURGE_AFTER_DAYS, now: datetime | None = None
) -> list[BinEntry]:
    """Bin entries deleted at least ``days`` days ago."""
    cutoff = (now or utcnow()) - timedelta(days=days)
    return [e for e in list_bin(session) if e.deleted_at <= cutoff]


def _ordered(entries: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Children before parents, so a purge never trips over an already cascaded row."""
    order = {"activity": 0, "event": 1, "member": 2, "team": 3}
    return sorted(set(entries), key=lambda e: (order[_kind(e[0])], e[1]))


def _exists(session: Session, kind: str, row_id: int) -> bool:
    model = _MODELS[kind]
    return session.execute(select(model.id).where(model.id == row_id)).first() is not None


def purge(ledger: Ledger, entries: list[tuple[str, int]], *, operator: str = "") -> int:
    """Purge ``(kind, id)`` pairs in one unit of work, then scrub the file; returns how many.

    A row already gone (cascaded away with a purged team) is skipped; a row not in the bin
    stops the whole purge with a ValidationError and nothing is deleted.
    """
    numbers: list[str] = []
    done = 0
    with ledger.unit_of_work(operator) as session:
        for kind, row_id in _ordered(entries):
            if not _exists(session, kind, row_id):
                continue
            number = purge_entry(session, kind, row_id)
            if number:
                numbers.append(number)
            done += 1
            session.flush()
            session.expunge_all()
    if done:
        scrub(ledger.path, numbers)
    return done


def purge_expired(
    ledger: Ledger, *, days: int = PURGE_AFTER_DAYS, now: datetime | None = None, operator: str = ""
) -> int:
    """The automatic purge: everything in the bin for ``days`` days or more."""
    with ledger.reading() as session:
        due = [(e.kind, e.id) for e in expired(session, days=days, now=now)]
    return purge(ledger, due, operator=operator) if due else 0


def _file_contains(path: Path, needles: list[bytes]) -> bool:
    if not path.exists() or path.stat().st_size == 0:
        return False
    with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        return any(data.find(needle) >= 0 for needle in needles)


def scrub(path: Path, numbers: list[str] | None = None) -> bool:
    """After a purge: checkpoint and truncate the WAL; VACUUM if a number is still in the file.

    Returns whether a VACUUM was needed. Needs the ledger to have no open unit of work.
    """
    conn = raw_connection(path)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        needles = [n.encode() for n in numbers or [] if n]
        vacuumed = False
        if needles and _file_contains(Path(path), needles):
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            vacuumed = True
        return vacuumed
    finally:
        conn.close()

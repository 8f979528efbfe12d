"""The recycle bin (回收站): list, restore with links, purge by hand or after 30 days.

Deleting a member, team, service activity or cultural event only stamps ``deleted_at``, so
every link (team memberships, hours, participations) waits in place and comes back with a
restore. Purging deletes for good: the database cascades the links away, the person's name
leaves the change log and the certificate register (``db.forget``), ``secure_delete``
zeroes the freed bytes, and afterwards the WAL is checkpointed and truncated (and the file
vacuumed when a purged name, ID number or phone can still be found in it), so nothing
lingers on disk. Backups made before hold the person still: ``db.backup_purge`` lists
them and purges them too when the clerk agrees.
"""

from __future__ import annotations

import math
import mmap
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from station_desk.db.safekeeping.forget import (
    PURGED_KEY,
    PURGED_LABEL,
    Person,
    Run,
    forget_member,
    person,
)
from station_desk.db.safekeeping.health import describe_error
from station_desk.db.schema.engine import raw_connection
from station_desk.db.schema.ledger import Ledger, LedgerError
from station_desk.db.schema.models import (
    CulturalEvent,
    LedgerSetting,
    Member,
    ServiceActivity,
    Team,
    utcnow,
)
from station_desk.domain.books import IN_RECYCLE_BIN
from station_desk.domain.enums import ChangeAction
from station_desk.domain.messages import msg
from station_desk.domain.problems import ValidationError, label_of
from station_desk.services import activities, events, members, teams
from station_desk.services.common import log_change

PURGE_AFTER_DAYS = 30

#: What the bin holds, as the clerk reads it: each book's name (``station_desk.domain.books``).
KIND_LABELS: dict[str, str] = {key: book.label for key, book in IN_RECYCLE_BIN.items()}
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
        label = getattr(model, IN_RECYCLE_BIN[kind].title_field)
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


def _run(session: Session) -> Run:
    def run(sql: str, params: dict[str, Any]) -> Sequence[Sequence[Any]]:
        result = session.execute(text(sql), params)
        return result.fetchall() if sql.lstrip().upper().startswith("SELECT") else []

    return run


def purge_entry(session: Session, kind: str, row_id: int) -> Person | None:
    """Delete a binned row for good, with its links; a purged member is returned (else None).

    Only rows already in the bin can be purged, so a slip cannot destroy a live record. A
    member leaves no name behind: the change log of the member and its links and the
    certificate register get a neutral label (``db.forget``), the certificate numbers stay.
    """
    kind = _kind(kind)
    model = _MODELS[kind]
    row: Member | Team | ServiceActivity | CulturalEvent | None = session.get(model, row_id)  # type: ignore[assignment]
    if row is None or row.deleted_at is None:
        raise ValidationError(kind, msg("{label}：回收站中没有这条记录", label=KIND_LABELS[kind]))
    if isinstance(row, Member):
        run = _run(session)
        who = person(run, row_id)
        assert who is not None
        forget_member(run, who)
        members.purge_member(session, row_id)
        session.flush()
        run(
            "UPDATE change_log SET row_label = :label, changes = '{}' WHERE row_uuid = :uuid",
            {"label": PURGED_LABEL, "uuid": who.uuid},
        )
        return who
    label = row.name if isinstance(row, Team) else row.title
    log_change(session, row, ChangeAction.PURGE, label=label)
    session.delete(row)
    return None


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


@dataclass(frozen=True)
class Purged:
    """What a purge did: how many rows, and the members gone (for the backups' offer)."""

    count: int
    people: tuple[Person, ...] = ()


def purge(ledger: Ledger, entries: list[tuple[str, int]], *, operator: str = "") -> int:
    """Purge ``(kind, id)`` pairs in one unit of work, then scrub the file; returns how many."""
    return purge_people(ledger, entries, operator=operator).count


def _shared_names(session: Session, people: list[Person]) -> set[str]:
    """Names of purged people that another member still bears (found in the file rightly)."""
    names = [p.fields["name"] for p in people if p.fields.get("name")]
    if not names:
        return set()
    return set(session.scalars(select(Member.name).where(Member.name.in_(names))))


def _remember_purged(session: Session, uuids: list[str]) -> None:
    """Keep the purged members' uuids (random identifiers, no personal data) so their
    backups can be found and purged later (``db.backup_purge``)."""
    setting = session.get(LedgerSetting, PURGED_KEY)
    if setting is None:
        setting = LedgerSetting(key=PURGED_KEY, value="")
        session.add(setting)
    known = setting.value.split()
    setting.value = " ".join([*known, *(u for u in uuids if u not in known)])


def purge_people(ledger: Ledger, entries: list[tuple[str, int]], *, operator: str = "") -> Purged:
    """``purge``, returning the purged members too.

    A row already gone (cascaded away with a purged team) is skipped; a row not in the bin
    stops the whole purge with a ValidationError and nothing is deleted.
    """
    people: list[Person] = []
    done = 0
    with ledger.unit_of_work(operator) as session:
        for kind, row_id in _ordered(entries):
            if not _exists(session, kind, row_id):
                continue
            who = purge_entry(session, kind, row_id)
            if who is not None:
                people.append(who)
            done += 1
            session.flush()
            session.expunge_all()
        shared = _shared_names(session, people)
        if people:
            _remember_purged(session, [p.uuid for p in people])
    needles = [n for p in people for n in p.unique_needles()]
    needles += [p.fields["name"] for p in people if p.fields["name"] not in shared | {""}]
    try:
        scrub(ledger.path, needles)
    except Exception as exc:
        reason = describe_error(exc)
        if reason is None:
            raise
        raise LedgerError(
            msg(
                "已彻底删除 {n} 条记录，但整理台账文件时出错：{reason}请腾出空间后再执行一次清理回收站，以抹去文件中残留的痕迹。",
                n=done,
                reason=reason,
            )
        ) from exc
    return Purged(done, tuple(people))


def purge_expired(
    ledger: Ledger, *, days: int = PURGE_AFTER_DAYS, now: datetime | None = None, operator: str = ""
) -> int:
    """The automatic purge: everything in the bin for ``days`` days or more."""
    with ledger.reading() as session:
        due = [(e.kind, e.id) for e in expired(session, days=days, now=now)]
    return purge(ledger, due, operator=operator)


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

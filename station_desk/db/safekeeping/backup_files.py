"""The backup folder: how a backup is named, what one holds (date, reason, counts, whether its
checksum still matches), the listing the restore dialog shows, and rotation. It only reads
and deletes backups; making, checking and restoring them is ``backup.py``, which re-exports
these names for its callers.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from station_desk.db.safekeeping.leftovers import BACKUP_DIR_NAME
from station_desk.db.schema.engine import APPLICATION_ID, raw_connection
from station_desk.domain.books import BACKUP_COUNTED, BY_TABLE
from station_desk.domain.messages import Message, msg

#: Why a backup was made, as the restore list says it (messages, shown translated).
REASONS: dict[str, str] = {
    "daily": msg("每日自动"),
    "migration": msg("升级前"),
    "import": msg("导入前"),
    "restore": msg("恢复前"),
    "manual": msg("手动"),
}
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}(?:-\d+)?)-(?P<reason>[a-z]+)\.sqlite3$")
#: The tables a backup's contents are counted in, in the order the counts are listed.
COUNTED = tuple(book.table for book in BACKUP_COUNTED)


def _count(table: str, n: int) -> Message:
    """One count of ``counts_text``: "老同志 3", worded by the book (``station_desk.domain.books``)."""
    return BY_TABLE[table].count(n)


@dataclass(frozen=True)
class RotationPolicy:
    """How many automatic backups to keep: newest of each of the last N days and months."""

    daily: int = 14
    monthly: int = 12
    events: int = 10


@dataclass(frozen=True)
class BackupInfo:
    """One backup file, with what it holds, for the restore list."""

    path: Path
    made_at: datetime
    size: int
    reason: str
    counts: dict[str, int] = field(default_factory=dict)
    ok: bool = True
    #: ``verified`` (its checksum still matches the one written when it was checked),
    #: ``unverified`` (readable, no checksum: made by an older version), ``damaged``.
    state: str = "unverified"
    problem: str = ""

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, self.reason)

    @property
    def state_label(self) -> str:
        """What the listing says of the backup: 已校验 / 未校验 / 已损坏（why）."""
        if self.state == "verified":
            return msg("已校验")
        if self.state == "damaged":
            return (
                msg("已损坏（{problem}）", problem=self.problem) if self.problem else msg("已损坏")
            )
        return msg("未校验")

    def counts_text(self) -> str:
        """The counts as "老同志 3，队伍 1": a message, so it reads in English too ("" if none)."""
        parts = [_count(k, self.counts[k]) for k in COUNTED if k in self.counts]
        if not parts:
            return ""
        text: Message = parts[0]
        for part in parts[1:]:
            text = msg("{first}，{rest}", first=text, rest=part)
        return text


def backups_dir(ledger_path: Path) -> Path:
    return Path(ledger_path).parent / BACKUP_DIR_NAME


def sha256_path(backup_file: Path) -> Path:
    return Path(backup_file).with_name(Path(backup_file).name + ".sha256")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _parse_name(path: Path) -> tuple[str, datetime, str] | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        made_at = datetime.strptime(match["stamp"][:15], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return match["stem"], made_at, match["reason"]


def describe_backup(path: Path) -> BackupInfo:
    """Date, size and record counts of a backup file (counts empty when it cannot be read)."""
    parsed = _parse_name(path)
    stat = path.stat()
    made_at = parsed[1] if parsed else datetime.fromtimestamp(stat.st_mtime)
    reason = parsed[2] if parsed else "manual"
    counts: dict[str, int] = {}
    ok = True
    try:
        conn = raw_connection(path, read_only=True)
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                ok = False
            else:
                for table in COUNTED:
                    counts[table] = conn.execute(
                        f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
                    ).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        ok = False
    problem = "" if ok else msg("无法读取")
    state = "unverified" if ok else "damaged"
    sidecar = sha256_path(path)
    if ok and sidecar.exists():
        try:
            expected = sidecar.read_text(encoding="utf-8").split()[:1]
        except OSError:
            expected = []
        if expected == [file_sha256(path)]:
            state = "verified"
        else:
            ok, state, problem = False, "damaged", msg("与校验值不符")
    return BackupInfo(
        path=path,
        made_at=made_at,
        size=stat.st_size,
        reason=reason,
        counts=counts,
        ok=ok,
        state=state,
        problem=problem,
    )


def _backup_files(
    ledger_path: Path, folder: Path | None = None
) -> list[tuple[Path, datetime, str]]:
    folder = folder or backups_dir(ledger_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = _parse_name(path)
        if parsed and parsed[0] == Path(ledger_path).stem and path.is_file():
            found.append((path, parsed[1], parsed[2]))
    found.sort(key=lambda item: (item[1], item[0].name), reverse=True)
    return found


def list_backups(ledger_path: Path) -> list[BackupInfo]:
    """The automatic backups of a ledger, newest first."""
    return [describe_backup(path) for path, _at, _reason in _backup_files(ledger_path)]


def looks_good(path: Path) -> bool:
    """The cheap test rotation uses: checked when made (its ``.sha256`` is there), as long
    as its header says (not truncated), and a ledger of ours. ``verify_backup`` reads all."""
    if not sha256_path(path).exists():
        return describe_backup(path).ok
    try:
        with Path(path).open("rb") as fh:
            header = fh.read(100)
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        pages = int.from_bytes(header[28:32], "big")
        if len(header) < 100 or path.stat().st_size < pages * page_size:
            return False
        return int.from_bytes(header[68:72], "big") == APPLICATION_ID
    except OSError:
        return False


def _to_keep(files: Iterable[tuple[Path, datetime, str]], policy: RotationPolicy) -> set[Path]:
    """The backups the policy keeps. Only a good backup takes a day's or a month's place, so
    the newest good one of each is never deleted for a newer bad one (which is kept too
    while it is the newest of its day, for the clerk to see it listed as damaged)."""
    keep: set[Path] = set()
    days: set[date] = set()
    months: set[tuple[int, int]] = set()
    events = 0
    for path, made_at, reason in files:
        if not looks_good(path):
            if made_at.date() not in days and len(days) < policy.daily:
                keep.add(path)
            continue
        if reason != "daily" and events < policy.events:
            keep.add(path)
            events += 1
        if made_at.date() not in days and len(days) < policy.daily:
            days.add(made_at.date())
            keep.add(path)
        month = (made_at.year, made_at.month)
        if month not in months and len(months) < policy.monthly:
            months.add(month)
            keep.add(path)
    return keep


def rotate(
    ledger_path: Path,
    policy: RotationPolicy,
    *,
    keep: Path | None = None,
    folder: Path | None = None,
) -> list[Path]:
    """Remove automatic backups the policy no longer keeps; returns what was removed."""
    files = _backup_files(ledger_path, folder)
    kept = _to_keep(files, policy)
    removed = []
    for path, _at, _reason in files:
        if path in kept or path == keep:
            continue
        try:
            path.unlink()
            sha256_path(path).unlink(missing_ok=True)
            removed.append(path)
        except OSError:
            continue
    return removed

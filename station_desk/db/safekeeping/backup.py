"""Backups that are known to be good: made, checked, then put in place; and restores.

docs/ARCHITECTURE.md §Traps: copying a WAL-mode file without its ``-wal`` loses recent commits, so every
backup is made with SQLite's backup API into a temporary file, switched to
``journal_mode=DELETE`` (one self-contained file), checked with ``integrity_check`` and
only then renamed into place: a failed or corrupt backup never replaces a good one.
Automatic backups live in ``backups/`` beside the ledger and are rotated.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from station_desk.db.safekeeping.health import (
    BACKING_UP,
    RESTORING,
    admit,
    friendly_error,
    seal_problem,
    set_aside,
    verify_ledger_file,
)
from station_desk.db.safekeeping.leftovers import BACKUP_DIR_NAME as BACKUP_DIR_NAME
from station_desk.db.safekeeping.leftovers import clean_leftovers as clean_leftovers
from station_desk.db.schema.engine import APPLICATION_ID, raw_connection
from station_desk.db.schema.ledger import LedgerError
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
_COUNTED = tuple(book.table for book in BACKUP_COUNTED)


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
        parts = [_count(k, self.counts[k]) for k in _COUNTED if k in self.counts]
        if not parts:
            return ""
        text: Message = parts[0]
        for part in parts[1:]:
            text = msg("{first}，{rest}", first=text, rest=part)
        return text


def backups_dir(ledger_path: Path) -> Path:
    return Path(ledger_path).parent / BACKUP_DIR_NAME


def _tmp_name(target: Path) -> Path:
    """The temporary file a backup is written to: hidden, with the writer's process id, so
    ``clean_leftovers`` can tell a dead writer's leftover from a backup being made now."""
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


def _table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {
        table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for table in _COUNTED
    }


def _copy_problem(src: sqlite3.Connection, dst: sqlite3.Connection) -> str | None:
    """Why the copy may not stand as a backup (ours, a known schema, whole, the same counts)."""
    from station_desk.db.schema.ledger import known_revisions

    if dst.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        return msg("不是驿站台账（文件为空或是其他程序的文件）")
    try:
        revision = dst.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        revision = None
    if revision is None or revision[0] not in known_revisions():
        return msg("数据库版本无法识别")
    result = [row[0] for row in dst.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        return msg("完整性检查未通过：{details}", details=result[0])
    if _table_counts(dst) != _table_counts(src):
        return msg("副本的记录数与台账不一致")
    return None


def _copy_checked(source: Path, target: Path) -> None:
    """Copy ``source`` into ``target`` through a checked temporary file beside it.

    The copy must be a Station Desk ledger of a known schema, pass ``integrity_check`` and
    hold the same counts as the source read in the same snapshot; otherwise it is thrown
    away and nothing is replaced (a 0-byte or foreign file is never a backup).
    """
    tmp = _tmp_name(target)
    tmp.unlink(missing_ok=True)
    try:
        src = raw_connection(source, read_only=True)
        try:
            dst = sqlite3.connect(tmp, isolation_level=None)
            try:
                src.execute("BEGIN")
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
                problem = _copy_problem(src, dst)
                src.execute("COMMIT")
                if problem is not None:
                    raise LedgerError(
                        msg(
                            "备份未完成：台账“{name}”{problem}，无法作为备份。原有备份未受影响。",
                            name=source.name,
                            problem=problem,
                        )
                    )
            finally:
                dst.close()
        finally:
            src.close()
        _fsync_file(tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise friendly_error(exc, BACKING_UP) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unique_name(folder: Path, stem: str, reason: str, now: datetime) -> Path:
    stamp = f"{now:%Y%m%d-%H%M%S}"
    target = folder / f"{stem}-{stamp}-{reason}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{stem}-{stamp}-{n}-{reason}.sqlite3"
    return target


def make_backup(
    ledger_path: Path,
    dest_dir: Path | None = None,
    reason: str = "daily",
    *,
    policy: RotationPolicy | None = None,
    now: datetime | None = None,
) -> BackupInfo:
    """Back the ledger up into ``backups/`` (or ``dest_dir``), then rotate old copies."""
    ledger_path = Path(ledger_path)
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if not ledger_path.is_file():
        raise LedgerError(msg("台账文件“{path}”不存在，无法备份。", path=str(ledger_path)))
    folder = Path(dest_dir) if dest_dir is not None else backups_dir(ledger_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise friendly_error(exc, BACKING_UP) from exc
    made_at = now or datetime.now()
    target = _unique_name(folder, ledger_path.stem, reason, made_at)
    _copy_checked(ledger_path, target)
    _write_sidecar(target)
    info = describe_backup(target)
    rotate(ledger_path, policy or RotationPolicy(), keep=target, folder=folder)
    return info


def _write_sidecar(target: Path) -> None:
    """The ``.sha256`` beside a verified backup: later checks and the listing use it."""
    sidecar = sha256_path(target)
    try:
        sidecar.write_text(f"{file_sha256(target)}  {target.name}\n", encoding="utf-8")
        _fsync_file(sidecar)
    except OSError as exc:
        target.unlink(missing_ok=True)
        sidecar.unlink(missing_ok=True)
        raise friendly_error(exc, BACKING_UP) from exc


def before_migration(ledger_path: Path, revision: str) -> BackupInfo:
    """``open_ledger(before_migration=...)`` hook: a checked backup before the schema changes."""
    return make_backup(ledger_path, reason="migration")


def backup_to(ledger_path: Path, target_file: Path) -> BackupInfo:
    """文件 → 备份到…: one self-contained file plus ``.sha256``, read back and verified."""
    target = Path(target_file)
    if target.suffix.lower() not in {".sqlite3", ".db", ".sqlite"}:
        target = target.with_name(target.name + ".sqlite3")
    if not Path(ledger_path).is_file():
        raise LedgerError(msg("台账文件“{path}”不存在，无法备份。", path=str(ledger_path)))
    if target.resolve() == Path(ledger_path).resolve():
        raise LedgerError(msg("备份文件不能与台账本身是同一个文件。"))
    if not target.parent.is_dir():
        raise LedgerError(
            msg(
                "文件夹“{folder}”不存在（U 盘是否已插好？），备份未完成。",
                folder=str(target.parent),
            )
        )
    _copy_checked(Path(ledger_path), target)
    _write_sidecar(target)
    return verify_backup(target)


def sha256_path(backup_file: Path) -> Path:
    return Path(backup_file).with_name(Path(backup_file).name + ".sha256")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def verify_backup(backup_file: Path) -> BackupInfo:
    """Read a backup back: checksum (when beside it), integrity, a ledger of ours; or LedgerError."""
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        raise LedgerError(msg("备份文件“{path}”不存在。", path=str(backup_file)))
    sidecar = sha256_path(backup_file)
    if sidecar.exists():
        expected = sidecar.read_text(encoding="utf-8").split()[:1]
        if expected != [file_sha256(backup_file)]:
            raise LedgerError(
                msg("备份文件“{name}”与其校验值不符，文件可能已损坏。", name=backup_file.name)
            )
    problems = verify_ledger_file(backup_file, full=True)
    if problems:
        raise LedgerError(
            msg("备份文件“{name}”已损坏：{problem}", name=backup_file.name, problem=problems[0])
        )
    return describe_backup(backup_file)


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
                for table in _COUNTED:
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


def newest_good_backup(ledger_path: Path) -> BackupInfo | None:
    """The newest backup that passes ``verify_backup``: what a damaged ledger is offered."""
    for path, _at, _reason in _backup_files(ledger_path):
        try:
            return verify_backup(path)
        except LedgerError:
            continue
    return None


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


def daily_backup_if_due(
    ledger_path: Path, *, now: datetime | None = None, policy: RotationPolicy | None = None
) -> BackupInfo | None:
    """On opening: a backup unless one was already made today."""
    now = now or datetime.now()
    if not Path(ledger_path).exists():
        return None
    clean_leftovers(ledger_path)
    if any(at.date() == now.date() and looks_good(p) for p, at, _r in _backup_files(ledger_path)):
        return None
    return make_backup(ledger_path, reason="daily", now=now, policy=policy)


def restore(ledger_path: Path, backup_file: Path) -> BackupInfo | None:
    """Put ``backup_file`` in the ledger's place, after backing up the current ledger.

    The ledger must be closed (no open units of work). The backup is checked, copied beside
    the ledger and checked again before it replaces the ledger, so a bad copy never does.
    Returns the pre-restore backup of the current ledger (None when it had none to keep).
    """
    ledger_path = Path(ledger_path)
    verify_backup(backup_file)
    before: BackupInfo | None = None
    if ledger_path.exists():
        try:
            before = make_backup(ledger_path, reason="restore")
        except LedgerError:
            if verify_ledger_file(ledger_path, full=True) or seal_problem(ledger_path):
                set_aside(ledger_path)
            else:
                raise
    staged = ledger_path.with_name(f".{ledger_path.name}.{os.getpid()}.restoring")
    _copy_checked(Path(backup_file), staged)
    problems = verify_ledger_file(staged, full=True)
    if problems:
        staged.unlink(missing_ok=True)
        raise LedgerError(
            msg("恢复的台账检查未通过：{problem}。当前台账未被改动。", problem=problems[0])
        )
    try:
        for suffix in ("-wal", "-shm"):
            Path(f"{ledger_path}{suffix}").unlink(missing_ok=True)
        os.replace(staged, ledger_path)
        _fsync_dir(ledger_path.parent)
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise friendly_error(exc, RESTORING) from exc
    admit(ledger_path)
    return before

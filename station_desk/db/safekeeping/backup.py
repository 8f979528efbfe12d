"""Backups that are known to be good: made, checked, then put in place; and restores.

docs/ARCHITECTURE.md §Traps: copying a WAL-mode file without its ``-wal`` loses recent commits, so every
backup is made with SQLite's backup API into a temporary file, switched to
``journal_mode=DELETE`` (one self-contained file), checked with ``integrity_check`` and
only then renamed into place: a failed or corrupt backup never replaces a good one.
Automatic backups live in ``backups/`` beside the ledger and are rotated. What the backup
folder holds (names, what each backup contains, listing and rotation) is ``backup_files.py``.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from station_desk.db.safekeeping.backup_files import COUNTED, REASONS
from station_desk.db.safekeeping.backup_files import BackupInfo as BackupInfo
from station_desk.db.safekeeping.backup_files import RotationPolicy as RotationPolicy
from station_desk.db.safekeeping.backup_files import _backup_files as _backup_files
from station_desk.db.safekeeping.backup_files import backups_dir as backups_dir
from station_desk.db.safekeeping.backup_files import describe_backup as describe_backup
from station_desk.db.safekeeping.backup_files import file_sha256 as file_sha256
from station_desk.db.safekeeping.backup_files import list_backups as list_backups
from station_desk.db.safekeeping.backup_files import looks_good as looks_good
from station_desk.db.safekeeping.backup_files import rotate as rotate
from station_desk.db.safekeeping.backup_files import sha256_path as sha256_path
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
from station_desk.domain.messages import msg


def _tmp_name(target: Path) -> Path:
    """The temporary file a backup is written to: hidden, with the writer's process id, so
    ``clean_leftovers`` can tell a dead writer's leftover from a backup being made now."""
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


def _table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {
        table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]) for table in COUNTED
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


def newest_good_backup(ledger_path: Path) -> BackupInfo | None:
    """The newest backup that passes ``verify_backup``: what a damaged ledger is offered."""
    for path, _at, _reason in _backup_files(ledger_path):
        try:
            return verify_backup(path)
        except LedgerError:
            continue
    return None


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

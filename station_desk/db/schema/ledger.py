"""Opening a ledger: recognise it, bring its schema up to date, hand out units of work.

A file that is not a ledger, or a ledger written by a newer Station Desk, is refused with a
clear message and left byte-for-byte untouched: it is inspected through a read-only
connection before anything may write to it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from station_desk.db.schema.engine import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    ledger_engine,
    raw_connection,
)
from station_desk.domain.messages import msg

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class LedgerError(Exception):
    """A ledger cannot be opened or used; the message is for the clerk, in Chinese."""


@dataclass(frozen=True)
class LedgerState:
    exists: bool
    revision: str | None


#: Every schema revision this program knows, oldest first. Kept in code so opening a ledger
#: does not import Alembic (about a second at start-up); tests/db/test_migrations.py checks
#: it against the migration scripts.
SCHEMA_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004")


def _alembic_config(connection: object | None = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return SCHEMA_REVISIONS[-1]


def known_revisions() -> frozenset[str]:
    return frozenset(SCHEMA_REVISIONS)


def script_revisions() -> list[str]:
    """The revisions of the migration scripts, oldest first (imports Alembic)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def inspect_ledger(path: Path) -> LedgerState:
    """What is at ``path``, read without writing a byte; LedgerError if it is not a ledger."""
    if not path.exists():
        return LedgerState(exists=False, revision=None)
    if path.is_dir():
        raise LedgerError(msg("“{path}”是一个文件夹，不是台账文件。", path=str(path)))
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise LedgerError(
            msg(
                "无法读取台账文件“{path}”：{reason}",
                path=str(path),
                reason=str(exc.strerror or exc),
            )
        ) from exc
    if header != SQLITE_HEADER:
        raise LedgerError(
            msg(
                "“{name}”不是驿站台账文件（文件头不是 SQLite 数据库）。文件未被改动。",
                name=path.name,
            )
        )
    try:
        conn = raw_connection(path, read_only=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            has_version = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            revision = (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()
                if has_version
                else None
            )
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise LedgerError(
            msg(
                "“{name}”已损坏或不是台账文件：{error}。文件未被改动。",
                name=path.name,
                error=str(exc),
            )
        ) from exc
    if app_id != APPLICATION_ID or revision is None:
        raise LedgerError(
            msg(
                "“{name}”是 SQLite 数据库，但不是驿站台账（可能是其他程序的文件）。文件未被改动。",
                name=path.name,
            )
        )
    rev = revision[0]
    if rev not in known_revisions():
        raise LedgerError(
            msg(
                "“{name}”由更新版本的驿站台账创建（数据库版本 {revision}），请升级本程序后再打开。文件未被改动。",
                name=path.name,
                revision=rev,
            )
        )
    return LedgerState(exists=True, revision=rev)


def _migration_engine(path: Path) -> Engine:
    """An engine for migrations: foreign keys OFF on the driver before any BEGIN.

    docs/ARCHITECTURE.md §Traps: a batch migration rebuilds tables, and with foreign keys on an
    ``ON DELETE CASCADE`` child would lose every row.
    """
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)

    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        dbapi_connection.execute("PRAGMA foreign_keys = OFF")
        dbapi_connection.execute("PRAGMA journal_mode = WAL")
        dbapi_connection.execute("PRAGMA synchronous = FULL")

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def migrate(path: Path, target: str = "head") -> None:
    """Bring the ledger at ``path`` to ``target`` in one transaction, checking foreign keys."""
    from alembic import command

    engine = _migration_engine(path)
    try:
        with engine.begin() as conn:
            command.upgrade(_alembic_config(conn), target)
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise LedgerError(msg("升级台账后发现 {n} 处关联错误，已撤销升级。", n=len(broken)))
    finally:
        engine.dispose()


BackupHook = Callable[[Path, str], object]


@dataclass
class Ledger:
    """An open ledger: its path, its engine, and units of work on it."""

    path: Path
    engine: Engine
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def unit_of_work(self, operator: str = "") -> Iterator[Session]:
        """One user action: commit on success, roll back everything on any error."""
        with self._sessions() as session:
            session.info["operator"] = operator
            with session.begin():
                yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session for the read side (queries); nothing is committed."""
        with self._sessions() as session, session.begin():
            yield session
            session.rollback()

    def close(self) -> None:
        self.engine.dispose()


def open_ledger(
    path: Path, *, create: bool = True, before_migration: BackupHook | None = None
) -> Ledger:
    """Open (or create) the ledger at ``path``, upgrading an older schema after a backup."""
    path = Path(path)
    state = inspect_ledger(path)
    if not state.exists:
        if not create:
            raise LedgerError(msg("台账文件“{path}”不存在。", path=str(path)))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LedgerError(
                msg(
                    "无法创建台账所在文件夹“{folder}”：{reason}",
                    folder=str(path.parent),
                    reason=str(exc.strerror),
                )
            ) from exc
        migrate(path)
    elif state.revision != head_revision():
        if before_migration is not None:
            before_migration(path, state.revision or "")
        migrate(path)
    return Ledger(path=path, engine=ledger_engine(path))

"""Engines for a ledger file, with the connection set-up every connection must have.

docs/ARCHITECTURE.md §Data: ``journal_mode=WAL``, ``synchronous=FULL`` (a committed record survives a power
cut), ``foreign_keys=ON``, ``busy_timeout`` and ``secure_delete=ON`` on every connection. On
CPython 3.11 the sqlite3 module opens transactions on its own and a PRAGMA sent inside one is
silently ignored, so the driver is put in autocommit mode and ``BEGIN`` is emitted from the
``begin`` event (SQLAlchemy's pysqlite recipe).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS = 5000

#: ``PRAGMA application_id`` of a Station Desk ledger ("SDSK"), so that another program's
#: SQLite file is recognised as not ours before anything is written to it.
APPLICATION_ID = 0x5344534B


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()


def _on_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def ledger_engine(path: Path, *, echo: bool = False) -> Engine:
    """An engine on ``path`` whose every connection carries the ledger pragmas.

    NullPool keeps no idle connection: the desk has one worker thread, and a file that is
    not held open can be backed up, restored or moved between actions.
    """
    engine = create_engine(
        f"sqlite:///{path}",
        echo=echo,
        poolclass=NullPool,
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def raw_connection(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A plain driver connection in autocommit mode (migrations, checks, backups)."""
    if read_only:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn

"""Rows written in bulk through the SQLite driver, for a roster of 10,000 members: one
``executemany`` per table, each value stored exactly as the ORM would store it. Kept apart
from the roster's rules (``imports_members.py``) because it knows SQL and types, not members.
"""

from __future__ import annotations

import functools
import sqlite3
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

PLAIN_TYPES = frozenset({str, int, float, type(None)})


@functools.lru_cache(maxsize=1 << 12, typed=True)
def _sqlite_value(value: object) -> object:
    """A value as SQLAlchemy's SQLite types store it (enum value, ISO date, 0/1)."""
    if type(value) in PLAIN_TYPES:
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M:%S.%f}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def bulk_insert(session: Session, table: str, rows: list[dict[str, Any]]) -> None:
    """One executemany through the driver: SQLAlchemy's per-value processing of 10,000 rows
    costs more than SQLite's insert itself. Values are stored exactly as the ORM stores them
    (the round-trip test reads them back through the models)."""
    names = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
    columns = []
    for name in names:
        values = [row[name] for row in rows]
        if not PLAIN_TYPES.issuperset(map(type, values)):
            values = list(map(_sqlite_value, values))
        columns.append(values)
    # The driver's cursor takes the rows as they are zipped: no list of 10,000 tuples.
    driver = session.connection().connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    driver.executemany(sql, zip(*columns, strict=True)).close()

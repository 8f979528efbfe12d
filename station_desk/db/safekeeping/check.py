"""``station-desk check``: is the ledger whole, which schema version, how many of each.

It always ends in its report: a malformed file, a foreign file or one SQLite cannot read
at all is reported as such (``problems``), never as an internal error. It reads only, and
its answer agrees with the door check (``health.door_problems``), seal included.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from station_desk.db.safekeeping.seal import seal_problem, wal_problem
from station_desk.db.schema.engine import raw_connection
from station_desk.db.schema.ledger import head_revision, inspect_ledger
from station_desk.db.schema.models import Base
from station_desk.domain.messages import msg


@dataclass(frozen=True)
class CheckReport:
    path: Path
    revision: str
    head: str
    integrity: list[str]
    foreign_key_problems: int
    counts: dict[str, int] = field(default_factory=dict)
    #: Problems found before or beside ``integrity_check`` (not a ledger, unreadable, seal).
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and self.foreign_key_problems == 0 and not self.problems


def _read_checks(path: Path) -> tuple[list[str], int, dict[str, int]]:
    """integrity_check, foreign_key_check and the counts, through one read-only connection."""
    conn = raw_connection(path, read_only=True)
    conn.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
    try:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        fk_problems = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        counts: dict[str, int] = {}
        if integrity == ["ok"]:
            for table in Base.metadata.sorted_tables:
                one = f"SELECT count(*) FROM {table.name}"
                counts[table.name] = int(conn.execute(one).fetchone()[0])
                if "deleted_at" in table.c:
                    binned = conn.execute(f"{one} WHERE deleted_at IS NOT NULL").fetchone()[0]
                    counts[f"{table.name}（回收站）"] = int(binned)
        return integrity, fk_problems, counts
    finally:
        conn.close()


def check_ledger(path: Path) -> CheckReport:
    """Integrity, foreign keys, seal and counts, read without writing a byte.

    LedgerError (one clear line) only for a file that is not a ledger at all."""
    path = Path(path)
    revision = ""
    problems: list[str] = []
    integrity: list[str] = []
    fk_problems = 0
    counts: dict[str, int] = {}
    revision = inspect_ledger(path).revision or ""
    try:
        integrity, fk_problems, counts = _read_checks(path)
    except sqlite3.DatabaseError as exc:
        problems.append(msg("数据库无法读取（{error}）", error=str(exc)))
    for problem in (wal_problem(path), seal_problem(path)):
        if problem:
            problems.append(problem)
    return CheckReport(
        path=path,
        revision=revision,
        head=head_revision(),
        integrity=integrity,
        foreign_key_problems=fk_problems,
        counts=counts,
        problems=problems,
    )

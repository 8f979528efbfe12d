"""``station-desk check``: is the ledger whole, which schema version, how many of each."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from station_desk.db.engine import raw_connection
from station_desk.db.ledger import head_revision, inspect_ledger, open_ledger
from station_desk.db.queries import entity_counts


@dataclass(frozen=True)
class CheckReport:
    path: Path
    revision: str
    head: str
    integrity: list[str]
    foreign_key_problems: int
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and self.foreign_key_problems == 0


def check_ledger(path: Path) -> CheckReport:
    """Integrity and foreign keys read without writing; counts once the ledger is open."""
    state = inspect_ledger(path)
    conn = raw_connection(path, read_only=True)
    try:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        fk_problems = len(conn.execute("PRAGMA foreign_key_check").fetchall())
    finally:
        conn.close()
    counts: dict[str, int] = {}
    if integrity == ["ok"] and state.revision == head_revision():
        ledger = open_ledger(path, create=False)
        try:
            with ledger.reading() as session:
                counts = entity_counts(session)
        finally:
            ledger.close()
    return CheckReport(
        path=path,
        revision=state.revision or "",
        head=head_revision(),
        integrity=integrity,
        foreign_key_problems=fk_problems,
        counts=counts,
    )

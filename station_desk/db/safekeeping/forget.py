"""Purge that keeps its promise: a purged member's identifying data leaves every table.

Deleting the member row cascades the links away, but the person's name stays where it
was written as a label: change-log rows (``row_label``) of the member and of every link
(team memberships, posts, hours, certificates), and the certificate register's
``recipient_name`` and ``content``. ``forget_member`` replaces them with a neutral label;
the certificate keeps its number, and its name becomes the purge note. It is plain SQL
through a small ``Run`` callable, so the same statements forget a member in the open
ledger (a SQLAlchemy session) and in a backup file (``forget_in_file``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station_desk.domain.messages import msg

#: What the log and the register say instead of a purged person's name.
PURGED_LABEL = "已彻底删除的老同志"
#: Tables whose rows link to a member (column), and so carry the person in their log labels.
LINKS: tuple[tuple[str, str], ...] = (
    ("team_membership", "member_id"),
    ("grid_post", "member_id"),
    ("community_post", "member_id"),
    ("service_record", "member_id"),
    ("donation", "member_id"),
    ("event_participation", "member_id"),
    ("work", "author_id"),
    ("certificate_issue", "member_id"),
)
#: The member's identifying fields: what must not be found in the file afterwards.
IDENTIFYING = ("name", "id_number", "phone", "address", "volunteer_number")

Run = Callable[[str, dict[str, Any]], Sequence[Sequence[Any]]]


@dataclass(frozen=True)
class Person:
    """What identifies one member, read before the purge (for the scrub and the greps)."""

    id: int
    uuid: str
    fields: dict[str, str]

    def unique_needles(self) -> list[str]:
        """What no one else's record holds (ID number, phone): still in the file after a
        purge means the file must be vacuumed."""
        return [v for k in ("id_number", "phone") if len(v := self.fields.get(k, "")) >= 7]

    def needles(self) -> list[str]:
        """The strings to scrub and to search backups for (name, ID and its last six, phone)."""
        found = [value for value in self.fields.values() if value and len(value) >= 2]
        number = self.fields.get("id_number", "")
        if len(number) >= 6:
            found.append(number[-6:])
        return found


def person(run: Run, member_id: int) -> Person | None:
    cols = ", ".join(IDENTIFYING)
    rows = run(f"SELECT id, uuid, {cols} FROM member WHERE id = :id", {"id": member_id})
    if not rows:
        return None
    row = rows[0]
    return Person(
        id=int(row[0]),
        uuid=str(row[1]),
        fields={name: str(value or "") for name, value in zip(IDENTIFYING, row[2:], strict=True)},
    )


def _linked_uuids(run: Run, who: Person) -> list[str]:
    uuids = [who.uuid]
    for table, column in LINKS:
        uuids.extend(
            str(row[0])
            for row in run(f"SELECT uuid FROM {table} WHERE {column} = :id", {"id": who.id})
        )
    return uuids


def forget_member(run: Run, who: Person) -> None:
    """Take the person out of the log and the register (before or after the member row goes:
    call it before the delete, which cascades the links it needs to find away)."""
    for uuid in _linked_uuids(run, who):
        run(
            "UPDATE change_log SET row_label = :label, changes = CASE "
            "WHEN table_name = 'certificate_issue' THEN changes ELSE '{}' END "
            "WHERE row_uuid = :uuid",
            {"label": PURGED_LABEL, "uuid": uuid},
        )
    replace = "content"
    params: dict[str, Any] = {"id": who.id, "label": PURGED_LABEL}
    for n, value in enumerate(v for v in who.fields.values() if v and len(v) >= 2):
        params[f"v{n}"] = value
        replace = f"replace({replace}, :v{n}, :label)"
    run(
        f"UPDATE certificate_issue SET recipient_name = :label, content = {replace} "
        "WHERE member_id = :id",
        params,
    )


def _sqlite_run(conn: sqlite3.Connection) -> Run:
    def run(sql: str, params: dict[str, Any]) -> Sequence[Sequence[Any]]:
        return conn.execute(sql, params).fetchall()

    return run


def holds(path: Path, needles: Sequence[str]) -> bool:
    """Whether any of ``needles`` is in the file's bytes (UTF-8), as a disk search would find."""
    wanted = [n.encode() for n in needles if n]
    if not wanted or not Path(path).is_file():
        return False
    data = Path(path).read_bytes()
    return any(n in data for n in wanted)


def forget_in_file(path: Path, member_uuid: str) -> bool:
    """Purge the member ``member_uuid`` from a closed ledger or backup file, in place.

    One transaction (the row and its links, the log labels, the register), then VACUUM so
    the freed pages are gone from the file; False when the file does not hold the member.
    The caller works on a copy and replaces the original only after checking it.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        run = _sqlite_run(conn)
        rows = run("SELECT id FROM member WHERE uuid = :uuid", {"uuid": member_uuid})
        if not rows:
            return False
        who = person(run, int(rows[0][0]))
        assert who is not None
        conn.execute("BEGIN IMMEDIATE")
        try:
            forget_member(run, who)
            run("DELETE FROM member WHERE id = :id", {"id": who.id})
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("VACUUM")
    finally:
        conn.close()
    unique = [who.fields.get("id_number", ""), who.fields.get("phone", "")]
    if holds(path, unique):
        raise RuntimeError(msg("清除后文件中仍能找到此人的资料"))
    return True


PURGED_KEY = "purged_member_uuids"


def purged_uuids(path: Path) -> list[str]:
    """The uuids of members purged from the ledger at ``path`` (kept in ``ledger_setting``:
    a random identifier, no personal data), so backups can be purged later too."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:
        row = conn.execute(
            "SELECT value FROM ledger_setting WHERE key = ?", (PURGED_KEY,)
        ).fetchone()
    except sqlite3.Error:
        return []
    finally:
        conn.close()
    return [u for u in (row[0] if row else "").split() if u]


def members_in(path: Path, uuids: Sequence[str]) -> list[str]:
    """Which of ``uuids`` are members in the file at ``path`` (read-only)."""
    if not uuids:
        return []
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:
        marks = ", ".join("?" for _ in uuids)
        rows = conn.execute(f"SELECT uuid FROM member WHERE uuid IN ({marks})", list(uuids))
        return [str(row[0]) for row in rows]
    except sqlite3.Error:
        return []
    finally:
        conn.close()

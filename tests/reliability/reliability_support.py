"""Shared pieces of the fault tests: a small ledger, one business transaction, checks."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from station_desk.db.schema.ledger import open_ledger
from station_desk.domain.enums import Gender, TeamKind
from station_desk.domain.ids import make_id_number
from station_desk.domain.inputs import MemberData, TeamData
from station_desk.services.members import add_member
from station_desk.services.teams import add_team, add_team_members

JOINED = date(2022, 1, 1)


def seed_ledger(path: Path) -> int:
    """A new ledger with one team; returns the team's id."""
    ledger = open_ledger(path)
    try:
        with ledger.unit_of_work("测试") as session:
            return add_team(session, TeamData(name="老干部博爱驿站", kind=TeamKind.VOLUNTEER))
    finally:
        ledger.close()


_DIGITS = "零一二三四五六七八九"


def member_name(n: int) -> str:
    """A distinct name per number, in Chinese digits (names may not contain 0-9)."""
    return "测试" + "".join(_DIGITS[int(d)] for d in str(n)) + "号"


def member_number(name: str) -> int:
    return int("".join(str(_DIGITS.index(c)) for c in name[2:-1]))


def id_number(n: int) -> str:
    return make_id_number(
        "370124", date(1940, 1, 1) + timedelta(days=n // 100), n % 100, Gender.MALE
    )


def write_member(session: Session, team_id: int, n: int) -> None:
    """One business transaction: a member, their team membership, two change-log rows."""
    member_id = add_member(
        session, MemberData(name=member_name(n), id_number=id_number(n)), confirmed=True
    )
    add_team_members(session, team_id, [member_id], joined_on=JOINED)


def integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def ledger_facts(path: Path) -> dict[str, object]:
    """Names present and the counts a half-written transaction would put out of step."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:

        def one(sql: str) -> int:
            return int(conn.execute(sql).fetchone()[0])

        return {
            "names": {row[0] for row in conn.execute("SELECT name FROM member")},
            "members": one("SELECT count(*) FROM member"),
            "memberships": one("SELECT count(*) FROM team_membership"),
            "member_logs": one("SELECT count(*) FROM change_log WHERE table_name = 'member'"),
            "membership_logs": one(
                "SELECT count(*) FROM change_log WHERE table_name = 'team_membership'"
            ),
            "fk_problems": len(conn.execute("PRAGMA foreign_key_check").fetchall()),
        }
    finally:
        conn.close()


def fork_child(body: Callable[[int], None]) -> tuple[int, int]:
    """Run ``body(write_fd)`` in a forked child; returns (pid, read_fd).

    Forking keeps each run cheap (the modules are already imported), which is what lets
    the kill test run fifty times in seconds. The child never returns into pytest.
    """
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_fd)
        code = 0
        try:
            body(write_fd)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_fd)
    return pid, read_fd


def read_lines(fd: int, until: Callable[[list[str]], bool] | None = None) -> list[str]:
    """Lines from the child's pipe, until ``until(lines)`` holds or the pipe closes."""
    buffer = b""
    lines: list[str] = []
    while True:
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        buffer += chunk
        *complete, buffer = buffer.split(b"\n")
        lines.extend(line.decode() for line in complete)
        if until is not None and until(lines):
            break
    return lines

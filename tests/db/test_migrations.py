"""The schema revisions the program knows match the migration scripts, and the schema the
scripts build is the one the models declare."""

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from station_desk.db.queries.members import _MEMBER_SQL
from station_desk.db.schema.ledger import (
    SCHEMA_REVISIONS,
    Ledger,
    migrate,
    open_ledger,
    script_revisions,
)
from station_desk.db.schema.models import Base, Member
from station_desk.domain.dates import DatePrecision


def test_known_revisions_match_the_scripts() -> None:
    assert list(SCHEMA_REVISIONS) == script_revisions()


def test_a_migrated_ledger_has_the_schema_of_the_models(ledger: Ledger) -> None:
    with ledger.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_the_members_list_is_one_walk_of_its_covering_index(ledger: Ledger) -> None:
    with ledger.engine.connect() as conn:
        plan = [row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + _MEMBER_SQL)]
    assert plan == ["SCAN member USING COVERING INDEX ix_member_list"]


def test_a_0002_ledger_upgrades_with_its_dates_day_precise(tmp_path: Path) -> None:
    """Migration 0003 adds the date precisions; dates already written stay days, no child
    row is lost and foreign keys hold (the columns are added without rebuilding member)."""
    path = tmp_path / "old.sqlite3"
    migrate(path, "0002")
    conn = sqlite3.connect(path)
    try:
        conn.execute(
            "INSERT INTO member (uuid, created_at, updated_at, name, gender, birth_date,"
            " id_number, phone, address, former_unit, former_post, retirement_kind,"
            " is_party_member, joined_party_on, health, notes, search_keys, sort_key)"
            " VALUES ('u1', '2026-01-01', '2026-01-01', '张三', 'male', '1950-03-05',"
            " '370124195003050011', '', '', '', '', 'tuixiu', 1, '1968-05-01', '', '', '', '')"
        )
        conn.commit()
    finally:
        conn.close()
    opened = open_ledger(path)
    try:
        with opened.reading() as session:
            member = session.scalars(select(Member)).one()
            assert member.joined_party_on == date(1968, 5, 1)
            assert member.joined_party_on_precision is DatePrecision.DAY
            assert member.birth_date_precision is DatePrecision.DAY
    finally:
        opened.close()
    conn = sqlite3.connect(path)
    try:
        assert (
            conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            == SCHEMA_REVISIONS[-1]
        )
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE member SET retired_on_precision = 'week'")
    finally:
        conn.close()


def test_a_0003_ledger_sorts_and_finds_rare_names_by_their_reading_after_upgrade(
    tmp_path: Path,
) -> None:
    """Migration 0004: 𠮷祥 was stored with the key of a name pypinyin cannot read (sorted
    after 邹, not found by ``jx``); after the upgrade it sorts under j. Names without a rare
    character keep their stored keys, untouched."""
    from station_desk.domain.search import KEY_SEPARATOR, matches, sort_key

    path = tmp_path / "old.sqlite3"
    migrate(path, "0003")
    old_rare_key = "𠮷 xiang" + KEY_SEPARATOR + "𠮷祥"
    people = [
        ("u1", "𠮷祥", old_rare_key, "𠮷祥\x1f𠮷xiang\x1f𠮷x"),
        ("u2", "邹平", sort_key("邹平"), "untouched"),
        ("u3", "姬明", sort_key("姬明"), "untouched"),
        ("u4", "金水", "stored key kept", "untouched"),
    ]
    conn = sqlite3.connect(path)
    try:
        for n, (uuid, name, key, search) in enumerate(people):
            conn.execute(
                "INSERT INTO member (uuid, created_at, updated_at, name, gender, birth_date,"
                " id_number, phone, address, former_unit, former_post, retirement_kind,"
                " is_party_member, health, notes, search_keys, sort_key)"
                " VALUES (?, '2026-01-01', '2026-01-01', ?, 'male', '1950-03-05',"
                " ?, '13800001234', '', '县供销社', '', 'tuixiu', 1, '', '', ?, ?)",
                (uuid, name, f"3701241950030500{n}1", search, key),
            )
        conn.commit()
        before = [r[0] for r in conn.execute("SELECT name FROM member ORDER BY sort_key")]
    finally:
        conn.close()
    assert before.index("𠮷祥") > before.index("邹平")
    opened = open_ledger(path)
    opened.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0004"
        rows = conn.execute("SELECT name, sort_key, search_keys FROM member ORDER BY sort_key")
        found = {name: (key, search) for name, key, search in rows}
        order = [r[0] for r in conn.execute("SELECT name FROM member ORDER BY sort_key")]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    assert order.index("姬明") < order.index("𠮷祥") < order.index("邹平")
    assert found["𠮷祥"][0] == sort_key("𠮷祥") and found["𠮷祥"][0].startswith("ji xiang")
    assert matches(found["𠮷祥"][1], "jx") and matches(found["𠮷祥"][1], "1234")
    assert found["金水"] == ("stored key kept", "untouched")
    assert found["邹平"][1] == "untouched"

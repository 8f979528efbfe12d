"""The schema revisions the program knows match the migration scripts, and the schema the
scripts build is the one the models declare."""

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from station_desk.dates import DatePrecision
from station_desk.db.ledger import SCHEMA_REVISIONS, Ledger, migrate, open_ledger, script_revisions
from station_desk.db.models import Base, Member
from station_desk.db.queries_members import _MEMBER_SQL


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
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0003"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE member SET retired_on_precision = 'week'")
    finally:
        conn.close()

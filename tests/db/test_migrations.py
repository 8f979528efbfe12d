"""The schema revisions the program knows match the migration scripts, and the schema the
scripts build is the one the models declare."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from station_desk.db.ledger import SCHEMA_REVISIONS, Ledger, script_revisions
from station_desk.db.models import Base
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

"""The schema revisions the program knows match the migration scripts."""

from station_desk.db.ledger import SCHEMA_REVISIONS, script_revisions


def test_known_revisions_match_the_scripts() -> None:
    assert list(SCHEMA_REVISIONS) == script_revisions()

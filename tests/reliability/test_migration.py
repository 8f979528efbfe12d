"""A table-rebuilding migration applied to a filled ledger keeps every child row.

A throwaway revision that rebuilds ``member`` (the parent of most ``ON DELETE CASCADE``
links) is added to a temporary copy of the migrations, and the ledger is opened the way the
desk opens it: a backup first, then ``migrate`` with foreign keys off at the driver.
The same rebuild with foreign keys on shows the trap the test guards against.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, String, create_engine
from sqlalchemy.pool import NullPool

from station_desk.db.demo import build_demo
from station_desk.db.safekeeping.backup import before_migration, list_backups
from station_desk.db.schema import ledger as ledger_module
from station_desk.db.schema.ledger import open_ledger

CHILDREN = (
    "grid_post",
    "community_post",
    "team_membership",
    "service_record",
    "donation",
    "event_participation",
    "work",
    "certificate_issue",
)

REVISION = '''"""test: rebuild member"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("member", recreate="always") as batch:
        batch.add_column(sa.Column("nickname", sa.String(20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("member", recreate="always") as batch:
        batch.drop_column("nickname")
'''


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build_demo(path, members=1000)
    return path


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in CHILDREN}
    finally:
        conn.close()


@pytest.mark.slow
def test_rebuilding_migration_keeps_every_child_row(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ledger.sqlite3"
    shutil.copy(demo, path)
    before = _counts(path)
    assert before["team_membership"] > 0 and before["service_record"] > 0

    migrations = tmp_path / "migrations"
    shutil.copytree(ledger_module.MIGRATIONS_DIR, migrations)
    head = ledger_module.head_revision()
    (migrations / "versions" / "9999_test_rebuild.py").write_text(REVISION.format(head=head))
    monkeypatch.setattr(ledger_module, "MIGRATIONS_DIR", migrations)
    monkeypatch.setattr(
        ledger_module, "SCHEMA_REVISIONS", (*ledger_module.SCHEMA_REVISIONS, "9999")
    )
    try:
        opened = open_ledger(path, before_migration=before_migration)
        opened.close()
    finally:
        monkeypatch.undo()

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999"
        columns = [row[1] for row in conn.execute("PRAGMA table_info(member)")]
        assert "nickname" in columns
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    after = _counts(path)
    assert after == before
    assert [b.reason for b in list_backups(path)] == ["migration"]
    print(
        f"\n[migration] member rebuilt; child rows kept: {sum(after.values())}/{sum(before.values())}"
    )


def test_the_same_rebuild_with_foreign_keys_on_would_lose_children(
    demo: Path, tmp_path: Path
) -> None:
    path = tmp_path / "trap.sqlite3"
    shutil.copy(demo, path)
    before = _counts(path)
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
            ops = Operations(MigrationContext.configure(conn))
            with ops.batch_alter_table("member", recreate="always") as batch:
                batch.add_column(Column("nickname", String(20), nullable=True))
    finally:
        engine.dispose()
    assert _counts(path)["team_membership"] < before["team_membership"]

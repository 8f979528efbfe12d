"""Opening ledgers: pragmas on every connection, refusal of foreign files, upgrades."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from station_desk.db.schema.engine import APPLICATION_ID
from station_desk.db.schema.ledger import Ledger, LedgerError, head_revision, open_ledger


def test_every_connection_carries_the_ledger_pragmas(ledger: Ledger) -> None:
    with ledger.engine.connect() as conn:
        values = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "secure_delete")
        }
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    assert values == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "secure_delete": 1,
    }


def test_pragmas_hold_inside_a_unit_of_work(ledger: Ledger) -> None:
    with ledger.unit_of_work() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_a_new_ledger_is_at_head_and_marked_as_ours(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "l.sqlite3"
    open_ledger(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    conn.close()


def test_unit_of_work_rolls_back_everything_on_error(ledger: Ledger) -> None:
    from station_desk.services.org import add_community

    with pytest.raises(RuntimeError), ledger.unit_of_work() as session:
        add_community(session, "翠屏社区", "榆山街道")
        raise RuntimeError("boom")
    with ledger.reading() as session:
        assert session.execute(text("SELECT count(*) FROM community")).scalar() == 0


@pytest.mark.parametrize(
    "content",
    [b"hello, not a database\n", b"", b"PK\x03\x04 an xlsx pretending", b"SQLite format 3"],
)
def test_a_file_that_is_not_a_ledger_is_refused_and_untouched(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "thing.sqlite3"
    path.write_bytes(content)
    with pytest.raises(LedgerError, match="不是驿站台账"):
        open_ledger(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thing.sqlite3"]


def test_another_programs_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LedgerError, match="不是驿站台账"):
        open_ledger(path)
    assert path.read_bytes() == before


def test_a_ledger_from_a_newer_program_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    open_ledger(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LedgerError, match="更新版本"):
        open_ledger(path)
    assert path.read_bytes() == before


def test_a_missing_ledger_is_created_only_when_asked(tmp_path: Path) -> None:
    with pytest.raises(LedgerError, match="不存在"):
        open_ledger(tmp_path / "none.sqlite3", create=False)
    assert not (tmp_path / "none.sqlite3").exists()


def test_a_folder_is_not_a_ledger(tmp_path: Path) -> None:
    with pytest.raises(LedgerError, match="文件夹"):
        open_ledger(tmp_path)

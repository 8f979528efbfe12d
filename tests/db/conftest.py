"""Ledgers for database tests: an empty one per test, the demo built once per session."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from station_desk.db.demo import build_demo
from station_desk.db.schema.ledger import Ledger, open_ledger
from station_desk.domain.enums import Gender
from station_desk.domain.ids import make_id_number


@pytest.fixture(scope="session")
def empty_ledger_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty ledger at the current schema, built once (migrating costs ~0.3 s)."""
    path = tmp_path_factory.mktemp("empty") / "empty.sqlite3"
    open_ledger(path).close()
    return path


@pytest.fixture
def ledger(empty_ledger_file: Path, tmp_path: Path) -> Iterator[Ledger]:
    target = tmp_path / "ledger.sqlite3"
    shutil.copyfile(empty_ledger_file, target)
    opened = open_ledger(target)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build_demo(path)
    return path


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    """A private copy of the demo ledger for a test that writes."""
    target = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_file, target)
    return target


def an_id(n: int = 1, birth: date = date(1950, 3, 5), gender: Gender = Gender.MALE) -> str:
    return make_id_number("370124", birth, n, gender)

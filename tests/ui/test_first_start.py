"""A new PC: an empty home folder and no STATION_DESK_* variables (issue 13, item 1).

The other desk tests point STATION_DESK_DATA at a folder that exists, so they never met a
data folder that is not there yet. These go through the real default path.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station_desk.app import EXIT_LEDGER_ERROR, start_desk
from station_desk.db.schema.ledger import LedgerError
from station_desk.paths import FolderError, data_dir, default_ledger_path, ensure_folder
from station_desk.ui import opening
from tests.ui.conftest import wait_idle

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder with nothing in it, as on a new PC."""
    home = tmp_path / "home"
    home.mkdir()
    for name in list(os.environ):
        if name.startswith("STATION_DESK_") or name.startswith("XDG_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(home))
    return home


def test_the_default_ledger_lives_under_the_fresh_home(fresh_home: Path) -> None:
    assert default_ledger_path().is_relative_to(fresh_home)
    assert not data_dir().exists()


def test_first_start_makes_the_data_folder_and_an_empty_ledger(
    fresh_home: Path, qapp: QApplication, qtbot: QtBot
) -> None:
    desk = start_desk(None)
    try:
        assert desk is not None and desk.ctx is not None and desk.window is not None
        wait_idle(qtbot, desk.ctx)
        assert data_dir().is_dir()
        assert desk.ctx.ledger.path == default_ledger_path()
        assert default_ledger_path().is_file()
        assert desk.window.is_attached
    finally:
        if desk is not None:
            desk.close()


def test_a_file_in_the_way_is_named(tmp_path: Path) -> None:
    (tmp_path / "share").write_text("x")
    with pytest.raises(FolderError) as caught:
        ensure_folder(tmp_path / "share" / "StationDesk")
    text = str(caught.value)
    assert "share" in text and "是一个文件" in text and "权限" not in text


def test_a_read_only_parent_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As a clerk meets it (the tests run as root, who may write anywhere)."""

    def refused(*_a: object, **_k: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "mkdir", refused)
    with pytest.raises(FolderError) as caught:
        ensure_folder(tmp_path / "StationDesk")
    assert f"“{tmp_path}”只读" in str(caught.value)


def test_a_full_disk_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "mkdir", full)
    with pytest.raises(FolderError, match="磁盘已满"):
        ensure_folder(tmp_path / "new")


def test_the_desk_shows_one_sentence_when_the_folder_cannot_be_made(
    fresh_home: Path, qapp: QApplication, shown_errors: list[BaseException]
) -> None:
    (fresh_home / ".local").write_text("not a folder")
    desk = start_desk(None)
    assert desk is None
    assert len(shown_errors) == 1
    error = shown_errors.pop()
    assert isinstance(error, LedgerError)
    text = str(error)
    assert "无法创建文件夹" in text and ".local" in text and "\n" not in text
    assert "No such file" not in text and "权限" not in text


def test_open_for_desk_does_not_make_a_folder_when_only_opening(tmp_path: Path) -> None:
    with pytest.raises(LedgerError):
        opening.open_for_desk(tmp_path / "missing" / "ledger.sqlite3", create=False)
    assert not (tmp_path / "missing").exists()


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("STATION_DESK_", "XDG_"))}
    env["HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "station_desk", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_check_on_a_fresh_home_says_there_is_no_ledger_yet(fresh_home: Path) -> None:
    done = _cli(fresh_home, "check")
    assert done.returncode == EXIT_LEDGER_ERROR
    assert "Traceback" not in done.stderr
    assert "不存在" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_a_first_demo_on_a_broken_home_says_why_in_one_sentence(
    fresh_home: Path, qapp: QApplication, shown_errors: list[BaseException]
) -> None:
    (fresh_home / ".local").write_text("not a folder")
    from station_desk.paths import demo_ledger_path

    assert start_desk(demo_ledger_path(), demo=True) is None
    error = shown_errors.pop()
    assert isinstance(error, LedgerError) and "是一个文件" in str(error)


def test_demo_on_a_fresh_home_makes_the_folder(fresh_home: Path) -> None:
    from station_desk.db.demo.builder import MIN_MEMBERS

    done = _cli(fresh_home, "demo", "--members", str(MIN_MEMBERS))
    assert done.returncode == 0, done.stderr
    assert (fresh_home / ".local" / "share" / "StationDesk" / "ledger.sqlite3").is_file()

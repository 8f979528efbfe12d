"""Start-up: the frame paints before the ledger opens, heavy modules wait, tabs build on demand.

Timings are the benchmark's business (bench/); these tests pin the order of events and
what is imported when, which is what makes the first paint fast.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QSplitter, QWidget
from pytestqt.qtbot import QtBot

from station_desk.app import EXIT_LEDGER_ERROR, DeskApp, run_desk
from station_desk.db.safekeeping.lock import LedgerLock
from station_desk.db.schema.ledger import LedgerError
from station_desk.ui import opening
from station_desk.ui.context import DeskContext
from station_desk.ui.events_tab import EventsTab
from station_desk.ui.grids_tab import GridsTab
from station_desk.ui.main_window import MainWindow
from station_desk.ui.members_tab import MembersTab
from station_desk.ui.settings_store import desk_settings
from station_desk.ui.summary_tab import SummaryTab
from station_desk.ui.teams_tab import TeamsTab
from tests.ui.conftest import wait_idle

ROOT = Path(__file__).resolve().parents[2]
LAZY = {
    "gridsTab": GridsTab,
    "teamsTab": TeamsTab,
    "eventsTab": EventsTab,
    "summaryTab": SummaryTab,
}

#: Run in a fresh interpreter: which modules are loaded at the first paint and after opening.
PROBE = """
import json, sys
from pathlib import Path
import station_desk.cli
station_desk.cli.build_parser()  # the ``station-desk`` command's own imports come first
from station_desk.app import DeskApp, create_app

WATCHED = (
    "sqlalchemy", "reportlab", "openpyxl", "pypinyin", "station_desk.db",
    "station_desk.print_jobs", "station_desk.exchange", "station_desk.ui.import_wizard",
    "station_desk.ui.safekeeping_dialogs", "station_desk.ui.print_dialogs",
    "station_desk.ui.summary_tab", "station_desk.ui.grids_tab", "station_desk.ui.teams_tab",
    "station_desk.ui.events_tab",
)

def loaded():
    return sorted(name for name in WATCHED if name in sys.modules)

path = Path(sys.argv[1])
desk = DeskApp(create_app())
frame = desk.show_frame(path)
report = {"painted": frame.painted, "title": frame.windowTitle(), "at_paint": loaded()}
desk.open(path)
report["attached"] = desk.window is frame and frame.is_attached
report["after_open"] = loaded()
desk.close()
print(json.dumps(report))
"""


def tab_index(window: MainWindow, name: str) -> int:
    """Where the tab sits, looked up without building it (``window.tab`` would build it)."""
    names = [
        getattr(window.tabs.widget(i), "objectName", str)() for i in range(window.tabs.count())
    ]
    return names.index(name)


def test_first_paint_needs_no_database_code_and_opening_no_feature_code(
    demo_path: Path, tmp_path: Path
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    env["STATION_DESK_DATA"] = str(tmp_path / "data")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(demo_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["painted"] and report["title"] == "驿站台账 — demo"
    assert report["at_paint"] == [], "imported before the first paint"
    assert report["attached"]
    assert {"sqlalchemy", "station_desk.db"} <= set(report["after_open"])
    waiting = set(report["after_open"]) - {"sqlalchemy", "station_desk.db", "pypinyin"}
    assert waiting == set(), "imported at start-up though no menu or tab asked for it"


def test_frame_is_painted_before_the_opening_sequence(
    qapp: QApplication, demo_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[Any, bool, bool]] = []
    real = opening.open_for_desk

    def watched(path: Path, *, create: bool = True, parent: QWidget | None = None) -> Any:
        assert isinstance(parent, MainWindow)
        seen.append((parent, parent.painted, parent.is_attached))
        return real(path, create=create, parent=parent)

    monkeypatch.setattr(opening, "open_for_desk", watched)
    desk = DeskApp(qapp)
    try:
        desk.open(demo_path)
        assert desk.window is not None and desk.ctx is not None
        assert seen == [(desk.window, True, False)], "dialogs need the painted frame behind them"
        assert desk.window.is_attached
        assert desk.window.tabs.tabText(0) == "成员"
        assert str(demo_path) == desk.window.path_label.text()
        wait_idle(qtbot, desk.ctx)
    finally:
        desk.close()


def test_ledger_error_at_start_shows_the_message_and_exits_2(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch, shown_errors: list[BaseException]
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    desk_settings().setValue("window/tab", "teamsTab")
    held = LedgerLock(demo_path).acquire()
    try:
        assert run_desk(demo_path) == EXIT_LEDGER_ERROR
    finally:
        held.release()
    assert len(shown_errors) == 1 and isinstance(shown_errors[0], LedgerError)
    assert "已被" in str(shown_errors[0])
    shown_errors.clear()
    assert desk_settings().value("window/tab") == "teamsTab", "a bare frame keeps no layout"
    LedgerLock(demo_path).acquire().release()


def test_frame_actions_wait_for_the_ledger(ctx: DeskContext, qtbot: QtBot) -> None:
    frame = MainWindow(settings=desk_settings())
    qtbot.addWidget(frame)
    frame.show_opening(ctx.ledger.path)
    assert frame.path_label.text().startswith("正在打开台账…")
    assert frame.tabs.count() == 0
    assert not any(a.isEnabled() for a in (*frame.member_actions, frame.find_action))
    frame.attach(ctx)
    wait_idle(qtbot, ctx)
    assert frame.find_action.isEnabled() and frame.add_member_action.isEnabled()
    assert frame.windowTitle() == "驿站台账 — demo"
    with pytest.raises(RuntimeError):
        frame.attach(ctx)


def test_tabs_are_built_when_first_shown(window: MainWindow, qtbot: QtBot) -> None:
    assert isinstance(window.tabs.widget(0), MembersTab)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["成员", "网格", "志愿服务队", "文化活动", "统计"]
    for name, kind in LAZY.items():
        page = window.tabs.widget(tab_index(window, name))
        assert not isinstance(page, kind), f"{name} built before it was shown"
    index = tab_index(window, "gridsTab")
    window.tabs.setCurrentIndex(index)
    grids = window.tabs.widget(index)
    assert isinstance(grids, GridsTab) and grids.objectName() == "gridsTab"
    assert window.tabs.currentWidget() is grids and window.tabs.tabText(index) == "网格"
    assert not window.add_member_action.isEnabled()
    for name in ("teamsTab", "eventsTab", "summaryTab"):
        assert not isinstance(window.tabs.widget(tab_index(window, name)), LAZY[name])
    wait_idle(qtbot, window.ctx)


def test_tab_by_name_is_the_real_tab_and_keeps_the_current_one(
    window: MainWindow, qtbot: QtBot
) -> None:
    events = window.tab("eventsTab")
    assert isinstance(events, EventsTab)
    assert window.tabs.currentWidget() is window.members_tab
    assert window.tab("eventsTab") is events
    assert events.findChild(QPushButton, "print_eventsTab_button") is not None
    assert window.tabs.count() == 5 and window.tab("noSuchTab") is None
    wait_idle(qtbot, window.ctx)


def test_last_tab_and_its_splitters_come_back(ctx: DeskContext, qtbot: QtBot) -> None:
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    teams = first.tab("teamsTab")
    assert teams is not None
    first.tabs.setCurrentWidget(teams)
    wait_idle(qtbot, ctx)
    splitter = next(s for s in teams.findChildren(QSplitter) if s.objectName())
    splitter.setSizes([100, 500])
    wanted = splitter.sizes()
    first.save_layout()
    first.close()

    again = MainWindow(ctx)
    qtbot.addWidget(again)
    current = again.tabs.currentWidget()
    assert isinstance(current, TeamsTab), "the last tab is built and shown"
    restored = current.findChild(QSplitter, splitter.objectName())
    assert restored is not None and restored.sizes() == wanted
    wait_idle(qtbot, ctx)

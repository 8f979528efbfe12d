"""The desk as a whole: the lock held while open, safekeeping and summary in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from station_desk.app import DeskApp
from station_desk.db.safekeeping.backup import list_backups
from station_desk.db.safekeeping.lock import LedgerLock
from station_desk.db.schema.ledger import LedgerError
from station_desk.ui.main_window import MainWindow
from station_desk.ui.summary_actions import open_drilldown
from tests.ui.conftest import wait_idle


def test_window_has_safekeeping_actions_and_summary_tab(window: MainWindow) -> None:
    names = {a.objectName() for a in window.findChildren(type(window.menuBar().actions()[0]))}
    assert {"backupToAction", "restoreAction", "recycleBinAction", "historyAction"} <= names
    assert window.tab("summaryTab") is not None
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[0] == "成员" and "统计" in titles


def test_drilldown_switches_to_the_tab(window: MainWindow) -> None:
    open_drilldown(window, "teams", {"team_id": 1})
    assert window.tabs.currentWidget() is window.tab("teamsTab")


def test_desk_holds_the_lock_and_backs_up_daily(
    qapp: QApplication, demo_path: Path, qtbot: object
) -> None:
    desk = DeskApp(qapp)
    desk.open(demo_path)
    try:
        assert desk.window is not None and desk.ctx is not None
        wait_idle(qtbot, desk.ctx)
        with pytest.raises(LedgerError, match="已被"):
            LedgerLock(demo_path).acquire()
        assert [b.reason for b in list_backups(demo_path)] == ["daily"]
    finally:
        desk.close()
    LedgerLock(demo_path).acquire().release()

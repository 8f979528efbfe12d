"""The main window opens on the demo ledger and on an empty one."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from station_desk.ui.context import DeskContext
from station_desk.ui.main_window import MainWindow


def test_window_opens_on_demo_ledger(window: MainWindow, ctx: DeskContext) -> None:
    assert window.windowTitle() == "驿站台账 — demo"
    tab = window.members_tab
    total = tab.model.total_count()
    assert total >= 1000
    assert tab.count_label.text() == f"显示 {total} / {total}"
    assert window.tabs.tabText(0) == "成员"
    assert "成员" in window.counts_label.text()
    assert str(ctx.ledger.path) == window.path_label.text()


def test_window_opens_on_empty_ledger(empty_ctx: DeskContext, qtbot: QtBot) -> None:
    win = MainWindow(empty_ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: empty_ctx.worker.pending == 0)
    assert win.members_tab.model.total_count() == 0
    assert win.members_tab.count_label.text() == "显示 0 / 0"

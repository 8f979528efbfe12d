"""Keys go to the tab that has the focus: Delete and Ctrl+N never reach the wrong records."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from station_desk.ui import errors
from station_desk.ui.main_window import NEW_LEDGER_KEYS, MainWindow
from station_desk.ui.member_dialog import MemberDialog
from station_desk.ui.team_dialogs import TeamDialog
from tests.ui.conftest import wait_idle

DELETE = Qt.Key.Key_Delete
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Titles of the yes/no questions asked (all answered no, so nothing is deleted)."""
    asked: list[str] = []

    def refuse(_parent: object, title: str, _text: str) -> bool:
        asked.append(title)
        return False

    monkeypatch.setattr(errors, "ask_yes_no", refuse)
    return asked


def _show(window: MainWindow, name: str, qtbot: QtBot) -> None:
    tab = window.tab(name)
    assert tab is not None
    window.tabs.setCurrentWidget(tab)
    wait_idle(qtbot, window.ctx)


def test_delete_in_the_teams_table_reaches_the_teams_tab(
    window: MainWindow, qtbot: QtBot, questions: list[str]
) -> None:
    members = window.members_tab
    members.table.selectRow(0)
    assert members.selected_member_ids()
    _show(window, "teamsTab", qtbot)
    teams = window.tab("teamsTab")
    teams.teams_view.setFocus()  # type: ignore[union-attr]
    qtbot.keyClick(teams.teams_view, DELETE)  # type: ignore[union-attr]
    assert questions == ["删除队伍"]
    button = teams.findChild(QPushButton, "addTeamButton")  # type: ignore[union-attr]
    assert button is not None
    button.setFocus()
    qtbot.keyClick(button, DELETE)
    assert questions == ["删除队伍"], "Delete outside the members tab must not delete members"
    assert not window.delete_member_action.isEnabled()


def test_delete_in_the_members_table_asks_to_delete_members(
    window: MainWindow, qtbot: QtBot, questions: list[str]
) -> None:
    _show(window, "membersTab", qtbot)
    members = window.members_tab
    members.table.selectRow(0)
    members.table.setFocus()
    qtbot.keyClick(members.table, DELETE)
    assert questions == ["删除成员"]


def test_delete_in_the_search_box_edits_the_text(
    window: MainWindow, qtbot: QtBot, questions: list[str]
) -> None:
    members = window.members_tab
    members.table.selectRow(0)
    members.search.setFocus()
    qtbot.keyClicks(members.search, "wang")
    members.search.setCursorPosition(0)
    qtbot.keyClick(members.search, DELETE)
    assert members.search.text() == "ang"
    assert questions == []


def test_ctrl_n_adds_in_the_tab_with_the_focus(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(MemberDialog, "ask", classmethod(lambda *_a, **_k: calls.append("m")))
    monkeypatch.setattr(TeamDialog, "ask", classmethod(lambda *_a, **_k: calls.append("t")))
    _show(window, "membersTab", qtbot)
    window.members_tab.table.setFocus()
    qtbot.keyClick(window.members_tab.table, Qt.Key.Key_N, CTRL)
    _show(window, "teamsTab", qtbot)
    teams = window.tab("teamsTab")
    teams.teams_view.setFocus()  # type: ignore[union-attr]
    qtbot.keyClick(teams.teams_view, Qt.Key.Key_N, CTRL)  # type: ignore[union-attr]
    assert calls == ["m", "t"]
    assert window.new_ledger_action.shortcut() == QKeySequence(NEW_LEDGER_KEYS)


def test_member_actions_are_enabled_on_the_members_tab_only(
    window: MainWindow, qtbot: QtBot
) -> None:
    for name in ("gridsTab", "teamsTab", "eventsTab", "summaryTab"):
        _show(window, name, qtbot)
        assert not any(a.isEnabled() for a in window.member_actions), name
    _show(window, "membersTab", qtbot)
    assert all(a.isEnabled() for a in window.member_actions)
    assert all(
        a.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
        for a in window.member_actions
    )

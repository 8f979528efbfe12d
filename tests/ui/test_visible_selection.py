"""What a print, an export or a batch change applies to is what the clerk sees (issue 13).

A member added stayed selected; a 支部 filter hid her; 打印… said 将打印选中的 1 位老同志
and printed only her. Ctrl+A counted 21 of 20 shown; clicks could not clear the hidden one.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from station_desk.domain.enums import Gender
from station_desk.domain.ids import make_id_number
from station_desk.print_jobs import RosterRequest
from station_desk.ui.context import DeskContext
from station_desk.ui.main_window import MainWindow
from station_desk.ui.member_dialog import MemberDialog
from station_desk.ui.member_scope import SELECTED, SHOWN, MemberScope, ScopeDialog
from station_desk.ui.print_dialogs import RosterOptions, RosterOptionsDialog
from tests.ui.conftest import wait_idle


def add_member(
    window: MainWindow,
    ctx: DeskContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    reload_first: bool = False,
) -> int:
    """Add 钱霞飞 through the real dialog; she is selected afterwards, as for a clerk."""
    id_number = make_id_number("370124", date(1952, 4, 18), 37, Gender.FEMALE)

    def fill(dialog: Any) -> None:
        dialog.line_edit("name").setText("钱霞飞")
        dialog.line_edit("id_number").setText(id_number)
        dialog.line_edit("phone").setText("13912345670")

    opened: list[MemberDialog] = []

    def run(dialog: MemberDialog) -> int:
        """Fill, 保存, and return as the modal loop does: when the save is done, before
        the table reloads."""
        opened.append(dialog)
        fill(dialog)
        dialog.save_button.click()
        qtbot.waitUntil(lambda: dialog.saved_id is not None, timeout=15000)
        if reload_first:
            wait_idle(qtbot, ctx)  # a busy machine may deliver the reload first
        return int(dialog.result())

    monkeypatch.setattr(MemberDialog, "exec", run)
    tab = window.members_tab
    tab.add_member()
    saved = opened[0].saved_id
    assert saved is not None
    qtbot.waitUntil(lambda: tab.selected_member_ids() == [saved], timeout=15000)
    wait_idle(qtbot, ctx)
    return saved


def hide_by_branch(window: MainWindow) -> None:
    """A 支部 filter: the new member has no branch, so any branch hides her."""
    tab = window.members_tab
    tab.branch_filter.setCurrentIndex(1)
    assert 0 < tab.model.rowCount() < tab.model.total_count()


@pytest.mark.parametrize("reload_first", [False, True])
def test_a_hidden_selection_is_not_printed(
    window: MainWindow,
    ctx: DeskContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    reload_first: bool,
) -> None:
    tab = window.members_tab
    added = add_member(window, ctx, qtbot, monkeypatch, reload_first)
    hide_by_branch(window)
    assert tab.selected_member_ids() == []
    wait_idle(qtbot, ctx)
    assert tab.detail.detail is None
    scopes: list[MemberScope] = []

    def answer(*args: Any) -> RosterOptions:
        dialog = RosterOptionsDialog(*args)
        qtbot.addWidget(dialog)
        assert dialog.scope is not None
        scopes.append(dialog.scope.scope)
        assert not dialog.scope.selected_button.isEnabled()
        assert "20" not in dialog.scope.selected_button.text()
        return dialog.options()

    requests: list[Any] = []
    monkeypatch.setattr(RosterOptionsDialog, "ask", answer)
    monkeypatch.setattr(window.print_actions, "run", lambda r, _t: requests.append(r))
    window.print_actions.print_roster()
    shown = tuple(tab.shown_member_ids())
    assert scopes[0] == MemberScope(shown, ())
    assert requests[0].filter.member_ids == shown
    assert added not in requests[0].filter.member_ids


def test_the_dialog_offers_both_counts_and_prints_the_chosen(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.members_tab
    hide_by_branch(window)
    tab.table.selectRow(0)
    tab.table.selectionModel().select(
        tab.model.index(2, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    picked = tab.selected_member_ids()
    assert len(picked) == 2
    requests: list[RosterRequest] = []

    def answer(*args: Any) -> RosterOptions:
        dialog = RosterOptionsDialog(*args)
        qtbot.addWidget(dialog)
        assert dialog.scope is not None
        shown = tab.model.rowCount()
        assert dialog.scope.shown_button.text() == f"成员页筛选出的 {shown} 位"
        assert dialog.scope.selected_button.text() == "其中选中的 2 位"
        assert dialog.scope.key() == SELECTED  # several picked: they come first
        dialog.scope.choose(SHOWN)
        return dialog.options()

    monkeypatch.setattr(RosterOptionsDialog, "ask", answer)
    monkeypatch.setattr(window.print_actions, "run", lambda r, _t: requests.append(r))
    window.print_actions.print_roster()
    assert requests[0].filter.member_ids == tuple(tab.shown_member_ids())


def test_ctrl_a_and_clicks_take_only_shown_rows(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot
) -> None:
    tab = window.members_tab
    tab.table.selectRow(0)
    first = tab.model.record_at(0)
    tab.party_filter.setCurrentIndex(tab.party_filter.findText("非党员"))
    if first.is_party_member is False:
        tab.party_filter.setCurrentIndex(tab.party_filter.findText("党员"))
    assert tab.model.row_of(lambda r: r.id == first.id) == -1
    assert tab.selected_member_ids() == []
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    shown = tab.model.rowCount()
    assert len(tab.selected_member_ids()) == shown
    assert tab.count_label.text().endswith(f"已选 {shown}")
    rect = tab.table.visualRect(tab.model.index(1, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.selected_member_ids() == [tab.model.record_at(1).id]
    wait_idle(qtbot, ctx)


def test_a_search_keeps_only_the_selected_it_still_shows(window: MainWindow, qtbot: QtBot) -> None:
    tab = window.members_tab
    first, second = tab.model.record_at(0), tab.model.record_at(1)
    tab.table.selectRow(0)
    tab.table.selectionModel().select(
        tab.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert tab.selected_member_ids() == [first.id, second.id]
    tab.search.setText(first.name)
    tab.search.returnPressed.emit()
    assert second.id not in tab.shown_member_ids()
    assert tab.selected_member_ids() == [first.id]
    tab.search.clear()
    tab.search.returnPressed.emit()
    assert tab.selected_member_ids() == [first.id]


def test_export_asks_between_shown_and_selected_only_when_they_differ(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    scope = MemberScope((1, 2, 3), ())
    assert ScopeDialog.ask(window, "导出", "导出哪些？", scope) == (1, 2, 3)
    asked: list[ScopeDialog] = []

    def run(dialog: ScopeDialog) -> int:
        asked.append(dialog)
        dialog.choice.choose(SELECTED)
        return int(ScopeDialog.DialogCode.Accepted)

    monkeypatch.setattr(ScopeDialog, "exec", run)
    assert ScopeDialog.ask(window, "导出", "导出哪些？", MemberScope((1, 2, 3), (2,))) == (2,)
    assert len(asked) == 1

"""批量修改 and 编辑 → 撤销 driven as a clerk would (issue 13 item 7)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from station_desk.db.schema.models import Branch, Member
from station_desk.ui.batch_actions import BatchActions
from station_desk.ui.batch_dialog import BatchDialog
from station_desk.ui.context import DeskContext
from station_desk.ui.main_window import MainWindow
from station_desk.ui.member_scope import SELECTED
from tests.ui.conftest import wait_idle


def actions_of(window: MainWindow) -> BatchActions:
    found = getattr(window, "batch_actions", None)
    assert isinstance(found, BatchActions)
    return found


def branches_of(ctx: DeskContext, ids: list[int]) -> dict[int, int | None]:
    with ctx.ledger.reading() as s:
        return dict(s.execute(select(Member.id, Member.branch_id).where(Member.id.in_(ids))).all())


def pick_three(window: MainWindow) -> list[int]:
    tab = window.members_tab
    tab.table.selectRow(0)
    for row in (1, 2):
        tab.table.selectionModel().select(
            tab.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    ids = tab.selected_member_ids()
    assert len(ids) == 3
    return ids


def choose(combo: Any, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def test_batch_branch_with_a_question_then_undo_from_the_edit_menu(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = actions_of(window)
    ids = pick_three(window)
    before = branches_of(ctx, ids)
    target = next(c.id for c in ctx.choices("branch") if c.id not in before.values())
    questions: list[str] = []
    monkeypatch.setattr(
        "station_desk.ui.errors.ask_yes_no", lambda _p, _t, text: questions.append(text) or True
    )

    def run(dialog: BatchDialog) -> int:
        assert dialog.scope.key() == SELECTED
        assert dialog.scope.selected_button.text() == "其中选中的 3 位"
        choose(dialog.combos["branch_id"], target)
        assert dialog.ticks["branch_id"].isChecked()
        dialog.save_button.click()
        wait_idle(qtbot, ctx)
        return int(dialog.result())

    monkeypatch.setattr(BatchDialog, "exec", run)
    assert actions.batch() == 3
    assert "将修改 3 位老同志" in questions[0] and "党支部 →" in questions[0]
    assert set(branches_of(ctx, ids).values()) == {target}
    wait_idle(qtbot, ctx)
    assert actions.undo_action.isEnabled()
    assert actions.undo_action.text().startswith("撤销：批量修改 3 位老同志")
    assert actions.undo_action.shortcut().toString() == "Ctrl+Z"
    actions.undo_action.trigger()
    wait_idle(qtbot, ctx)
    assert branches_of(ctx, ids) == before
    assert not actions.undo_action.text().startswith("撤销：批量修改")


def test_a_branch_deleted_meanwhile_is_refused_by_its_field_and_nothing_changes(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = pick_three(window)
    before = branches_of(ctx, ids)
    with ctx.ledger.unit_of_work() as s:
        gone = Branch(name="临时支部", category=s.scalars(select(Branch.category)).first())
        s.add(gone)
        s.flush()
        gone_id = gone.id
    ctx.changed.emit("org")
    wait_idle(qtbot, ctx)
    monkeypatch.setattr("station_desk.ui.errors.ask_yes_no", lambda *_a: True)
    dialog = BatchDialog(window, ctx, _scope(window))
    qtbot.addWidget(dialog)
    choose(dialog.combos["branch_id"], gone_id)
    with ctx.ledger.unit_of_work() as s:
        s.delete(s.get(Branch, gone_id))
    dialog.save_button.click()
    wait_idle(qtbot, ctx)
    assert dialog.result() != BatchDialog.DialogCode.Accepted
    assert "党支部：所选记录不存在或已删除" in dialog.field_errors["branch"].text()
    assert branches_of(ctx, ids) == before


def test_nothing_ticked_or_no_answers_change_nothing(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = pick_three(window)
    before = branches_of(ctx, ids)
    dialog = BatchDialog(window, ctx, _scope(window))
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    assert "至少勾选一项" in dialog.field_errors["member"].text()
    monkeypatch.setattr("station_desk.ui.errors.ask_yes_no", lambda *_a: False)
    choose(dialog.combos["branch_id"], ctx.choices("branch")[0].id)
    dialog.save_button.click()
    wait_idle(qtbot, ctx)
    assert dialog.result() != BatchDialog.DialogCode.Accepted
    assert branches_of(ctx, ids) == before


def test_undo_is_greyed_out_with_nothing_to_undo(empty_ctx: DeskContext, qtbot: QtBot) -> None:
    win = MainWindow(empty_ctx)
    qtbot.addWidget(win)
    wait_idle(qtbot, empty_ctx)
    actions = actions_of(win)
    assert not actions.undo_action.isEnabled()
    assert "没有可撤销" in actions.undo_action.text()
    assert actions.undo_action in win.edit_menu.actions()


def _scope(window: MainWindow) -> Any:
    from station_desk.ui.member_scope import scope_of

    return scope_of(window.members_tab)

"""Nothing typed is lost: Esc, 取消 and × on a changed form ask first (issue 13, item 3)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from station_desk.ui import form_guard
from station_desk.ui.activity_dialog import ActivityDialog
from station_desk.ui.context import DeskContext
from station_desk.ui.form_guard import GuardedDialog
from tests.ui.conftest import UnsavedAnswers, wait_idle
from tests.ui.dialogs import DATA_ENTRY, activity_dialog

CLOSERS: dict[str, Callable[[QDialog, QtBot], None]] = {
    "esc": lambda d, qtbot: qtbot.keyClick(d, Qt.Key.Key_Escape),
    "cancel": lambda d, _q: (
        d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    ),
    "window_x": lambda d, _q: d.close(),
}


def _shown(qtbot: QtBot, dialog: QWidget) -> GuardedDialog:
    assert isinstance(dialog, GuardedDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type_into(dialog: QWidget) -> None:
    """Change the first editable text field, as a clerk typing would."""
    for edit in dialog.findChildren(QLineEdit):
        if isinstance(edit.parentWidget(), QComboBox) or edit.isReadOnly():
            continue
        if edit.isEnabled() and edit.isVisibleTo(dialog):
            edit.setText(edit.text() + "2021")
            return
    raise AssertionError(f"no field to type into in {dialog.objectName()}")


@pytest.mark.parametrize("how", sorted(CLOSERS))
@pytest.mark.parametrize("name", sorted(DATA_ENTRY))
def test_a_changed_form_asks_before_closing(
    name: str, how: str, ctx: DeskContext, qtbot: QtBot, unsaved_answers: UnsavedAnswers
) -> None:
    dialog = _shown(qtbot, DATA_ENTRY[name](ctx))
    _type_into(dialog)
    unsaved_answers.queue.append(form_guard.KEEP_EDITING)
    CLOSERS[how](dialog, qtbot)
    assert unsaved_answers.asked == 1
    assert dialog.isVisible(), "继续编辑 keeps the form open"
    CLOSERS[how](dialog, qtbot)  # 放弃 (the default answer) closes it
    assert unsaved_answers.asked == 2
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize("name", sorted(DATA_ENTRY))
def test_an_unchanged_form_closes_without_a_question(
    name: str, ctx: DeskContext, qtbot: QtBot, unsaved_answers: UnsavedAnswers
) -> None:
    dialog = _shown(qtbot, DATA_ENTRY[name](ctx))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert unsaved_answers.asked == 0
    assert not dialog.isVisible()


def test_save_in_the_question_saves_the_activity(
    ctx: DeskContext, qtbot: QtBot, unsaved_answers: UnsavedAnswers
) -> None:
    dialog = _shown(qtbot, activity_dialog(ctx))
    assert isinstance(dialog, ActivityDialog)
    dialog.title.setText("重阳节敬老")
    dialog.set_all_checked(True)
    unsaved_answers.queue.append(form_guard.SAVE)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    wait_idle(qtbot, ctx)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved


def _fill_twelve(dialog: ActivityDialog) -> list[int]:
    dialog.title.setText("重阳节走访")
    dialog.place.setText("翠屏社区")
    chosen = [int(m.member_id) for m in dialog.members[:12]]
    for member_id in chosen:
        dialog.set_checked(member_id)
    dialog.set_hours(chosen[0], "3.5")
    return chosen


def test_the_activity_draft_is_offered_back(
    ctx: DeskContext, qtbot: QtBot, unsaved_answers: UnsavedAnswers
) -> None:
    first = _shown(qtbot, activity_dialog(ctx))
    assert isinstance(first, ActivityDialog) and first.draft is not None
    chosen = _fill_twelve(first)
    first.draft.write()  # what the half-second timer does
    unsaved_answers.queue.append(form_guard.KEEP_EDITING)
    qtbot.keyClick(first, Qt.Key.Key_Escape)
    assert first.isVisible()
    first.hide()  # the desk is killed with the form open: the draft stays
    first.deleteLater()

    again = _shown(qtbot, activity_dialog(ctx))
    assert isinstance(again, ActivityDialog) and again.draft is not None
    assert again.draft.bar is not None and again.draft.bar.isVisibleTo(again)
    again.draft.restore()
    assert again.title.text() == "重阳节走访" and again.place.text() == "翠屏社区"
    assert sorted(again.chosen_ids()) == sorted(chosen)
    assert again.hours_by_member()[chosen[0]] == "3.5"
    assert again.draft.bar is None


def test_discarding_or_saving_removes_the_draft(
    ctx: DeskContext, qtbot: QtBot, unsaved_answers: UnsavedAnswers
) -> None:
    first = _shown(qtbot, activity_dialog(ctx))
    assert isinstance(first, ActivityDialog) and first.draft is not None
    _fill_twelve(first)
    first.draft.write()
    assert first.draft.stored() is not None
    qtbot.keyClick(first, Qt.Key.Key_Escape)  # 放弃
    assert first.draft.stored() is None

    second = _shown(qtbot, activity_dialog(ctx))
    assert isinstance(second, ActivityDialog) and second.draft is not None
    assert second.draft.bar is None
    _fill_twelve(second)
    second.draft.write()
    second.save_button.click()
    wait_idle(qtbot, ctx)
    assert second.result() == QDialog.DialogCode.Accepted
    assert second.draft.stored() is None


def test_showing_the_full_numbers_is_no_change(
    ctx: DeskContext, qtbot: QtBot, unsaved_answers: UnsavedAnswers
) -> None:
    from station_desk.ui.member_dialog import MemberDialog
    from tests.ui.dialogs import member_edit_dialog

    dialog = _shown(qtbot, member_edit_dialog(ctx))
    assert isinstance(dialog, MemberDialog)
    dialog.reveal()
    wait_idle(qtbot, ctx)
    assert not dialog.line_edit("id_number").isReadOnly()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert unsaved_answers.asked == 0 and not dialog.isVisible()


def test_a_station_typed_but_not_added_asks_before_settings_close(
    ctx: DeskContext, qtbot: QtBot, unsaved_answers: UnsavedAnswers
) -> None:
    from station_desk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(None, ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, ctx)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert unsaved_answers.asked == 0 and not dialog.isVisible()

    dialog.show()
    dialog.stations.name.setText("县老年人大学第二驿站")
    unsaved_answers.queue.append(form_guard.KEEP_EDITING)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert unsaved_answers.asked == 1 and dialog.isVisible()
    dialog.stations.add_button.click()
    wait_idle(qtbot, ctx)
    assert not dialog.stations.unsaved()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert unsaved_answers.asked == 1 and not dialog.isVisible()


def test_a_member_picked_in_a_form_is_a_change(
    ctx: DeskContext, qtbot: QtBot, unsaved_answers: UnsavedAnswers
) -> None:
    from station_desk.ui.tab_forms import MemberChooser
    from tests.ui.dialogs import post_dialog

    dialog = _shown(qtbot, post_dialog(ctx))
    chooser = dialog.findChild(MemberChooser)
    assert chooser is not None
    chooser.set_member(1, "甲")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert unsaved_answers.asked == 1


def test_ticking_a_box_by_mouse_then_down_and_space_ticks_the_next(
    ctx: DeskContext, qtbot: QtBot
) -> None:
    """Seen in the real window: a click on the first box, then Down+Space eleven times,
    ticked 10, because the click left no current row and the first Down went to row 0."""
    dialog = _shown(qtbot, activity_dialog(ctx))
    assert isinstance(dialog, ActivityDialog)
    table = dialog.table
    box = table.visualItemRect(table.item(0, 0))
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(box.left() + 10, box.center().y())
    )
    assert len(dialog.chosen_ids()) == 1
    for _ in range(11):
        qtbot.keyClick(table, Qt.Key.Key_Down)
        qtbot.keyClick(table, Qt.Key.Key_Space)
    assert len(dialog.chosen_ids()) == 12

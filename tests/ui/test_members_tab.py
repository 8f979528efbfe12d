"""The members tab and dialog driven like a clerk would: add, find, reject, edit, delete."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from station_desk.db.schema.models import Member
from station_desk.domain.enums import Gender
from station_desk.domain.ids import id_check_digit, make_id_number
from station_desk.domain.records import MemberDetails, MemberRow
from station_desk.domain.search import sort_key
from station_desk.ui.context import DeskContext
from station_desk.ui.main_window import MainWindow
from station_desk.ui.member_dialog import MemberDialog


def live_members(ctx: DeskContext) -> int:
    with ctx.ledger.reading() as session:
        return int(session.scalar(select(func.count()).where(Member.deleted_at.is_(None))) or 0)


def idle(qtbot: QtBot, ctx: DeskContext) -> None:
    qtbot.waitUntil(lambda: ctx.worker.pending == 0, timeout=15000)


def details(window: MainWindow, row: MemberRow) -> MemberDetails:
    """The shown-only columns of ``row`` as the members tab holds them."""
    found = window.members_tab.lookup.detail(row)
    assert found is not None
    return found


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    tab = window.members_tab
    tab.search.clear()
    qtbot.keyClicks(tab.search, text)
    qtbot.waitUntil(lambda: tab._query == text, timeout=3000)


def test_add_member_through_dialog_and_find_by_initials(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot
) -> None:
    before = live_members(ctx)
    id_number = make_id_number("370124", date(1952, 4, 18), 37, Gender.FEMALE)
    dialog = MemberDialog(window.members_tab, ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save_button.isEnabled()
    dialog.line_edit("name").setText("钱霞飞")
    qtbot.keyClicks(dialog.line_edit("id_number"), id_number)
    assert dialog.line_edit("birth_date").text() == "1952-04-18"
    assert dialog.combo("gender").currentText() == "女"
    qtbot.keyClicks(dialog.line_edit("phone"), "13912345670")
    dialog.line_edit("former_unit").setText("县档案局")
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(window.members_tab.rows_loaded, timeout=15000):
        qtbot.mouseClick(dialog.save_button, qtbot_button())
    assert dialog.saved_id is not None
    assert live_members(ctx) == before + 1
    idle(qtbot, ctx)
    search(qtbot, window, "qxf")
    names = [r.name for r in window.members_tab.model.shown_records()]
    assert "钱霞飞" in names
    shown = window.members_tab.model.rowCount()
    assert window.members_tab.count_label.text() == f"显示 {shown} / {before + 1}"
    row = window.members_tab.model.row_of(lambda r: r.name == "钱霞飞")
    id_text = window.members_tab.model.index(row, 3).data()
    assert id_text == id_number[:6] + "********" + id_number[-4:]
    assert window.members_tab.model.index(row, 4).data() == "139****5670"


def qtbot_button() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_wrong_check_digit_shows_error_and_saves_nothing(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot
) -> None:
    before = live_members(ctx)
    good = make_id_number("370124", date(1948, 9, 2), 11, Gender.MALE)
    wrong_digit = next(d for d in "0123456789X" if d != id_check_digit(good[:17]))
    dialog = MemberDialog(window.members_tab, ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.line_edit("name").setText("孙建国")
    qtbot.keyClicks(dialog.line_edit("id_number"), good[:17] + wrong_digit)
    error = dialog.errors["id_number"]
    assert error.isVisible()
    assert f"校验位应为 {good[17]}" in error.text()
    assert not dialog.save_button.isEnabled()
    dialog.save()
    idle(qtbot, ctx)
    assert dialog.saved_id is None
    assert live_members(ctx) == before


def test_duplicate_id_from_service_shows_beside_field(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot
) -> None:
    existing = window.members_tab.model.record_at(0)
    dialog = MemberDialog(window.members_tab, ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.line_edit("name").setText("重复人")
    qtbot.keyClicks(dialog.line_edit("id_number"), details(window, existing).id_number)
    assert dialog.save_button.isEnabled()
    dialog.save()
    idle(qtbot, ctx)
    assert dialog.saved_id is None
    assert existing.name in dialog.errors["id_number"].text()
    assert not dialog.save_button.isEnabled()


def test_edit_then_delete_member(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot, answers: list[bool]
) -> None:
    tab = window.members_tab
    target = tab.model.record_at(5)
    assert tab.select_member(target.id)
    idle(qtbot, ctx)
    assert tab.detail.detail is not None and tab.detail.detail.id == target.id
    from station_desk.db.queries.core import member_full

    with ctx.ledger.reading() as session:
        full = member_full(session, target.id)
    dialog = MemberDialog(tab, ctx, full)
    qtbot.addWidget(dialog)
    name = dialog.line_edit("name")
    assert isinstance(name, QLineEdit) and name.text() == target.name
    phone = dialog.line_edit("phone")
    assert isinstance(phone, QLineEdit) and phone.isReadOnly()
    dialog.reveal_button.click()
    idle(qtbot, ctx)
    phone.clear()
    qtbot.keyClicks(phone, "13700001111")
    with qtbot.waitSignal(tab.rows_loaded, timeout=15000):
        dialog.save()
    edited = tab.model.record_at(tab.model.row_of(lambda r: r.id == target.id))
    assert details(window, edited).phone == "13700001111"

    before = live_members(ctx)
    answers.append(False)
    tab.delete_members()
    idle(qtbot, ctx)
    assert live_members(ctx) == before
    assert tab.select_member(target.id)
    with qtbot.waitSignal(tab.rows_loaded, timeout=15000):
        tab.delete_members()
    assert live_members(ctx) == before - 1
    assert tab.model.row_of(lambda r: r.id == target.id) == -1


def test_filters_and_multi_select_narrow_with_search(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot
) -> None:
    tab = window.members_tab
    total = tab.model.total_count()
    tab.party_filter.setCurrentIndex(tab.party_filter.findText("党员"))
    party = tab.model.rowCount()
    assert 0 < party < total
    assert all(r.is_party_member for r in tab.model.shown_records())
    first, second = tab.model.record_at(0), tab.model.record_at(1)
    tab.table.selectRow(0)
    from PySide6.QtCore import QItemSelectionModel

    tab.table.selectionModel().select(
        tab.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert tab.selected_member_ids() == [first.id, second.id]
    search(qtbot, window, details(window, first).phone)
    assert first.id in tab.selected_member_ids()
    assert set(tab.selected_member_ids()) <= set(tab.shown_member_ids())
    tab.search.clear()
    qtbot.waitUntil(lambda: tab._query == "", timeout=3000)
    assert first.id in tab.selected_member_ids()
    tab.party_filter.setCurrentIndex(0)
    assert tab.model.rowCount() == total


def test_sorting_by_name_is_pinyin_order(window: MainWindow) -> None:
    tab = window.members_tab
    from PySide6.QtCore import Qt

    tab.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    ages = [int(tab.model.index(r, 2).data()) for r in range(50)]
    assert ages == sorted(ages)
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    keys = [sort_key(r.name) for r in tab.model.shown_records()]
    assert keys == sorted(keys)
    assert keys[0].split()[0] < keys[-1].split()[0]

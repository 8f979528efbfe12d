"""The member dialog keeps a date as precise as typed: "1968.05" is a month, shown so again
(issue 16, item 1); a later edit can make it a day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from station_desk.db.queries.core import member_full
from station_desk.domain.dates import DAY, MONTH
from station_desk.domain.enums import Gender
from station_desk.domain.ids import make_id_number
from station_desk.ui.context import DeskContext
from station_desk.ui.main_window import MainWindow
from station_desk.ui.member_dialog import MemberDialog


def _saved(qtbot: QtBot, window: MainWindow, dialog: MemberDialog) -> int:
    with qtbot.waitSignal(window.members_tab.rows_loaded, timeout=15000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None
    return dialog.saved_id


def test_a_month_typed_is_kept_shown_and_made_precise_later(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot, tmp_path: Path
) -> None:
    id_number = make_id_number("370124", date(1946, 3, 12), 41, Gender.MALE)
    dialog = MemberDialog(window.members_tab, ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.line_edit("name").setText("周立新")
    qtbot.keyClicks(dialog.line_edit("id_number"), id_number)
    dialog.fields["is_party_member"].setChecked(True)  # type: ignore[attr-defined]
    dialog.line_edit("joined_party_on").setText("1968.05")
    dialog.line_edit("retired_on").setText("2006")
    assert dialog.save_button.isEnabled(), [p.message for p in dialog.problems()]
    dialog.grab().save(str(tmp_path / "member-dialog-month.png"))
    member_id = _saved(qtbot, window, dialog)
    with ctx.ledger.reading() as session:
        full = member_full(session, member_id)
    assert full is not None
    assert (full.joined_party_on, full.joined_party_on_precision) == (date(1968, 5, 1), MONTH)
    assert (full.retired_on, full.retired_on_precision) == (date(2006, 1, 1), "year")

    again = MemberDialog(window.members_tab, ctx, full)
    qtbot.addWidget(again)
    again.show()
    assert again.line_edit("joined_party_on").text() == "1968.05"
    assert again.line_edit("retired_on").text() == "2006"
    again.line_edit("joined_party_on").setText("1968-05-20")
    assert again.save_button.isEnabled()
    _saved(qtbot, window, again)
    with ctx.ledger.reading() as session:
        full = member_full(session, member_id)
    assert full is not None
    assert (full.joined_party_on, full.joined_party_on_precision) == (date(1968, 5, 20), DAY)


def test_a_birth_month_the_id_number_disagrees_with_is_shown_beside_the_field(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot
) -> None:
    id_number = make_id_number("370124", date(1946, 3, 12), 43, Gender.MALE)
    dialog = MemberDialog(window.members_tab, ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.line_edit("name").setText("吴建设")
    qtbot.keyClicks(dialog.line_edit("id_number"), id_number)
    dialog.line_edit("birth_date").setText("1946.03")
    assert dialog.save_button.isEnabled()
    dialog._touched.add("birth_date")
    dialog.line_edit("birth_date").setText("1946.04")
    assert not dialog.save_button.isEnabled()
    assert "身份证号中为 1946-03-12" in dialog.errors["birth_date"].text()

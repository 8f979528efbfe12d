"""The smaller points of a clerk's first week (issue 13, item 8), each pinned."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station_desk.ui.context import DeskContext
from station_desk.ui.member_dialog import MemberDialog


def _member_dialog(ctx: DeskContext, qtbot: QtBot) -> MemberDialog:
    dialog = MemberDialog(None, ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_an_error_while_typing_does_not_push_the_fields_below(
    ctx: DeskContext, qtbot: QtBot, qapp: QApplication
) -> None:
    dialog = _member_dialog(ctx, qtbot)
    below = [dialog.fields[k] for k in ("gender", "birth_date", "phone", "address")]
    before = [w.mapTo(dialog, w.rect().topLeft()) for w in below]
    dialog.line_edit("name").setText("李桂芳")
    dialog.line_edit("id_number").setText("37012419500305123")  # one digit short
    qapp.processEvents()
    assert dialog.errors["id_number"].isVisible()
    assert [w.mapTo(dialog, w.rect().topLeft()) for w in below] == before


def test_a_greyed_save_says_which_field_is_missing(ctx: DeskContext, qtbot: QtBot) -> None:
    dialog = _member_dialog(ctx, qtbot)
    assert not dialog.save_button.isEnabled()
    assert "姓名" in dialog.save_hint.text() and dialog.save_hint.isVisible()
    assert dialog.save_button.toolTip() == dialog.save_hint.text()
    dialog.line_edit("name").setText("李桂芳")
    dialog.line_edit("id_number").setText("370124195003051236")
    assert not dialog.save_button.isEnabled()
    assert "身份证号" in dialog.save_hint.text()
    dialog.line_edit("id_number").setText("370124195003051237")
    assert dialog.save_button.isEnabled() and dialog.save_hint.text() == ""


def test_the_branch_list_follows_the_chosen_station(ctx: DeskContext, qtbot: QtBot) -> None:
    dialog = _member_dialog(ctx, qtbot)
    branches = ctx.choices("branch")
    every = dialog.combo("branch_id").count()
    assert every == len(branches) + 1
    station = dialog.combo("station_id")
    station.setCurrentIndex(1)
    chosen = station.currentData()
    shown = [
        dialog.combo("branch_id").itemData(i) for i in range(1, dialog.combo("branch_id").count())
    ]
    assert shown and len(shown) < len(branches)
    own = {b.id for b in branches if b.parent_id == chosen}
    assert set(shown) == own


def test_an_existing_member_keeps_a_branch_of_another_station(
    ctx: DeskContext, qtbot: QtBot
) -> None:
    from station_desk.db.queries.core import member_full

    with ctx.ledger.reading() as session:
        member = next(
            m
            for m in (member_full(session, i) for i in range(1, 200))
            if m is not None and m.branch_id is not None and m.station_id is not None
        )
    dialog = MemberDialog(None, ctx, member)
    qtbot.addWidget(dialog)
    assert dialog.combo("branch_id").currentData() == member.branch_id
    other = next(
        i
        for i in range(1, dialog.combo("station_id").count())
        if dialog.combo("station_id").itemData(i) != member.station_id
    )
    dialog.combo("station_id").setCurrentIndex(other)
    assert dialog.combo("branch_id").currentData() == member.branch_id


def test_the_desk_names_missing_window_libraries(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from station_desk import app, system_libraries

    monkeypatch.setattr(
        system_libraries, "missing_libraries", lambda: [("libxcb-cursor.so.0", "libxcb-cursor0")]
    )
    assert app.run_desk(None) == app.EXIT_SYSTEM_LIBRARIES
    err = capsys.readouterr().err
    assert "libxcb-cursor.so.0" in err and "sudo apt install libxcb-cursor0" in err


def test_the_chinese_file_dialog_reads_chinese(qapp: QApplication) -> None:
    """Qt 6.11's "&Look in:" and "Files of &type:" are not in its qtbase_zh_CN.qm."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    from station_desk.ui.i18n import install_language

    install_language("zh")
    dialog = QFileDialog(None, "打开台账", "", "台账文件 (*.sqlite3)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "查找范围" in labels and "文件类型" in labels
    assert "Look in" not in labels and "Files of" not in labels
    dialog.deleteLater()


def test_team_roles_and_activity_kinds_read_english_on_the_english_desk(
    qapp: QApplication,
) -> None:
    from station_desk.ui.i18n import install_language
    from station_desk.ui.terms import shown_term, stored_term

    install_language("en")
    try:
        assert shown_term("队长") == "Team leader"
        assert shown_term("疫情防控") == "Epidemic prevention"
        assert stored_term("Team leader") == "队长"
        assert shown_term("自己写的类别") == "自己写的类别"
    finally:
        install_language("zh")
    assert shown_term("队长") == "队长"


def test_the_window_keeps_painting_while_the_ledger_opens(
    demo_path: object, qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check, the backup and the migration run off the UI thread, which keeps handling
    paints and timers meanwhile (a window blocked there turns grey)."""
    import threading
    from pathlib import Path

    from PySide6.QtCore import QTimer

    from station_desk.db.safekeeping import door
    from station_desk.ui import opening

    ticked = threading.Event()
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(ticked.set)
    seen: list[bool] = []
    real = door.check_on_open

    def slow_check(path: Path) -> object:
        seen.append(threading.current_thread() is threading.main_thread())
        ticked.clear()
        seen.append(ticked.wait(timeout=10))  # set by the UI thread's timer meanwhile
        return real(path)

    monkeypatch.setattr(opening, "check_on_open", slow_check)
    timer.start()
    ledger, lock = opening.open_for_desk(Path(str(demo_path)))
    timer.stop()
    try:
        assert seen == [False, True]
    finally:
        ledger.close()
        lock.release()


def test_member_keys_work_right_after_opening(ctx: DeskContext, qtbot: QtBot) -> None:
    """Ctrl+N did nothing after start: the focus was in no widget of the members tab."""
    from station_desk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.members_tab.table.hasFocus())
    assert window.add_member_action.isEnabled()


def test_the_summary_s_activity_kinds_read_english(qapp: QApplication) -> None:
    from station_desk.ui.i18n import install_language, summary_words

    install_language("en")
    try:
        assert summary_words("疫情防控") == "Epidemic prevention"
    finally:
        install_language("zh")


def test_the_frame_says_what_it_is_doing_until_the_ledger_is_there(
    ctx: DeskContext, qtbot: QtBot
) -> None:
    from pathlib import Path

    from station_desk.ui.main_window import MainWindow

    frame = MainWindow(settings=ctx.settings)
    qtbot.addWidget(frame)
    frame.show_opening(Path("ledger.sqlite3"))
    frame.show()
    label = frame.opening_label
    assert label is not None and label.isVisible() and "正在打开台账" in label.text()
    frame.show_progress("正在生成演示台账：写入台账……")
    assert label.text() == "正在生成演示台账：写入台账……"
    frame.attach(ctx)
    assert frame.opening_label is None

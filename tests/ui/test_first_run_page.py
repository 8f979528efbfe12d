"""A first start that leads somewhere: the 开始 page, empty tabs' hints, the guide (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QTextBrowser
from pytestqt.qtbot import QtBot

from station_desk.app import DeskApp
from station_desk.db.demo.builder import MIN_MEMBERS
from station_desk.paths import demo_ledger_path
from station_desk.services.common import get_setting
from station_desk.ui.context import DeskContext
from station_desk.ui.empty_state import EmptyHint
from station_desk.ui.first_run import FirstRunPage, first_run_page
from station_desk.ui.guide import GuideDialog, guide_html
from station_desk.ui.main_window import MainWindow
from tests.ui.conftest import wait_idle

DAILY_TASKS = ("身份证", "12 位队员", "支部的花名册", "荣誉证书", "Excel", "志愿服务时长")


def _window(ctx: DeskContext, qtbot: QtBot) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, ctx)
    return win


def test_an_empty_ledger_opens_on_the_start_page(empty_ctx: DeskContext, qtbot: QtBot) -> None:
    win = _window(empty_ctx, qtbot)
    qtbot.waitUntil(lambda: first_run_page(win) is not None)
    page = first_run_page(win)
    assert isinstance(page, FirstRunPage)
    assert win.tabs.currentWidget() is page and win.tabs.tabText(0) == "开始"
    assert "0 个驿站" in page.org_status.text()
    names = {b.objectName() for b in page.findChildren(QPushButton)}
    assert {
        "saveUnitButton",
        "firstRunStations",
        "firstRunCommunities",
        "firstRunImport",
        "firstRunAddMember",
        "firstRunDemo",
        "firstRunGuide",
    } <= names


def test_ctrl_n_on_the_start_page_adds_a_member(
    empty_ctx: DeskContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen in the real window: Ctrl+N did nothing on the 开始 page of a new ledger."""
    win = _window(empty_ctx, qtbot)
    qtbot.waitUntil(lambda: first_run_page(win) is not None)
    assert win.tabs.currentWidget() is first_run_page(win)
    asked: list[bool] = []
    monkeypatch.setattr(win.members_tab, "add_member", lambda: asked.append(True))
    assert win.add_member_action.isEnabled() and not win.edit_member_action.isEnabled()
    assert win.add_member_action in first_run_page(win).actions()  # its Ctrl+N reaches it
    win.add_member_action.trigger()
    assert asked == [True] and win.tabs.currentWidget() is win.members_tab


def test_a_ledger_with_members_opens_without_it(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: bool(window.last_counts))
    assert first_run_page(window) is None
    window.first_run_action.trigger()
    assert window.tabs.currentWidget() is first_run_page(window)
    first_run_page(window).findChild(QPushButton, "closeFirstRunButton").click()  # type: ignore[union-attr]
    assert first_run_page(window) is None


def test_the_unit_is_named_on_the_page(empty_ctx: DeskContext, qtbot: QtBot) -> None:
    win = _window(empty_ctx, qtbot)
    qtbot.waitUntil(lambda: first_run_page(win) is not None)
    page = first_run_page(win)
    assert page is not None
    page.unit.setText("  ")
    page.save_unit()
    assert "必填" in page.unit_status.text()
    page.unit.setText("平阴县离退休干部党支部驿站")
    page.save_unit()
    wait_idle(qtbot, empty_ctx)
    with empty_ctx.ledger.reading() as session:
        assert get_setting(session, "unit_name") == "平阴县离退休干部党支部驿站"


def test_the_start_page_opens_the_settings_and_the_import(
    empty_ctx: DeskContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = _window(empty_ctx, qtbot)
    qtbot.waitUntil(lambda: first_run_page(win) is not None)
    page = first_run_page(win)
    assert page is not None
    opened: list[str] = []
    monkeypatch.setattr(win, "open_settings", opened.append)
    monkeypatch.setattr(win.exchange_actions, "open_import", lambda: opened.append("import"))  # type: ignore[attr-defined]
    monkeypatch.setattr(win.members_tab, "add_member", lambda: opened.append("member"))
    for name in ("firstRunStations", "firstRunCommunities", "firstRunImport", "firstRunAddMember"):
        page.findChild(QPushButton, name).click()  # type: ignore[union-attr]
    assert opened == ["stations", "communities", "import", "member"]
    assert win.tabs.currentWidget() is win.members_tab
    with qtbot.waitSignal(win.demo_requested):
        page.findChild(QPushButton, "firstRunDemo").click()  # type: ignore[union-attr]


def test_empty_tabs_say_what_to_do(empty_ctx: DeskContext, qtbot: QtBot) -> None:
    win = _window(empty_ctx, qtbot)
    qtbot.waitUntil(lambda: bool(win.last_counts))
    for name in ("membersTab", "teamsTab", "eventsTab", "gridsTab"):
        tab = win.tab(name)
        assert tab is not None
        win.tabs.setCurrentWidget(tab)
        hint = tab.findChild(EmptyHint)
        assert hint is not None and hint.isVisible(), name
        assert hint.findChildren(QPushButton), name


def test_a_filled_tab_has_no_hint(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: bool(window.last_counts))
    hint = window.members_tab.findChild(EmptyHint)
    assert hint is not None and not hint.isVisible()


def test_the_help_menu_has_the_daily_tasks_guide(window: MainWindow, qtbot: QtBot) -> None:
    assert window.guide_action in window.help_menu.actions()
    window.guide_action.trigger()
    dialog = window.findChild(GuideDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.findChild(QTextBrowser).toPlainText()  # type: ignore[union-attr]
    for words in DAILY_TASKS:
        assert words in text
    dialog.close()


def test_the_guide_reads_english_on_the_english_desk() -> None:
    english = guide_html("en")
    assert "Record an activity for 12 volunteers" in english
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in english)


def test_open_demo_builds_it_with_the_window_showing_progress(
    qapp: QApplication, empty_ctx: DeskContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import station_desk.db.demo as demo

    real = demo.build_demo
    steps: list[str] = []

    def small(path: Path, **kw: object) -> object:
        progress = kw["progress"]

        def say(text: str) -> None:
            steps.append(text)
            progress(text)  # type: ignore[operator]

        return real(path, members=MIN_MEMBERS, progress=say)

    monkeypatch.setattr(demo, "build_demo", small)
    desk = DeskApp(qapp)
    desk.open(empty_ctx.ledger.path.with_name("first.sqlite3"))
    try:
        frame = desk.window
        assert frame is not None
        desk.open_demo()
        assert steps and demo_ledger_path().is_file()
        assert desk.ctx is not None and desk.ctx.ledger.path == demo_ledger_path()
        wait_idle(qtbot, desk.ctx)
    finally:
        desk.close()


def test_a_first_demo_shows_the_window_before_building(
    qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import station_desk.db.demo as demo
    from station_desk.app import start_desk

    real = demo.build_demo
    shown: list[bool] = []

    def small(path: Path, **kw: object) -> object:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]
        shown.append(any(w.isVisible() and w.painted for w in windows))
        return real(path, members=MIN_MEMBERS, progress=kw.get("progress"))  # type: ignore[arg-type]

    monkeypatch.setattr(demo, "build_demo", small)
    desk = start_desk(demo_ledger_path(), demo=True)
    try:
        assert shown == [True]
        assert desk is not None and desk.ctx is not None
        assert desk.ctx.ledger.path == demo_ledger_path()
        wait_idle(qtbot, desk.ctx)
    finally:
        if desk is not None:
            desk.close()

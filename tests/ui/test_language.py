"""Switching the desk to English and back rebuilds the window in that language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from station_desk.app import DeskApp
from station_desk.ui.i18n import install_language
from station_desk.ui.settings_store import desk_settings


def test_switch_to_english_and_back(qapp: QApplication, qtbot: QtBot, demo_path: Path) -> None:
    install_language("zh")
    desk = DeskApp(qapp)
    try:
        desk.open(demo_path)
        assert desk.window is not None and desk.ctx is not None
        qtbot.waitUntil(lambda: desk.ctx is not None and desk.ctx.worker.pending == 0)
        assert desk.window.tabs.tabText(0) == "成员"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"

        desk.switch_language("en")
        qtbot.waitUntil(lambda: desk.ctx is not None and desk.ctx.worker.pending == 0)
        window = desk.window
        assert window.tabs.tabText(0) == "Members"
        assert window.windowTitle() == "Station Desk — demo"
        assert window.members_tab.count_label.text().startswith("Showing ")
        assert desk_settings().value("language") == "en"

        desk.switch_language("zh")
        qtbot.waitUntil(lambda: desk.ctx is not None and desk.ctx.worker.pending == 0)
        assert desk.window.tabs.tabText(0) == "成员"
        assert desk.window.members_tab.count_label.text().startswith("显示 ")
        assert desk_settings().value("language") == "zh"
    finally:
        desk.close()
        install_language("zh")

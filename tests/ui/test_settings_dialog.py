"""Settings: stations, communities and grids are added through the dialog's pages."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from station_desk.ui.context import DeskContext
from station_desk.ui.settings_dialog import SettingsDialog


def idle(qtbot: QtBot, ctx: DeskContext) -> None:
    qtbot.waitUntil(lambda: ctx.worker.pending == 0, timeout=10000)


def test_add_station_and_branch(empty_ctx: DeskContext, qtbot: QtBot) -> None:
    dialog = SettingsDialog(None, empty_ctx, page="stations")
    qtbot.addWidget(dialog)
    idle(qtbot, empty_ctx)
    page = dialog.stations
    page.add_button.click()
    idle(qtbot, empty_ctx)
    assert "驿站" in page.error.text() and "不能为空" in page.error.text()
    page.name.setText("城关街道网格驿站")
    page.add_button.click()
    idle(qtbot, empty_ctx)
    assert [c.label for c in empty_ctx.choices("station")] == ["城关街道网格驿站"]
    assert page.list.count() == 1
    branches = dialog.branches
    branches.name.setText("城关第一离退休党支部")
    branches.station.setCurrentIndex(1)
    branches.add_button.click()
    idle(qtbot, empty_ctx)
    assert [c.parent_id for c in empty_ctx.choices("branch")] == [
        empty_ctx.choices("station")[0].id
    ]


def test_add_community_and_grid(
    empty_ctx: DeskContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SettingsDialog(None, empty_ctx, page="communities")
    qtbot.addWidget(dialog)
    page = dialog.communities
    replies = iter(["锦东社区", "锦东街道", "第一网格"])
    monkeypatch.setattr(page, "ask_text", lambda *_a: next(replies))
    page.add_community()
    idle(qtbot, empty_ctx)
    assert page.tree.topLevelItemCount() == 1
    community = page.tree.topLevelItem(0)
    assert community is not None
    page.tree.setCurrentItem(community)
    page.add_grid()
    idle(qtbot, empty_ctx)
    grids = empty_ctx.choices("grid")
    assert [g.label for g in grids] == ["第一网格"]
    assert grids[0].parent_id == empty_ctx.choices("community")[0].id
    top = page.tree.topLevelItem(0)
    assert top is not None and top.childCount() == 1

"""A remembered window frame comes back only when it suits this screen.

A frame saved on another screen (a projector, a bigger monitor, a session without a window
manager) came back as a sliver: 1155×253 on a 1366×768 screen from one saved on an
800-pixel screen. The desk now keeps a remembered frame only when it fits and is not a
sliver; otherwise it opens at its first-start size, capped by the screen.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from pytestqt.qtbot import QtBot

from station_desk.ui.context import DeskContext
from station_desk.ui.main_window import DEFAULT_SIZE, MainWindow, usable_size
from station_desk.ui.window_fit import available_area
from tests.ui.conftest import wait_idle

LAPTOP = QRect(0, 0, 1366, 740)


@pytest.mark.parametrize(
    ("size", "kept"),
    [
        (QSize(1280, 700), True),
        (QSize(1000, 600), True),
        (QSize(700, 450), True),
        (QSize(1155, 253), False),  # the sliver
        (QSize(300, 700), False),
        (QSize(600, 700), False),
        (QSize(1900, 1000), False),  # saved on a bigger screen
        (QSize(1366, 740), True),
    ],
)
def test_a_remembered_size_is_kept_only_when_it_suits_the_screen(size: QSize, kept: bool) -> None:
    assert usable_size(size, LAPTOP) is kept


def test_on_a_small_screen_the_whole_screen_is_usable() -> None:
    tiny = QRect(0, 0, 600, 380)
    assert usable_size(QSize(600, 380), tiny)
    assert not usable_size(QSize(600, 200), tiny)


def _window_after(ctx: DeskContext, qtbot: QtBot, size: QSize) -> MainWindow:
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.resize(size)
    wait_idle(qtbot, ctx)
    first.save_layout()
    first.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    wait_idle(qtbot, ctx)
    return again


def test_a_sliver_left_by_another_screen_opens_at_the_first_start_size(
    ctx: DeskContext, qtbot: QtBot
) -> None:
    again = _window_after(ctx, qtbot, QSize(700, 120))
    room = available_area(again).size()
    assert again.size() != QSize(700, 120)
    assert again.height() >= min(400, room.height()) and again.width() >= min(640, room.width())
    assert again.width() <= room.width() and again.height() <= room.height()
    assert again.width() <= DEFAULT_SIZE.width()


def test_a_frame_that_suits_the_screen_comes_back_as_it_was(ctx: DeskContext, qtbot: QtBot) -> None:
    room = available_area(MainWindow(ctx)).size()
    wanted = QSize(min(700, room.width()), min(450, room.height()))
    again = _window_after(ctx, qtbot, wanted)
    assert again.size() == wanted

"""Desk tests: offscreen Qt, bundled fonts, settings and data folder in tmp, one demo ledger.

Message boxes would block a test, so ``errors.show_error``/``ask_yes_no`` are replaced: a
shown error is recorded in ``shown_errors`` and fails the test unless the test takes it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from station_desk.db.demo import build_demo
from station_desk.db.demo.builder import MIN_MEMBERS
from station_desk.db.schema.ledger import open_ledger
from station_desk.ui import errors
from station_desk.ui.context import DeskContext
from station_desk.ui.fonts import apply_app_font
from station_desk.ui.main_window import MainWindow
from station_desk.ui.settings_store import desk_settings
from station_desk.ui.tab_forms import SavingDialog

if TYPE_CHECKING:
    from station_desk.ui.summary_tab import SummaryTab


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo ledger per test session (the smallest the demo allows)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build_demo(path, members=MIN_MEMBERS)
    return path


@pytest.fixture(autouse=True)
def desk_environment(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("STATION_DESK_DATA", str(data))
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    apply_app_font(qapp)
    remove_window_fitters(qapp)
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, _unexpected_dialog(name))
    yield


def remove_window_fitters(app: QApplication) -> None:
    """``create_app`` fits every window to its screen; offscreen that screen is 800×600, too
    small for the desk, so tests that want the fitter install it with their own screen."""
    from station_desk.ui.window_fit import WindowFitter

    for fitter in app.findChildren(WindowFitter):
        app.removeEventFilter(fitter)
        fitter.setParent(None)
        fitter.deleteLater()


def _unexpected_dialog(name: str) -> Callable[..., object]:
    """A modal file dialog nobody answers would hang the test run: fail at once instead."""

    def refuse(*_args: object, **_kwargs: object) -> object:
        raise AssertionError(f"unexpected QFileDialog.{name}: the test must replace it")

    return staticmethod(refuse)


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """Errors the desk tried to show; a test that expects one must ``clear()`` the list."""
    shown: list[BaseException] = []
    monkeypatch.setattr(errors, "show_error", lambda _parent, exc: shown.append(exc))
    monkeypatch.setattr(errors, "show_info", lambda *_a: None)
    yield shown
    assert not shown, f"unexpected error dialog(s): {shown!r}"


class UnsavedAnswers:
    """Answers to "保存 / 放弃 / 继续编辑", in order (default: 放弃), and how often it was asked."""

    def __init__(self) -> None:
        self.queue: list[str] = []
        self.asked = 0

    def __call__(self, _parent: object) -> str:
        from station_desk.ui import form_guard

        self.asked += 1
        return self.queue.pop(0) if self.queue else form_guard.DISCARD


@pytest.fixture(autouse=True)
def unsaved_answers(monkeypatch: pytest.MonkeyPatch) -> UnsavedAnswers:
    """The modal question a changed form asks when closed would wait for a clerk."""
    from station_desk.ui import form_guard

    answers = UnsavedAnswers()
    monkeypatch.setattr(form_guard, "ask_unsaved", answers)
    return answers


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Answers to yes/no questions, consumed in order (default: yes)."""
    queue: list[bool] = []
    monkeypatch.setattr(errors, "ask_yes_no", lambda *_a: queue.pop(0) if queue else True)
    return queue


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo ledger, so a test may write to it."""
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def ctx(demo_path: Path, qtbot: object) -> Iterator[DeskContext]:
    context = DeskContext(open_ledger(demo_path), settings=desk_settings())
    yield context
    context.close()


@pytest.fixture
def empty_ctx(tmp_path: Path) -> Iterator[DeskContext]:
    context = DeskContext(open_ledger(tmp_path / "empty.sqlite3"), settings=desk_settings())
    yield context
    context.close()


def wait_idle(qtbot: object, context: DeskContext, timeout: int = 10000) -> None:
    """Wait until every queued database job has delivered its callback."""
    qtbot.waitUntil(lambda: context.worker.pending == 0, timeout=timeout)  # type: ignore[attr-defined]


W = TypeVar("W", bound=QWidget)


def shown_tab(qtbot: QtBot, ctx: DeskContext, widget: W) -> W:
    """``widget`` (a tab built on ``ctx``) shown, with its first load delivered."""
    qtbot.addWidget(widget)
    widget.show()
    wait_idle(qtbot, ctx)
    return widget


def drive(
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    cls: type[SavingDialog],
    fill: Callable[[Any], None],
) -> list[SavingDialog]:
    """Replace ``exec`` of ``cls``: fill the real dialog, press 保存, wait for the worker.

    The dialog is the one the tab builds, so its save path runs for real; only the modal
    loop, which would wait for a clerk, is skipped. Returns the dialogs opened, in order.
    """
    opened: list[SavingDialog] = []

    def run(dialog: SavingDialog) -> int:
        opened.append(dialog)
        fill(dialog)
        dialog.save_button.click()
        wait_idle(qtbot, dialog.ctx)
        return int(dialog.result())

    monkeypatch.setattr(cls, "exec", run)
    return opened


@pytest.fixture
def window(ctx: DeskContext, qtbot: object) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    wait_idle(qtbot, ctx)
    return win


def summary_tab_on(ctx: DeskContext, qtbot: QtBot, year: int = 2021) -> SummaryTab:
    """The 统计 tab shown on ``ctx`` with ``year``'s figures delivered."""
    from station_desk.ui.summary_tab import SummaryTab

    widget = SummaryTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    with qtbot.waitSignal(widget.loaded, timeout=10000):
        widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10000):
        widget.year.setValue(year)
    return widget

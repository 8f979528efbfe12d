"""A roster too wide for the page is a question whose buttons act (issue 14: "the dialog says
so and offers landscape, fewer columns or two lines per person")."""

from __future__ import annotations

from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from station_desk.domain.messages import msg
from station_desk.reports import write_roster
from station_desk.reports.columns import LANDSCAPE, TWO_LINES, TooWide
from station_desk.services.printing import ROSTER_FIELDS
from station_desk.ui import errors, roster_refusal
from station_desk.ui.context import DeskContext
from station_desk.ui.main_window import MainWindow
from station_desk.ui.print_dialogs import RosterOptions, RosterOptionsDialog
from station_desk.ui.roster_refusal import FEWER, RosterRefusal
from tests.ui.test_print_ui import actions_of, wait_preview
from tests.ui.test_translations import chinese, in_english  # noqa: F401

ALL = tuple(f.key for f in ROSTER_FIELDS)
UPRIGHT = RosterOptions(ALL, "社区花名册", False, orientation="portrait")


def drive(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, answer: str | None
) -> tuple[list[dict[str, Any]], list[TooWide]]:
    """Print every column upright for one community; the refusal answered with ``answer``."""
    window.members_tab.community_filter.setCurrentIndex(1)
    opened: list[dict[str, Any]] = []
    refused: list[TooWide] = []

    def options(*args: Any, **kwargs: Any) -> RosterOptions | None:
        opened.append({"chosen": tuple(args[2]), **kwargs})
        return UPRIGHT if len(opened) == 1 else None

    def ask(_parent: Any, exc: TooWide) -> str | None:
        refused.append(exc)
        return answer

    monkeypatch.setattr(RosterOptionsDialog, "ask", options)
    monkeypatch.setattr(RosterRefusal, "ask", staticmethod(ask))
    actions_of(window).actions["roster"].trigger()
    return opened, refused


def test_two_lines_per_person_prints_again_folded(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, refused = drive(window, monkeypatch, TWO_LINES)
    actions = actions_of(window)
    preview = wait_preview(qtbot, ctx, actions)
    assert len(refused) == 1 and refused[0].offers == (LANDSCAPE, TWO_LINES)
    page = PdfReader(preview.path).pages[0]
    assert page.mediabox.width < page.mediabox.height
    assert "志愿者" in page.extract_text() and "社区花名册" in page.extract_text()


def test_landscape_prints_again_across(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, refused = drive(window, monkeypatch, LANDSCAPE)
    preview = wait_preview(qtbot, ctx, actions_of(window))
    assert len(refused) == 1
    page = PdfReader(preview.path).pages[0]
    assert page.mediabox.width > page.mediabox.height


def test_fewer_columns_reopens_the_options_as_they_were(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened, refused = drive(window, monkeypatch, FEWER)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=30000)
    assert len(refused) == 1 and not actions_of(window).previews
    assert opened[1]["chosen"] == ALL and opened[1]["previous"] == UPRIGHT


def test_cancel_prints_nothing(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened, refused = drive(window, monkeypatch, None)
    qtbot.waitUntil(lambda: len(refused) == 1 and ctx.worker.pending == 0, timeout=30000)
    assert len(opened) == 1 and not actions_of(window).previews


def refusal(offers: tuple[str, ...]) -> TooWide:
    return TooWide(msg("花名册列：放不下"), offers)


@pytest.mark.parametrize(
    ("offers", "label", "expected"),
    [
        ((LANDSCAPE, TWO_LINES), "每人两行(&T)", TWO_LINES),
        ((LANDSCAPE, TWO_LINES), "改为横向(&L)", LANDSCAPE),
        ((), "减少列(&F)", FEWER),
    ],
)
def test_the_question_shows_only_what_fits_and_its_buttons_answer(
    qtbot: QtBot, offers: tuple[str, ...], label: str, expected: str
) -> None:
    seen: list[list[str]] = []

    def click() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "rosterRefusal")
        assert isinstance(box, QMessageBox)
        seen.append([b.text() for b in box.buttons()])
        button = next(b for b in box.buttons() if b.text() == label)
        button.click()

    QTimer.singleShot(0, click)
    assert roster_refusal.RosterRefusal.ask(None, refusal(offers)) == expected
    wanted = {"改为横向(&L)", "每人两行(&T)"} if offers else set()
    assert {"改为横向(&L)", "每人两行(&T)"} & set(seen[0]) == wanted
    assert "减少列(&F)" in seen[0]


def test_the_refusal_and_the_paper_note_state_millimetres(qtbot: QtBot, tmp_path: Any) -> None:
    from tests.reports.test_two_lines import wide

    with pytest.raises(TooWide) as caught:
        write_roster(wide(two_lines=False), tmp_path / "no.pdf")
    text = errors.describe(caught.value)
    assert "纸面只有 180 毫米" in text and "需要" in text and "小五号" in text
    dialog = RosterOptionsDialog(None, [("name", "姓名")], ["name"], "花名册", "")
    qtbot.addWidget(dialog)
    assert "纵向 180 毫米，横向 267 毫米" in dialog.paper_note.text()


def test_the_refusal_and_the_paper_note_read_in_english(
    qtbot: QtBot,
    tmp_path: Any,
    in_english: None,  # noqa: F811
) -> None:
    from tests.reports.test_two_lines import wide

    with pytest.raises(TooWide) as caught:
        write_roster(wide(two_lines=False), tmp_path / "no.pdf")
    text = errors.describe(caught.value)
    assert "the page has 180 mm" in text and "portrait" in text
    assert "two lines per person" in text and not chinese([text])
    dialog = RosterOptionsDialog(None, [("name", "姓名")], ["name"], "花名册", "")
    qtbot.addWidget(dialog)
    note = dialog.paper_note.text()
    assert "180 mm upright, 267 mm across" in note and not chinese([note])
    assert dialog.two_lines.text() == "Two lines per person (for many columns)"

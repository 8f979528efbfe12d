"""Issue 13: a certificate's 样张 takes its numbers only for paper that will exist.

On the desk, 另存为 on a 样张 numbered the certificates (14 entries in the register) and
then asked where to save: cancelling the file dialog (or the print dialog) left the numbers
taken for paper that never existed. Now the place (or the printer) is asked first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from station_desk.print_jobs import RosterRequest, run_print
from station_desk.ui.context import DeskContext
from station_desk.ui.print_preview import PrintPreview


@pytest.fixture
def preview(ctx: DeskContext, qtbot: QtBot, tmp_path: Path) -> PrintPreview:
    pdf = tmp_path / "draft.pdf"
    run_print(ctx.ledger, RosterRequest(), pdf)
    numbered = tmp_path / "numbered.pdf"
    numbered.write_bytes(pdf.read_bytes() + b"%numbered\n")
    issued: list[int] = []

    def issue(then: Callable[[Path, str], None]) -> None:
        issued.append(1)
        then(numbered, "证书编号：X-0001（已记入证书登记簿）")

    shown = PrintPreview(pdf, "荣誉证书", issue=issue)
    shown.issued = issued  # type: ignore[attr-defined]
    qtbot.addWidget(shown)
    return shown


def test_a_cancelled_save_or_print_takes_no_number(
    preview: PrintPreview, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    preview.save_as()
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
    preview.print_document()
    assert preview.issued == []  # type: ignore[attr-defined]
    assert preview.issue is not None


def test_a_chosen_place_numbers_then_saves_the_numbered_pdf(
    preview: PrintPreview, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "证书.pdf"
    target.parent.mkdir()
    asked: list[Any] = []

    def ask(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(args)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    raised: list[int] = []
    monkeypatch.setattr(PrintPreview, "raise_", lambda self: raised.append(1))
    preview.save_as()
    assert raised == [1]  # on the screen the numbered preview was left behind the main window
    assert preview.issued == [1] and len(asked) == 1  # type: ignore[attr-defined]
    assert target.read_bytes().endswith(b"%numbered\n")
    assert preview.issue is None


def test_an_accepted_printer_numbers_then_prints(
    preview: PrintPreview, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed: list[int] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    monkeypatch.setattr(PrintPreview, "render_to", lambda self, printer: printed.append(1) or 1)
    preview.print_document()
    assert preview.issued == [1] and printed == [1]  # type: ignore[attr-defined]
    assert str(preview.path).endswith("numbered.pdf")

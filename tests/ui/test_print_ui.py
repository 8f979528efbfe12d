"""The desk's printing: options dialogs, background generation, the QtPdf preview."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from station_desk.print_jobs import RosterRequest, run_print
from station_desk.services.certificates import certificate_register
from station_desk.ui.context import DeskContext
from station_desk.ui.honor_dialog import HonorDialog
from station_desk.ui.main_window import MainWindow
from station_desk.ui.print_actions import PrintActions
from station_desk.ui.print_dialogs import (
    FULL_NUMBERS_LABEL,
    RosterOptions,
    RosterOptionsDialog,
)
from station_desk.ui.print_preview import PrintPreview
from tests.ui.conftest import wait_idle

FIELDS = [("index", "序号"), ("name", "姓名"), ("gender", "性别"), ("phone", "联系电话")]


def actions_of(window: MainWindow) -> PrintActions:
    found = getattr(window, "print_actions", None)
    assert isinstance(found, PrintActions), "print_actions not installed by extensions"
    return found


def wait_preview(qtbot: QtBot, ctx: DeskContext, actions: PrintActions) -> PrintPreview:
    qtbot.waitUntil(lambda: ctx.worker.pending == 0 and bool(actions.previews), timeout=30000)
    preview = actions.previews[-1]
    qtbot.addWidget(preview)
    return preview


def test_preview_shows_the_pdf_and_prints_every_page(
    ctx: DeskContext, qtbot: QtBot, tmp_path: Path
) -> None:
    pdf = tmp_path / "roster.pdf"
    result = run_print(ctx.ledger, RosterRequest(), pdf)
    preview = PrintPreview(pdf, "花名册")
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    assert preview.page_count() == result.pages == len(PdfReader(pdf).pages) > 1
    assert "共" in preview.pages_label.text()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.render_to(printer) == result.pages
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == result.pages
    preview.save_to(tmp_path / "copy")
    assert (tmp_path / "copy.pdf").read_bytes() == pdf.read_bytes()


def test_roster_dialog_returns_the_chosen_columns_in_order(qtbot: QtBot) -> None:
    dialog = RosterOptionsDialog(None, FIELDS, ["index", "name", "phone"], "花名册", "共 3 人")
    qtbot.addWidget(dialog)
    assert dialog.full_numbers.text() == FULL_NUMBERS_LABEL and not dialog.full_numbers.isChecked()
    assert dialog.chosen_columns() == ("index", "name", "phone")
    dialog.columns.setCurrentRow(2)
    dialog.up_button.click()
    unchecked = dialog.columns.item(3)
    assert unchecked is not None and unchecked.text() == "性别"
    unchecked.setCheckState(Qt.CheckState.Checked)
    dialog.title_edit.setText("翠屏社区花名册")
    dialog.full_numbers.setChecked(True)
    dialog.buttons.accepted.emit()
    assert dialog.result() == RosterOptionsDialog.DialogCode.Accepted
    assert dialog.options() == RosterOptions(
        ("index", "phone", "name", "gender"), "翠屏社区花名册", True
    )


def test_roster_dialog_refuses_no_columns(qtbot: QtBot) -> None:
    dialog = RosterOptionsDialog(None, FIELDS, ["name"], "花名册", "")
    qtbot.addWidget(dialog)
    item = dialog.columns.item(0)
    assert item is not None
    item.setCheckState(Qt.CheckState.Unchecked)
    dialog.buttons.accepted.emit()
    assert dialog.result() != RosterOptionsDialog.DialogCode.Accepted
    assert "至少" in dialog.error.text()


def test_menu_roster_prints_the_filtered_members_in_the_background(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = actions_of(window)
    tab = window.members_tab
    tab.community_filter.setCurrentIndex(1)
    shown = [r.name for r in tab.model.shown_records()]
    assert 0 < len(shown) < tab.model.total_count()
    asked: list[tuple[Any, ...]] = []

    def answer(*args: Any) -> RosterOptions:
        asked.append(args)
        return RosterOptions(("index", "name", "phone"), "社区花名册", False)

    monkeypatch.setattr(RosterOptionsDialog, "ask", answer)
    actions.actions["roster"].trigger()
    preview = wait_preview(qtbot, ctx, actions)
    assert actions.last_result is not None and actions.last_result.rows == len(shown)
    text = "".join(p.extract_text() for p in PdfReader(preview.path).pages)
    assert shown[0] in text and "社区花名册" in text
    assert preview.page_count() == actions.last_result.pages
    assert asked[0][5].shown == tuple(r.id for r in tab.model.shown_records())


def test_honor_for_the_current_team_takes_serials(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = actions_of(window)
    teams: Any = window.tab("teamsTab")
    wait_idle(qtbot, ctx)  # the tab is built on first ask and loads its teams
    team = next(t for t in teams.teams_model.all_records() if t.name == "老干部博爱驿站")
    assert teams.select_team(team.id)
    actions.today = lambda: date(2021, 12, 20)
    offered: list[list[str]] = []

    def run(dialog: HonorDialog) -> int:
        offered.append([s.key for s in dialog.sources])
        dialog.choose_source("team")
        qtbot.waitUntil(lambda: not dialog.loading, timeout=15000)
        dialog.reason.setText("2021年志愿服务")
        dialog.buttons.accepted.emit()
        return int(dialog.result())

    monkeypatch.setattr(HonorDialog, "exec", run)
    actions.actions["honor"].trigger()
    preview = wait_preview(qtbot, ctx, actions)
    draft = actions.last_result
    # issue 13: the preview is a 样张 and takes no number; 另存为 numbers them
    assert draft is not None and draft.draft and draft.serials == ()
    assert preview.page_count() == draft.rows == team.member_count
    assert "样张" in "".join(p.extract_text() for p in PdfReader(preview.path).pages[:1])
    with ctx.ledger.reading() as s:
        assert certificate_register(s) == []
    saved: list[bool] = []
    monkeypatch.setattr(PrintPreview, "save_as", lambda self: saved.append(self.issue is None))
    preview.issue(preview._issued(lambda: saved.append(True)))
    qtbot.waitUntil(lambda: ctx.worker.pending == 0 and bool(saved), timeout=30000)
    result = actions.last_result
    assert result is not None and len(set(result.serials)) == result.rows == team.member_count
    assert preview.issue is None and preview.path == result.path
    with ctx.ledger.reading() as s:
        assert len(certificate_register(s)) == result.rows
    assert offered[0][-2:] == ["team", "hours"]


def test_print_buttons_sit_in_the_tabs_and_cancel_is_quiet(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot
) -> None:
    actions = actions_of(window)
    for tab_name in ("membersTab", "teamsTab", "eventsTab"):
        tab = window.tab(tab_name)
        assert tab is not None
        assert tab.findChild(QPushButton, f"print_{tab_name}_button") is not None, tab_name
    progress = actions.run(RosterRequest(), "花名册")
    progress.cancel()
    qtbot.waitUntil(lambda: ctx.worker.pending == 0, timeout=30000)
    assert actions.previews == []


def test_second_service_record_for_the_same_period_is_asked_about_first(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 14: the same person could be given a second certificate with no warning."""
    from sqlalchemy import select

    from station_desk.db.schema.models import ServiceRecord
    from station_desk.ui.print_dialogs import ServiceRecordDialog, ServiceRecordOptions

    actions = actions_of(window)
    with ctx.ledger.reading() as s:
        member = s.scalars(select(ServiceRecord.member_id)).first()
    assert member is not None
    monkeypatch.setattr(window.members_tab, "selected_member_ids", lambda: [member])
    options = ServiceRecordOptions(
        date(2020, 1, 1), date.today(), False, "平阴县老干部局", "", "", ""
    )
    monkeypatch.setattr(ServiceRecordDialog, "ask", lambda *_a, **_k: options)
    asked: list[str] = []

    def confirm(_parent: Any, warnings: Any) -> bool:
        asked.append(str(warnings))
        return True

    monkeypatch.setattr(ctx, "confirm", confirm)
    actions.actions["service_record"].trigger()
    first = wait_preview(qtbot, ctx, actions)
    done: list[bool] = []
    first.issue(first._issued(lambda: done.append(True)))
    qtbot.waitUntil(lambda: ctx.worker.pending == 0 and bool(done), timeout=30000)
    serial = actions.last_result.serials[0] if actions.last_result else ""
    assert serial and asked == []
    actions.previews.clear()
    actions.actions["service_record"].trigger()
    second = wait_preview(qtbot, ctx, actions)
    assert len(asked) == 1 and serial in asked[0], asked
    assert second.issue is not None, "the confirmed second one is previewed as a 样张 first"


@pytest.mark.parametrize("which", ["branch", "station", "none"])
def test_roster_title_names_the_branch_or_station_filtered_to(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, which: str
) -> None:
    """Issue 13: the roster of one branch was headed 离退休干部花名册, naming no branch."""
    actions = actions_of(window)
    tab = window.members_tab
    combo = {"branch": tab.branch_filter, "station": tab.station_filter}.get(which)
    expected = "离退休干部花名册"
    if combo is not None:
        combo.setCurrentIndex(1)
        name = combo.currentText()
        expected = f"{name}花名册" if which == "branch" else f"{name}离退休干部花名册"
    offered: list[str] = []

    def answer(*args: Any) -> None:
        offered.append(args[3])
        return None

    monkeypatch.setattr(RosterOptionsDialog, "ask", answer)
    actions.actions["roster"].trigger()
    assert offered == [expected]

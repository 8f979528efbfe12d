"""The import wizard driven page by page offscreen, and the 文件 menu's exchange actions."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from station_desk.db.schema.models import ChangeLog, Member
from station_desk.domain.enums import ChangeAction, Gender
from station_desk.domain.ids import make_id_number
from station_desk.exchange.mapping import FIELD_LABELS_BY_KIND
from station_desk.exchange.reading import read_table
from station_desk.exchange.writing import write_xlsx
from station_desk.services.imports import RowStatus
from station_desk.ui.context import DeskContext
from station_desk.ui.exchange_actions import install
from station_desk.ui.import_wizard import ImportWizard
from station_desk.ui.main_window import MainWindow
from tests.ui.conftest import wait_idle
from tests.ui.import_drive import wizard_past_columns

SHOTS = os.environ.get("STATION_DESK_SHOTS")


def roster(path: Path) -> Path:
    """Two new people and one whose phone is wrong, under a title row."""
    headers = list(FIELD_LABELS_BY_KIND["members"].values())
    people = [
        ("柳青山", make_id_number("370124", date(1948, 2, 3), 7, Gender.MALE), "13812345678"),
        ("苏晓梅", make_id_number("370124", date(1952, 6, 9), 8, Gender.FEMALE), ""),
        ("韩立", make_id_number("370124", date(1950, 1, 1), 9, Gender.MALE), "12345"),
    ]
    rows = []
    for name, id_number, phone in people:
        row: list[object] = [""] * len(headers)
        row[0], row[3], row[4] = name, id_number, phone
        rows.append(row)
    write_xlsx(path, headers, rows, text_columns=[3, 4], title="测试花名册")
    return path


def count_members(ctx: DeskContext) -> int:
    with ctx.ledger.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Member)) or 0)


def shot(widget: object, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


def test_wizard_maps_previews_commits_and_saves_error_rows(
    ctx: DeskContext, qtbot: object, tmp_path: Path
) -> None:
    before = count_members(ctx)
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)  # type: ignore[attr-defined]
    wizard.show()
    wizard.choose.path.setText(str(roster(tmp_path / "名单.xlsx")))
    shot(wizard, "1-choose")
    wizard.next()
    mapping = wizard.mapping_page
    qtbot.waitUntil(mapping.isComplete, timeout=10000)  # type: ignore[attr-defined]
    assert mapping.mapping()[3] == "id_number" and mapping.header_row == 1
    mapping.combos[3].setCurrentIndex(0)
    assert not mapping.isComplete() and "身份证号" in mapping.status.text()
    mapping.combos[3].setCurrentIndex(mapping.combos[3].findData("id_number"))
    assert mapping.isComplete()
    shot(wizard, "2-mapping")

    wizard.next()
    tree = wizard.tree_page
    qtbot.waitUntil(tree.isComplete, timeout=10000)  # type: ignore[attr-defined]
    assert "台账中都有" in tree.status.text()
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20000)  # type: ignore[attr-defined]
    wait_idle(qtbot, ctx)
    assert page.preview is not None and page.preview.blocked and not page.isComplete()
    assert [r.status for r in page.preview.rows] == [RowStatus.NEW, RowStatus.NEW, RowStatus.ERROR]
    assert page.model.rowCount() == 3 and "错误 1" in page.counts.text()
    assert count_members(ctx) == before
    shot(wizard, "3-preview-blocked")
    saved = tmp_path / "待修改.xlsx"
    wizard.ask_error_path = lambda: str(saved)  # type: ignore[method-assign]
    page.save_button.click()
    error_rows = read_table(saved).rows
    assert error_rows[-1][0] == "韩立" and "联系电话" in str(error_rows[-1][-2])

    wizard.back()
    wizard.back()
    wizard.back()
    wizard.choose.skip_errors.setChecked(True)
    wizard.next()
    qtbot.waitUntil(mapping.isComplete, timeout=10000)  # type: ignore[attr-defined]
    wizard.next()
    qtbot.waitUntil(tree.isComplete, timeout=10000)  # type: ignore[attr-defined]
    wizard.next()
    qtbot.waitUntil(page.isComplete, timeout=20000)  # type: ignore[attr-defined]
    wait_idle(qtbot, ctx)
    shot(wizard, "3-preview")
    with qtbot.waitSignal(ctx.changed, timeout=20000):  # type: ignore[attr-defined]
        wizard.next()
    report = wizard.report_page
    qtbot.waitUntil(lambda: report.result is not None, timeout=20000)  # type: ignore[attr-defined]
    wait_idle(qtbot, ctx)
    shot(wizard, "4-report")
    assert report.result is not None and report.result.committed
    assert "新增 2" in report.report.text() and "备份" in report.report.text()
    assert count_members(ctx) == before + 2


def test_a_first_roster_builds_its_tree_keeps_one_duplicate_and_its_months(
    ctx: DeskContext, qtbot: object, tmp_path: Path
) -> None:
    """A hand-typed roster naming branches and grids the ledger lacks: the tree page lists
    them ticked, a branch's category can be changed, one of two rows with one ID number is
    kept; the commit writes members and places together, dates as written."""
    from station_desk.db.schema.models import Branch, Grid
    from station_desk.domain.enums import BranchCategory
    from tests.fixtures.rosters import COUNTY, GOOD, write_roster

    wizard = wizard_past_columns(
        ctx, qtbot, write_roster(tmp_path / "花名册.xlsx"), wide=True, tick="skip_errors"
    )
    tree = wizard.tree_page
    qtbot.waitUntil(tree.isComplete, timeout=10000)  # type: ignore[attr-defined]
    wait_idle(qtbot, ctx)
    texts = [tree.places.item(r, 2).text() for r in range(tree.places.rowCount())]
    assert COUNTY in texts and "一网格 → 第一网格" in texts  # the demo has 翠屏社区 第一网格
    county = texts.index(COUNTY)
    assert tree.places.item(county, 0).checkState() == Qt.CheckState.Checked
    category = tree.places.cellWidget(county, 1)
    category.setCurrentIndex(category.findData(BranchCategory.OTHER))
    assert tree.duplicates_box.isVisibleTo(wizard) and tree.duplicates.rowCount() == 2
    tree.duplicates.item(1, 0).setCheckState(Qt.CheckState.Checked)
    assert tree.keep == {13}
    shot(wizard, "5-tree")
    if SHOTS is None:
        wizard.grab().save(str(tmp_path / "tree.png"))
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: page.preview is not None or "失败" in page.counts.text(), timeout=20000
    )
    wait_idle(qtbot, ctx)
    assert page.preview is not None, page.counts.text()
    assert f"将新建：支部 {COUNTY}" in page.counts.text()
    assert page.preview.count(RowStatus.NEW) == GOOD + 1, [
        (r.row, r.status, r.reasons()) for r in page.preview.rows
    ]
    shot(wizard, "6-preview-tree")
    with qtbot.waitSignal(ctx.changed, timeout=20000):  # type: ignore[attr-defined]
        wizard.next()
    report = wizard.report_page
    qtbot.waitUntil(lambda: report.result is not None, timeout=20000)  # type: ignore[attr-defined]
    wait_idle(qtbot, ctx)
    assert report.result is not None and report.result.committed
    assert len(report.result.rows) == 11 and report.result.count(RowStatus.SKIP) == 1
    assert f"已新建：支部 {COUNTY}" in report.report.text()
    # written: 取消 beside 完成 read as if it could undo the import (seen on the screen)
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert COUNTY in [c.label for c in ctx.choices("branch")]  # pickers know the new branch
    with ctx.ledger.reading() as session:
        assert session.scalar(select(Branch.category).where(Branch.name == COUNTY)) == (
            BranchCategory.OTHER
        )
        assert (
            session.scalar(select(func.count()).select_from(Grid).where(Grid.name == "一网格")) == 0
        )
        zhang = session.scalars(select(Member).where(Member.name == "张志国")).one()
        assert zhang.joined_party_on_precision == "month"


def test_window_exports_the_members_tabs_filtered_rows_masked(
    window: MainWindow, ctx: DeskContext, qtbot: object, tmp_path: Path, answers: list[bool]
) -> None:
    if not hasattr(window, "exchange_actions"):
        install(window)
    actions = window.exchange_actions  # type: ignore[attr-defined]
    texts = [a.text() for a in window.file_menu.actions()]
    assert {"导入…", "导出当前表格…", "导出导入模板…"} <= set(texts)
    tab = window.members_tab
    tab.search.setText("刘")
    qtbot.waitUntil(lambda: 0 < tab.model.rowCount() < tab.model.total_count())  # type: ignore[attr-defined]
    shown = tab.model.rowCount()
    out = tmp_path / "成员.xlsx"
    actions.ask_path = lambda *_a: str(out)
    answers.append(False)
    window.tabs.setCurrentWidget(tab)
    actions.export_current()
    wait_idle(qtbot, ctx)
    ws = openpyxl.load_workbook(out).active
    assert ws is not None and ws.max_row == shown + 1
    names = [ws.cell(row=r, column=1).value for r in range(2, ws.max_row + 1)]
    assert names == [r.name for r in tab.model.shown_records()]
    assert "*" in str(ws.cell(row=2, column=4).value)
    with ctx.ledger.reading() as session:
        logged = session.scalars(
            select(ChangeLog).where(ChangeLog.action == ChangeAction.EXPORT)
        ).all()
        assert len(logged) == 1 and '"full_numbers": false' in logged[0].changes


@pytest.mark.parametrize("tab_name", ["teamsTab", "eventsTab"])
def test_other_tabs_export_their_visible_table(
    window: MainWindow, ctx: DeskContext, qtbot: object, tmp_path: Path, tab_name: str
) -> None:
    if not hasattr(window, "exchange_actions"):
        install(window)
    tab = window.tab(tab_name)
    assert tab is not None
    window.tabs.setCurrentWidget(tab)
    wait_idle(qtbot, ctx)
    out = tmp_path / "t.csv"
    window.exchange_actions.ask_path = lambda *_a: str(out)  # type: ignore[attr-defined]
    window.exchange_actions.export_current()  # type: ignore[attr-defined]
    wait_idle(qtbot, ctx)
    rows = read_table(out).rows
    assert len(rows) > 1 and all(isinstance(h, str) and h for h in rows[0])


def test_a_sheet_named_after_its_branch_offers_that_branch(
    ctx: DeskContext, qtbot: object, tmp_path: Path
) -> None:
    from tests.fixtures.rosters import COUNTY, write_sheets_per_branch

    wizard = wizard_past_columns(ctx, qtbot, write_sheets_per_branch(tmp_path / "分支部.xlsx"))
    tree = wizard.tree_page
    qtbot.waitUntil(tree.isComplete, timeout=10000)  # type: ignore[attr-defined]
    wait_idle(qtbot, ctx)
    assert tree.defaults["branch"].currentText() == COUNTY
    assert ("branch", COUNTY) in tree.chosen_defaults()
    assert "整表默认" in tree.status.text()


def test_every_sheet_of_a_workbook_is_imported_together(
    ctx: DeskContext, qtbot: object, tmp_path: Path
) -> None:
    from station_desk.db.schema.models import Branch
    from tests.fixtures.rosters import COUNTY, GOOD, TOWNSHIP, write_sheets_per_branch

    wizard = wizard_past_columns(
        ctx, qtbot, write_sheets_per_branch(tmp_path / "分支部.xlsx"), tick="all_sheets"
    )
    qtbot.waitUntil(wizard.tree_page.isComplete, timeout=10000)  # type: ignore[attr-defined]
    assert wizard.tree_page.chosen_defaults() == ()  # each sheet's name says its branch
    wait_idle(qtbot, ctx)
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(page.isComplete, timeout=20000)  # type: ignore[attr-defined]
    wait_idle(qtbot, ctx)
    assert page.preview is not None and page.preview.count(RowStatus.NEW) == GOOD
    labels = [r.label for r in page.preview.rows]
    assert f"张志国（{COUNTY}）" in labels and f"赵桂兰（{TOWNSHIP}）" in labels
    shot(wizard, "7-preview-sheets")
    with qtbot.waitSignal(ctx.changed, timeout=20000):  # type: ignore[attr-defined]
        wizard.next()
    report = wizard.report_page
    qtbot.waitUntil(lambda: report.result is not None, timeout=20000)  # type: ignore[attr-defined]
    wait_idle(qtbot, ctx)
    assert report.result is not None and report.result.committed
    with ctx.ledger.reading() as session:
        branch = session.scalar(select(Branch.id).where(Branch.name == COUNTY))
        zhang = session.scalars(select(Member).where(Member.name == "张志国")).one()
        assert zhang.branch_id == branch


def test_browse_opens_in_the_clerk_s_folders_not_the_program_s(
    ctx: DeskContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 13 on the screen: 浏览… opened in the program's own folder (bench, docs,
    station_desk…), where no roster ever is. It opens at home, or where the typed file is."""
    from PySide6.QtWidgets import QFileDialog

    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    started: list[str] = []

    def ask(_parent: object, _caption: str, folder: str, _filter: str) -> tuple[str, str]:
        started.append(folder)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", ask)
    monkeypatch.setattr(Path, "home", lambda: tmp_path / "home")
    wizard.choose._browse()
    wizard.choose.path.setText(str(tmp_path / "表格" / "名单.xlsx"))
    wizard.choose._browse()
    assert started == [str(tmp_path / "home"), str(tmp_path / "表格")]

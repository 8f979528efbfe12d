"""Two rows of a roster with one ID number that disagree, merged field by field in the
wizard: the side-by-side table offers only the fields that differ, the clerk picks the
phone of the second row by keyboard, and the ledger gets the merged member."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from station_desk.db.schema.models import Member
from station_desk.domain.enums import Gender
from station_desk.domain.ids import make_id_number
from station_desk.exchange.writing import write_xlsx
from station_desk.services.imports import RowStatus
from station_desk.ui.context import DeskContext
from tests.ui.conftest import wait_idle
from tests.ui.import_drive import wizard_past_columns

SHOTS = os.environ.get("STATION_DESK_SHOTS")


def roster(path: Path) -> Path:
    same = make_id_number("370124", date(1949, 2, 2), 41, Gender.MALE)
    other = make_id_number("370124", date(1951, 4, 5), 42, Gender.FEMALE)
    write_xlsx(
        path,
        ["姓名", "性别", "身份证号", "联系电话", "住址"],
        [
            ["吴国强", "男", same, "13800002222", "环秀小区3号楼"],
            ["吴国强", "男", same, "13800001111", "旧址"],
            ["郑丽", "女", other, "", ""],
        ],
        text_columns=(2, 3),
    )
    return path


def test_duplicate_rows_are_merged_field_by_field_side_by_side(
    ctx: DeskContext, qtbot: object, tmp_path: Path
) -> None:
    wizard = wizard_past_columns(ctx, qtbot, roster(tmp_path / "名单.xlsx"), wide=True)
    tree = wizard.tree_page
    qtbot.waitUntil(tree.isComplete, timeout=10000)  # type: ignore[attr-defined]
    wait_idle(qtbot, ctx)
    assert tree.duplicates.rowCount() == 2 and not tree.keep
    tree.duplicates.setCurrentCell(1, 1)
    dialog = tree.open_merge()
    assert dialog is not None and tree.keep == {2}  # the group's first row kept by default
    table = dialog.table
    assert table.fields == ["phone", "address"]  # 姓名, 性别 agree; the ID is the key
    assert [table.verticalHeaderItem(i).text() for i in range(2)] == ["联系电话", "住址"]
    assert table.horizontalHeaderItem(0).text() == "第 2 行（保留）"
    assert table.item(0, 0).checkState() == Qt.CheckState.Checked
    table.setFocus()
    table.setCurrentCell(0, 1)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    assert table.item(0, 1).checkState() == Qt.CheckState.Checked
    assert table.item(0, 0).checkState() == Qt.CheckState.Unchecked
    table.item(0, 1).setCheckState(Qt.CheckState.Unchecked)  # a line keeps one pick
    assert table.item(0, 1).checkState() == Qt.CheckState.Checked
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "7-merge.png"))
    dialog.accept()
    assert tree.picks == {2: {"phone": 3}}
    assert "联系电话取自第 3 行" in tree.merge_note.text()
    if SHOTS:
        wizard.grab().save(str(Path(SHOTS) / "8-tree-merged.png"))
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: page.preview is not None or "失败" in page.counts.text(), timeout=20000
    )
    wait_idle(qtbot, ctx)
    assert page.preview is not None, page.counts.text()
    assert [r.status for r in page.preview.rows] == [
        RowStatus.NEW,
        RowStatus.SKIP,
        RowStatus.NEW,
    ], [(r.row, r.reasons()) for r in page.preview.rows]
    with qtbot.waitSignal(ctx.changed, timeout=20000):  # type: ignore[attr-defined]
        wizard.next()
    report = wizard.report_page
    qtbot.waitUntil(lambda: report.result is not None, timeout=20000)  # type: ignore[attr-defined]
    wait_idle(qtbot, ctx)
    assert report.result is not None and report.result.committed
    with ctx.ledger.reading() as session:
        wu = session.scalars(select(Member).where(Member.name == "吴国强")).one()
        assert (wu.phone, wu.address) == ("13800001111", "环秀小区3号楼")

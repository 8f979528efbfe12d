"""A roster without branch or grid columns: in the dry run the clerk selects two rows and
sets their branch and grid in one step; the dry run runs again and the commit writes them."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
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


def test_places_set_for_selected_rows_of_the_dry_run(
    ctx: DeskContext, qtbot: object, tmp_path: Path
) -> None:
    path = tmp_path / "名单.xlsx"
    people = [
        ("吴国强", make_id_number("370124", date(1949, 2, 2), 41, Gender.MALE)),
        ("郑丽", make_id_number("370124", date(1951, 4, 5), 42, Gender.FEMALE)),
        ("孙明", make_id_number("370124", date(1947, 8, 9), 43, Gender.MALE)),
    ]
    write_xlsx(path, ["姓名", "身份证号"], [list(p) for p in people], text_columns=(1,))
    wizard = wizard_past_columns(ctx, qtbot, path, wide=True)
    qtbot.waitUntil(wizard.tree_page.isComplete, timeout=10000)  # type: ignore[attr-defined]
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20000)  # type: ignore[attr-defined]
    wait_idle(qtbot, ctx)
    places = page.row_places
    assert places.button.isVisibleTo(wizard)
    assert places.open_dialog() is None  # nothing selected: nothing to set
    selection = page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for line in (0, 1):
        selection.select(page.model.index(line, 0), flags)
    assert places.selected() == [2, 3]
    dialog = places.open_dialog()
    assert dialog is not None
    branch = ctx.choices("branch")[0].label
    dialog.combos["branch"].setCurrentIndex(dialog.combos["branch"].findData(branch))
    dialog.combos["grid"].setCurrentIndex(1)
    community, grid = dialog.combos["grid"].currentData()
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "9-row-places.png"))
    dialog.accept()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20000)  # type: ignore[attr-defined]
    wait_idle(qtbot, ctx)
    assert page.preview is not None
    assert [r.status for r in page.preview.rows] == [RowStatus.NEW] * 3, [
        r.reasons() for r in page.preview.rows
    ]
    assert set(wizard.import_options().row_values) == {
        (row, field, name)
        for row in (2, 3)
        for field, name in (("branch", branch), ("community", community), ("grid", grid))
    }
    if SHOTS:
        wizard.grab().save(str(Path(SHOTS) / "10-preview-places.png"))
    with qtbot.waitSignal(ctx.changed, timeout=20000):  # type: ignore[attr-defined]
        wizard.next()
    report = wizard.report_page
    qtbot.waitUntil(lambda: report.result is not None, timeout=20000)  # type: ignore[attr-defined]
    wait_idle(qtbot, ctx)
    assert report.result is not None and report.result.committed
    ids = {c.label: c.id for c in ctx.choices("branch")}
    with ctx.ledger.reading() as session:
        got = dict(
            session.execute(
                select(Member.name, Member.branch_id).where(Member.name.in_([p[0] for p in people]))
            ).all()
        )
        grids = set(
            session.scalars(select(Member.grid_id).where(Member.name.in_(["吴国强", "郑丽"]))).all()
        )
    assert got == {"吴国强": ids[branch], "郑丽": ids[branch], "孙明": None}
    assert len(grids) == 1 and None not in grids


def test_places_set_for_rows_are_forgotten_when_the_clerk_goes_back(
    ctx: DeskContext, qtbot: object, tmp_path: Path
) -> None:
    path = tmp_path / "名单.xlsx"
    person = ("吴国强", make_id_number("370124", date(1949, 2, 2), 41, Gender.MALE))
    write_xlsx(path, ["姓名", "身份证号"], [list(person)], text_columns=(1,))
    wizard = wizard_past_columns(ctx, qtbot, path)
    qtbot.waitUntil(wizard.tree_page.isComplete, timeout=10000)  # type: ignore[attr-defined]
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20000)  # type: ignore[attr-defined]
    wait_idle(qtbot, ctx)
    branch = ctx.choices("branch")[0].label
    page.row_places.apply([2], {"branch": branch})
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20000)  # type: ignore[attr-defined]
    wait_idle(qtbot, ctx)
    assert wizard.import_options().row_values == ((2, "branch", branch),)
    assert branch in page.row_places.note.text()
    wizard.back()
    assert page.row_places.values == {} and not page.row_places.note.text()
    assert wizard.import_options().row_values == ()

"""``ui/kept_selection``: the ids kept, not the row numbers, decide what is selected after a
filter renumbers the rows (the members tab's selection, issue 17 split)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from station_desk.ui.kept_selection import ranges, select_ids
from station_desk.ui.table_model import Column, RecordTableModel


def _selected_rows(view: QTableView) -> list[int]:
    return sorted(i.row() for i in view.selectionModel().selectedRows())


def test_the_kept_ids_are_selected_at_their_new_rows(qtbot: QtBot) -> None:
    model: RecordTableModel[int] = RecordTableModel([Column("号", str)])
    model.set_records(range(10))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_filter(lambda n: n % 2 == 1)  # rows now show 1, 3, 5, 7, 9
    select_ids(view, model, {3, 4, 9}, lambda n: n)
    assert _selected_rows(view) == [1, 4], "3 and 9 at their rows; 4 is hidden, so not chosen"
    select_ids(view, model, {5}, lambda n: n)
    assert _selected_rows(view) == [2], "the earlier selection is replaced, not added to"


def test_ranges_lists_every_span(qtbot: QtBot) -> None:
    model: RecordTableModel[int] = RecordTableModel([Column("号", str)])
    model.set_records(range(6))
    selection = QItemSelection()
    selection.select(model.index(0, 0), model.index(1, 0))
    selection.select(model.index(4, 0), model.index(4, 0))
    assert [(r.top(), r.bottom()) for r in ranges(selection)] == [(0, 1), (4, 4)]

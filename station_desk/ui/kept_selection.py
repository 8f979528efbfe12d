"""A selection kept as record ids while a table's filter changes.

Qt's selection is of row numbers, which a filter renumbers; the members tab keeps the ids
the clerk chose and shows again those still among the rows shown (a selection hidden by a
filter once printed a member who was not in the list). The Qt side of that is here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QItemSelectionRange
from PySide6.QtWidgets import QTableView

from station_desk.ui.table_model import RecordTableModel

R = TypeVar("R")


def ranges(selection: QItemSelection) -> list[QItemSelectionRange]:
    """The spans of a selection, as a list."""
    return [selection.at(i) for i in range(selection.count())]


def select_ids(
    table: QTableView, model: RecordTableModel[R], wanted: set[int], id_of: Callable[[R], int]
) -> None:
    """Select in ``table`` the shown rows whose id is in ``wanted`` (nothing else)."""
    selection = QItemSelection()
    last = model.columnCount() - 1
    for row, record in enumerate(model.shown_records()):
        if id_of(record) in wanted:
            selection.select(model.index(row, 0), model.index(row, last))
    table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

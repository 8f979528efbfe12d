"""Rows of a roster that share an ID number, side by side: one column per row, one line
per field on which they disagree; the clerk picks the value each field takes.

The dialog only chooses: the picks go into ``ImportOptions.merge_choices`` (kept row,
field, row whose value it takes), and the dry run that follows shows the merged row.
A line always holds exactly one pick; the kept row's own value is the starting one.
Keyboard: arrows move between cells, Space picks the current cell, Enter accepts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_desk.exchange.mapping import FIELD_LABELS_BY_KIND
from station_desk.exchange.rows import ParsedRow
from station_desk.services.imports_duplicates import differing_fields
from station_desk.ui.i18n import shown


def cell_text(value: object) -> str:
    """A parsed cell as the wizard shows it (a choice by its label, a date as written)."""
    if value is None:
        return ""
    label = getattr(value, "label", None)
    return shown(label) if isinstance(label, str) else str(value)


class MergeTable(QTableWidget):
    """The side-by-side table: a tick marks the value each line (field) takes."""

    def __init__(self, rows: list[ParsedRow], kept: int, picks: dict[str, int], parent: QWidget):
        self.fields = differing_fields(rows)
        super().__init__(len(self.fields), len(rows), parent)
        self.setObjectName("mergeTable")
        self.rows = rows
        self.kept = kept
        self._filling = True
        labels = FIELD_LABELS_BY_KIND["members"]
        self.setVerticalHeaderLabels([shown(labels.get(name, name)) for name in self.fields])
        self.setHorizontalHeaderLabels(
            [
                self.tr("第 {row} 行（保留）").format(row=r.row)
                if r.row == kept
                else self.tr("第 {row} 行").format(row=r.row)
                for r in rows
            ]
        )
        for line, name in enumerate(self.fields):
            chosen = picks.get(name, kept)
            for column, row in enumerate(rows):
                item = QTableWidgetItem(cell_text(row.values.get(name)) or self.tr("（空）"))
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(
                    Qt.CheckState.Checked if row.row == chosen else Qt.CheckState.Unchecked
                )
                self.setItem(line, column, item)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(30)
        self._filling = False
        self.itemChanged.connect(self._picked)
        self.cellClicked.connect(lambda line, column: self.pick(line, column))
        if self.fields:
            self.setCurrentCell(0, 0)

    def pick(self, line: int, column: int) -> None:
        """The value of ``column``'s row for the field on ``line``; the line's other ticks go."""
        self._filling = True
        try:
            for other in range(self.columnCount()):
                item = self.item(line, other)
                if item is not None:
                    item.setCheckState(
                        Qt.CheckState.Checked if other == column else Qt.CheckState.Unchecked
                    )
        finally:
            self._filling = False

    def _picked(self, item: QTableWidgetItem) -> None:
        if not self._filling:  # a tick cannot be taken off: a line always has one value
            self.pick(item.row(), item.column())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            self.pick(self.currentRow(), self.currentColumn())
            return
        super().keyPressEvent(event)

    def picks(self) -> dict[str, int]:
        """field -> row whose value the kept row takes (only where that is another row)."""
        chosen: dict[str, int] = {}
        for line, name in enumerate(self.fields):
            for column, row in enumerate(self.rows):
                item = self.item(line, column)
                ticked = item is not None and item.checkState() == Qt.CheckState.Checked
                if ticked and row.row != self.kept:
                    chosen[name] = row.row
        return chosen


class MergeDialog(QDialog):
    """One ID number's rows side by side, to take each field's value from any of them."""

    def __init__(
        self, rows: list[ParsedRow], kept: int, picks: dict[str, int], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("逐项合并身份证号相同的行"))
        name = cell_text(rows[0].values.get("name")) if rows else ""
        self.table = MergeTable(rows, kept, picks, self)
        intro = QLabel(self)
        intro.setWordWrap(True)
        if self.table.fields:
            intro.setText(
                self.tr(
                    "“{name}”的 {n} 行身份证号相同，只导入第 {row} 行。下面列出各行不同的项："
                    "每一项点选（或按空格选）要采用的值，其余各项用第 {row} 行的。"
                ).format(name=name, n=len(rows), row=kept)
            )
        else:
            intro.setText(
                self.tr("“{name}”的 {n} 行各项都相同，保留第 {row} 行即可。").format(
                    name=name, n=len(rows), row=kept
                )
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, min(560, 190 + 30 * max(len(self.table.fields), 2)))

    def picks(self) -> dict[str, int]:
        return self.table.picks()

"""The rows of a roster that share an ID number, on the import wizard's tree page: shown one
under another with a tick to keep one (the others are not imported), an option to fill the
kept row's blanks from the others, and a side-by-side dialog to pick field by field. It only
chooses which rows and values the import takes (``TreePage.options``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from station_desk.exchange.mapping import FIELD_LABELS_BY_KIND
from station_desk.exchange.rows import ParsedRow
from station_desk.services.imports import duplicate_group
from station_desk.ui.i18n import shown
from station_desk.ui.import_merge import MergeDialog

#: The fields shown for each of the rows that share an ID number.
SHOWN_FIELDS = ("name", "gender", "birth_date", "phone", "community", "grid", "branch")


class TreePageDuplicates(QWizardPage):
    """The duplicates box of ``TreePage``; the page supplies the parsed rows."""

    rows: list[ParsedRow]
    keep: set[int]
    picks: dict[int, dict[str, int]]
    _filling: bool

    def _build_duplicates(self) -> None:
        self.duplicates = QTableWidget(0, 2 + len(SHOWN_FIELDS), self)
        self.duplicates.setObjectName("treeDuplicates")
        self.duplicates.setHorizontalHeaderLabels(
            [
                self.tr("保留"),
                self.tr("行号"),
                self.tr("姓名"),
                self.tr("性别"),
                self.tr("出生年月"),
                self.tr("联系电话"),
                self.tr("社区"),
                self.tr("网格"),
                self.tr("所在支部"),
            ]
        )
        self.duplicates.verticalHeader().hide()
        self.duplicates.setMinimumHeight(110)
        self.duplicates.itemChanged.connect(self._kept)
        self.duplicates_box = QGroupBox(
            self.tr("身份证号相同的行：勾选要保留的一行，其余不导入"), self
        )
        self.merge = QCheckBox(
            self.tr("合并：保留的一行中空着的项，用同号的其他行补上"), self.duplicates_box
        )
        self.merge.setObjectName("mergeDuplicates")
        self.merge_button = QPushButton(self.tr("逐项合并(&M)…"), self.duplicates_box)
        self.merge_button.setObjectName("mergeFieldByField")
        self.merge_button.setToolTip(self.tr("选中的一组并排列出，逐项点选要采用的值"))
        self.merge_button.clicked.connect(lambda: self.open_merge())
        self.merge_note = QLabel(self.duplicates_box)
        self.merge_note.setObjectName("mergeNote")
        self.merge_note.setWordWrap(True)
        box = QVBoxLayout(self.duplicates_box)
        box.addWidget(self.duplicates)
        line = QHBoxLayout()
        line.addWidget(self.merge, 1)
        line.addWidget(self.merge_button)
        box.addLayout(line)
        box.addWidget(self.merge_note)

    def _fill_duplicates(self) -> None:
        groups: dict[str, list[ParsedRow]] = {}
        for row in self.rows:
            group = duplicate_group(row)
            if group:
                groups.setdefault(group, []).append(row)
        self.duplicates_box.setVisible(bool(groups))
        self._filling = True
        try:
            lines = [row for members in groups.values() for row in members]
            self.duplicates.setRowCount(len(lines))
            for index, row in enumerate(lines):
                keep = QTableWidgetItem("")
                keep.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                keep.setCheckState(Qt.CheckState.Unchecked)
                keep.setData(Qt.ItemDataRole.UserRole, (duplicate_group(row), row.row))
                self.duplicates.setItem(index, 0, keep)
                self.duplicates.setItem(index, 1, QTableWidgetItem(str(row.row)))
                for column, name in enumerate(SHOWN_FIELDS, start=2):
                    value = row.values.get(name)
                    label = getattr(value, "label", None)
                    text = "" if value is None else shown(label) if label else str(value)
                    self.duplicates.setItem(index, column, QTableWidgetItem(text))
            self.duplicates.resizeColumnsToContents()
        finally:
            self._filling = False

    def _kept(self, item: QTableWidgetItem) -> None:
        """One kept row per ID number: ticking one unticks the others of its group."""
        if self._filling or item.column() != 0:
            return
        group, number = item.data(Qt.ItemDataRole.UserRole)
        self._filling = True
        try:
            if item.checkState() == Qt.CheckState.Checked:
                for index in range(self.duplicates.rowCount()):
                    other = self.duplicates.item(index, 0)
                    if other is None:
                        continue
                    other_group, other_number = other.data(Qt.ItemDataRole.UserRole)
                    if other_group == group and other_number != number:
                        other.setCheckState(Qt.CheckState.Unchecked)
                        self.keep.discard(other_number)
                self.keep.add(number)
            else:
                self.keep.discard(number)
        finally:
            self._filling = False

    def open_merge(self) -> MergeDialog | None:
        """The selected group's rows side by side (its kept row ticked first if none is);
        the picks are taken when the clerk accepts. Returns the dialog (opened, not run)."""
        index = max(self.duplicates.currentRow(), 0)
        item = self.duplicates.item(index, 0)
        if item is None:
            return None
        group, _number = item.data(Qt.ItemDataRole.UserRole)
        rows = [r for r in self.rows if duplicate_group(r) == group]
        kept = next((r.row for r in rows if r.row in self.keep), None)
        if kept is None:
            kept = rows[0].row
            for line in range(self.duplicates.rowCount()):
                tick = self.duplicates.item(line, 0)
                if tick is not None and tick.data(Qt.ItemDataRole.UserRole) == (group, kept):
                    tick.setCheckState(Qt.CheckState.Checked)  # _kept records it
        dialog = MergeDialog(rows, kept, self.picks.get(kept, {}), self)
        dialog.accepted.connect(lambda: self._merged(kept, dialog.picks()))
        dialog.open()
        return dialog

    def _merged(self, kept: int, picks: dict[str, int]) -> None:
        self.picks[kept] = picks
        labels = {r.row: r for r in self.rows}
        parts = [
            self.tr("第 {row} 行：{fields}").format(
                row=row,
                fields="、".join(
                    self.tr("{field}取自第 {source} 行").format(
                        field=shown(FIELD_LABELS_BY_KIND["members"].get(f, f)), source=src
                    )
                    for f, src in chosen.items()
                ),
            )
            for row, chosen in self.picks.items()
            if chosen and row in labels
        ]
        self.merge_note.setText("；".join(parts))

"""The import wizard's page between the columns and the dry run, for rosters: whole-sheet
defaults, the stations, branches, communities and grids the sheet names that the ledger
lacks (a tick each; a branch's category editable), names taken as the ledger's own (a tick
each), and rows that share an ID number shown one under another to keep one.

Everything here only chooses ``ImportOptions``; the dry run that follows shows what they
do, and the commit creates the ticked places in the same transaction as the members. The rows that
share an ID number are ``TreePageDuplicates`` (``ui/import_duplicates.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from station_desk.domain.enums import BranchCategory
from station_desk.exchange.rows import ParsedRow, parse_sheet
from station_desk.services.imports import rows_with_duplicates
from station_desk.services.imports_tree import (
    NearMatch,
    NewPlace,
    TreePlan,
    as_category,
    place_kind_label,
    plan_tree,
)
from station_desk.services.imports_types import ImportOptions
from station_desk.ui import errors
from station_desk.ui.i18n import shown, shown_message
from station_desk.ui.import_duplicates import TreePageDuplicates

if TYPE_CHECKING:
    from station_desk.ui.import_wizard import ImportWizard

_DEFAULTS = ("station", "branch", "community")


class TreePage(TreePageDuplicates):
    """Defaults, places to create, near-misses, duplicates: what the roster asks of the
    ledger before the dry run."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("核对支部、社区和网格"))
        self.setSubTitle(
            self.tr("表中写到、台账中还没有的驿站、支部、社区和网格：勾选的随导入一起新建。")
        )
        self.status = QLabel(self)
        self.status.setObjectName("treeStatus")
        self.status.setWordWrap(True)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(300)
        self._later.timeout.connect(self._refresh)
        defaults = QGroupBox(self.tr("整表默认（表中这一项空着的行，都填这个）"), self)
        form = QFormLayout(defaults)
        self.defaults: dict[str, QComboBox] = {}
        captions = {
            "station": self.tr("驿站"),
            "branch": self.tr("所在支部"),
            "community": self.tr("社区"),
        }
        for name in _DEFAULTS:
            combo = QComboBox(defaults)
            combo.setObjectName(f"default_{name}")
            combo.setEditable(True)
            combo.addItem("")
            for choice in wizard.ctx.choices(name):
                combo.addItem(choice.label)
            combo.setCurrentIndex(0)
            edit = combo.lineEdit()
            if edit is not None:
                edit.setPlaceholderText(self.tr("（不填）"))
            combo.editTextChanged.connect(lambda _t: self._later.start())
            form.addRow(captions[name], combo)
            self.defaults[name] = combo
        self.places = QTableWidget(0, 4, self)
        self.places.setObjectName("treePlaces")
        self.places.setHorizontalHeaderLabels(
            [self.tr("新建/采用"), self.tr("类别"), self.tr("名称"), self.tr("涉及的行")]
        )
        self.places.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.places.verticalHeader().hide()
        self.places.itemChanged.connect(self._ticked)
        self._build_duplicates()
        layout = QVBoxLayout(self)
        layout.addWidget(defaults)
        layout.addWidget(self.status)
        layout.addWidget(self.places, 2)
        layout.addWidget(self.duplicates_box, 1)
        self.rows: list[ParsedRow] = []
        self.plan: TreePlan | None = None
        self.not_created: set[tuple[str, str]] = set()
        self.refused: set[tuple[str, str]] = set()
        self.keep: set[int] = set()
        self.picks: dict[int, dict[str, int]] = {}
        """kept row -> {field: row whose value it takes}, from the side-by-side table."""
        self.categories: dict[str, BranchCategory] = {}
        self._filling = False

    # ------------------------------------------------------------------ choices

    def chosen_defaults(self) -> tuple[tuple[str, str], ...]:
        return tuple(
            (name, combo.currentText().strip())
            for name, combo in self.defaults.items()
            if combo.currentText().strip()
        )

    def options(self, base: ImportOptions) -> ImportOptions:
        """``base`` with what this page chose (the places ticked are created)."""
        from dataclasses import replace

        return replace(
            base,
            create_missing=True,
            defaults=self.chosen_defaults(),
            not_created=frozenset(self.not_created),
            refused_matches=frozenset(self.refused),
            categories=tuple(self.categories.items()),
            keep_rows=frozenset(self.keep),
            merge_duplicates=self.merge.isChecked(),
            merge_choices=tuple(
                (kept, field, source)
                for kept, chosen in self.picks.items()
                if kept in self.keep
                for field, source in chosen.items()
            ),
        )

    # ------------------------------------------------------------------ reading

    def initializePage(self) -> None:
        self.plan = None
        self.rows = []
        self.status.setText(self.tr("正在核对……"))
        wiz = self.wiz
        sheet, mapping, header = (
            wiz.mapping_page.sheet,
            wiz.mapping_page.mapping(),
            wiz.mapping_page.header_row,
        )
        assert sheet is not None
        if wiz.workbook() is None:  # every sheet together: each sheet's name says it
            self._offer_sheet_name(sheet.name, set(mapping.values()))
        wiz.ctx.worker.run(
            lambda: rows_with_duplicates(
                parse_sheet(sheet, "members", mapping=mapping, header_row=header)
            ),
            on_done=self._parsed,
            on_error=self._failed,
            parent=self,
        )

    def _offer_sheet_name(self, name: str, mapped: set[str]) -> None:
        """A sheet named after a branch or a community, without that column: its name is
        offered as the whole sheet's default (the clerk may clear it)."""
        for field, words in (("branch", ("支部",)), ("community", ("社区", "居委会"))):
            combo = self.defaults[field]
            if field not in mapped and any(w in name for w in words) and not combo.currentText():
                combo.setEditText(name)
                return

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("无法核对：{error}").format(error=errors.describe(exc)))

    def _parsed(self, rows: list[ParsedRow]) -> None:
        self.rows = rows
        self._fill_duplicates()
        self._refresh()

    def _refresh(self) -> None:
        if not self.rows:
            return
        options = ImportOptions(
            defaults=self.chosen_defaults(),
            refused_matches=frozenset(self.refused),
            categories=tuple(self.categories.items()),
        )
        ledger, rows = self.wiz.ctx.ledger, self.rows
        self.wiz.ctx.worker.run(
            lambda: plan_tree(ledger, rows, options),
            on_done=self._planned,
            on_error=self._failed,
            parent=self,
        )

    def _planned(self, plan: TreePlan) -> None:
        self.plan = plan
        self._fill_places(plan)
        parts = [shown_message(line) for line in plan.lines() if "整表默认" in line]
        if not plan.missing and not plan.matches:
            parts.append(self.tr("表中写到的驿站、支部、社区和网格，台账中都有。"))
        else:
            parts.append(
                self.tr(
                    "新建 {n} 处，按台账中的名称采用 {m} 处。取消勾选的不新建，这些行会报错。"
                ).format(n=len(plan.missing), m=len(plan.matches))
            )
        self.status.setText("\n".join(parts))
        self.completeChanged.emit()

    # ------------------------------------------------------------------ the tables

    def _fill_places(self, plan: TreePlan) -> None:
        self._filling = True
        try:
            entries: list[NewPlace | NearMatch] = [*plan.matches, *plan.missing]
            self.places.setRowCount(len(entries))
            for row, entry in enumerate(entries):
                tick = QTableWidgetItem(
                    self.tr("采用") if isinstance(entry, NearMatch) else self.tr("新建")
                )
                tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                refused = entry.key in (
                    self.refused if isinstance(entry, NearMatch) else self.not_created
                )
                tick.setCheckState(Qt.CheckState.Unchecked if refused else Qt.CheckState.Checked)
                tick.setData(Qt.ItemDataRole.UserRole, entry)
                self.places.setItem(row, 0, tick)
                kind = QTableWidgetItem(shown_message(place_kind_label(entry.kind)))
                self.places.setItem(row, 1, kind)
                self.places.setItem(row, 2, QTableWidgetItem(_entry_text(entry)))
                rows = "、".join(str(r) for r in entry.rows[:8])
                self.places.setItem(
                    row, 3, QTableWidgetItem(rows + ("…" if len(entry.rows) > 8 else ""))
                )
                self.places.removeCellWidget(row, 1)
                if isinstance(entry, NewPlace) and entry.kind == "branch":
                    self.places.setCellWidget(row, 1, self._category_combo(entry))
            self.places.resizeColumnToContents(0)
            self.places.setColumnWidth(1, 110)
        finally:
            self._filling = False

    def _category_combo(self, place: NewPlace) -> QComboBox:
        combo = QComboBox(self.places)
        combo.setObjectName(f"category_{place.name}")
        for category in BranchCategory:
            combo.addItem(
                self.tr("支部：{category}").format(category=shown(category.label)), category
            )
        combo.setCurrentIndex(max(0, combo.findData(place.category)))
        combo.currentIndexChanged.connect(
            lambda _i: self.categories.__setitem__(place.name, as_category(combo.currentData()))
        )
        return combo

    def _ticked(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        entry = item.data(Qt.ItemDataRole.UserRole)
        target = self.refused if isinstance(entry, NearMatch) else self.not_created
        if item.checkState() == Qt.CheckState.Checked:
            target.discard(entry.key)
        else:
            target.add(entry.key)
        if isinstance(entry, NearMatch):
            self._later.start()

    def isComplete(self) -> bool:
        return self.plan is not None


def _entry_text(entry: NewPlace | NearMatch) -> str:
    if isinstance(entry, NearMatch):
        return f"{entry.written} → {entry.ledger}"
    if entry.kind == "grid":
        return f"{entry.parent} {entry.name}"
    if entry.kind == "community" and entry.parent:
        return f"{entry.name}（{entry.parent}）"
    return entry.name

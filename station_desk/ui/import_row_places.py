"""Setting a station, branch, community or grid for chosen rows of the dry run in one step.

A roster without a 驿站 or 支部 column, or with a few rows in the wrong grid: the clerk
selects those rows in the preview, picks the places from the ledger's own, and the dry
run runs again with them (``ImportOptions.row_values``); the commit writes what it shows.
Only the ledger's places are offered, so nothing new is created behind the tree page.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from station_desk.services.imports_types import ImportOptions, RowOutcome

if TYPE_CHECKING:
    from station_desk.ui.import_wizard import PreviewPage


class RowPlacesDialog(QDialog):
    """Four pickers, each "（不改）" unless the clerk chooses a place of the ledger."""

    def __init__(self, page: PreviewPage, count: int) -> None:
        super().__init__(page)
        self.setObjectName("rowPlacesDialog")
        self.setWindowTitle(self.tr("为选中的行设置驿站、支部、社区/网格"))
        ctx = page.wiz.ctx
        intro = QLabel(
            self.tr("选中的 {n} 行都设为下面选的；“（不改）”的一项照表中的。").format(n=count), self
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        communities = {c.id: c.label for c in ctx.choices("community")}
        captions = {
            "station": self.tr("驿站"),
            "branch": self.tr("所在支部"),
            "community": self.tr("社区"),
            "grid": self.tr("网格"),
        }
        for field, caption in captions.items():
            combo = QComboBox(self)
            combo.setObjectName(f"rowPlace_{field}")
            combo.addItem(self.tr("（不改）"), None)
            for choice in ctx.choices(field):
                if field == "grid":  # a grid is set with its community
                    community = communities.get(choice.parent_id or -1, "")
                    combo.addItem(f"{community} {choice.label}", (community, choice.label))
                else:
                    combo.addItem(choice.label, choice.label)
            form.addRow(caption, combo)
            self.combos[field] = combo
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, 0)

    def values(self) -> dict[str, str]:
        """field -> name for each picker set (a grid brings its community)."""
        chosen: dict[str, str] = {}
        for field, combo in self.combos.items():
            data = combo.currentData()
            if isinstance(data, tuple):
                chosen["community"], chosen["grid"] = data
            elif isinstance(data, str):
                chosen[field] = data
        return chosen


class RowPlaces:
    """The preview page's button and what it set, row by row."""

    def __init__(self, page: PreviewPage) -> None:
        self.page = page
        self.values: dict[int, dict[str, str]] = {}
        self.button = QPushButton(self.tr("为选中的行设置驿站/支部/社区(&S)…"), page)
        self.button.setObjectName("setRowPlaces")
        self.button.setToolTip(
            self.tr("在上表中选中几行（按住 Ctrl 或 Shift），一次设好它们的驿站、支部、社区或网格")
        )
        self.button.clicked.connect(lambda: self.open_dialog())
        self.note = QLabel(page)
        self.note.setObjectName("rowPlacesNote")
        self.note.setWordWrap(True)
        layout = page.layout()
        if isinstance(layout, QBoxLayout):
            layout.addWidget(self.note)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        page.wiz.currentIdChanged.connect(self._shown)

    @staticmethod
    def tr(text: str) -> str:
        """Qt's translation under this class's name (it is no QObject)."""
        return QCoreApplication.translate("RowPlaces", text)

    def _shown(self, page_id: int) -> None:
        """Offered for a roster from one sheet; forgotten once the clerk goes back (the
        rows may be other rows then)."""
        wiz = self.page.wiz
        if page_id < wiz.preview_id:
            self.values.clear()
            self.note.clear()
        self.button.setVisible(wiz.kind == "members" and wiz.workbook() is None)

    def selected(self) -> list[int]:
        """The sheet row numbers selected in the preview table."""
        model = self.page.model
        chosen = {index.row() for index in self.page.table.selectionModel().selectedRows()}
        records: list[RowOutcome] = [model.record_at(i) for i in sorted(chosen)]
        return [r.row for r in records]

    def open_dialog(self) -> RowPlacesDialog | None:
        """The pickers for the selected rows (opened, not run; None when none is selected)."""
        rows = self.selected()
        if not rows:
            return None
        dialog = RowPlacesDialog(self.page, len(rows))
        dialog.accepted.connect(lambda: self.apply(rows, dialog.values()))
        dialog.open()
        return dialog

    def apply(self, rows: list[int], values: dict[str, str]) -> None:
        """Remember the places for these rows and run the dry run again with them."""
        if not values:
            return
        for row in rows:
            self.values.setdefault(row, {}).update(values)
        captions = {
            "station": self.tr("驿站"),
            "branch": self.tr("所在支部"),
            "community": self.tr("社区"),
            "grid": self.tr("网格"),
        }
        lines = [
            self.tr("第 {row} 行设为：{places}").format(
                row=row,
                places="，".join(f"{captions[field]} {name}" for field, name in given.items()),
            )
            for row, given in sorted(self.values.items())
        ]
        self.note.setText("；".join(lines))
        self.page.initializePage()

    def options(self, base: ImportOptions) -> ImportOptions:
        given = tuple(
            (row, field, name)
            for row, fields in sorted(self.values.items())
            for field, name in fields.items()
        )
        return replace(base, row_values=given) if given else base

"""What the safekeeping and history dialogs share: read-only tables, standard buttons in the
desk's language, and the ledger behind a Ledger or a DeskContext."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from station_desk.db.schema.ledger import Ledger


def ledger_of(source: Any) -> Ledger:
    """A Ledger from a Ledger or a DeskContext."""
    return source if isinstance(source, Ledger) else source.ledger


def read_only_table(dialog: QDialog, headers: tuple[object, ...]) -> QTableWidget:
    """A read-only table; ``headers`` are QT_TRANSLATE_NOOP texts of the dialog's class."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels([dialog.tr(str(h)) for h in headers])
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def translated_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Standard buttons in the desk's language even before Qt's own translation is loaded."""
    for which, text in (
        (QDialogButtonBox.StandardButton.Cancel, QCoreApplication.translate("Safekeeping", "取消")),
        (QDialogButtonBox.StandardButton.Close, QCoreApplication.translate("Safekeeping", "关闭")),
    ):
        button = box.button(which)
        if button is not None:
            button.setText(text)
    return box


def fill_table(table: QTableWidget, rows: list[list[str]], widths: list[int]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    for c, width in enumerate(widths):
        table.setColumnWidth(c, width)

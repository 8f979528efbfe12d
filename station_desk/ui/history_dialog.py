"""历史记录: a record's history, or the whole change log filtered by date and operator."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from station_desk.services import history
from station_desk.ui.dialog_tables import fill_table, ledger_of, read_only_table, translated_buttons
from station_desk.ui.i18n import shown, shown_message


class HistoryDialog(QDialog):
    """A record's history, or the whole change log filtered by date and operator."""

    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryDialog", "时间"),
        QT_TRANSLATE_NOOP("HistoryDialog", "操作员"),
        QT_TRANSLATE_NOOP("HistoryDialog", "类别"),
        QT_TRANSLATE_NOOP("HistoryDialog", "记录"),
        QT_TRANSLATE_NOOP("HistoryDialog", "操作"),
        QT_TRANSLATE_NOOP("HistoryDialog", "内容"),
    )

    def __init__(
        self,
        source: Any,
        parent: QWidget | None = None,
        *,
        table: str | None = None,
        row_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ledger = ledger_of(source)
        self.record = (table, row_id) if table and row_id is not None else None
        self.lines: list[history.HistoryLine] = []
        self.table = read_only_table(self, self.HEADERS)
        layout = QVBoxLayout(self)
        if self.record is None:
            self.setWindowTitle(self.tr("操作记录"))
            today = QDate.currentDate()
            self.since = QDateEdit(today.addMonths(-1))
            self.until = QDateEdit(today)
            self.operator = QComboBox()
            for edit in (self.since, self.until):
                edit.setCalendarPopup(True)
                edit.setDisplayFormat("yyyy-MM-dd")
                edit.dateChanged.connect(self.reload)
            with self.ledger.reading() as session:
                names = history.operators(session)
            self.operator.addItem(self.tr("全部操作员"), "")
            for name in names:
                self.operator.addItem(name, name)
            self.operator.currentIndexChanged.connect(self.reload)
            filters = QHBoxLayout()
            for label, widget in (
                (self.tr("从"), self.since),
                (self.tr("到"), self.until),
                (self.tr("操作员"), self.operator),
            ):
                filters.addWidget(QLabel(label))
                filters.addWidget(widget)
            filters.addStretch(1)
            layout.addLayout(filters)
        else:
            self.setWindowTitle(self.tr("历史记录"))
            self.heading = QLabel("")
            layout.addWidget(self.heading)
        self.count = QLabel("")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(translated_buttons(close))
        self.resize(860, 440)
        self.reload()

    def reload(self) -> None:
        with self.ledger.reading() as session:
            if self.record is not None:
                table, row_id = self.record
                assert table is not None and row_id is not None
                self.lines = list(reversed(history.record_history(session, table, row_id)))
                if self.lines:
                    latest = self.lines[0]
                    self.heading.setText(
                        self.tr("{kind}“{name}”的全部修改：").format(
                            kind=shown_message(latest.table_label), name=latest.row_label
                        )
                    )
            else:
                self.lines = history.change_log(
                    session,
                    since=self.since.date().toPython(),  # type: ignore[arg-type]
                    until=self.until.date().toPython(),  # type: ignore[arg-type]
                    operator=self.operator.currentData() or None,
                )
        rows = [
            [
                f"{line.at:%Y-%m-%d %H:%M}",
                line.operator or "—",
                shown_message(line.table_label),
                line.row_label,
                shown(line.action_label),
                shown_message(line.summary()),
            ]
            for line in self.lines
        ]
        fill_table(self.table, rows, [130, 80, 90, 140, 90])
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 5)
            if item is not None:
                item.setToolTip(item.text())
        self.count.setText(self.tr("共 {n} 条").format(n=len(rows)))

    @classmethod
    def show_history(
        cls,
        parent: QWidget | None,
        source: Any,
        table: str | None = None,
        row_id: int | None = None,
    ) -> None:
        cls(source, parent, table=table, row_id=row_id).exec()

"""统计: the period's figures for one station or all, with charts and drill-down.

The figures are summed on the database worker (SQL aggregates, well under a second at
100,000 members) whenever the period or station changes, and again after any write to the
ledger — at once when the tab is showing, otherwise the next time it is shown. Every figure
and every bar emits ``drilldown(tab_name, filter)``; the main window switches tabs.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_desk.db.queries.summary import summary_figures
from station_desk.domain.problems import ValidationError
from station_desk.summary import records as records_summary
from station_desk.summary.charts import charts
from station_desk.summary.records import Drilldown, Period, Section, SummaryFigures
from station_desk.summary.sections import paragraph, sections
from station_desk.ui import errors
from station_desk.ui.context import DeskContext
from station_desk.ui.i18n import summary_words
from station_desk.ui.summary_chart_view import SummaryChartView

PERIOD_KINDS = ("year", "quarter", "range")
SECTION_COLUMNS = 3
REFRESH_DELAY_MS = 150


class SummaryTab(QWidget):
    """The 统计 tab. ``figures`` holds what is shown; tests find parts by object name."""

    drilldown = Signal(str, dict)
    loaded = Signal()
    refused = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures: SummaryFigures | None = None
        self.figure_buttons: dict[str, QPushButton] = {}
        self._dirty = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self._build()
        self._fill_stations()
        ctx.changed.connect(self._on_changed)
        ctx.choices_changed.connect(self._fill_stations)
        self.reload()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        bar = QHBoxLayout()
        self.kind = QComboBox(self)
        self.kind.setObjectName("summaryPeriodKind")
        for text in (self.tr("年度"), self.tr("季度"), self.tr("起止日期")):
            self.kind.addItem(text)
        self.year = QSpinBox(self)
        self.year.setObjectName("summaryYear")
        self.year.setRange(1950, 2100)
        self.year.setValue(date.today().year)
        self.year.setSuffix(self.tr(" 年"))
        self.quarter = QComboBox(self)
        self.quarter.setObjectName("summaryQuarter")
        for text in (
            self.tr("第一季度"),
            self.tr("第二季度"),
            self.tr("第三季度"),
            self.tr("第四季度"),
        ):
            self.quarter.addItem(text)
        self.date_from = self._date_edit("summaryFrom", QDate(date.today().year, 1, 1))
        self.date_to = self._date_edit("summaryTo", QDate.currentDate())
        self.station = QComboBox(self)
        self.station.setObjectName("summaryStation")
        self.station.setMinimumContentsLength(16)
        self.print_button = QPushButton(self.tr("打印统计报表…"), self)
        self.print_button.setObjectName("summaryPrint")
        self.print_button.clicked.connect(self._print)
        self.export_button = QPushButton(self.tr("导出Excel…"), self)
        self.export_button.setObjectName("summaryExport")
        self.export_button.clicked.connect(self._export)
        self.period_label = QLabel(self)
        self.period_label.setObjectName("summaryPeriodLabel")
        for widget in (
            QLabel(self.tr("统计期间：")),
            self.kind,
            self.year,
            self.quarter,
            self.date_from,
            QLabel("—"),
            self.date_to,
            QLabel(self.tr("驿站：")),
            self.station,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.export_button)
        for signal in (
            self.kind.currentIndexChanged,
            self.year.valueChanged,
            self.quarter.currentIndexChanged,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
            self.station.currentIndexChanged,
        ):
            signal.connect(self._schedule)
        self.kind.currentIndexChanged.connect(self._show_period_inputs)
        self.paragraph = QLabel(self)
        self.paragraph.setObjectName("summaryParagraph")
        self.paragraph.setWordWrap(True)
        self.paragraph.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sections_box = QWidget(self)
        self.sections_grid = QGridLayout(self.sections_box)
        self.sections_grid.setContentsMargins(0, 0, 0, 0)
        self.chart_views: dict[str, SummaryChartView] = {}
        chart_grid = QGridLayout()
        for i, key in enumerate(
            ("hours_by_month", "events_by_kind", "age_pyramid", "posts_by_kind")
        ):
            view = SummaryChartView(self)
            view.setObjectName(f"summaryChart_{key}")
            view.bar_clicked.connect(self._emit)
            chart_grid.addWidget(view, i // 2, i % 2)
            self.chart_views[key] = view
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addWidget(self.period_label)
        column.addWidget(self.paragraph)
        column.addWidget(self.sections_box)
        column.addLayout(chart_grid)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("summaryScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self._show_period_inputs()

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _show_period_inputs(self) -> None:
        kind = PERIOD_KINDS[self.kind.currentIndex()]
        self.year.setVisible(kind != "range")
        self.quarter.setVisible(kind == "quarter")
        self.date_from.setVisible(kind == "range")
        self.date_to.setVisible(kind == "range")

    def _fill_stations(self) -> None:
        current = self.station.currentData()
        self.station.blockSignals(True)
        self.station.clear()
        self.station.addItem(self.tr("全部驿站"), None)
        for choice in self.ctx.choices("station"):
            self.station.addItem(choice.label, choice.id)
        index = self.station.findData(current)
        self.station.setCurrentIndex(max(index, 0))
        self.station.blockSignals(False)

    # ------------------------------------------------------------------ loading
    def period(self) -> Period:
        """The period the inputs describe; ValidationError when from/to are reversed."""
        kind = PERIOD_KINDS[self.kind.currentIndex()]
        if kind == "year":
            return Period.year(self.year.value())
        if kind == "quarter":
            return Period.quarter(self.year.value(), self.quarter.currentIndex() + 1)
        start, end = self.date_from.date(), self.date_to.date()
        return Period(
            date(start.year(), start.month(), start.day()), date(end.year(), end.month(), end.day())
        )

    def period_name(self, period: Period) -> str:
        """2021年, 2021年第二季度, 2019—2021年, or 期间 for other spans (the dates follow)."""
        s, e = period.start, period.end
        if (s.month, s.day, e.month, e.day) == (1, 1, 12, 31):
            if s.year == e.year:
                return self.tr("{year}年").format(year=s.year)
            return self.tr("{first}—{last}年").format(first=s.year, last=e.year)
        if s.year == e.year:
            names = (self.tr("一"), self.tr("二"), self.tr("三"), self.tr("四"))
            for quarter, name in enumerate(names, 1):
                if period == Period.quarter(s.year, quarter):
                    return self.tr("{year}年第{quarter}季度").format(year=s.year, quarter=name)
        return self.tr("期间")

    def _schedule(self, *_args: Any) -> None:
        self._timer.start()

    def _on_changed(self, _topic: str) -> None:
        self._dirty = True
        if self.isVisible():
            self._schedule()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._schedule()

    def reload(self) -> None:
        """Sum the figures again on the worker and show them when they arrive."""
        try:
            period = self.period()
        except ValidationError as exc:
            self._refused(exc)
            return
        station = self.station.currentData()
        today = records_summary.today()
        self._dirty = False
        self.ctx.read(
            lambda s: summary_figures(s, period.start, period.end, station, today=today),
            self._show,
            on_error=self._refused,
            parent=self,
        )

    def _refused(self, exc: BaseException) -> None:
        """A period in the future or before the ledger's first record (as the CLI refuses
        it): said in the period line, where the clerk is looking as she types the year, and
        nothing is shown that would pass for its figures. Other failures get the error box."""
        if not isinstance(exc, ValidationError):
            errors.show_error(self, exc)
            return
        text = errors.describe(exc)
        self.figures = None
        self.period_label.setText(text)
        self.paragraph.clear()
        self._show_sections(())
        self._show_figures(False)
        self.refused.emit(text)

    def _show_figures(self, shown: bool) -> None:
        self.sections_box.setVisible(shown)
        for view in self.chart_views.values():
            view.setVisible(shown)
        self.print_button.setEnabled(shown)
        self.export_button.setEnabled(shown)

    def _show(self, figures: SummaryFigures) -> None:
        self.figures = figures
        self.period_label.setText(
            self.tr("{period}（{start} 至 {end}），{scope}").format(
                period=self.period_name(figures.period),
                start=figures.period.start.isoformat(),
                end=figures.period.end.isoformat(),
                scope=figures.station_name or self.tr("全部驿站"),
            )
        )
        self.paragraph.setText(paragraph(figures))
        self._show_figures(True)
        self._show_sections(sections(figures, summary_words))
        for chart in charts(figures, summary_words):
            self.chart_views[chart.key].show_chart(chart)
        self.loaded.emit()

    def _show_sections(self, shown: tuple[Section, ...]) -> None:
        while self.sections_grid.count():
            item = self.sections_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.figure_buttons = {}
        for index, section in enumerate(shown):
            box = QGroupBox(section.title, self.sections_box)
            grid = QGridLayout(box)
            grid.setColumnStretch(1, 1)
            for row, figure in enumerate(section.figures):
                label = QLabel(figure.label, box)
                label.setWordWrap(True)
                value = QPushButton(figure.text, box)
                value.setObjectName(f"figure:{figure.key}")
                value.setFlat(True)
                value.setStyleSheet("text-align: right; padding: 1px 4px;")
                if figure.drilldown is not None:
                    value.setCursor(Qt.CursorShape.PointingHandCursor)
                    value.setToolTip(self.tr("查看这些记录"))
                    value.clicked.connect(lambda _=False, d=figure.drilldown: self._emit(d))
                else:
                    value.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                    value.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
                grid.addWidget(label, row, 0)
                grid.addWidget(value, row, 1)
                self.figure_buttons[figure.key] = value
            grid.setRowStretch(len(section.figures), 1)
            self.sections_grid.addWidget(box, index // SECTION_COLUMNS, index % SECTION_COLUMNS)

    def _emit(self, target: Drilldown) -> None:
        self.drilldown.emit(target.tab, target.filter)

    # ------------------------------------------------------------------ paper
    def _ask_path(self, caption: str, suffix: str, pattern: str) -> Path | None:
        if self.figures is None:
            return None
        name = self.tr("{period}统计").format(period=self.period_name(self.figures.period)) + suffix
        chosen, _ = QFileDialog.getSaveFileName(self, caption, str(Path.home() / name), pattern)
        return Path(chosen) if chosen else None

    def _print(self) -> None:
        from station_desk.reports.summary_report import write_summary_report

        path, figures = self._ask_path(self.tr("打印统计报表"), ".pdf", "PDF (*.pdf)"), self.figures
        if path is None or figures is None:
            return
        self.ctx.worker.run(
            lambda: write_summary_report(figures, path),
            on_done=lambda pages: errors.show_info(
                self,
                self.tr("统计报表"),
                self.tr("已生成 {path}（共 {n} 页）").format(path=path, n=pages),
            ),
            on_error=lambda exc: errors.show_error(self, exc),
            parent=self,
            progress_label=self.tr("正在生成统计报表…"),
        )

    def _export(self) -> None:
        from station_desk.exchange.summary_xlsx import write_summary_xlsx

        path, figures = self._ask_path(self.tr("导出统计"), ".xlsx", "Excel (*.xlsx)"), self.figures
        if path is None or figures is None:
            return
        self.ctx.worker.run(
            lambda: write_summary_xlsx(figures, path),
            on_done=lambda _n: errors.show_info(
                self, self.tr("导出统计"), self.tr("已导出 {path}").format(path=path)
            ),
            on_error=lambda exc: errors.show_error(self, exc),
            parent=self,
        )

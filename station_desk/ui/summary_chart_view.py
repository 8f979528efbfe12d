"""One summary chart (``station_desk.summary.records.Chart``) as a QtCharts view.

A click on a bar emits ``bar_clicked(Drilldown)`` with where that bar leads. The age pyramid
is a horizontal stacked series with the men's counts negative, so their bars grow to the
left; its axis shows the numbers without the sign.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from station_desk.summary.records import Chart, Drilldown
from station_desk.ui.fonts import ui_font

COLOURS = ("#2E6DA4", "#C0392B")


class SummaryChartView(QChartView):
    """A bar chart that can be refilled; tests read ``chart_data`` and click bars.

    Qt draws horizontal categories from the bottom up, so the posts chart is handed to it
    reversed (first post at the top); the pyramid keeps the oldest band on top as it is.
    """

    bar_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.chart_data: Chart | None = None
        self.bar_sets: list[QBarSet] = []

    def show_chart(self, data: Chart) -> None:
        """Replace the chart with ``data``."""
        self.chart_data = data
        chart = QChart()
        chart.setTitle(self.tr("{title}（{unit}）").format(title=data.title, unit=data.unit))
        chart.setTitleFont(ui_font(10))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        pyramid = data.key == "age_pyramid"
        horizontal = pyramid or data.key == "posts_by_kind"
        if pyramid:
            series: QBarSeries | QHorizontalBarSeries | QHorizontalStackedBarSeries = (
                QHorizontalStackedBarSeries()
            )
        elif horizontal:
            series = QHorizontalBarSeries()
        else:
            series = QBarSeries()
        self.bar_sets = []
        flip = horizontal and not pyramid
        for index, part in enumerate(data.series):
            bar_set = QBarSet(part.name)
            sign = -1 if pyramid and index == 0 else 1
            values_in_order = reversed(part.values) if flip else part.values
            bar_set.append([sign * v for v in values_in_order])
            bar_set.setColor(QColor(COLOURS[index % 2]))
            bar_set.setLabelColor(QColor("#222222"))
            downs = tuple(reversed(part.drilldowns)) if flip else part.drilldowns
            bar_set.clicked.connect(lambda bar, downs=downs: self._clicked(downs, bar))
            series.append(bar_set)
            self.bar_sets.append(bar_set)
        series.setLabelsVisible(not pyramid)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        labels = _category_labels(data, pyramid)
        categories.append(labels[::-1] if flip else labels)
        categories.setLabelsFont(ui_font(8))
        values = QValueAxis()
        values.setLabelsFont(ui_font(8))
        values.setLabelFormat("%d")
        top = max([v for s in data.series for v in s.values] + [1.0]) * 1.2
        values.setRange(-top if pyramid else 0, top)
        values.setLabelsVisible(not pyramid)
        if not pyramid:
            values.applyNiceNumbers()
        if horizontal:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        legend = chart.legend()
        legend.setVisible(len(data.series) > 1)
        legend.setFont(ui_font(8))
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _clicked(self, drilldowns: tuple[Drilldown | None, ...], index: int) -> None:
        if 0 <= index < len(drilldowns) and drilldowns[index] is not None:
            self.bar_clicked.emit(drilldowns[index])


def _category_labels(data: Chart, pyramid: bool) -> list[str]:
    """The pyramid's bars carry no labels (men's would read negative): counts go here."""
    if not pyramid:
        return list(data.categories)
    men, women = data.series[0].values, data.series[1].values
    return [
        f"{name}（{data.series[0].name}{m:g} {data.series[1].name}{w:g}）"
        for name, m, w in zip(data.categories, men, women, strict=True)
    ]

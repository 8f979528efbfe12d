"""The summary's four charts drawn with reportlab.graphics, in the bundled Chinese font.

Axis labels and bar values use the registered TrueType font (reportlab's default Helvetica
has no Chinese glyphs and would print nothing). The age pyramid is a stacked horizontal
chart with the men's counts negative, so they grow to the left of the axis.

The reports go to black-and-white printers: the two series differ in shade (a dark fill
and a light one with a dark outline), not only in hue, and every bar carries its value.
Counts get whole-number axis steps (no "0.5 场").
"""

from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from station_desk.reports.fonts import SANS, register
from station_desk.summary.records import Chart

COLOURS = (colors.HexColor("#1F3F66"), colors.HexColor("#F2C4BE"))
"""Dark blue and light rose: about 25% and 80% grey on a black-and-white printer."""
OUTLINE = colors.HexColor("#333333")
NICE_STEPS = (1, 2, 5)
LABEL_SIZE = 7.5
TITLE_SIZE = 10.0


def _number(value: float) -> str:
    value = abs(value)
    return f"{value:.0f}" if value == int(value) else f"{value:.1f}"


def _bar_label(value: float) -> str:
    return _number(value) if value else ""


def _drawing(width: float, height: float) -> Drawing:
    """A Drawing whose starting font is ours: reportlab's default would put Helvetica, which
    is never embedded and has no Chinese, into the PDF's font list."""
    register(SANS)
    drawing = Drawing(width, height)
    drawing.initialFontName = SANS
    return drawing


def _headroom(chart: Chart) -> float:
    """Room above the tallest bar for its label."""
    top = max([v for series in chart.series for v in series.values] + [0.0])
    return max(top * 1.15, 1.0)


def _counts(chart: Chart) -> bool:
    """True when every value is a whole number (people, events): the axis counts in steps
    of whole numbers."""
    return all(float(v).is_integer() for series in chart.series for v in series.values)


def whole_step(reach: float) -> int:
    """A whole-number axis step giving at most about six ticks up to ``reach``."""
    magnitude = 1
    while True:
        for nice in NICE_STEPS:
            step = nice * magnitude
            if reach / step <= 6:
                return step
        magnitude *= 10


def _integer_axis(axis: object, top: float, symmetric: bool = False) -> float:
    """Whole-number ticks up to ``top`` rounded out to a step (and as far below zero when
    ``symmetric``); returns the axis' reach."""
    step = whole_step(max(top, 1.0))
    reach = float(math.ceil(top / step) * step)
    axis.valueStep = step  # type: ignore[attr-defined]
    axis.valueMax = reach  # type: ignore[attr-defined]
    if symmetric:
        axis.valueMin = -reach  # type: ignore[attr-defined]
    return reach


def _shade(bars: VerticalBarChart | HorizontalBarChart, count: int) -> None:
    for i in range(count):
        bars.bars[i].fillColor = COLOURS[i % 2]
        bars.bars[i].strokeColor = OUTLINE
        bars.bars[i].strokeWidth = 0.5


def _title(drawing: Drawing, chart: Chart, width: float, height: float) -> None:
    text = f"{chart.title}（单位：{chart.unit}）"
    drawing.add(
        String(
            width / 2,
            height - TITLE_SIZE - 2,
            text,
            fontName=SANS,
            fontSize=TITLE_SIZE,
            textAnchor="middle",
        )
    )


def _style_axes(chart: VerticalBarChart | HorizontalBarChart, label_angle: int = 0) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = SANS
        axis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.labelTextFormat = _number
    chart.valueAxis.forceZero = 1
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = LABEL_SIZE - 0.5
    chart.barLabelFormat = _bar_label
    if label_angle:
        chart.categoryAxis.labels.angle = label_angle
        chart.categoryAxis.labels.boxAnchor = "ne"


def _legend(drawing: Drawing, chart: Chart, x: float, y: float) -> None:
    for i, series in enumerate(chart.series):
        left = x + i * 60
        drawing.add(
            Rect(left, y, 8, 8, fillColor=COLOURS[i % 2], strokeColor=OUTLINE, strokeWidth=0.5)
        )
        drawing.add(String(left + 11, y + 1, series.name, fontName=SANS, fontSize=LABEL_SIZE))


def _empty_note(drawing: Drawing, chart: Chart, width: float, height: float) -> None:
    if chart.is_empty:
        drawing.add(
            String(
                width / 2,
                height / 2,
                "本期无数据",
                fontName=SANS,
                fontSize=TITLE_SIZE,
                textAnchor="middle",
                fillColor=colors.grey,
            )
        )


def column_drawing(chart: Chart, width: float, height: float) -> Drawing:
    """Vertical bars (hours by month, events by kind)."""
    drawing = _drawing(width, height)
    _title(drawing, chart, width, height)
    bars = VerticalBarChart()
    many = len(chart.categories) > 12
    bars.x, bars.y = 40, 38 if many else 24
    bars.width, bars.height = width - 55, height - bars.y - TITLE_SIZE - 14
    bars.data = [list(s.values) for s in chart.series]
    bars.categoryAxis.categoryNames = list(chart.categories)
    _style_axes(bars, label_angle=45 if many else 0)
    bars.categoryAxis.labels.dy = -2
    bars.barSpacing = 1
    bars.barLabels.boxAnchor = "s"
    bars.barLabels.dy = 2
    bars.valueAxis.valueMax = _headroom(chart)
    if _counts(chart):
        _integer_axis(bars.valueAxis, _headroom(chart))
    bars.groupSpacing = 4
    _shade(bars, len(chart.series))
    drawing.add(bars)
    _empty_note(drawing, chart, width, height)
    return drawing


def row_drawing(chart: Chart, width: float, height: float, label_width: float = 80) -> Drawing:
    """Horizontal bars, long Chinese labels on the left (posts by kind)."""
    drawing = _drawing(width, height)
    _title(drawing, chart, width, height)
    bars = HorizontalBarChart()
    bars.x, bars.y = label_width, 18
    bars.width, bars.height = width - label_width - 20, height - 18 - TITLE_SIZE - 12
    bars.data = [list(s.values) for s in chart.series]
    bars.categoryAxis.categoryNames = list(chart.categories)
    bars.categoryAxis.reverseDirection = 1
    _style_axes(bars)
    bars.barLabels.boxAnchor = "w"
    bars.barLabels.dx = 3
    bars.valueAxis.valueMax = _headroom(chart)
    if _counts(chart):
        _integer_axis(bars.valueAxis, _headroom(chart))
    bars.groupSpacing = 4
    _shade(bars, len(chart.series))
    drawing.add(bars)
    _empty_note(drawing, chart, width, height)
    return drawing


def pyramid_drawing(chart: Chart, width: float, height: float) -> Drawing:
    """The age pyramid: first series (男) to the left, second (女) to the right."""
    drawing = _drawing(width, height)
    _title(drawing, chart, width, height)
    left, right = chart.series[0].values, chart.series[1].values
    bars = HorizontalBarChart()
    bars.x, bars.y = 70, 30
    bars.width, bars.height = width - 90, height - 30 - TITLE_SIZE - 12
    bars.data = [[-v for v in left], list(right)]
    bars.categoryAxis.categoryNames = list(chart.categories)
    bars.categoryAxis.style = "stacked"
    bars.categoryAxis.reverseDirection = 1
    bars.categoryAxis.joinAxisMode = "left"
    bars.categoryAxis.visibleTicks = 0
    reach = max([*left, *right, 1.0])
    limit = _integer_axis(bars.valueAxis, reach * 1.15, symmetric=True)
    _style_axes(bars)
    bars.barLabelFormat = None
    _shade(bars, 2)
    drawing.add(bars)
    _pyramid_labels(drawing, bars, left, right, limit)
    _legend(drawing, chart, width / 2 - 50, 4)
    _empty_note(drawing, chart, width, height)
    return drawing


def _pyramid_labels(
    drawing: Drawing,
    bars: HorizontalBarChart,
    left: tuple[float, ...],
    right: tuple[float, ...],
    reach: float,
) -> None:
    """Counts at the outer end of each bar (reportlab misplaces labels of stacked bars)."""
    rows = len(left)
    middle = bars.x + bars.width / 2
    scale = bars.width / (2 * reach)
    for i, (men, women) in enumerate(zip(left, right, strict=True)):
        y = bars.y + (rows - i - 0.5) * bars.height / rows - LABEL_SIZE / 3
        for value, sign, anchor in ((men, -1, "end"), (women, 1, "start")):
            if value:
                x = middle + sign * (value * scale + 3)
                drawing.add(
                    String(
                        x, y, _number(value), fontName=SANS, fontSize=LABEL_SIZE, textAnchor=anchor
                    )
                )


def chart_drawing(chart: Chart, width: float, height: float) -> Drawing:
    """The drawing suited to the chart: pyramid, rows for posts, columns otherwise."""
    if chart.key == "age_pyramid":
        return pyramid_drawing(chart, width, height)
    if chart.key == "posts_by_kind":
        return row_drawing(chart, width, height)
    return column_drawing(chart, width, height)

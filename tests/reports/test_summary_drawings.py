"""The summary's charts read on a black-and-white printer, with whole-number count axes."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart

from station_desk.reports.summary_drawings import COLOURS, chart_drawing, whole_step
from station_desk.summary.records import Chart, Series


def grey(colour: object) -> float:
    r, g, b = colour.red, colour.green, colour.blue  # type: ignore[attr-defined]
    return 0.299 * r + 0.587 * g + 0.114 * b


def bars_of(chart: Chart) -> VerticalBarChart | HorizontalBarChart:
    drawing = chart_drawing(chart, 400, 200)
    return next(c for c in drawing.contents if isinstance(c, VerticalBarChart | HorizontalBarChart))


def test_the_two_series_differ_in_shade_not_only_in_hue() -> None:
    """Issue 14: blue and red bars became the same grey."""
    dark, light = (grey(c) for c in COLOURS)
    assert light - dark > 0.4


def test_count_axes_step_in_whole_numbers() -> None:
    """Issue 14: counts got 0.5 steps (3 events: 0, 0.5, 1, …)."""
    events = Chart(
        "events_by_kind",
        "各类文化活动场次",
        "场",
        ("党课", "演出"),
        (Series("场次", (3, 1), (None,) * 2),),
    )
    axis = bars_of(events).valueAxis
    assert axis.valueStep == 1 and float(axis.valueMax).is_integer()
    pyramid = Chart(
        "age_pyramid", "老同志年龄结构", "人", ("60岁以下", "60—69岁"),
        (Series("男", (2, 1), (None,) * 2), Series("女", (1, 0), (None,) * 2)),
    )  # fmt: skip
    axis = bars_of(pyramid).valueAxis
    assert axis.valueStep == 1 and axis.valueMin == -axis.valueMax
    assert [whole_step(r) for r in (1, 3, 7, 12, 40, 300, 2000)] == [1, 1, 2, 2, 10, 50, 500]


def test_every_bar_carries_its_value() -> None:
    hours = Chart(
        "hours_by_month",
        "各月志愿服务时长",
        "小时",
        ("1月", "2月"),
        (Series("时长", (2.5, 0), (None,) * 2),),
    )
    bars = bars_of(hours)
    assert bars.barLabelFormat(2.5) == "2.5" and bars.barLabelFormat(0) == ""

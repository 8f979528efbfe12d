"""The summary's figures as a workbook: the same lines as the 统计 tab and the report.

One sheet, one line per figure: its section, its label, the text as shown ("20.51万元") and
the bare number in its unit, so the county office can sum columns without retyping. The
charts' numbers follow as their own sections, and the generated paragraph comes last.
"""

from __future__ import annotations

from pathlib import Path

from station_desk.exchange.writing import write_xlsx
from station_desk.summary.charts import charts
from station_desk.summary.records import SummaryFigures
from station_desk.summary.sections import paragraph, sections

HEADERS = ("分类", "项目", "数值", "数", "单位")


def summary_rows(figures: SummaryFigures) -> list[tuple[str, str, str, float | int, str]]:
    """(section, label, shown text, number, unit) for every figure and every chart bar."""
    rows: list[tuple[str, str, str, float | int, str]] = []
    for section in sections(figures):
        for f in section.figures:
            rows.append((section.title, f.label, f.text, _number(f.value), f.unit))
    for chart in charts(figures):
        for series in chart.series:
            name = chart.title if len(chart.series) == 1 else f"{chart.title}（{series.name}）"
            for category, value in zip(chart.categories, series.values, strict=True):
                rows.append(
                    (
                        f"图表：{name}",
                        category,
                        f"{_number(value)}{chart.unit}",
                        _number(value),
                        chart.unit,
                    )
                )
    return rows


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 4)


def write_summary_xlsx(figures: SummaryFigures, path: Path) -> int:
    """Write the workbook (atomically); returns the number of figure lines written."""
    rows: list[tuple[object, ...]] = list(summary_rows(figures))
    rows.append(("文字说明", paragraph(figures), "", "", ""))
    title = f"{figures.period.label}统计（{figures.scope}）"
    write_xlsx(path, HEADERS, rows, title=title)
    return len(rows)

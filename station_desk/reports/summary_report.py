"""统计报表: the period's figures on paper — a written paragraph, tables, and four charts.

The paragraph is generated from the figures (``summary.sections.paragraph``), never typed,
so the words and the tables cannot disagree. Pages are laid out twice: once to count them,
once to print "第 N 页 共 M 页" (a summary is a few pages, so the second pass is cheap).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Spacer, Table

from station_desk.domain.messages import msg
from station_desk.reports.fonts import KAI, SANS, register
from station_desk.reports.grid import GridSpec, Row, page_table, prepare_row
from station_desk.reports.output import Cancelled, Progress, Ticker, pdf_canvas
from station_desk.reports.page import Sheet, draw_footer, draw_heading
from station_desk.reports.summary_drawings import chart_drawing
from station_desk.reports.typeset import numeric_date, para, style
from station_desk.summary.charts import charts
from station_desk.summary.records import Section, SummaryFigures
from station_desk.summary.sections import paragraph, sections

TITLE = "离退休干部党支部驿站统计报表"
PAIRS = 2
CHART_HEIGHT = 56 * mm
_BODY_SIZE = 12.0


def report_title(figures: SummaryFigures) -> str:
    return f"{figures.period.label}{TITLE}"


def _pairs(section: Section, width: float, size: float) -> int:
    """Two label/value pairs a row when every text fits its cell on one line, else one."""
    register(SANS)
    label_w, value_w = (width * w / (3 * PAIRS) - 8 for w in (1.25, 1.75))
    fits = all(
        stringWidth(f.label, SANS, size) <= label_w and stringWidth(f.text, SANS, size) <= value_w
        for f in section.figures
    )
    return PAIRS if fits else 1


def _section_table(section: Section, width: float, missing: list[str]) -> Table:
    """One section: its title across the top, then label/value pairs (two to a row when
    they fit, so a short section takes little paper and a long text never overflows)."""
    size = 9.5
    pairs = _pairs(section, width, size)
    weights = [1.25, 1.75] * pairs
    spec = GridSpec(
        widths=[width * w / sum(weights) for w in weights],
        aligns=["left", "right"] * pairs,
        size=size,
        row_height=17.0,
        extra_style=(
            ("SPAN", (0, 0), (-1, 0)),
            ("ALIGN", (0, 0), (-1, 0), "LEFT"),
            *(
                ("BACKGROUND", (2 * k, 1), (2 * k, -1), colors.HexColor("#F6F6F6"))
                for k in range(pairs)
            ),
        ),
    )
    header = prepare_row(spec, [section.title, *[""] * (2 * pairs - 1)], missing, header=True)
    header.cells[0] = para(section.title, style(SANS, 10.5, "left"), missing)
    cells = [(f.label, f.text) for f in section.figures]
    rows: list[Row] = []
    for start in range(0, len(cells), pairs):
        chunk = cells[start : start + pairs]
        texts = [t for pair in chunk for t in pair] + ["", ""] * (pairs - len(chunk))
        rows.append(prepare_row(spec, texts, missing))
    return page_table(spec, spec.table_style(), spec.cell_styles(), header, rows)


def story(figures: SummaryFigures, width: float, missing: list[str]) -> list[Flowable]:
    """Everything below the heading, in reading order."""
    body = style(
        KAI, _BODY_SIZE, "justify", leading=_BODY_SIZE * 1.7, first_line_indent=2 * _BODY_SIZE
    )
    flow: list[Flowable] = [para(paragraph(figures), body, missing), Spacer(1, 5 * mm)]
    for section in sections(figures):
        if section.figures:
            flow.extend([_section_table(section, width, missing), Spacer(1, 3 * mm)])
    for chart in charts(figures):
        flow.extend([Spacer(1, 3 * mm), chart_drawing(chart, width, CHART_HEIGHT)])
    return flow


def _lay_out(
    canvas: Canvas,
    sheet: Sheet,
    figures: SummaryFigures,
    printed_on: date,
    missing: list[str],
    page_count: int,
    ticker: Ticker | None = None,
) -> int:
    flow = story(figures, sheet.body_width, missing)
    left = f"单位：{figures.unit_name or '（未设置单位名称）'}    范围：{figures.scope}"
    right = f"打印日期：{numeric_date(printed_on)}"
    subtitle = f"统计期间：{numeric_date(figures.period.start)}至{numeric_date(figures.period.end)}"
    pages = 0
    while flow or pages == 0:
        if ticker is not None:
            ticker.check()
        pages += 1
        draw_heading(canvas, sheet, report_title(figures), left, right, subtitle, missing)
        top = sheet.body_top(True) - 4
        frame = Frame(
            sheet.margin_x,
            sheet.body_bottom,
            sheet.body_width,
            top - sheet.body_bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            showBoundary=0,
        )
        before = len(flow)
        frame.addFromList(flow, canvas)
        if flow and len(flow) == before:
            raise ValueError(msg("统计报表：有一项内容一页放不下"))
        draw_footer(canvas, sheet, pages, page_count or pages)
        canvas.showPage()
        if ticker is not None:
            ticker.step()
    return pages


def write_summary_report(
    figures: SummaryFigures,
    path: Path,
    *,
    printed_on: date | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    missing: list[str] | None = None,
) -> int:
    """Write the 统计报表 to ``path`` (atomically) and return its page count.

    Characters no bundled font can print are appended to ``missing`` (they print as "□").
    """
    sheet = Sheet()
    day = printed_on or date.today()
    lost: list[str] = [] if missing is None else missing
    counter = Canvas(io.BytesIO(), pagesize=sheet.size)
    page_count = _lay_out(counter, sheet, figures, day, [], 0)
    ticker = Ticker(page_count, progress, cancelled)
    with pdf_canvas(path, sheet.size, report_title(figures)) as canvas:
        _lay_out(canvas, sheet, figures, day, lost, page_count, ticker)
    return page_count


def section_rows(figures: SummaryFigures) -> Sequence[tuple[str, str, str]]:
    """(section, label, value) lines, the report's tables flattened (for checks and copies)."""
    return [(s.title, f.label, f.text) for s in sections(figures) for f in s.figures]

"""花名册: any table of people, paginated by hand with the header row on every page."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from station_desk.reports.columns import SIZES, fit_columns, least_width, too_wide
from station_desk.reports.documents import RosterDocument
from station_desk.reports.fonts import SANS
from station_desk.reports.grid import (
    GridSpec,
    page_table,
    paginate,
    prepare_row,
    prepare_rows,
)
from station_desk.reports.output import Cancelled, Progress, Ticker, pdf_canvas
from station_desk.reports.page import INFO_SIZE, Sheet, draw_footer, draw_heading
from station_desk.reports.typeset import numeric_date, para, style

LANDSCAPE_COLUMNS = 7
LANDSCAPE_WEIGHT = 9.0
_TAIL_GAP = 10.0


def fitted(doc: RosterDocument) -> tuple[Sheet, float, list[float]]:
    """Page, font size and column widths that keep every number, date and ID whole.

    Tries the orientation ``sheet_for`` chooses, then (when the clerk left it to the
    program) landscape, at sizes from 9.5 down to 8 pt; refuses with ``TooWide`` otherwise.
    """
    first = sheet_for(doc)
    sheets = [first]
    if doc.orientation == "auto" and not first.landscape:
        sheets.append(Sheet(landscape=True))
    headers = [c.header for c in doc.columns]
    weights = [c.weight for c in doc.columns]
    for sheet in sheets:
        for size in SIZES:
            widths = fit_columns(headers, doc.rows, weights, sheet.body_width, SANS, size)
            if widths is not None:
                return sheet, size, widths
    last = sheets[-1]
    need = least_width(headers, doc.rows, SANS)
    raise too_wide(len(headers), need, last.body_width, last.landscape)


def sheet_for(doc: RosterDocument) -> Sheet:
    """Landscape when the table is wide: more than 7 columns or a large total weight."""
    if doc.orientation == "auto":
        wide = len(doc.columns) > LANDSCAPE_COLUMNS or (
            sum(c.weight for c in doc.columns) > LANDSCAPE_WEIGHT
        )
        return Sheet(landscape=wide)
    return Sheet(landscape=doc.orientation == "landscape")


def signature_text(doc: RosterDocument) -> str:
    """制表人：______  审核人：______  制表日期：2026年11月27日."""
    blank = "_" * 12
    return f"制表人：{blank}    审核人：{blank}    制表日期：{numeric_date(doc.printed_on)}"


def _tail(doc: RosterDocument, width: float, missing: list[str]) -> list[Paragraph]:
    parts = []
    if doc.note:
        parts.append(para(f"备注：{doc.note}", style(SANS, INFO_SIZE, "justify"), missing))
    if doc.signature_line:
        parts.append(para(signature_text(doc), style(SANS, INFO_SIZE + 0.5, "left"), missing))
    for part in parts:
        part.wrap(width, 1e9)
    return parts


def _tail_height(parts: list[Paragraph]) -> float:
    return sum(p.height + _TAIL_GAP for p in parts)


def _draw_tail(canvas: Canvas, parts: list[Paragraph], x: float, y: float) -> None:
    for part in parts:
        y -= _TAIL_GAP + part.height
        part.drawOn(canvas, x, y)


def write_roster(
    doc: RosterDocument,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    missing: list[str] | None = None,
) -> int:
    """Write the roster to ``path`` (atomically) and return its page count.

    ``progress(done, total)`` is called after each page; ``cancelled()`` is asked before each
    page and stops the print with PrintCancelled. Characters no font can print are appended
    to ``missing`` (they appear as "□").
    """
    sheet, size, widths = fitted(doc)
    lost: list[str] = [] if missing is None else missing
    spec = GridSpec(widths=widths, aligns=[c.align for c in doc.columns], size=size)
    table_style, cell_styles = spec.table_style(), spec.cell_styles()
    header = prepare_row(spec, [c.header for c in doc.columns], lost, header=True)
    rows = prepare_rows(spec, doc.rows, lost)
    tail = _tail(doc, sheet.body_width, lost)
    top = sheet.body_top(bool(doc.subtitle))
    capacity = top - sheet.body_bottom - header.height
    pages = paginate([r.height for r in rows], capacity, _tail_height(tail))
    ticker = Ticker(len(pages), progress, cancelled)
    entries = len(doc.rows) if doc.count is None else doc.count
    left = f"单位：{doc.unit_name}    共 {entries} 条"
    right = f"打印日期：{numeric_date(doc.printed_on)}"
    with pdf_canvas(path, sheet.size, doc.title) as canvas:
        for page_no, rows_here in enumerate(pages, start=1):
            ticker.check()
            draw_heading(canvas, sheet, doc.title, left, right, doc.subtitle, lost)
            y = top
            if len(rows_here) or not rows:
                table = page_table(
                    spec, table_style, cell_styles, header, rows[rows_here.start : rows_here.stop]
                )
                _, height = table.wrapOn(canvas, sheet.body_width, top - sheet.body_bottom)
                table.drawOn(canvas, sheet.margin_x, top - height)
                y -= height
            if page_no == len(pages):
                _draw_tail(canvas, tail, sheet.margin_x, y)
            draw_footer(canvas, sheet, page_no, len(pages))
            canvas.showPage()
            ticker.step()
    return len(pages)

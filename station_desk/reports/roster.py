"""花名册: any table of people, paginated by hand with the header row on every page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table

from station_desk.reports.columns import (
    LANDSCAPE,
    SIZES,
    TWO_LINES,
    fit_columns,
    least_width,
    too_wide,
)
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
from station_desk.reports.two_lines import TwoLineLayout, TwoLineTable
from station_desk.reports.typeset import numeric_date, para, style

LANDSCAPE_COLUMNS = 7
LANDSCAPE_WEIGHT = 9.0
_TAIL_GAP = 10.0


@dataclass(frozen=True)
class Fit:
    """How a roster goes on paper: the page, the font size, the column widths, and the
    fold when each person takes two lines."""

    sheet: Sheet
    size: float
    widths: list[float]
    two: TwoLineLayout | None = None


def _sheets(doc: RosterDocument) -> list[Sheet]:
    first = sheet_for(doc)
    if doc.orientation == "auto" and not first.landscape:
        return [first, Sheet(landscape=True)]
    return [first]


def _first_fit(doc: RosterDocument, sheets: list[Sheet], two_lines: bool) -> Fit | None:
    headers = [c.header for c in doc.columns]
    weights = [c.weight for c in doc.columns]
    fold = TwoLineLayout.of(headers) if two_lines else None
    for sheet in sheets:
        for size in SIZES:
            if fold is not None:
                widths = fold.widths(doc, sheet.body_width, SANS, size)
            else:
                widths = fit_columns(headers, doc.rows, weights, sheet.body_width, SANS, size)
            if widths is not None:
                return Fit(sheet, size, widths, fold)
    return None


def fitted(doc: RosterDocument) -> Fit:
    """Page, font size and column widths that keep every number, date and ID whole.

    Tries the orientation ``sheet_for`` chooses, then (when the clerk left it to the
    program) landscape, at sizes from 9.5 down to 8 pt, on one line per person or (asked
    for) two. Refuses with ``TooWide`` otherwise, naming what would fit instead: landscape
    when only portrait was tried, two lines per person when one line was asked for.
    """
    sheets = _sheets(doc)
    found = _first_fit(doc, sheets, doc.two_lines)
    if found is not None:
        return found
    offers: list[str] = []
    upright = not any(s.landscape for s in sheets)
    if upright and _first_fit(doc, [Sheet(landscape=True)], doc.two_lines) is not None:
        offers.append(LANDSCAPE)
    if not doc.two_lines and _first_fit(doc, sheets, True) is not None:
        offers.append(TWO_LINES)
    last = sheets[-1]
    headers = [c.header for c in doc.columns]
    fold = TwoLineLayout.of(headers) if doc.two_lines else None
    need = fold.least(doc, SANS) if fold is not None else least_width(headers, doc.rows, SANS)
    raise too_wide(
        len(headers), need, last.body_width, last.landscape, tuple(offers), fold is not None
    )


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


class _OneLine:
    """One table row per person: the usual roster."""

    def __init__(
        self, doc: RosterDocument, widths: list[float], size: float, missing: list[str]
    ) -> None:
        self.spec = GridSpec(widths=widths, aligns=[c.align for c in doc.columns], size=size)
        self.table_style, self.cell_styles = self.spec.table_style(), self.spec.cell_styles()
        headers = [c.header for c in doc.columns]
        self.header = prepare_row(self.spec, headers, missing, header=True)
        self.rows = prepare_rows(self.spec, doc.rows, missing)

    @property
    def header_height(self) -> float:
        return self.header.height

    @property
    def heights(self) -> list[float]:
        return [r.height for r in self.rows]

    def table(self, span: range) -> Table:
        rows = self.rows[span.start : span.stop]
        return page_table(self.spec, self.table_style, self.cell_styles, self.header, rows)


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
    fit = fitted(doc)
    sheet = fit.sheet
    lost: list[str] = [] if missing is None else missing
    body: _OneLine | TwoLineTable
    if fit.two is not None:
        body = TwoLineTable(fit.two, doc, fit.widths, fit.size, lost)
    else:
        body = _OneLine(doc, fit.widths, fit.size, lost)
    rows = body.heights
    tail = _tail(doc, sheet.body_width, lost)
    top = sheet.body_top(bool(doc.subtitle))
    capacity = top - sheet.body_bottom - body.header_height
    pages = paginate(rows, capacity, _tail_height(tail))
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
                table = body.table(rows_here)
                _, height = table.wrapOn(canvas, sheet.body_width, top - sheet.body_bottom)
                table.drawOn(canvas, sheet.margin_x, top - height)
                y -= height
            if page_no == len(pages):
                _draw_tail(canvas, tail, sheet.margin_x, y)
            draw_footer(canvas, sheet, page_no, len(pages))
            canvas.showPage()
            ticker.step()
    return len(pages)

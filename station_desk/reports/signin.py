"""签到表: expected people with an empty, wide signature column, then numbered blank rows."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from station_desk.reports.documents import SignInSheet
from station_desk.reports.fonts import SANS
from station_desk.reports.grid import (
    GridSpec,
    page_table,
    paginate,
    prepare_row,
    prepare_rows,
    weighted_widths,
)
from station_desk.reports.output import pdf_canvas
from station_desk.reports.page import INFO_SIZE, Sheet, draw_footer, draw_heading, draw_text
from station_desk.reports.typeset import Align, numeric_date

ROW_HEIGHT = 9 * mm
PORTRAIT_EXTRAS = 3
_TAIL = 30.0


def columns(sheet: SignInSheet) -> tuple[list[str], list[float], list[Align]]:
    """Headers, weights and alignments: 序号, 姓名, the extras, 签名 (wide), 备注."""
    headers = ["序号", "姓名", *sheet.extra_headers, "签名", "备注"]
    weights = [0.6, 1.3, *([1.5] * len(sheet.extra_headers)), 2.6, 1.3]
    extra: list[Align] = ["left"] * len(sheet.extra_headers)
    aligns: list[Align] = ["center", "center", *extra, "left", "left"]
    return headers, weights, aligns


def write_signin_sheet(sheet: SignInSheet, path: Path, *, missing: list[str] | None = None) -> int:
    """Write the sign-in sheet to ``path`` (atomically) and return its page count.

    Rows are ~9 mm high, room for a handwritten signature; numbering runs on into the
    blank rows so walk-ins can sign below the expected names.
    """
    lost: list[str] = [] if missing is None else missing
    page = Sheet(landscape=len(sheet.extra_headers) > PORTRAIT_EXTRAS)
    headers, weights, aligns = columns(sheet)
    spec = GridSpec(
        widths=weighted_widths(weights, page.body_width),
        aligns=aligns,
        size=11,
        row_height=ROW_HEIGHT,
    )
    table_style, cell_styles = spec.table_style(), spec.cell_styles()
    header = prepare_row(spec, headers, lost, header=True)
    blank = [""] * (len(headers) - 2)
    texts = [[str(n), *person, "", ""] for n, person in enumerate(sheet.expected, start=1)]
    first_blank = len(texts) + 1
    texts += [[str(n), *blank] for n in range(first_blank, first_blank + sheet.blank_rows)]
    rows = prepare_rows(spec, texts, lost)
    top = page.body_top(subtitle=True)
    pages = paginate([r.height for r in rows], top - page.body_bottom - header.height, _TAIL)
    left = f"单位：{sheet.unit_name}"
    right = f"地点：{sheet.place}" if sheet.place.strip() else ""
    subtitle = f"时间：{numeric_date(sheet.on)}"
    summary = f"应到 {len(sheet.expected)} 人    实到 ______ 人        签到负责人：____________"
    with pdf_canvas(path, page.size, sheet.title) as canvas:
        for page_no, rows_here in enumerate(pages, start=1):
            draw_heading(canvas, page, sheet.title, left, right, subtitle, lost)
            y = top
            if len(rows_here) or not rows:
                chunk = rows[rows_here.start : rows_here.stop]
                table = page_table(spec, table_style, cell_styles, header, chunk)
                _, height = table.wrapOn(canvas, page.body_width, top - page.body_bottom)
                table.drawOn(canvas, page.margin_x, top - height)
                y -= height
            if page_no == len(pages):
                draw_text(canvas, summary, page.margin_x, y - 20, SANS, INFO_SIZE + 1, "left")
            draw_footer(canvas, page, page_no, len(pages))
            canvas.showPage()
    return len(pages)

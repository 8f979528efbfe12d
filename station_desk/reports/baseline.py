"""The naive roster: one ``LongTable`` that platypus splits page by page.

Kept only so the benchmark can show what :func:`station_desk.reports.roster.write_roster`
saves; the product never calls it. It shares the cells and styles of the real writer (so the
comparison is about pagination alone). It makes one build pass, so its footer says "第 N 页"
only: knowing "共 M 页" would take a second pass and double its time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.platypus import LongTable, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus.flowables import Flowable

from station_desk.reports.documents import RosterDocument
from station_desk.reports.fonts import SANS
from station_desk.reports.grid import GridSpec, prepare_row, weighted_widths
from station_desk.reports.page import draw_heading, draw_text
from station_desk.reports.roster import sheet_for
from station_desk.reports.typeset import numeric_date


def _full_style(spec: GridSpec) -> TableStyle:
    """Lines plus the per-cell font, padding and alignment commands, the usual way."""
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), spec.font, spec.size, round(spec.size * 1.25, 2)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), spec.padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), spec.padding),
        ("TOPPADDING", (0, 0), (-1, -1), spec.vpadding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), spec.vpadding),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
    ]
    cmds += [("ALIGN", (c, 1), (c, -1), a.upper()) for c, a in enumerate(spec.aligns)]
    return TableStyle(spec.table_style().getCommands() + cmds)


def write_roster_longtable(doc: RosterDocument, path: Path) -> int:
    """Write ``doc`` as one LongTable with a repeated header row; return the page count."""
    sheet = sheet_for(doc)
    missing: list[str] = []
    spec = GridSpec(
        widths=weighted_widths([c.weight for c in doc.columns], sheet.body_width),
        aligns=[c.align for c in doc.columns],
    )
    header = prepare_row(spec, [c.header for c in doc.columns], missing, header=True)
    rows = [prepare_row(spec, row, missing) for row in doc.rows]
    left = f"单位：{doc.unit_name}    共 {len(doc.rows)} 条"
    right = f"打印日期：{numeric_date(doc.printed_on)}"
    top_margin = sheet.height - sheet.body_top(bool(doc.subtitle))

    def build(target: str) -> int:
        table = LongTable(
            [header.cells, *(r.cells for r in rows)],
            colWidths=list(spec.widths),
            rowHeights=[header.height, *(r.height for r in rows)],
            style=_full_style(spec),
            repeatRows=1,
        )
        template = SimpleDocTemplate(
            target,
            pagesize=sheet.size,
            leftMargin=sheet.margin_x,
            rightMargin=sheet.margin_x,
            topMargin=top_margin,
            bottomMargin=sheet.body_bottom,
        )

        def on_page(canvas: Any, _doc: Any) -> None:
            draw_heading(canvas, sheet, doc.title, left, right, doc.subtitle)
            number = canvas.getPageNumber()
            draw_text(
                canvas, f"第 {number} 页", sheet.width / 2, sheet.margin_bottom, SANS, 9, "center"
            )

        story: list[Flowable] = [table, Spacer(0, 0)]
        template.build(story, onFirstPage=on_page, onLaterPages=on_page)
        return int(template.page)

    return build(str(path))

"""Decorations shared by the certificates: border, seal area, reprint mark."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from station_desk.reports.fonts import KAI_BOLD
from station_desk.reports.page import draw_text

RED = colors.HexColor("#C0161C")
GOLD = colors.HexColor("#C9A14A")
SEAL_GUIDE = colors.HexColor("#F1C9C9")
SEAL_RADIUS = 21 * mm


def double_border(canvas: Canvas, width: float, height: float, inset: float = 10 * mm) -> None:
    """A red outer frame, a gold inner frame and small gold corner squares."""
    canvas.saveState()
    canvas.setStrokeColor(RED)
    canvas.setLineWidth(3)
    canvas.rect(inset, inset, width - 2 * inset, height - 2 * inset)
    gap = 2.6 * mm
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(1)
    inner = inset + gap
    canvas.rect(inner, inner, width - 2 * inner, height - 2 * inner)
    canvas.setLineWidth(0.6)
    third = inner + 1.6 * mm
    canvas.rect(third, third, width - 2 * third, height - 2 * third)
    side = 6 * mm
    canvas.setFillColor(GOLD)
    for x in (inner, width - inner - side):
        for y in (inner, height - inner - side):
            canvas.rect(x, y, side, side, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    for x in (inner, width - inner - side):
        for y in (inner, height - inner - side):
            canvas.rect(x + 1.5 * mm, y + 1.5 * mm, side - 3 * mm, side - 3 * mm, stroke=0, fill=1)
    canvas.restoreState()


def seal_area(canvas: Canvas, x: float, y: float) -> None:
    """A faint dashed circle where the issuer's seal goes (42 mm, the usual 公章)."""
    canvas.saveState()
    canvas.setStrokeColor(SEAL_GUIDE)
    canvas.setLineWidth(0.6)
    canvas.setDash(2, 3)
    canvas.circle(x, y, SEAL_RADIUS)
    canvas.restoreState()


def reprint_mark(canvas: Canvas, x: float, y: float) -> None:
    """A red boxed 补打 with its top-left corner at (x, y), slightly tilted like a stamp."""
    canvas.saveState()
    canvas.translate(x, y)
    canvas.rotate(8)
    canvas.setStrokeColor(RED)
    canvas.setFillColor(RED)
    canvas.setLineWidth(1.6)
    canvas.rect(0, -16 * mm, 28 * mm, 14 * mm)
    draw_text(canvas, "补打", 14 * mm, -12.4 * mm, KAI_BOLD, 22, "center")
    canvas.restoreState()

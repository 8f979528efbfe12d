"""The frame of a tabular page: heading at the top, "第 N 页 共 M 页" at the bottom.

The heading has a fixed height, so the room left for the table is known before any page is
drawn; that is what lets the writers paginate in one pass and print "共 M 页" directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from station_desk.reports.fonts import SANS, font_runs, register, runs_width

TITLE_SIZE = 16.0
SUBTITLE_SIZE = 10.5
INFO_SIZE = 9.5
FOOTER_SIZE = 9.0

Anchor = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Sheet:
    """An A4 page with margins, portrait or landscape."""

    landscape: bool = False
    margin_x: float = 15 * mm
    margin_top: float = 12 * mm
    margin_bottom: float = 12 * mm

    @property
    def size(self) -> tuple[float, float]:
        """Page width and height in points."""
        return landscape(A4) if self.landscape else A4

    @property
    def width(self) -> float:
        """Page width in points."""
        return self.size[0]

    @property
    def height(self) -> float:
        """Page height in points."""
        return self.size[1]

    @property
    def body_width(self) -> float:
        """Width between the side margins."""
        return self.width - 2 * self.margin_x

    @property
    def body_bottom(self) -> float:
        """The lowest y the table may reach; the footer sits below it."""
        return self.margin_bottom + FOOTER_SIZE + 6

    def heading_height(self, subtitle: bool) -> float:
        """Height taken by :func:`draw_heading`, from the top margin down."""
        return TITLE_SIZE + 8 + (SUBTITLE_SIZE + 6 if subtitle else 0) + INFO_SIZE + 8

    def body_top(self, subtitle: bool) -> float:
        """The y where the table starts, under the heading."""
        return self.height - self.margin_top - self.heading_height(subtitle)


def draw_text(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    font: str,
    size: float,
    anchor: Anchor = "left",
    max_width: float | None = None,
    missing: list[str] | None = None,
) -> float:
    """Draw one line at baseline ``y`` with glyph fallback; shrink to fit ``max_width``.

    Returns the width drawn.
    """
    runs = font_runs(text.replace("\n", " "), font, missing)
    width = runs_width(runs, size)
    if max_width is not None and width > max_width > 0:
        size *= max_width / width
        width = max_width
    if anchor == "center":
        x -= width / 2
    elif anchor == "right":
        x -= width
    for run in runs:
        canvas.setFont(register(run.font), size)
        canvas.drawString(x, y, run.text)
        x += runs_width([run], size)
    return width


def draw_heading(
    canvas: Canvas,
    sheet: Sheet,
    title: str,
    left: str,
    right: str,
    subtitle: str = "",
    missing: list[str] | None = None,
) -> None:
    """Title centred, optional subtitle, then ``left`` (unit) and ``right`` (date) on one line."""
    canvas.setFillColorRGB(0, 0, 0)
    center = sheet.width / 2
    y = sheet.height - sheet.margin_top - TITLE_SIZE
    draw_text(canvas, title, center, y, SANS, TITLE_SIZE, "center", sheet.body_width, missing)
    if subtitle:
        y -= SUBTITLE_SIZE + 6
        draw_text(
            canvas, subtitle, center, y, SANS, SUBTITLE_SIZE, "center", sheet.body_width, missing
        )
    y -= INFO_SIZE + 8
    half = sheet.body_width / 2 - 6
    draw_text(canvas, left, sheet.margin_x, y, SANS, INFO_SIZE, "left", half, missing)
    draw_text(canvas, right, sheet.width - sheet.margin_x, y, SANS, INFO_SIZE, "right", half)


def page_label(page_no: int, page_count: int) -> str:
    """第 N 页 共 M 页."""
    return f"第 {page_no} 页 共 {page_count} 页"


def draw_footer(canvas: Canvas, sheet: Sheet, page_no: int, page_count: int) -> None:
    """The page number line, centred in the bottom margin."""
    canvas.setFillColorRGB(0, 0, 0)
    draw_text(
        canvas,
        page_label(page_no, page_count),
        sheet.width / 2,
        sheet.margin_bottom,
        SANS,
        FOOTER_SIZE,
        "center",
    )

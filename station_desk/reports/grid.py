"""Long tables paginated by hand: exact row heights first, then one ``Table`` per page.

One reportlab ``LongTable`` splits itself page by page at a cost that grows with the square
of its rows (10,000 rows: 7.6 s against 2.2 s). Here every row's height is fixed before
drawing: a cell that fits on one line in the base font stays a plain string (cheap to draw);
any other cell becomes a Paragraph whose wrapped height is measured with the very width the
Table will give it, so no row can overflow its page. Long cells shrink their font (never
below ``min_size``) until they fit in ``max_lines`` lines; the page count is then known
before the first page is drawn. Lines are broken by ``columns.break_lines``: a number, date
or ID is never split, and an unbreakable cell that is too wide shrinks instead of wrapping.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from station_desk.domain.messages import msg
from station_desk.reports.columns import MIN_SIZE, break_lines, unbreakable
from station_desk.reports.fonts import SANS, font_runs, max_advance, register
from station_desk.reports.typeset import Align, para, style

Cell: TypeAlias = str | Paragraph

_EPSILON = 1e-6


@dataclass(frozen=True)
class GridSpec:
    """Column widths and alignments, font and the fixed (minimum) row height, in points."""

    widths: Sequence[float]
    aligns: Sequence[Align]
    font: str = SANS
    size: float = 9.5
    row_height: float = 18.0
    padding: float = 3.0
    vpadding: float = 2.0
    max_lines: int = 3
    min_size: float = MIN_SIZE
    header_background: str = "#E8E8E8"
    extra_style: Sequence[tuple[Any, ...]] = field(default=())

    def table_style(self) -> TableStyle:
        """Lines and the header shading; per-cell settings live in :meth:`cell_styles`."""
        cmds: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(self.header_background)),
        ]
        cmds.extend(self.extra_style)
        return TableStyle(cmds)

    def cell_styles(self) -> tuple[list[CellStyle], list[CellStyle]]:
        """One CellStyle per column for the header and for body rows, shared by all rows.

        Handing them to every page's Table spares it from applying font, padding and
        alignment commands cell by cell (a third of its construction time).
        """
        register(self.font)

        def cell(name: str, align: str) -> CellStyle:
            st = CellStyle(name)
            st.fontname, st.fontsize = self.font, self.size
            st.leading = round(self.size * 1.25, 2)
            st.leftPadding = st.rightPadding = self.padding
            st.topPadding = st.bottomPadding = self.vpadding
            st.valign, st.alignment = "MIDDLE", align.upper()
            return st

        header = [cell(f"header{i}", "center") for i in range(len(self.widths))]
        body = [cell(f"body{i}", align) for i, align in enumerate(self.aligns)]
        return header, body


@dataclass(frozen=True)
class Row:
    """Cells ready for a Table, with the height the row will take."""

    cells: list[Cell]
    height: float


def _cell(
    spec: GridSpec, col: int, text: str, align: Align, missing: list[str]
) -> tuple[Cell, float]:
    avail = spec.widths[col] - 2 * spec.padding
    runs = font_runs(text, spec.font, missing)
    if not runs:
        return "", spec.row_height
    simple = len(runs) == 1 and runs[0].font == spec.font and "\n" not in runs[0].text
    if simple:
        line = runs[0].text
        bound = len(line) * spec.size * max_advance(spec.font)
        if bound <= avail or stringWidth(line, spec.font, spec.size) <= avail:
            return line, spec.row_height
    size = spec.size
    whole = "\n" not in text and unbreakable(text)
    while True:
        leading = round(size * 1.25, 2)
        if whole:
            if stringWidth(text, spec.font, size) <= avail or size <= spec.min_size:
                cell = para(text, style(spec.font, size, align, leading))
                return cell, spec.row_height
        else:
            lines = "\n".join(
                break_lines(part, avail, spec.font, size) for part in text.split("\n")
            )
            cell = para(lines, style(spec.font, size, align, leading))
            height = (lines.count("\n") + 1) * leading
            if height <= spec.max_lines * leading + _EPSILON or size <= spec.min_size:
                return cell, max(spec.row_height, height + 2 * spec.vpadding)
        size = max(spec.min_size, size - 0.5)


def prepare_row(
    spec: GridSpec,
    texts: Sequence[str],
    missing: list[str],
    header: bool = False,
    wrapped: dict[tuple[int, str], tuple[Cell, float]] | None = None,
) -> Row:
    """Turn one row of text into cells and its exact height.

    ``wrapped`` caches the wrapped (Paragraph) cells by column and text: a roster repeats
    the same long former unit for many people, and one Paragraph can be drawn many times.
    """
    cells: list[Cell] = []
    height = spec.row_height
    for col, text in enumerate(texts):
        align: Align = "center" if header else spec.aligns[col]
        known = wrapped.get((col, text)) if wrapped is not None and not header else None
        cell, cell_height = known or _cell(spec, col, text, align, missing)
        if wrapped is not None and known is None and not isinstance(cell, str):
            wrapped[(col, text)] = (cell, cell_height)
        cells.append(cell)
        height = max(height, cell_height)
    return Row(cells, height)


def prepare_rows(spec: GridSpec, rows: Sequence[Sequence[str]], missing: list[str]) -> list[Row]:
    """All body rows, sharing wrapped cells that repeat."""
    wrapped: dict[tuple[int, str], tuple[Cell, float]] = {}
    return [prepare_row(spec, row, missing, wrapped=wrapped) for row in rows]


def paginate(
    heights: Sequence[float],
    capacity: float,
    tail: float = 0.0,
    first_capacity: float | None = None,
    keep: int = 1,
) -> list[range]:
    """Split rows into pages of at most ``capacity`` points, leaving ``tail`` on the last.

    The first page may have less room (``first_capacity``: a title and a paragraph above
    the table). When the tail does not fit under the last rows, up to ``keep`` rows go
    over with it (a signature block should not stand under a total row alone), always
    leaving at least one row behind; the last page is an empty range only when not even
    one row fits with the tail. Raises ValueError naming the row when one row alone is
    taller than a page.
    """
    first = capacity if first_capacity is None else first_capacity
    if tail > capacity:
        raise ValueError(msg("表格下方的签字栏、备注过长，一页放不下"))
    pages: list[range] = []
    start, used, room = 0, 0.0, first
    for index, height in enumerate(heights):
        if height > min(capacity, first) + _EPSILON:
            raise ValueError(msg("第 {n} 行内容过长，一页放不下", n=index + 1))
        if used + height > room + _EPSILON and index > start:
            pages.append(range(start, index))
            start, used, room = index, 0.0, capacity
        used += height
    last = range(start, len(heights))
    if used + tail <= room + _EPSILON:
        pages.append(last)
    else:
        pages.extend(_with_tail(heights, last, capacity, tail, keep))
    if keep > 1:
        _pull_back(pages, heights, capacity, tail, keep)
    return pages


def _with_tail(
    heights: Sequence[float], last: range, capacity: float, tail: float, keep: int
) -> list[range]:
    """The last rows split so that the tail goes over with up to ``keep`` of them."""
    for moved in range(min(keep, len(last) - 1), 0, -1):
        cut = last.stop - moved
        if sum(heights[cut : last.stop]) + tail <= capacity + _EPSILON:
            return [range(last.start, cut), range(cut, last.stop)]
    return [last, range(last.stop, last.stop)]


def _pull_back(
    pages: list[range], heights: Sequence[float], capacity: float, tail: float, keep: int
) -> None:
    """Rows from the page before join a last page holding fewer than ``keep`` (a total
    row alone above the signature), while the page before keeps one and all fits."""
    while len(pages) >= 2:
        before, final = pages[-2], pages[-1]
        if len(final) >= keep or len(before) <= 1:
            return
        moved = range(before.stop - 1, final.stop)
        if sum(heights[moved.start : moved.stop]) + tail > capacity + _EPSILON:
            return
        pages[-2:] = [range(before.start, before.stop - 1), moved]


class _TextOps:
    """The operators ``PDFTextObject.textLine`` would write for a text (and its width), kept
    per document.

    What reportlab writes for a text depends on the font, its size and leading, the text,
    and which subset of the TrueType font the text object last selected: a text whose
    glyphs lie in another subset starts with a font switch, and leaves that subset
    selected. Once a glyph has its place in a subset it keeps it for the whole document,
    so for the same font, size, leading, text and starting subset the operators and the
    subset left selected are always the same. They are kept on the canvas (one document);
    the first time, reportlab works them out itself.
    """

    def __init__(self) -> None:
        self._known: dict[tuple[str, float, float, str, int], tuple[str, int]] = {}
        self._widths: dict[tuple[str, str, float], float] = {}

    def width(self, value: str, font: str, size: float) -> float:
        """``stringWidth``, kept: centred and right-aligned cells repeat too."""
        key = (value, font, size)
        found = self._widths.get(key)
        if found is None:
            found = self._widths[key] = stringWidth(value, font, size)
        return found

    @classmethod
    def of(cls, canvas: Any) -> _TextOps:
        found = getattr(canvas, "_station_desk_text_ops", None)
        if found is None:
            found = cls()
            canvas._station_desk_text_ops = found
        return found  # type: ignore[no-any-return]

    def text_line(self, text: Any, value: str) -> None:
        """``text.textLine(value)`` with the operators looked up when they are known."""
        key = (text._fontname, text._fontsize, text._leading, value, text._curSubset)
        known = self._known.get(key)
        if known is None:
            operators = text._formatText(value)
            self._known[key] = (operators, text._curSubset)
        else:
            operators, text._curSubset = known
        # the rest of textLine: the cursor goes to the start of the next line
        text._x = text._x0
        text._y = text._y - text._leading if text._canvas.bottomup else text._y + text._leading
        text._y0 = text._y
        text._code.append(f"{operators} T*")


class PageTable(Table):
    """A Table that sets all its one-line string cells in a single PDF text object.

    Drawing each string with its own ``canvas.drawString`` costs ~35 µs (a text object,
    font and matrix per call); 80,000 cells made that most of a 10,000-row roster's time.
    Positions follow reportlab's own rules for LEFT/CENTER/RIGHT and MIDDLE alignment.

    Most cells repeat (gender, community, grid, unit, branch, dates), so the PDF operators
    that set a text are kept per document (``_TextOps``) instead of being worked out again
    by reportlab for every cell: its subsetting of the TrueType font (``splitString``) and
    operator formatting were a third of the roster's time.
    """

    def draw(self) -> None:
        """Draw lines, backgrounds and paragraphs as usual, then the collected strings."""
        self._text = self.canv.beginText()
        self._text.setFillColor(colors.black)
        self._font: tuple[str, float] = ("", 0.0)
        self._line_start = (0.0, 0.0)
        super().draw()
        self.canv.drawText(self._text)

    def _drawCell(
        self,
        cellval: Any,
        cellstyle: CellStyle,
        pos: tuple[float, float],
        size: tuple[float, float],
    ) -> None:
        if type(cellval) is not str or "\n" in cellval or cellstyle.valign != "MIDDLE":
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        if not cellval:
            return
        (colpos, rowpos), (colwidth, rowheight) = pos, size
        font, fontsize = cellstyle.fontname, cellstyle.fontsize
        if self._font != (font, fontsize):
            self._text.setFont(font, fontsize, cellstyle.leading)
            self._font = (font, fontsize)
        just = cellstyle.alignment
        ops = _TextOps.of(self.canv)
        if just == "LEFT":
            x = colpos + cellstyle.leftPadding
        else:
            width = ops.width(cellval, font, fontsize)
            if just == "RIGHT":
                x = colpos + colwidth - cellstyle.rightPadding - width
            else:
                x = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding - width) / 2
        y = rowpos + (cellstyle.bottomPadding + rowheight - cellstyle.topPadding) / 2
        y += cellstyle.leading / 2 - fontsize
        start_x, start_y = self._line_start
        self._text.moveCursor(x - start_x, start_y - y)
        ops.text_line(self._text, cellval)
        self._line_start = (x, y - cellstyle.leading)


def page_table(
    spec: GridSpec,
    table_style: TableStyle,
    styles: tuple[list[CellStyle], list[CellStyle]],
    header: Row,
    rows: Sequence[Row],
) -> Table:
    """The Table for one page: the header row, then ``rows``, with heights fixed."""
    data = [header.cells, *(row.cells for row in rows)]
    heights = [header.height, *(row.height for row in rows)]
    header_styles, body_styles = styles
    return PageTable(
        data,
        colWidths=list(spec.widths),
        rowHeights=heights,
        style=table_style,
        cellStyles=[header_styles, *([body_styles] * len(rows))],
        normalizedData=1,
    )


def weighted_widths(weights: Sequence[float], total: float) -> list[float]:
    """Column widths proportional to ``weights`` that add up to ``total``."""
    whole = sum(weights)
    return [total * w / whole for w in weights]

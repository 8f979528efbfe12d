"""Two lines per person: a roster too wide for one line, folded instead of shrunk or split.

When the chosen columns cannot stand side by side at 8 pt, each person's row is set as two
table rows: the first half of the columns above, the second half below, in the order the
clerk chose them, the header folded the same way. Each table column then holds two fields,
one above the other, and is as wide as the wider of the two needs, so a number, date or
ID still never breaks. 序号 (when it leads) spans both lines, and a heavier rule under
every person's second line keeps the pairs apart. A person's two lines never part at a
page break: pagination counts them as one block.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from station_desk.reports.columns import MIN_SIZE, measure, share
from station_desk.reports.documents import RosterDocument
from station_desk.reports.grid import GridSpec, PageTable, Row, prepare_row
from station_desk.reports.typeset import Align

INDEX_HEADER = "序号"
PERSON_RULE = 1.0
"""The rule under a person's second line (the grid's other lines are 0.5 pt)."""


@dataclass(frozen=True)
class TwoLineLayout:
    """Which of the document's columns go where: ``spanned`` cover both lines (序号),
    ``first`` make the upper line and ``second`` the lower, in the clerk's order."""

    spanned: tuple[int, ...]
    first: tuple[int, ...]
    second: tuple[int, ...]

    @classmethod
    def of(cls, headers: Sequence[str]) -> TwoLineLayout | None:
        """The fold for these headers; None when fewer than two columns could be folded."""
        spanned = (0,) if headers and headers[0].strip() == INDEX_HEADER else ()
        rest = tuple(i for i in range(len(headers)) if i not in spanned)
        if len(rest) < 2:
            return None
        half = (len(rest) + 1) // 2
        return cls(spanned, rest[:half], rest[half:])

    @property
    def count(self) -> int:
        """Table columns: the spanned ones and one per field of the upper line."""
        return len(self.spanned) + len(self.first)

    def upper(self, texts: Sequence[str]) -> list[str]:
        return [texts[i] for i in self.spanned] + [texts[i] for i in self.first]

    def lower(self, texts: Sequence[str]) -> list[str]:
        """The lower line; under 序号 and past the last field, empty (spanned) cells."""
        pad = [""] * (len(self.first) - len(self.second))
        return [""] * len(self.spanned) + [texts[i] for i in self.second] + pad

    def stacks(self) -> list[tuple[int, ...]]:
        """For each table column, the document's columns set in it (one or two)."""
        stacked: list[tuple[int, ...]] = [(i,) for i in self.spanned]
        for k, i in enumerate(self.first):
            stacked.append((i, self.second[k]) if k < len(self.second) else (i,))
        return stacked

    def widths(
        self, doc: RosterDocument, body_width: float, font: str, size: float
    ) -> list[float] | None:
        """Table column widths keeping every piece of both lines whole, or None."""
        mins, wants = self.needs(doc, font, size)
        weights = [max(doc.columns[i].weight for i in stack) for stack in self.stacks()]
        return share(mins, wants, weights, body_width)

    def needs(self, doc: RosterDocument, font: str, size: float) -> tuple[list[float], list[float]]:
        stacks = self.stacks()
        headers = [[doc.columns[i].header for i in stack] for stack in stacks]
        cells = [[row[i] for i in stack for row in doc.rows] for stack in stacks]
        return measure(headers, cells, font, size)

    def least(self, doc: RosterDocument, font: str) -> float:
        """The narrowest table at the smallest size (for the refusal's numbers)."""
        return sum(self.needs(doc, font, MIN_SIZE)[0])


class TwoLineTable:
    """Every person as a block of two rows, ready to paginate and draw page by page."""

    def __init__(
        self,
        layout: TwoLineLayout,
        doc: RosterDocument,
        widths: Sequence[float],
        size: float,
        missing: list[str],
    ) -> None:
        self.layout = layout
        aligns: list[Align] = [c.align for c in doc.columns]
        upper: list[Align] = [aligns[i] for i in (*layout.spanned, *layout.first)]
        lower: list[Align] = [aligns[i] for i in (*layout.spanned, *layout.second)]
        lower += upper[len(lower) :]
        self.specs = (
            GridSpec(widths=widths, aligns=upper, size=size),
            GridSpec(widths=widths, aligns=lower, size=size),
        )
        headers = [c.header for c in doc.columns]
        self.header = (
            prepare_row(self.specs[0], layout.upper(headers), missing, header=True),
            prepare_row(self.specs[1], layout.lower(headers), missing, header=True),
        )
        cache: dict[tuple[int, str], Any] = {}
        cache_lower: dict[tuple[int, str], Any] = {}
        self.blocks = [
            (
                prepare_row(self.specs[0], layout.upper(row), missing, wrapped=cache),
                prepare_row(self.specs[1], layout.lower(row), missing, wrapped=cache_lower),
            )
            for row in doc.rows
        ]
        header_styles = self.specs[0].cell_styles()[0]
        self.styles = (
            header_styles,
            self.specs[0].cell_styles()[1],
            self.specs[1].cell_styles()[1],
        )

    @property
    def header_height(self) -> float:
        return self.header[0].height + self.header[1].height

    @property
    def heights(self) -> list[float]:
        """Each person's two lines together: a page break never parts them."""
        return [a.height + b.height for a, b in self.blocks]

    def _spans(self, top: int) -> list[tuple[Any, ...]]:
        """Spans of one person (or the header) whose upper line is table row ``top``."""
        cmds: list[tuple[Any, ...]] = [
            ("SPAN", (col, top), (col, top + 1)) for col in range(len(self.layout.spanned))
        ]
        short = len(self.layout.first) - len(self.layout.second)
        if short and self.layout.second:
            last = len(self.layout.spanned) + len(self.layout.second) - 1
            cmds.append(("SPAN", (last, top + 1), (self.layout.count - 1, top + 1)))
        return cmds

    def table(self, people: range) -> Table:
        """The Table for one page: the folded header, then the people in ``people``."""
        blocks = self.blocks[people.start : people.stop]
        rows: list[Row] = [*self.header]
        for pair in blocks:
            rows.extend(pair)
        header_styles, upper_styles, lower_styles = self.styles
        cmds: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
            ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor(self.specs[0].header_background)),
            ("LINEBELOW", (0, 1), (-1, 1), PERSON_RULE, colors.black),
        ]
        for k in range(len(blocks) + 1):
            top = 2 * k
            cmds.extend(self._spans(top))
            if k:
                cmds.append(("LINEBELOW", (0, top + 1), (-1, top + 1), PERSON_RULE, colors.black))
        return PageTable(
            [row.cells for row in rows],
            colWidths=list(self.specs[0].widths),
            rowHeights=[row.height for row in rows],
            style=TableStyle(cmds),
            cellStyles=[header_styles, header_styles] + [upper_styles, lower_styles] * len(blocks),
            normalizedData=1,
        )

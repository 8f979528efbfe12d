"""Column widths from what the cells hold, and Chinese line breaks that never split a number.

A roster column used to get a share of the page by a fixed weight, so with 14 or more
columns a birth month wrapped inside itself ("1963.0/1") and a masked ID lost its tail.
Here each column is at least as wide as its widest *unbreakable* piece: a run of digits,
letters and signs (a date, an ID, a phone) is one piece; a short name or label (four
characters or fewer) is one piece; longer Chinese text may wrap, but a column keeps room
for four characters of it. What is left of the page goes first to the columns whose text
would otherwise wrap, then by weight. When even that minimum cannot fit at 8 pt, the print
is refused with the reason (``TooWide``) instead of shrinking or splitting anything.

Wrapped Chinese text is broken here, token by token (a Latin/digit run is one token), so a
number inside text never splits either, no line starts with closing punctuation, and no
single character is left alone on a last line ("党支/部").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from station_desk.domain.messages import msg
from station_desk.domain.problems import ValidationError
from station_desk.reports.fonts import register
from station_desk.reports.typeset import CANNOT_START_EXTRA

MIN_SIZE = 8.0
"""The smallest readable size on a roster (issue 14: 6.5 pt was not)."""
SIZES = (9.5, 9.0, 8.5, MIN_SIZE)
SHORT = 4
"""Chinese text of this many characters or fewer never wraps (名字、社区、网格)."""
PADDING = 3.0
CANNOT_START = set(CANNOT_START_EXTRA)


LANDSCAPE = "landscape"
TWO_LINES = "two_lines"


class TooWide(ValidationError):
    """The chosen columns cannot fit the page at a readable size.

    ``offers`` names what would fit instead (``LANDSCAPE``, ``TWO_LINES``), checked, so
    the desk can offer exactly those; fewer columns always fit in the end.
    """

    def __init__(self, message: str, offers: tuple[str, ...] = ()) -> None:
        super().__init__("columns", message)
        self.offers = offers


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x3000 <= code <= 0x303F
        or code >= 0x20000
    )


def tokens(text: str) -> list[str]:
    """Pieces a line may break between: each Chinese character alone, each run of other
    non-space characters whole ("1963.01", "370124****", "A-12"), each space alone."""
    found: list[str] = []
    run = ""
    for char in text:
        if _is_cjk(char) or char.isspace():
            if run:
                found.append(run)
                run = ""
            found.append(char)
        else:
            run += char
    if run:
        found.append(run)
    return found


def pieces(text: str) -> list[str]:
    """Tokens with closing punctuation glued to what precedes it, since a line may not
    start with it: the units a line is broken between."""
    found: list[str] = []
    for token in tokens(text):
        if found and token in CANNOT_START and not found[-1].isspace():
            found[-1] += token
        else:
            found.append(token)
    return found


def unbreakable(text: str) -> bool:
    """True when ``text`` must stay on one line: no Chinese, or a short label."""
    plain = text.strip()
    return len(plain) <= SHORT or not any(_is_cjk(c) for c in plain)


@lru_cache(maxsize=65536)
def _width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


def min_width(text: str, font: str, size: float, header: bool = False) -> float:
    """The narrowest the column may be for ``text``, padding included."""
    plain = text.strip()
    if not plain:
        return 2 * PADDING
    if header:
        # a short header stays whole (no "性/别"); a longer one may take two lines,
        # split near its middle
        whole = plain if len(plain) <= SHORT else plain[: (len(plain) + 1) // 2]
        return _width(whole, font, size) + 2 * PADDING
    if unbreakable(plain):
        return _width(plain, font, size) + 2 * PADDING
    widest = max(_width(t, font, size) for t in pieces(plain))
    return max(widest, SHORT * size) + 2 * PADDING


def natural_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` on one line, padding included."""
    return _width(text.strip(), font, size) + 2 * PADDING


def measure(
    headers: Sequence[Sequence[str]],
    cells: Sequence[Iterable[str]],
    font: str,
    size: float,
) -> tuple[list[float], list[float]]:
    """Per column, the narrowest width that keeps every piece whole and the width that
    sets every text on one line. A column may carry several headers and any texts (the
    two-line layout puts two fields in one column, one above the other)."""
    register(font)
    mins: list[float] = []
    wants: list[float] = []
    for names, texts in zip(headers, cells, strict=True):
        least = max((min_width(h, font, size, header=True) for h in names), default=2 * PADDING)
        want = max((natural_width(h, font, size) for h in names), default=2 * PADDING)
        for text in set(texts):
            least = max(least, min_width(text, font, size))
            want = max(want, natural_width(text, font, size))
        mins.append(least)
        wants.append(want)
    return mins, wants


def share(
    mins: Sequence[float], wants: Sequence[float], weights: Sequence[float], body_width: float
) -> list[float] | None:
    """Widths adding up to ``body_width``, none below its minimum, or None: what is left
    goes first to the columns whose text would otherwise wrap, then by weight."""
    spare = body_width - sum(mins)
    if spare < -1e-6:
        return None
    needs = [max(w - m, 0.0) for w, m in zip(wants, mins, strict=True)]
    if sum(needs) > spare:
        total = sum(n * w for n, w in zip(needs, weights, strict=True)) or 1.0
        return [m + spare * n * w / total for m, n, w in zip(mins, needs, weights, strict=True)]
    widths = [m + n for m, n in zip(mins, needs, strict=True)]
    left = body_width - sum(widths)
    whole = sum(weights)
    return [w + left * k / whole for w, k in zip(widths, weights, strict=True)]


def fit_columns(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    weights: Sequence[float],
    body_width: float,
    font: str,
    size: float,
) -> list[float] | None:
    """Widths adding up to ``body_width`` with every unbreakable piece whole, or None."""
    columns = [[row[col] for row in rows] for col in range(len(headers))]
    mins, wants = measure([[h] for h in headers], columns, font, size)
    return share(mins, wants, weights, body_width)


def _advice(landscape: bool, two_lines: bool) -> str:
    if landscape and two_lines:
        return msg("请改为横向打印或每人印两行，也可以减少列")
    if landscape:
        return msg("请改为横向打印、减少列，或把列分成两份分别打印")
    if two_lines:
        return msg("请每人印两行，或减少列")
    return msg("请减少列，或把列分成两份分别打印")


def too_wide(
    count: int,
    need: float,
    have: float,
    landscape: bool,
    offers: tuple[str, ...] = (),
    two_lines: bool = False,
) -> TooWide:
    """The refusal, with the reason (in millimetres, as a ruler reads the page) and what
    the clerk can do instead (``offers``: what was checked to fit)."""
    mm = 72 / 25.4
    if two_lines:
        way = msg("横向（每人两行）") if landscape else msg("纵向（每人两行）")
    else:
        way = msg("横向") if landscape else msg("纵向")
    advice = _advice(LANDSCAPE in offers, TWO_LINES in offers)
    return TooWide(
        msg(
            "花名册列：所选 {n} 列在{way} A4 纸上放不下：数字和日期不能拆行，字号缩到 8 磅（比小五号字略小）也需要 {need} 毫米宽，纸面只有 {have} 毫米。{advice}",
            n=count,
            way=way,
            need=round(need / mm),
            have=round(have / mm),
            advice=advice,
        ),
        offers,
    )


def least_width(headers: Sequence[str], rows: Sequence[Sequence[str]], font: str) -> float:
    """The narrowest table at the smallest size (for the refusal's numbers)."""
    total = 0.0
    for col, header in enumerate(headers):
        widest = min_width(header, font, MIN_SIZE, header=True)
        for text in {row[col] for row in rows}:
            widest = max(widest, min_width(text, font, MIN_SIZE))
        total += widest
    return total


def break_lines(text: str, avail: float, font: str, size: float) -> str:
    """``text`` with line breaks where it must wrap in ``avail`` points.

    Greedy by piece (closing punctuation travels with the character before it); a last
    line of one character takes the piece before it along.
    """
    lines: list[list[str]] = [[]]
    used = 0.0
    for token in pieces(text.strip()):
        width = _width(token, font, size)
        current = lines[-1]
        if current and used + width > avail + 1e-6:
            if token.isspace():
                lines.append([])
                used = 0.0
                continue
            lines.append([token])
            used = width
        else:
            current.append(token)
            used += width
    lines = [line for line in lines if line]
    while len(lines) >= 2 and len("".join(lines[-1]).strip()) == 1:
        before, last = lines[-2], lines[-1]
        moved = before[-1] if before else ""
        rest = "".join(before[:-1]).strip()
        room = _width(moved + "".join(last), font, size) <= avail + 1e-6
        if len(rest) < 2 or not room:
            break
        last.insert(0, before.pop())
    return "\n".join("".join(line).strip() for line in lines)

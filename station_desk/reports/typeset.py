"""Chinese typesetting rules shared by every print: line breaking, styles, dates.

reportlab's CJK wrapping (``cjkFragSplit`` in ``reportlab.platypus.paragraph``) keeps a
character that overflows a line on that line, hanging in the margin, when it is listed in
``ALL_CANNOT_START``; otherwise it moves it to the next line. Its list is Japanese-minded and
misses the full-width ，；：！？》 of Chinese text, so a line could begin with a comma.
:func:`install_line_rules` adds them to reportlab's own table once, for every paragraph.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Literal

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from station_desk.reports.fonts import markup, register

CANNOT_START_EXTRA = "，。；：！？、）》」』】〕〉”’…．％"

Align = Literal["left", "center", "right", "justify"]
_ALIGNMENTS = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


@cache
def install_line_rules() -> str:
    """Extend reportlab's "cannot start a line" set with Chinese full-width punctuation.

    ``paragraph.py`` imported the joined string by name, so both module globals are set.
    Returns the resulting set (idempotent).
    """
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    missing = "".join(c for c in CANNOT_START_EXTRA if c not in textsplit.ALL_CANNOT_START)
    if missing:
        textsplit.CANNOT_START_LINE[0] += missing
        textsplit.ALL_CANNOT_START = "".join(textsplit.CANNOT_START_LINE)
    paragraph.ALL_CANNOT_START = textsplit.ALL_CANNOT_START  # type: ignore[attr-defined]
    return textsplit.ALL_CANNOT_START


@cache
def style(
    font: str,
    size: float,
    align: Align = "left",
    leading: float | None = None,
    first_line_indent: float = 0.0,
    color: str = "#000000",
) -> ParagraphStyle:
    """A CJK-wrapping paragraph style; cached, since styles are immutable in use."""
    install_line_rules()
    register(font)
    return ParagraphStyle(
        name=f"{font}-{size}-{align}-{leading}-{first_line_indent}-{color}",
        fontName=font,
        fontSize=size,
        leading=leading if leading is not None else round(size * 1.3, 2),
        alignment=_ALIGNMENTS[align],
        wordWrap="CJK",
        firstLineIndent=first_line_indent,
        textColor=color,
    )


def para(text: str, st: ParagraphStyle, missing: list[str] | None = None) -> Paragraph:
    """A paragraph of plain text in ``st``, with escaping and glyph fallback."""
    return Paragraph(markup(text, st.fontName, missing), st)


def numeric_date(day: date) -> str:
    """2026年11月27日, the form used in tables and on rosters."""
    return f"{day.year}年{day.month}月{day.day}日"


_DIGITS = "〇一二三四五六七八九"


def _chinese_number(n: int) -> str:
    """1..31 in Chinese numerals: 十, 十一, 二十, 二十七, 三十一."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "")


def chinese_date(day: date) -> str:
    """二〇二六年十一月二十七日, the form printed on certificates."""
    year = "".join(_DIGITS[int(d)] for d in str(day.year))
    return f"{year}年{_chinese_number(day.month)}月{_chinese_number(day.day)}日"

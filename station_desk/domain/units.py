"""Hours and money: one rule each for how they are kept and how they read.

Kept as whole numbers, never rounded: service time in MINUTES, money in FEN. Shown as hours
and yuan. Before this module the forms were written again where they were shown (the teams
tab had its own "1小时40分", the member pane its own wrapper), and could drift; now every
screen form comes from here, and ``validation`` re-exports these names for older callers.
Reading what a clerk typed ("1.5", "2小时30分钟", "20.51万") is ``validation.parse_hours`` /
``parse_yuan``: those name the field in their refusals. Plain Python (docs/ARCHITECTURE.md
§Data): the desk, the services, the read side and paper may all use it.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

MINUTES_PER_HOUR = 60
FEN_PER_YUAN = 100

#: How words reach a text: the Chinese source as written, or the desk's translation of it.
Translate = Callable[[str], str]


def as_written(text: str) -> str:
    """The words as written (Chinese): the ``Translate`` of paper and exports."""
    return text


def format_hours(minutes: int) -> str:
    """Minutes as hours: "2.25"; when hours would repeat (100 min) as "1小时40分".

    A multiple of three minutes is an exact decimal of an hour (3 min = 0.05 h); any other
    would print as a rounded or repeating number (1.6666…), so it is written in words.
    """
    if minutes % 3:
        whole, rest = divmod(minutes, MINUTES_PER_HOUR)
        return f"{whole}小时{rest}分" if whole else f"{rest}分"
    text = f"{Decimal(minutes) / MINUTES_PER_HOUR:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _words(minutes: int, tr: Translate) -> str:
    whole, rest = divmod(minutes, MINUTES_PER_HOUR)
    if not whole:
        return tr("{m}分").format(m=rest)
    return tr("{h}小时{m}分").format(h=whole, m=rest)


def hours_text(minutes: int, tr: Translate = as_written) -> str:
    """Volunteer time in words: "12105小时", "2.5小时", "1小时40分" (minutes when hours
    would repeat); ``tr`` gives the words in the clerk's language on screen."""
    if minutes % 3:
        return _words(minutes, tr)
    return tr("{hours}小时").format(hours=format_hours(minutes))


def hours_cell(minutes: int, tr: Translate = as_written) -> str:
    """Time in a column whose header already says (小时): "2.25", or "1小时40分" in words
    when the hours would repeat."""
    return format_hours(minutes) if minutes % 3 == 0 else _words(minutes, tr)


def format_yuan(fen: int) -> str:
    """Fen as yuan with two decimals: 2051000 -> "20510.00"."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), FEN_PER_YUAN)
    return f"{sign}{whole}.{cents:02d}"


def format_wan(fen: int) -> str:
    """Fen as 万元, exact, trailing zeros dropped: 20510000 -> "20.51万元"."""
    text = f"{Decimal(fen) / (10000 * FEN_PER_YUAN):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{text}万元"

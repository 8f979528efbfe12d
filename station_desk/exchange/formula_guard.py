"""Cells safe to open: what a clerk typed is never run by Excel or WPS as a formula.

OWASP "CSV Injection": a cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return may be taken for a formula (``=cmd|' /C calc'!A0``, ``=HYPERLINK(…)``)
by the program that opens the file. Every text cell we export is ``neutralise``-d: such a
cell gets a single quote in front, which shows the text as typed. Our importer calls
``unneutralise`` on every text cell it reads, so an exported file imports back unchanged.

The pair is exact both ways: a text that itself begins with quotes followed by one of
those characters gets one more quote, so ``unneutralise(neutralise(t)) == t`` for every
``t``. Numbers and dates are written as numbers and dates and are not touched.
"""

from __future__ import annotations

from collections.abc import Iterable

#: The characters that make a spreadsheet read a cell as a formula (OWASP).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def neutralise(text: str) -> str:
    """``text`` as a cell safe to open: a quote in front of a formula start."""
    return QUOTE + text if text.lstrip(QUOTE)[:1] in FORMULA_STARTS else text


def unneutralise(text: str) -> str:
    """The text a neutralised cell holds: exactly one added quote removed."""
    if text[:1] == QUOTE and text.lstrip(QUOTE)[:1] in FORMULA_STARTS:
        return text[1:]
    if text[:2] == "\t" + QUOTE and text[1:].lstrip(QUOTE)[:1] in FORMULA_STARTS:
        return "\t" + text[2:]  # a CSV text column: our tab, then the neutralised text
    return text


def unneutralise_cell(value: object) -> object:
    """``unneutralise`` for a cell of any type (only text cells can carry the quote)."""
    return unneutralise(value) if isinstance(value, str) else value


def unneutralise_row(row: Iterable[object]) -> list[object]:
    return [unneutralise_cell(value) for value in row]

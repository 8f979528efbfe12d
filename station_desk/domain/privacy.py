"""Masked forms of ID numbers and phone numbers for screens and paper.

Rosters lie on tables in community centres; the full numbers are shown only on request
(and that request is logged by the services). Masking keeps enough digits to tell two
people apart and to match the number a member reads out.

A masked ID must hold in context: with whatever else is printed beside it, at least 1,000
ID numbers must fit what the page shows (tests/db/test_masking_context.py measures it over
the demo ledger). Alone, "370124********1234" hides the birth date: some 18,000 dates of a
retiree's lifetime, over 1,600 valid numbers. But beside 出生年月 only the birth day was
left to guess (about 3 candidates), and beside 年龄 about 33. So when the page shows
anything about the birth date (出生年月, 年龄, 入党时间, 党龄, 离退休类别), the ID keeps
only its area code and its last character, "370124***********4": the day (28–31) times
the 500 sequence numbers of the gender, over the check digit, leaves more than 1,200.
"""

from __future__ import annotations


def _mask_middle(value: str, keep_head: int, keep_tail: int) -> str:
    hidden = len(value) - keep_head - keep_tail
    return value[:keep_head] + "*" * hidden + value[len(value) - keep_tail :]


def _mask_short(value: str) -> str:
    """All but the last two characters; a value of two characters or fewer fully."""
    if len(value) <= 2:
        return "*" * len(value)
    return _mask_middle(value, 0, 2)


BIRTH_HINTS = "出生年月、年龄、入党时间、党龄、离退休类别"
"""What, printed beside an ID, tells something of the birth date (for the dialog's note)."""


def mask_id_number(value: str, *, birth_shown: bool = False) -> str:
    """ "370124195003051234" -> "370124********1234": area code and last four kept;
    with ``birth_shown`` (something of the birth date is on the same page)
    "370124***********4": area code and the last character only."""
    text = (value or "").strip()
    if len(text) > 10:
        return _mask_middle(text, 6, 1 if birth_shown else 4)
    return _mask_short(text)


def mask_phone(value: str) -> str:
    """ "13812345678" -> "138****5678"; "0531-87654321" -> "0531-****4321"."""
    text = (value or "").strip()
    if "-" in text:
        area, local = text.split("-", 1)
        masked = _mask_middle(local, 0, 4) if len(local) > 4 else _mask_short(local)
        return f"{area}-{masked}"
    if len(text) >= 8:
        return _mask_middle(text, 3, 4)
    return _mask_short(text)

"""Masked forms of ID numbers and phone numbers for screens and paper.

Rosters lie on tables in community centres; the full numbers are shown only on request
(and that request is logged by the services). Masking keeps enough digits to tell two
people apart and to match the number a member reads out.
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


def mask_id_number(value: str) -> str:
    """ "370124195003051234" -> "370124********1234": area code and last four kept."""
    text = (value or "").strip()
    if len(text) > 10:
        return _mask_middle(text, 6, 4)
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

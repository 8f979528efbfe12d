"""The two ways a spreadsheet can fail us, the whole file or one cell, and the lists their
messages name.

Messages are Chinese ``Message``s (``station_desk.domain.messages``), so the desk can show them in
the clerk's language; ``listed`` joins names into one such message instead of a plain string.
"""

from __future__ import annotations

from collections.abc import Iterable

from station_desk.domain.messages import msg

#: Longer lists (row numbers of a value repeated all down a sheet) stay plain text: a message
#: nests one level per item.
_MAX_LISTED = 30


class ExchangeError(Exception):
    """The file as a whole cannot be used; the message (Chinese) says which file and why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class CellError(ValueError):
    """One cell cannot be read; ``reason`` is a Chinese sentence shown beside the row."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def listed(items: Iterable[object], *, quoted: bool = False) -> str:
    """``items`` joined by 、 ("“姓名”、“身份证号”" when ``quoted``), as a message whose
    items are values of their own (labels shown in the clerk's language, numbers as they
    are); "" for none."""
    parts: list[object] = list(items)
    if len(parts) > _MAX_LISTED:
        return "、".join(f"“{part}”" if quoted else str(part) for part in parts)
    if quoted:
        parts = [msg("“{text}”", text=part) for part in parts]
    if not parts:
        return ""
    joined = parts[0] if isinstance(parts[0], str) else str(parts[0])
    for part in parts[1:]:
        joined = msg("{list}、{item}", list=joined, item=part)
    return joined

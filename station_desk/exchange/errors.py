"""The two ways a spreadsheet can fail us: the whole file, or one cell."""

from __future__ import annotations


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

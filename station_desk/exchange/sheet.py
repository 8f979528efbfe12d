"""The raw worksheet every reader returns, and what the readers share: trailing blanks
trimmed (with our exports' formula guard undone), and the messages for a missing sheet or a
library's own error. Kept apart so the Excel readers (``excel.py``) and the file sniffing
(``reading.py``) both stand on it without importing each other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from station_desk.domain.messages import msg
from station_desk.exchange.errors import ExchangeError
from station_desk.exchange.formula_guard import unneutralise_row


@dataclass(frozen=True)
class Sheet:
    """One worksheet as raw cell values (str, int, float, bool, datetime, None).

    Merged ranges keep their value in the top-left cell only. ``date1904`` is the workbook's
    date system, needed to read a date typed as a plain number.
    """

    name: str
    rows: list[list[object]]
    date1904: bool = False


def first_filled(sheets: Iterable[Sheet], empty: Sheet) -> Sheet:
    """The first sheet with rows (read lazily: later sheets are not read), else the first
    sheet, else ``empty``: the sheet an import takes when the clerk names none."""
    first: Sheet | None = None
    for sheet in sheets:
        if sheet.rows:
            return sheet
        first = first or sheet
    return first or empty


def trimmed(rows: Iterable[Iterable[object]]) -> list[list[object]]:
    """Rows without trailing empty cells, and without trailing empty rows; text cells with
    the quote our exports put before a formula start (``formula_guard``) read as typed."""
    result: list[list[object]] = []
    last_filled = 0
    for raw in rows:
        row = unneutralise_row(raw)
        while row and (row[-1] is None or row[-1] == ""):
            row.pop()
        result.append(row)
        if row:
            last_filled = len(result)
    del result[last_filled:]
    return result


def no_sheet(path: Path, sheet_name: str) -> ExchangeError:
    return ExchangeError(
        msg("文件“{file}”里没有名为“{sheet}”的工作表", file=path.name, sheet=sheet_name)
    )


def technical(error: Exception) -> str:
    """What went wrong, as the library said it (for the clerk to pass on)."""
    return f"{type(error).__name__}: {error}"

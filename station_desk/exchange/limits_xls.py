"""Bounds an old .xls (BIFF8 in an OLE container) must keep before the reader is handed it:
the same row, column, area and cell limits as an .xlsx (``limits.py``), found by walking its
records without building a cell, and its date system, which calamine does not tell.
"""

from __future__ import annotations

import os
from pathlib import Path

from station_desk.exchange.limits import MAX_CELLS, WorkbookFacts, check_area, check_cells

#: BIFF8 records of one cell (row, column first) and of a run of cells (row, first column,
#: …, last column as the last two bytes): what an .xls reader lays out.
_XLS_CELL = frozenset({0x0006, 0x00FD, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E})
_XLS_RUN = frozenset({0x00BD, 0x00BE})
_XLS_DIMENSIONS = 0x0200
_XLS_DATEMODE = 0x0022


def check_xls(path: Path) -> WorkbookFacts:
    """Measure an old .xls (BIFF8 in an OLE container) against the row, column, area and
    cell limits, reading its records without building any cell; a container the scan
    cannot read is left to the reader, whose own message names the damage. Returns the
    workbook's date system (DATEMODE), which calamine does not tell."""
    import struct

    from xlrd.compdoc import CompDoc

    data = path.read_bytes()
    try:
        with open(os.devnull, "w") as quiet:
            container = CompDoc(data, logfile=quiet)
            stream = container.get_named_stream("Workbook") or container.get_named_stream("Book")
    except Exception:
        return WorkbookFacts()
    if not stream:
        return WorkbookFacts()
    facts = WorkbookFacts()
    sheet = path.stem
    far_row = far_column = cells = 0
    position, end = 0, len(stream)
    unpack = struct.unpack_from
    while position + 4 <= end:
        record, length = unpack("<HH", stream, position)
        body = position + 4
        if record in _XLS_CELL and length >= 4:
            row, column = unpack("<HH", stream, body)
            cells += 1
        elif record in _XLS_RUN and length >= 6:
            row, first = unpack("<HH", stream, body)
            (column,) = unpack("<H", stream, body + length - 2)
            cells += max(column - first + 1, 1)
        elif record == _XLS_DIMENSIONS and length >= 12:
            (last_row,) = unpack("<I", stream, body + 4)
            (last_column,) = unpack("<H", stream, body + 10)
            row, column = max(last_row - 1, 0), max(last_column - 1, 0)
        else:
            if record == _XLS_DATEMODE and length >= 2:
                facts.date1904 = unpack("<H", stream, body)[0] == 1
            position = body + length
            continue
        if row + 1 > far_row or column + 1 > far_column:
            far_row, far_column = max(far_row, row + 1), max(far_column, column + 1)
            check_area(path, sheet, far_row, far_column)
        if cells > MAX_CELLS:  # the check, with its message, only when it refuses
            check_cells(path, sheet, cells)
        position = body + length
    return facts

"""Builds small .xlsx files with openpyxl, the way clerks' sheets look."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook

MakeXlsx = Callable[..., Path]


@pytest.fixture
def make_xlsx(tmp_path: Path) -> MakeXlsx:
    counter = iter(range(1_000_000))

    def make(
        rows: Sequence[Sequence[object]],
        *,
        merged: Sequence[str] = (),
        text_columns: Sequence[int] = (),
    ) -> Path:
        book = Workbook()
        ws = book.active
        assert ws is not None
        for row in rows:
            ws.append(list(row))
        for cells in merged:
            ws.merge_cells(cells)
        for row in ws.iter_rows():
            for cell in row:
                if cell.column - 1 in text_columns:
                    cell.number_format = "@"
        path = tmp_path / f"sheet{next(counter)}.xlsx"
        book.save(path)
        return path

    return make

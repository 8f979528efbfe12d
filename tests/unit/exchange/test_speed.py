"""The 10,000-row roster goes through the fast xlsx reader, not openpyxl's (~4 s).

Speed itself is measured by bench/ (case "import"), never by a timed test; this test keeps
the fast path from silently falling back on the kind of file clerks bring.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from station_desk.domain.dates import PartialDate
from station_desk.exchange import excel
from station_desk.exchange.reading import read_table
from station_desk.exchange.rows import parse_sheet

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "exchange"


def test_ten_thousand_members_are_read_by_the_fast_reader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_fallback(*_args: object) -> object:
        raise AssertionError("the fast xlsx reader fell back to openpyxl")

    monkeypatch.setattr(excel, "_read_xlsx_openpyxl", no_fallback)
    sheet = read_table(FIXTURES / "members_10k.xlsx")
    parsed = parse_sheet(sheet, "members")
    assert len(parsed.rows) == 10_000
    assert parsed.header.row_index == 1
    assert parsed.all_problems() == []
    first = parsed.rows[0].values
    assert first["birth_date"] == PartialDate.of(1930, 1, 1)
    assert isinstance(first["id_number"], str) and len(first["id_number"]) == 18

"""A 10,000-row roster must import in well under 2 s; CPU time is asserted (loaded CI machines
stretch wall time), with headroom, and with openpyxl's own reader it would take ~4 s."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from station_desk.exchange.reading import read_table
from station_desk.exchange.rows import parse_sheet

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "exchange"
BUDGET_CPU_SECONDS = 3.0


def test_ten_thousand_members_parse_fast() -> None:
    start = time.process_time()
    sheet = read_table(FIXTURES / "members_10k.xlsx")
    parsed = parse_sheet(sheet, "members")
    spent = time.process_time() - start
    assert len(parsed.rows) == 10_000
    assert parsed.header.row_index == 1
    assert parsed.all_problems() == []
    first = parsed.rows[0].values
    assert first["birth_date"] == date(1930, 1, 1)
    assert isinstance(first["id_number"], str) and len(first["id_number"]) == 18
    assert spent < BUDGET_CPU_SECONDS, f"read + parse took {spent:.2f} s of CPU"

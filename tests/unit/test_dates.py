"""Dates as precise as they were written: parse, show, compare (station_desk.domain.dates)."""

from __future__ import annotations

from datetime import date

import pytest

from station_desk.domain.dates import (
    DAY,
    MONTH,
    YEAR,
    DateTextError,
    PartialDate,
    format_date,
    parse_date_text,
    partial,
)


@pytest.mark.parametrize(
    ("text", "start", "precision"),
    [
        ("1946.03", date(1946, 3, 1), MONTH),
        ("1948年5月", date(1948, 5, 1), MONTH),
        ("1946-3", date(1946, 3, 1), MONTH),
        ("194603", date(1946, 3, 1), MONTH),
        ("1946/3", date(1946, 3, 1), MONTH),
        ("１９４６．０３", date(1946, 3, 1), MONTH),
        ("1946.3.12", date(1946, 3, 12), DAY),
        ("1946年3月12日", date(1946, 3, 12), DAY),
        ("19460312", date(1946, 3, 12), DAY),
        ("1946-03-12", date(1946, 3, 12), DAY),
        ("1946", date(1946, 1, 1), YEAR),
        ("1946年", date(1946, 1, 1), YEAR),
    ],
)
def test_a_date_keeps_the_precision_it_was_written_with(
    text: str, start: date, precision: str
) -> None:
    found = parse_date_text(text)
    assert found == PartialDate(start, precision)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("1946.13", "月份 13"),
        ("1946.2.30", "不存在"),
        ("去年", "无法识别的日期“去年”"),
        ("1850.03", "年份 1850"),
    ],
)
def test_text_that_is_not_a_date_says_why_with_the_text(text: str, words: str) -> None:
    with pytest.raises(DateTextError) as caught:
        parse_date_text(text)
    assert words in str(caught.value)


def test_blank_is_no_date() -> None:
    assert parse_date_text("  ") is None


def test_shown_as_written_never_with_an_invented_day() -> None:
    assert format_date(date(1968, 5, 1), MONTH) == "1968.05"
    assert format_date(date(1968, 1, 1), YEAR) == "1968"
    assert format_date(date(1968, 5, 12), DAY) == "1968.05.12"
    assert format_date(date(1968, 5, 12), None) == "1968.05.12"
    assert format_date(None, MONTH) == ""
    assert str(PartialDate.of(1968, 5)) == "1968.05"


def test_a_month_contains_each_of_its_days_and_no_other() -> None:
    may = PartialDate.of(1946, 3)
    assert may.contains(date(1946, 3, 12)) and may.contains(date(1946, 3, 31))
    assert not may.contains(date(1946, 4, 1)) and not may.contains(date(1946, 2, 28))
    assert PartialDate.of(1948, 2).last == date(1948, 2, 29)
    assert PartialDate.of(1946).last == date(1946, 12, 31)
    assert PartialDate.of(1946, 3, 12).last == date(1946, 3, 12)


def test_a_stored_date_and_precision_become_one_value() -> None:
    assert partial(date(1968, 5, 1), "month") == PartialDate.of(1968, 5)
    assert partial(date(1968, 5, 17), "year") == PartialDate.of(1968)
    assert partial(None, "day") is None
    assert partial(date(1968, 5, 17), "nonsense") == PartialDate.of(1968, 5, 17)


def test_the_roster_prints_a_month_or_a_year_never_an_invented_day() -> None:
    from station_desk.services.printing import month

    assert month(date(1968, 5, 1), "month") == "1968.05"
    assert month(date(1968, 5, 17), "day") == "1968.05"
    assert month(date(1968, 1, 1), "year") == "1968"
    assert month(None, "year") == ""

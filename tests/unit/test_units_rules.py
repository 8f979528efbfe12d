"""Hours and money have one rule each (``station_desk.domain.units``): the parsers the dialogs,
the importer and the command line call on text, and the checks the services apply to the
minutes and fen they are handed. Round trips, the boundaries, and hostile input."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station_desk.domain import units
from station_desk.domain.enums import DonationKind
from station_desk.domain.inputs import DonationData
from station_desk.domain.problems import ValidationError
from station_desk.domain.units import (
    MAX_FEN,
    MAX_MINUTES,
    check_fen,
    check_minutes,
    parse_hours,
    parse_yuan,
)


def refusal(func: object, *args: object) -> str:
    with pytest.raises(ValidationError) as caught:
        func(*args)  # type: ignore[operator]
    return caught.value.message


@given(st.integers(1, MAX_MINUTES))
def test_every_minute_of_a_day_round_trips_through_each_form(minutes: int) -> None:
    assert parse_hours(units.format_hours(minutes)) == minutes
    assert parse_hours(units.hours_text(minutes)) == minutes
    assert parse_hours(units.hours_cell(minutes)) == minutes
    assert check_minutes(minutes) == minutes


@given(st.integers(1, MAX_FEN))
def test_every_amount_round_trips_through_each_form(fen: int) -> None:
    assert parse_yuan(units.format_yuan(fen)) == fen
    assert parse_yuan(units.yuan_digits(fen)) == fen
    assert parse_yuan(units.format_wan(fen)) == fen
    assert check_fen(fen) == fen


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [
        ("1.5", 90),
        ("１．５", 90),  # full-width digits and point
        ("1.5小时", 90),
        ("90分钟", 90),
        ("1小时30分", 90),
        ("２小时３０分钟", 150),
        ("1.5h", 90),
        ("90 min", 90),
        ("\u200b2", 120),  # a zero-width space pasted with the number
        (2.5, 150),  # a number cell
        (Decimal("0.05"), 3),
        ("24", MAX_MINUTES),
        ("1分钟", 1),
    ],
)
def test_hours_as_clerks_type_them(typed: object, minutes: int) -> None:
    assert parse_hours(typed) == minutes  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("0", "服务时长：应大于0"),
        ("-1", "服务时长：应大于0"),
        ("-0.5小时", "服务时长：应大于0"),
        ("24.05", "服务时长：一次服务不能超过24小时，实为 24.05 小时"),
        ("1441分钟", "服务时长：一次服务不能超过24小时，实为24小时1分"),
        ("1" + "0" * 400, "服务时长：一次服务不能超过24小时"),
        (1e300, "服务时长：一次服务不能超过24小时"),
        (Decimal("1E+400"), "服务时长：一次服务不能超过24小时"),
        ("1.333", "服务时长：最小单位为分钟，1.333 小时不是整分钟"),
        (float("nan"), "服务时长：“nan”不是时长"),
        (Decimal("NaN"), "服务时长：“NaN”不是时长"),
        (float("inf"), "服务时长：“inf”不是时长"),
        ("nan", "服务时长：“nan”不是时长，应填小时数"),
        ("1e3", "服务时长：“1e3”不是时长"),
        ("两小时", "服务时长：“两小时”不是时长"),
        ("", "服务时长：“”不是时长"),
        (True, "服务时长：“true”不是时长"),
    ],
)
def test_bad_hours_are_refused_naming_the_field(typed: object, reason: str) -> None:
    assert refusal(parse_hours, typed).startswith(reason)


@pytest.mark.parametrize(
    ("typed", "fen"),
    [
        ("1200.50", 120050),
        ("１２００．５０", 120050),
        ("¥1,200.50元", 120050),
        ("20.51万", 20510000),
        ("0.01", 1),
        (2051.5, 205150),
        (205100.00000000003, 20510000),  # binary noise of a number cell, not a third decimal
        ("100000000", MAX_FEN),
    ],
)
def test_money_as_clerks_type_it(typed: object, fen: int) -> None:
    assert parse_yuan(typed) == fen  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("0", "金额：应大于0"),
        ("-5", "金额：应大于0"),
        ("0.001", "金额：最多两位小数（到分），0.001 不能精确记账"),
        ("100000000.01", "金额：超过1亿元，请核对"),
        ("1" + "0" * 400, "金额：超过1亿元，请核对"),
        (1e300, "金额：超过1亿元，请核对"),
        (float("nan"), "金额：“nan”不是金额"),
        ("nan", "金额：“nan”不是金额，应填元数"),
        ("十元", "金额：“十元”不是金额"),
    ],
)
def test_bad_money_is_refused_naming_the_field(typed: object, reason: str) -> None:
    assert refusal(parse_yuan, typed).startswith(reason)


@pytest.mark.parametrize(
    ("given_minutes", "reason"),
    [
        (0, "服务时长：应大于0"),
        (-5, "服务时长：应大于0"),
        (MAX_MINUTES + 1, "服务时长：一次服务不能超过24小时，实为24小时1分"),
        (10**30, "服务时长：一次服务不能超过24小时"),
        (Decimal("90.5"), "服务时长：最小单位为分钟"),
        (float("nan"), "服务时长：“nan”不是时长"),
        ("90", "服务时长：“90”不是时长"),  # text is the dialogs' to read, not the services'
        (True, "服务时长：“True”不是时长"),
    ],
)
def test_services_hold_minutes_to_the_same_bounds(given_minutes: object, reason: str) -> None:
    assert refusal(check_minutes, given_minutes).startswith(reason)


@pytest.mark.parametrize(
    ("given_fen", "reason"),
    [
        (0, "金额：应大于0"),
        (-1, "金额：应大于0"),
        (MAX_FEN + 1, "金额：超过1亿元，请核对"),
        (Decimal("1234.5"), "金额：最多两位小数（到分），12.345 不能精确记账"),
        (float("inf"), "金额：“inf”不是金额"),
        ("100", "金额：“100”不是金额"),
        (False, "金额：“False”不是金额"),
    ],
)
def test_services_hold_fen_to_the_same_bounds(given_fen: object, reason: str) -> None:
    assert refusal(check_fen, given_fen).startswith(reason)


def test_whole_numbers_from_a_callers_arithmetic_are_taken() -> None:
    assert check_minutes(90.0) == 90  # type: ignore[arg-type]
    assert check_fen(Decimal("2050.0")) == 2050  # type: ignore[arg-type]
    assert type(check_fen(Decimal("2050.0"))) is int  # type: ignore[arg-type]


def test_a_donation_reads_back_as_the_clerk_typed_it() -> None:
    def gift(fen: int) -> DonationData:
        return DonationData(DonationKind.MONEY, date(2026, 3, 1), amount_fen=fen)

    assert [gift(parse_yuan(t)).amount for t in ("300", "20.5", "1200.50", "0.01")] == [
        "300",
        "20.5",
        "1200.5",
        "0.01",
    ]
    assert DonationData(DonationKind.GOODS, date(2026, 3, 1), item_count=3).amount == ""


def test_one_form_per_purpose() -> None:
    """The screen and paper forms differ only where the column header already says 小时."""
    assert (units.format_hours(100), units.hours_cell(100), units.hours_text(100)) == (
        "1小时40分",
        "1小时40分",
        "1小时40分",
    )
    assert (units.format_hours(150), units.hours_cell(150), units.hours_text(150)) == (
        "2.5",
        "2.5",
        "2.5小时",
    )
    assert (units.format_yuan(2051000), units.format_wan(20510000)) == ("20510.00", "20.51万元")
    assert units.wan_text(20510000) == "20.51万元"
    assert units.wan_text(20510000, lambda t: t.replace("万元", " ten-thousand yuan")) == (
        "20.51 ten-thousand yuan"
    )

"""Single cells: cleaning, every date form clerks type, and damage Excel already did."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from station_desk.exchange.cells import (
    ID_NUMBER_DAMAGE,
    PHONE_ZERO_LOST,
    clean_id_number,
    clean_phone,
    clean_text,
    id_number_damage,
    parse_bool_cell,
    parse_count_cell,
    parse_date_cell,
    phone_damage,
)
from station_desk.exchange.errors import CellError


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  张三  ", "张三"),
        ("张\u200b三\u200c\u200d\u2060\ufeff\u00ad", "张三"),
        ("\ufeff翠屏社区", "翠屏社区"),
        ("ＡＢＣ１２３", "ABC123"),
        ("第二\u3000网格", "第二 网格"),
        ("县财政局   科长\t", "县财政局 科长"),
        ("第一行 \r\n\r\n  第二行", "第一行\n第二行"),
        ("a\x00b\x07c", "abc"),
        (None, ""),
        (13800138000.0, "13800138000"),
        (2.5, "2.5"),
        (42, "42"),
        (True, "是"),
        (datetime(1950, 3, 5), "1950-03-05"),
        (date(1950, 3, 5), "1950-03-05"),
    ],
)
def test_clean_text(raw: object, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1950.3", date(1950, 3, 1)),
        ("1950.03", date(1950, 3, 1)),
        ("1950.10", date(1950, 10, 1)),
        ("1950.03.05", date(1950, 3, 5)),
        ("1950.3.5", date(1950, 3, 5)),
        ("1950.3.5 ", date(1950, 3, 5)),
        ("1950年3月", date(1950, 3, 1)),
        ("1950年3月5日", date(1950, 3, 5)),
        ("1950年03月05号", date(1950, 3, 5)),
        ("1950 年 3 月 5 日", date(1950, 3, 5)),
        ("1950-3-5", date(1950, 3, 5)),
        ("1950-03", date(1950, 3, 1)),
        ("1950/3/5", date(1950, 3, 5)),
        ("19500305", date(1950, 3, 5)),
        ("195003", date(1950, 3, 1)),
        ("１９５０．３．５", date(1950, 3, 5)),
        ("１９５０年３月", date(1950, 3, 1)),
        ("\u200b1950.3.5\u200b", date(1950, 3, 5)),
        ("1950-03-05 00:00:00", date(1950, 3, 5)),
        ("1950-03-05T08:30", date(1950, 3, 5)),
        (datetime(1950, 3, 5, 12, 0), date(1950, 3, 5)),
        (date(1950, 3, 5), date(1950, 3, 5)),
        (19500305, date(1950, 3, 5)),
        (195003, date(1950, 3, 1)),
        (1950.3, date(1950, 3, 1)),
        (1950.03, date(1950, 3, 1)),
        (1950.12, date(1950, 12, 1)),
        (None, None),
        ("", None),
        ("  \u200b ", None),
    ],
)
def test_date_forms(raw: object, expected: date | None) -> None:
    assert parse_date_cell(raw) == expected


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (1, date(1900, 1, 1)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),
        (18327, date(1950, 3, 5)),
        (18327.75, date(1950, 3, 5)),
        (44197, date(2021, 1, 1)),
        ("18327", date(1950, 3, 5)),
    ],
)
def test_serials_1900_system(serial: object, expected: date) -> None:
    assert parse_date_cell(serial) == expected


@pytest.mark.parametrize(
    ("serial", "expected"),
    [(0, date(1904, 1, 1)), (16865, date(1950, 3, 5)), (42735, date(2021, 1, 1))],
)
def test_serials_1904_system(serial: int, expected: date) -> None:
    assert parse_date_cell(serial, date1904=True) == expected
    assert parse_date_cell(serial + 1462) == expected


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (60, "1900年2月29日"),
        (0, "不是有效的 Excel 日期"),
        (-5, "不是有效的 Excel 日期"),
        (99999999, "不是有效的 Excel 日期"),
        (1950.1, "10月"),
        (1950, "只有年份"),
        ("1950", "只有年份"),
        ("1950年", "只有年份"),
        ("1950.13", "月份 13"),
        ("1950.2.30", "不存在"),
        ("19501305", "月份 13"),
        ("去年春天", "无法识别的日期"),
        ("50.3.5", "无法识别的日期"),
        (True, "不是日期"),
        (float("nan"), "不是日期"),
    ],
)
def test_unreadable_dates_say_why(raw: object, words: str) -> None:
    with pytest.raises(CellError) as caught:
        parse_date_cell(raw)
    assert words in caught.value.reason


@pytest.mark.parametrize(
    "raw",
    [
        370124195003051237,  # impossible from Excel, but an int ending 000 is what it saves
        370124195003051000,
        3.70124195003051e17,
        370124195003051237.0,
        "3.70124E+17",
        "3.70124195003051E+17",
        "３．７０１２４Ｅ＋１７",
        "370124195003051000.0",
        12.5,
    ],
)
def test_id_number_damage_detected(raw: object) -> None:
    if raw == 370124195003051237:
        assert id_number_damage(raw) is None  # written exactly by a program: all digits kept
        return
    assert id_number_damage(raw) == ID_NUMBER_DAMAGE
    assert "无法修复" in ID_NUMBER_DAMAGE and "文本" in ID_NUMBER_DAMAGE


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("370124195003051237", "370124195003051237"),
        ("37012419500305123x", "37012419500305123X"),
        ("'370124195003051237", "370124195003051237"),
        ("3701 2419 5003 0512 37", "370124195003051237"),
        ("３７０１２４１９５００３０５１２３７", "370124195003051237"),
        ("\u200b370124195003051237\ufeff", "370124195003051237"),
        (370124500305123, "370124500305123"),  # a 15-digit old ID survives as a number
        (370124500305123.0, "370124500305123"),
    ],
)
def test_intact_id_numbers_cleaned(raw: object, expected: str) -> None:
    assert id_number_damage(raw) is None
    assert clean_id_number(raw) == expected


def test_phones() -> None:
    assert phone_damage(13800138000) is None
    assert clean_phone(13800138000) == "13800138000"
    assert clean_phone(13800138000.0) == "13800138000"
    assert phone_damage(5318765432) == PHONE_ZERO_LOST
    assert "科学计数法" in (phone_damage("1.38001E+10") or "")
    assert phone_damage(87654321) is None
    assert clean_phone("138 0013 8000") == "13800138000"
    assert clean_phone("0531-87654321") == "0531-87654321"
    assert clean_phone("１３８００１３８０００") == "13800138000"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("党员", True),
        ("中共党员", True),
        ("是", True),
        ("√", True),
        ("群众", False),
        ("否", False),
        ("共青团员", False),
        ("", None),
        (None, None),
        (True, True),
    ],
)
def test_party_membership(raw: object, expected: bool | None) -> None:
    assert parse_bool_cell(raw) is expected


def test_party_membership_unclear() -> None:
    with pytest.raises(CellError, match=r"是.*否"):
        parse_bool_cell("也许")


def test_counts() -> None:
    assert parse_count_cell(120) == 120
    assert parse_count_cell(120.0) == 120
    assert parse_count_cell("1,200人次") == 1200
    assert parse_count_cell("１２０") == 120
    assert parse_count_cell(None) is None
    for bad in ("很多", 12.5, -3, "-3"):
        with pytest.raises(CellError, match="人数"):
            parse_count_cell(bad)


def test_masked_numbers_from_an_export_are_reported_not_imported() -> None:
    from station_desk.exchange.cells import id_number_damage, phone_damage

    assert "打码" in (id_number_damage("370124********1234") or "")
    assert "打码" in (phone_damage("138****5678") or "")
    assert id_number_damage("370124195003051234") is None
    assert phone_damage("13812345678") is None

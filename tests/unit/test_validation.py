"""Rules for single values: IDs, phones, names, dates, hours and money."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station_desk.domain.date_rules import age_on, check_date, years_since
from station_desk.domain.enums import Gender
from station_desk.domain.ids import id_check_digit, make_id_number, parse_id_number
from station_desk.domain.names import check_name
from station_desk.domain.people import check_member_dates, check_member_identity
from station_desk.domain.phones import check_phone
from station_desk.domain.problems import (
    FIELD_LABELS,
    NeedsConfirmation,
    Problem,
    Problems,
    ValidationError,
)
from station_desk.domain.text import normalize_text as norm
from station_desk.domain.units import format_hours, format_wan, format_yuan, parse_hours, parse_yuan

TODAY = date(2024, 6, 1)
# A published GB 11643 example: 11010519491231002X, born 1949-12-31, female.
SAMPLE = "11010519491231002X"


def error_of(func: object, *args: object, **kwargs: object) -> ValidationError:
    assert callable(func)
    with pytest.raises(ValidationError) as info:
        func(*args, **kwargs)
    return info.value


# ---------------------------------------------------------------- errors and collector


def test_validation_error_single_and_many() -> None:
    one = ValidationError("phone", "联系电话：太短")
    assert (one.field, one.message) == ("phone", "联系电话：太短")
    assert one.problems == (Problem("phone", "联系电话：太短"),)
    assert str(one) == "联系电话：太短"
    many = ValidationError.many([Problem("name", "不能为空"), Problem("phone", "联系电话：太短")])
    assert many.field == "name"
    assert str(many) == "姓名：不能为空；联系电话：太短"
    with pytest.raises(ValueError):
        ValidationError.many([])


def test_problems_collects_then_raises_errors_before_warnings() -> None:
    problems = Problems()
    problems.warn("joined_party_on", "入党时间：早")
    problems.raise_if_errors()
    problems.raise_unconfirmed(confirmed=True)
    with pytest.raises(NeedsConfirmation) as info:
        problems.raise_unconfirmed(confirmed=False)
    assert info.value.warnings == (Problem("joined_party_on", "入党时间：早", warning=True),)
    assert problems.check(check_phone, "123") is None
    problems.error("name", "姓名：不能为空")
    assert [p.field for p in problems.errors] == ["phone", "name"]
    assert problems.has_error("phone") and not problems.has_error("gender")
    with pytest.raises(ValidationError) as error:
        problems.raise_if_errors()
    assert [p.field for p in error.value.problems] == ["phone", "name"]
    assert all(not p.warning for p in error.value.problems)


def test_field_labels_cover_the_member_record() -> None:
    for field, label in {
        "name": "姓名",
        "id_number": "身份证号",
        "phone": "联系电话",
        "joined_party_on": "入党时间",
        "hours": "服务时长",
        "amount": "金额",
        "honorary_retirement_on": "荣誉退休时间",
    }.items():
        assert FIELD_LABELS[field] == label


def test_normalize_text() -> None:
    assert norm(None) == ""
    assert norm("  张\u200b三\ufeff  ") == "张三"
    assert norm("ＡＢＣ１２３") == "ABC123"
    assert norm("县\u3000人民\t\n医院") == "县 人民 医院"
    assert norm("soft\u00adhy\u2060phen\u200c\u200d") == "softhyphen"


# ---------------------------------------------------------------- ID numbers


def test_known_sample_parses() -> None:
    parsed = parse_id_number(SAMPLE, today=TODAY)
    assert parsed.value == SAMPLE
    assert parsed.birth_date == date(1949, 12, 31)
    assert parsed.gender is Gender.FEMALE
    assert parsed.area_code == "110105"
    assert id_check_digit(SAMPLE[:17]) == "X"


def test_id_input_forms_are_accepted() -> None:
    assert parse_id_number(" 110105 1949 1231 002x ", today=TODAY).value == SAMPLE
    full_width = "１１０１０５１９４９１２３１００２Ｘ"
    assert parse_id_number(full_width, today=TODAY).value == SAMPLE
    assert parse_id_number("\u200b" + SAMPLE, today=TODAY).value == SAMPLE


def test_fifteen_digit_number_is_upgraded() -> None:
    old = "370124500305123"  # area 370124, born 1950-03-05, sequence 123 (odd: male)
    parsed = parse_id_number(old, today=TODAY)
    first17 = "37012419500305123"
    assert parsed.value == first17 + id_check_digit(first17)
    assert parsed.birth_date == date(1950, 3, 5)
    assert parsed.gender is Gender.MALE


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "身份证号：不能为空"),
        ("11010519491231002", "身份证号：应为18位，实为17位"),
        ("1101051949123100211", "身份证号：应为18位，实为19位"),
        ("1101051949A231002X", "身份证号：第11位“A”不是数字"),
        ("11010519491231002Y", "身份证号：第18位“Y”应为数字或 X"),
        ("3.70124E+17", "身份证号：“3.70124E+17”是被表格软件当作数字保存的号码"),
        ("91010519491231002X", "身份证号：地区码首位应为1～8，实为 9"),
        ("01010519491231002X", "身份证号：地区码首位应为1～8，实为 0"),
        ("110105194902300021", "身份证号：出生日期 19490230 不是有效日期"),
        ("110105203001010021", "身份证号：出生日期 2030-01-01 晚于今天"),
        ("110105189912310021", "身份证号：出生日期 1899-12-31 早于1900年"),
        ("110105194912310023", "身份证号：校验位应为 X，实为 3"),
    ],
)
def test_bad_id_numbers_name_the_field_and_reason(raw: str, reason: str) -> None:
    error = error_of(parse_id_number, raw, today=TODAY)
    assert error.field == "id_number"
    assert error.message.startswith(reason)


def test_id_errors_use_the_given_field_label() -> None:
    error = error_of(parse_id_number, "123", field="name", today=TODAY)
    assert error.field == "name"
    assert error.message.startswith("姓名：")


birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
area_codes = st.from_regex(r"[1-8][0-9]{5}", fullmatch=True)
genders = st.sampled_from(list(Gender))


@given(area_codes, birth_dates, st.integers(0, 99), genders)
def test_made_numbers_round_trip(area: str, birth: date, sequence: int, gender: Gender) -> None:
    value = make_id_number(area, birth, sequence, gender)
    parsed = parse_id_number(value, today=TODAY)
    assert (parsed.value, parsed.birth_date, parsed.gender, parsed.area_code) == (
        value,
        birth,
        gender,
        area,
    )
    assert parse_id_number(value.lower(), today=TODAY).value == value


@given(
    area_codes,
    birth_dates,
    st.integers(0, 99),
    genders,
    st.integers(0, 17),
    st.integers(1, 10),
)
def test_any_single_character_change_is_detected(
    area: str, birth: date, sequence: int, gender: Gender, position: int, shift: int
) -> None:
    value = make_id_number(area, birth, sequence, gender)
    alphabet = "0123456789X" if position == 17 else "0123456789"
    old = alphabet.index(value[position])
    changed = alphabet[(old + shift) % len(alphabet)]
    if changed == value[position]:
        return
    tampered = value[:position] + changed + value[position + 1 :]
    error = error_of(parse_id_number, tampered, today=TODAY)
    assert error.field == "id_number"
    assert error.message.startswith("身份证号：")


def test_make_id_number_rejects_bad_parts() -> None:
    with pytest.raises(ValueError):
        make_id_number("012345", date(1950, 1, 1), 1, Gender.MALE)
    with pytest.raises(ValueError):
        make_id_number("370124", date(1950, 1, 1), 100, Gender.MALE)
    with pytest.raises(ValueError):
        id_check_digit("123")


# ---------------------------------------------------------------- phone


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("008613812345678", "13812345678"),
        ("8613812345678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("0531-87654321", "0531-87654321"),
        ("0531 8765432", "0531-8765432"),
        ("(0531)87654321", "0531-87654321"),
        ("053187654321", "0531-87654321"),
        ("01087654321", "010-87654321"),
        ("010-8765432", "010-8765432"),
        ("", ""),
        ("  ", ""),
    ],
)
def test_phone_forms(raw: str, canonical: str) -> None:
    assert check_phone(raw) == canonical


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("1381234567", "联系电话：手机号应为11位，实为10位"),
        ("12812345678", "联系电话：手机号第二位应为3～9，实为 2"),
        ("138a2345678", "联系电话：含有不能出现在号码中的字符“a”"),
        ("87654321", "联系电话：固定电话须带区号"),
        ("05318765432100", "联系电话：区号后的号码应为7～8位，实为10位"),
        ("0531-876543", "联系电话：区号后的号码应为7～8位，实为6位"),
    ],
)
def test_bad_phones_name_the_field_and_reason(raw: str, reason: str) -> None:
    error = error_of(check_phone, raw)
    assert error.field == "phone"
    assert error.message.startswith(reason)


# ---------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("张三", "张三"),
        (" 张  三 ", "张三"),
        ("䶮", "䶮"),
        ("𠮷野家", "𠮷野家"),
        ("阿依古丽・买买提", "阿依古丽·买买提"),
        ("阿依古丽•买买提", "阿依古丽·买买提"),
        ("阿依古丽 ‧ 买买提", "阿依古丽·买买提"),
        ("阿依古丽.买买提", "阿依古丽·买买提"),
        ("阿依古丽．买买提", "阿依古丽·买买提"),
        ("𠮷．䶮", "𠮷·䶮"),
        ("John  Smith", "John Smith"),
        ("欧阳修", "欧阳修"),
    ],
)
def test_names(raw: str, canonical: str) -> None:
    assert check_name(raw) == canonical


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "姓名：不能为空"),
        ("\u200b", "姓名：不能为空"),
        ("张三2", "姓名：不能含有数字“2”"),
        ("张三!", "姓名：不能含有符号“!”"),
        ("张(三)", "姓名：不能含有符号“(”"),
        ("J.Smith", "姓名：不能含有符号“.”"),
        ("张三.", "姓名：不能含有符号“.”"),
        ("·买买提", "姓名：间隔号“·”只能出现在两段名字之间"),
        ("买买提··提", "姓名：间隔号“·”只能出现在两段名字之间"),
        ("张" * 31, "姓名：不能超过30个字，实为31个字"),
    ],
)
def test_bad_names_name_the_field_and_reason(raw: str, reason: str) -> None:
    error = error_of(check_name, raw)
    assert error.field == "name"
    assert error.message == reason


def test_name_length_limit_is_thirty() -> None:
    assert check_name("张" * 30) == "张" * 30


# ---------------------------------------------------------------- dates


def test_check_date() -> None:
    birth = date(1940, 1, 1)
    assert check_date(None, field="retired_on", today=TODAY) is None
    assert check_date(TODAY, field="retired_on", today=TODAY, not_before=birth) == TODAY
    future = error_of(check_date, date(2024, 6, 2), field="retired_on", today=TODAY)
    assert (future.field, future.message) == ("retired_on", "离退休时间：2024-06-02 不能晚于今天")
    early = error_of(
        check_date, date(1939, 1, 1), field="joined_party_on", today=TODAY, not_before=birth
    )
    assert early.message == "入党时间：1939-01-01 不能早于出生日期（1940-01-01）"
    missing = error_of(check_date, None, field="date", today=TODAY, required=True)
    assert missing.message == "日期：不能为空"


def dates_problems(**overrides: date | None) -> Problems:
    values: dict[str, date | None] = {
        "birth_date": date(1930, 5, 10),
        "joined_party_on": date(1950, 1, 1),
        "retired_on": date(1990, 1, 1),
        "honorary_retirement_on": date(1990, 1, 1),
    }
    values.update(overrides)
    problems = Problems()
    check_member_dates(problems, today=TODAY, **values)
    return problems


def test_member_dates_ok() -> None:
    problems = dates_problems()
    assert problems.errors == () and problems.warnings == ()


def test_member_dates_in_future_or_before_birth_are_errors() -> None:
    problems = dates_problems(retired_on=date(2025, 1, 1), joined_party_on=date(1920, 1, 1))
    fields = {p.field: p.message for p in problems.errors}
    assert fields["retired_on"].startswith("离退休时间：")
    assert "不能晚于今天" in fields["retired_on"]
    assert fields["joined_party_on"].startswith("入党时间：")
    assert "不能早于出生日期" in fields["joined_party_on"]
    assert problems.warnings == ()


def test_birth_date_in_future_is_an_error() -> None:
    problems = dates_problems(birth_date=date(2030, 1, 1), joined_party_on=None)
    assert [p.field for p in problems.errors] == ["birth_date"]
    assert problems.errors[0].message.startswith("出生日期：")


def test_joining_the_party_under_eighteen_is_a_confirmable_warning() -> None:
    problems = dates_problems(joined_party_on=date(1948, 5, 9))  # one day before 18
    assert problems.errors == ()
    (warning,) = problems.warnings
    assert warning.field == "joined_party_on"
    assert warning.message.startswith("入党时间：")
    assert "十八岁" in warning.message and "17岁" in warning.message
    problems.raise_unconfirmed(confirmed=True)
    with pytest.raises(NeedsConfirmation):
        problems.raise_unconfirmed(confirmed=False)
    assert dates_problems(joined_party_on=date(1948, 5, 10)).warnings == ()


def test_honorary_retirement_before_retirement_is_a_warning() -> None:
    problems = dates_problems(honorary_retirement_on=date(1989, 12, 31))
    assert [p.field for p in problems.warnings] == ["honorary_retirement_on"]
    assert problems.warnings[0].message.startswith("荣誉退休时间：")


def test_age_and_party_years() -> None:
    birth = date(1950, 3, 5)
    assert age_on(birth, date(2024, 3, 4)) == 73
    assert age_on(birth, date(2024, 3, 5)) == 74
    leap = date(1948, 2, 29)
    assert age_on(leap, date(2023, 2, 28)) == 74
    assert age_on(leap, date(2023, 3, 1)) == 75
    assert years_since(date(1970, 7, 1), date(2021, 7, 1)) == 51
    assert years_since(date(1970, 7, 1), date(2021, 6, 30)) == 50


# ---------------------------------------------------------------- identity


def identity(
    id_number: str, birth: date | None = None, gender: Gender | None = None
) -> tuple[Problems, tuple[str, date, Gender] | None]:
    problems = Problems()
    result = check_member_identity(
        problems, id_number=id_number, birth_date=birth, gender=gender, today=TODAY
    )
    return problems, result


def test_identity_fills_birth_and_gender() -> None:
    problems, result = identity(SAMPLE.lower())
    assert problems.errors == ()
    assert result == (SAMPLE, date(1949, 12, 31), Gender.FEMALE)
    problems, result = identity(SAMPLE, date(1949, 12, 31), Gender.FEMALE)
    assert problems.errors == () and result is not None


def test_identity_disagreements_name_both_fields() -> None:
    problems, result = identity(SAMPLE, date(1950, 3, 5), Gender.MALE)
    assert result is not None
    messages = {p.field: p.message for p in problems.errors}
    assert messages["birth_date"] == "出生日期与身份证号不符：身份证号中为 1949-12-31"
    assert messages["gender"] == "性别与身份证号不符：身份证号中为 女"


def test_identity_with_invalid_number_records_error() -> None:
    problems, result = identity(SAMPLE[:-1] + "1", date(1950, 3, 5))
    assert result is None
    assert [p.field for p in problems.errors] == ["id_number"]
    assert problems.errors[0].message == "身份证号：校验位应为 X，实为 1"


# ---------------------------------------------------------------- hours


@pytest.mark.parametrize(
    ("raw", "minutes"),
    [
        ("2", 120),
        ("2.5", 150),
        ("2.25", 135),
        ("2小时", 120),
        ("1.5h", 90),
        ("1.5 H", 90),
        ("２．５", 150),
        ("1小时30分钟", 90),
        ("45分钟", 45),
        ("1小时40分", 100),
        (".5", 30),
        ("24", 1440),
        (2, 120),
        (1.25, 75),
        (Decimal("0.05"), 3),
    ],
)
def test_hours(raw: str | float | Decimal, minutes: int) -> None:
    assert parse_hours(raw) == minutes


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("1.333", "服务时长：最小单位为分钟，1.333 小时不是整分钟"),
        (1.333, "服务时长：最小单位为分钟，1.333 小时不是整分钟"),
        ("0", "服务时长：应大于0"),
        ("-1", "服务时长：应大于0"),
        (-0.5, "服务时长：应大于0"),
        ("24.5", "服务时长：一次服务不能超过24小时，实为 24.5 小时"),
        ("24小时1分", "服务时长：一次服务不能超过24小时，实为24小时1分"),
        ("两小时", "服务时长：“两小时”不是时长"),
        ("", "服务时长：“”不是时长"),
        (float("nan"), "服务时长：“nan”不是时长"),
    ],
)
def test_bad_hours_name_the_field_and_reason(raw: str | float, reason: str) -> None:
    error = error_of(parse_hours, raw)
    assert error.field == "hours"
    assert error.message.startswith(reason)


def test_format_hours() -> None:
    assert format_hours(135) == "2.25"
    assert format_hours(120) == "2"
    assert format_hours(90) == "1.5"
    assert format_hours(3) == "0.05"
    assert format_hours(100) == "1小时40分"
    assert format_hours(20) == "20分"
    assert format_hours(6000) == "100"


@given(st.integers(1, 24 * 60))
def test_hours_round_trip(minutes: int) -> None:
    assert parse_hours(format_hours(minutes)) == minutes


# ---------------------------------------------------------------- money


@pytest.mark.parametrize(
    ("raw", "fen"),
    [
        ("20.51万", 20_510_000),
        ("20.51万元", 20_510_000),
        ("¥1,200.50", 120_050),
        ("￥1，200.5", 120_050),
        ("1200元", 120_000),
        ("人民币 300", 30_000),
        ("0.01", 1),
        (12.5, 1250),
        (Decimal("3.10"), 310),
        (7, 700),
        (20.51 * 10000, 20_510_000),
        (0.1 + 0.2, 30),
    ],
)
def test_yuan(raw: str | float | Decimal, fen: int) -> None:
    assert parse_yuan(raw) == fen


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("1.234", "金额：最多两位小数（到分），1.234 不能精确记账"),
        ("0", "金额：应大于0"),
        ("0.00", "金额：应大于0"),
        ("-5元", "金额：应大于0"),
        ("二十元", "金额：“二十元”不是金额"),
        ("1.2.3", "金额：“1.2.3”不是金额"),
        ("20000万", "金额：超过1亿元"),
        (float("inf"), "金额：“inf”不是金额"),
    ],
)
def test_bad_yuan_name_the_field_and_reason(raw: str | float, reason: str) -> None:
    error = error_of(parse_yuan, raw)
    assert error.field == "amount"
    assert error.message.startswith(reason)


def test_format_yuan_and_wan() -> None:
    assert format_yuan(2051000) == "20510.00"
    assert format_yuan(5) == "0.05"
    assert format_yuan(-150) == "-1.50"
    assert format_wan(20510000) == "20.51万元"
    assert format_wan(2051000) == "2.051万元"
    assert format_wan(1000000) == "1万元"
    assert format_wan(1) == "0.000001万元"


@given(st.integers(1, 10**10))
def test_yuan_round_trip(fen: int) -> None:
    assert parse_yuan(format_yuan(fen)) == fen
    assert parse_yuan(format_wan(fen)) == fen

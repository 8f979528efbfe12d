"""公民身份号码 (GB 11643-1999): one normalisation, one check, one "Excel ate the digits".

The desk's dialogs, the spreadsheet reader and the importer all read ID numbers through this
module, so a number typed with a space, a dash, a full-width digit or a small x means the same
everywhere, and a number a spreadsheet stored as a figure is caught by one rule.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass
from datetime import date

from station_desk.domain.enums import Gender
from station_desk.domain.messages import msg
from station_desk.domain.problems import ValidationError, label_of
from station_desk.domain.text import normalize_text

_ID_WEIGHTS = tuple(2 ** (17 - i) % 11 for i in range(17))
_ID_CHECK = "10X98765432"
_EXCEL_NUMBER = re.compile(r"^\d(\.\d+)?E\+?\d+$")


@dataclass(frozen=True)
class IdNumber:
    """A parsed citizen ID number and what it says about its holder."""

    value: str
    birth_date: date
    gender: Gender
    area_code: str


def id_check_digit(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character for the first 17 digits."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError(f"need 17 digits, got {first17!r}")
    total = sum(map(operator.mul, map(int, first17), _ID_WEIGHTS))  # 17 of each, checked
    return _ID_CHECK[total % 11]


def make_id_number(area_code: str, birth: date, sequence: int, gender: Gender) -> str:
    """A valid but fictitious number, for demo data and tests."""
    if len(area_code) != 6 or not area_code.isdigit() or area_code[0] not in "12345678":
        raise ValueError(f"bad area code {area_code!r}")
    if not 0 <= sequence <= 99:
        raise ValueError(f"sequence must be 0..99, got {sequence}")
    digit17 = (sequence % 5) * 2 + (1 if gender is Gender.MALE else 0)
    first17 = f"{area_code}{birth:%Y%m%d}{sequence:02d}{digit17}"
    return first17 + id_check_digit(first17)


def parse_id_number(raw: str, *, field: str = "id_number", today: date | None = None) -> IdNumber:
    """Check a citizen ID number and upgrade 15-digit old numbers to 18 digits."""
    label = label_of(field)
    today = today or date.today()
    text = normalize_text(raw).replace(" ", "").upper()

    def fail(reason: str) -> ValidationError:
        return ValidationError(field, msg("{label}：{message}", label=label, message=reason))

    if not text:
        raise fail(msg("不能为空"))
    if _EXCEL_NUMBER.match(text):
        raise fail(
            msg(
                "“{text}”是被表格软件当作数字保存的号码，后几位已丢失，无法还原；请核对原件重新录入",
                text=text,
            )
        )
    if len(text) not in (15, 18):
        raise fail(msg("应为18位，实为{n}位", n=len(text)))
    digits = text[:17] if len(text) == 18 else text
    if not (digits.isascii() and digits.isdigit()):  # name the first that is not a digit
        for position, char in enumerate(digits, start=1):
            if not ("0" <= char <= "9"):
                raise fail(msg("第{position}位“{char}”不是数字", position=position, char=char))
    if len(text) == 18 and not ("0" <= text[17] <= "9" or text[17] == "X"):
        raise fail(msg("第18位“{char}”应为数字或 X", char=text[17]))
    if text[0] not in "12345678":
        raise fail(msg("地区码首位应为1～8，实为 {char}", char=text[0]))
    if len(text) == 15:
        first17 = text[:6] + "19" + text[6:]
        value = first17 + id_check_digit(first17)
    else:
        value = text
    birth_text = value[6:14]
    try:
        birth = date(int(birth_text[:4]), int(birth_text[4:6]), int(birth_text[6:]))
    except ValueError:
        raise fail(msg("出生日期 {day} 不是有效日期", day=birth_text)) from None
    if birth > today:
        raise fail(msg("出生日期 {day} 晚于今天", day=birth.isoformat()))
    if birth.year < 1900:
        raise fail(msg("出生日期 {day} 早于1900年", day=birth.isoformat()))
    expected = id_check_digit(value[:17])
    if value[17] != expected:
        raise fail(msg("校验位应为 {expected}，实为 {actual}", expected=expected, actual=value[17]))
    gender = Gender.MALE if int(value[16]) % 2 else Gender.FEMALE
    return IdNumber(value=value, birth_date=birth, gender=gender, area_code=value[:6])

"""公民身份号码 (GB 11643-1999): one normalisation, one check, one "Excel ate the digits".

The desk's dialogs, the spreadsheet reader and the importer all read ID numbers through this
module, so a number typed with a space, a dash, a full-width digit or a small x means the same
everywhere, and a number a spreadsheet stored as a figure is caught by one rule.
"""

from __future__ import annotations

import math
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
_SCIENTIFIC = re.compile(r"^[0-9]+(?:\.[0-9]+)?E\+?[0-9]+$")
_POINT_ZERO = re.compile(r"^([0-9]+)\.0+$")
#: Excel keeps this many significant digits of a number; an 18-digit ID loses the rest.
EXCEL_DIGITS = 15

#: What is left to do when the digits are gone: the advice of every "Excel ate the digits".
DIGITS_LOST = msg("后几位已丢失，无法修复：请把该列设为“文本”格式后重新输入")
#: The one message for an ID number a spreadsheet stored as a number, where no typed text
#: is at hand to quote (a cell of an imported sheet); ``parse_id_number`` quotes the text.
ID_DIGITS_LOST = msg("身份证号被 Excel 当作数字保存，{advice}", advice=DIGITS_LOST)


def normalize_id_number(raw: str) -> str:
    """The one way an ID number is written before it is checked, stored, looked up or
    compared: full-width digits folded (NFKC), invisible characters, spaces and dashes gone,
    the apostrophe Excel users type to keep a number as text dropped, x as X, and a ".0"
    a spreadsheet added to a whole number removed. It does not check anything."""
    if raw.isascii() and raw.isalnum():  # the usual case, typed plainly: nothing to fold
        return raw.upper()
    text = "".join(normalize_text(raw.upper()).split()).replace("-", "").lstrip("'")
    whole = _POINT_ZERO.match(text)
    return whole.group(1) if whole else text


def id_digits_lost(raw: object) -> bool:
    """Whether a spreadsheet stored this ID as a number and so lost its last digits.

    Excel keeps 15 significant digits: an 18-digit number comes back as 3.70124E+17, as a
    float, or as an integer (or "….0" text) whose last digits are zeros. Such a number is
    never "repaired": its digits are not in the file. A 15-digit (old style) number survives
    as a number and is not damage; a float with a fraction was never an ID.
    """
    if raw is None or isinstance(raw, bool):
        return False
    if isinstance(raw, float):
        if not math.isfinite(raw) or not raw.is_integer():
            return True
        return len(str(int(abs(raw)))) > EXCEL_DIGITS
    if isinstance(raw, int):
        return _zeros_past_excel(str(abs(raw)))
    if isinstance(raw, str) and raw.isascii() and raw.isalnum() and "E" not in raw.upper():
        return False  # plain digits (and X): what was typed, not a number Excel rewrote
    text = "".join(normalize_text(str(raw)).split()).upper()
    if _SCIENTIFIC.match(text):
        return True
    whole = _POINT_ZERO.match(text)
    return whole is not None and _zeros_past_excel(whole.group(1))


def _zeros_past_excel(digits: str) -> bool:
    return len(digits) > EXCEL_DIGITS and set(digits[EXCEL_DIGITS:]) == {"0"}


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
    text = normalize_id_number(raw)

    def fail(reason: str) -> ValidationError:
        return ValidationError(field, msg("{label}：{message}", label=label, message=reason))

    if not text:
        raise fail(msg("不能为空"))
    if id_digits_lost(raw):
        shown = "".join(normalize_text(raw).split()).upper()
        raise fail(
            msg("“{text}”是被表格软件当作数字保存的号码，{advice}", text=shown, advice=DIGITS_LOST)
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

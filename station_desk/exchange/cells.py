"""Reading one hand-typed cell: text cleaned, dates in every form clerks type, damage spotted.

A clerk's sheet carries full-width digits, stray and invisible spaces, dates as Excel serials
or as "1950.3" text, and ID numbers that Excel has already turned into numbers. These helpers
turn a raw cell (str, int, float, datetime, None) into a clean value or a Chinese reason.
They never guess a lost digit back.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from datetime import date, datetime, timedelta

from station_desk.domain.dates import (
    DAY,
    YEAR,
    DateTextError,
    PartialDate,
    checked,
    parse_date_text,
)
from station_desk.domain.ids import ID_DIGITS_LOST, id_digits_lost, normalize_id_number
from station_desk.domain.messages import msg
from station_desk.domain.problems import label_of
from station_desk.exchange.errors import CellError

# NFKC keeps these: zero-width space/joiners, word joiner, BOM, soft hyphen, direction marks.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u2061\u2062\u2063\u2064\u180e"),
    None,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

#: The one "Excel ate the digits" of an ID number (``domain.ids``), for a sheet's cell.
ID_NUMBER_DAMAGE = ID_DIGITS_LOST
PHONE_ZERO_LOST = msg(
    "电话号码被 Excel 当作数字保存，开头的 0 已丢失：请把该列设为“文本”格式后重新输入"
)
PHONE_DIGITS_LOST = msg(
    "电话号码被 Excel 当作数字保存，显示成了科学计数法，后几位已丢失：请把该列设为“文本”格式后重新输入"
)
PHONE_DECIMALS = msg("电话号码不能是带小数的数字，请把该列设为“文本”格式后重新输入")

_SCIENTIFIC = re.compile(r"^[0-9]+(?:\.[0-9]+)?[eE][+]?[0-9]+$")
_SERIAL_TEXT = re.compile(r"^\d{1,5}(?:\.\d+)?$")
_COUNT_TEXT = re.compile(r"^(\d+)(?:人次|人|次|个)?$")

_EXCEL_MAX_SERIAL = 2958465  # 9999-12-31 in the 1900 system
_1900_FAKE_LEAP_DAY = 60  # Excel (after Lotus 1-2-3) counts a 1900-02-29 that never was

TRUE_WORDS = frozenset(
    {
        "党员",
        "中共党员",
        "中国共产党党员",
        "共产党员",
        "预备党员",
        "中共预备党员",
        "是",
        "√",
        "y",
        "yes",
        "true",
        "1",
        "有",
    }
)
FALSE_WORDS = frozenset(
    {
        "群众",
        "否",
        "非党员",
        "不是",
        "无",
        "×",
        "x",
        "n",
        "no",
        "false",
        "0",
        "共青团员",
        "团员",
        "民主党派",
        "无党派",
        "无党派人士",
    }
)


def format_number(value: int | float) -> str:
    """A number as a clerk would type it: 13800138000.0 → "13800138000", 2.5 → "2.5"."""
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    return str(value)


def clean_text(value: object) -> str:
    """Any cell as tidy text: NFKC, invisible characters gone, spaces collapsed, trimmed.

    Full-width digits and letters become ASCII; line breaks inside a cell (Alt+Enter) are
    kept but each line is trimmed and empty lines dropped.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return _clean_str(value)
    if isinstance(value, bool):
        return "是" if value else "否"
    elif isinstance(value, int | float):
        return format_number(value)
    elif isinstance(value, datetime):
        if value.time() == datetime.min.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    elif isinstance(value, date):
        return value.isoformat()
    return _clean_str(str(value))


@functools.lru_cache(maxsize=1 << 16)
def _clean_str(text: str) -> str:
    """clean_text for strings; cached, since a roster repeats communities, units and grids."""
    if text.isprintable():
        if text.isascii():
            return " ".join(text.split())
        return " ".join(unicodedata.normalize("NFKC", text).split())
    text = unicodedata.normalize("NFKC", text.translate(_INVISIBLE))
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _checked_date(year: int, month: int | None, day: int | None, shown: str) -> PartialDate:
    """The date of these parts (a month when ``day`` is None), or CellError saying why not."""
    try:
        return checked(year, month, day, shown)
    except DateTextError as error:
        raise CellError(error.args[0]) from None


def _not_a_date(shown: str) -> CellError:
    return CellError(
        msg("无法识别的日期“{value}”，请写成 1950.03.05、1950-3-5 或 1950年3月5日", value=shown)
    )


def _not_an_excel_date(serial: float) -> CellError:
    return CellError(msg("数字 {number} 不是有效的 Excel 日期", number=format_number(serial)))


def _year_only(shown: object, year: object) -> CellError:
    return CellError(msg("只有年份“{value}”，请写到月份，例如 {year}.03", value=shown, year=year))


def _from_serial(serial: float, date1904: bool) -> date:
    days = math.floor(serial)
    if date1904:
        if not 0 <= days <= _EXCEL_MAX_SERIAL - 1462:
            raise _not_an_excel_date(serial)
        return date(1904, 1, 1) + timedelta(days=days)
    if not 1 <= days <= _EXCEL_MAX_SERIAL:
        raise _not_an_excel_date(serial)
    if days == _1900_FAKE_LEAP_DAY:
        raise CellError(msg("Excel 日期 1900年2月29日并不存在，请重新输入这个日期"))
    base = date(1899, 12, 31) if days < _1900_FAKE_LEAP_DAY else date(1899, 12, 30)
    return base + timedelta(days=days)


def _from_number(value: int | float, date1904: bool) -> PartialDate:
    if not math.isfinite(value):
        raise CellError(msg("这个格子里不是日期"))
    shown = format_number(value)
    if float(value).is_integer():
        whole = int(value)
        if 19000101 <= whole <= 29991231:
            return _checked_date(whole // 10000, whole // 100 % 100, whole % 100, shown)
        if 190001 <= whole <= 299912:
            return _checked_date(whole // 100, whole % 100, None, shown)
        if 1900 <= whole <= 2099:
            return PartialDate.of(whole)
        return PartialDate(_from_serial(value, date1904), DAY)
    if 1900 <= value < 2100:
        # A clerk typed 1950.3 into a General cell: Excel keeps it as the number 1950.3.
        year, _, fraction = f"{value:.6f}".rstrip("0").partition(".")
        if fraction == "1":
            raise CellError(
                msg(
                    "数字 {number} 可能是{year}年1月，也可能是{year}年10月（Excel 会去掉末尾的 0）：请把该列设为“文本”格式后写成 {year}.01 或 {year}.10",
                    number=shown,
                    year=year,
                )
            )
        if len(fraction) <= 2:
            return _checked_date(int(year), int(fraction), None, shown)
        raise _not_a_date(shown)
    return PartialDate(_from_serial(value, date1904), DAY)


def _from_text(raw: str) -> PartialDate:
    try:
        found = parse_date_text(raw)
    except DateTextError as error:
        reason = error.args[0]
        if getattr(reason, "template", "").startswith("无法识别"):
            raise _not_a_date(raw) from None
        raise CellError(reason) from None
    if found is None:
        raise _not_a_date(raw)
    return found


def parse_partial_date_cell(value: object, *, date1904: bool = False) -> PartialDate | None:
    """The date a cell shows, as precise as it was written; None for a blank cell.

    Accepts date/datetime objects and Excel serial numbers (days), 1950.3-style numbers and
    195003 (months), 1950 (a year), and text such as 1950.3, 1950.03.05, 1950年3月5日,
    1950-3-5, 1950/3/5, 19500305, 195003, 1950年 (full-width too). CellError(reason) when
    unreadable.
    """
    if value is None:
        return None
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, datetime):
        return PartialDate(value.date(), DAY)
    if isinstance(value, date):
        return PartialDate(value, DAY)
    if isinstance(value, bool):
        raise CellError(msg("这个格子里是“是/否”，不是日期"))
    if isinstance(value, int | float):
        return _from_number(value, date1904)
    text = clean_text(value)
    if not text:
        return None
    if _SCIENTIFIC.match(text) or (_SERIAL_TEXT.match(text) and not 1900 <= float(text) < 2100):
        number = float(text)
        return _from_number(int(number) if number.is_integer() else number, date1904)
    return _from_text(text)


def parse_date_cell(value: object, *, date1904: bool = False) -> date | None:
    """The day a cell shows (a year and month alone give the 1st of that month), or None
    for a blank cell; CellError(reason) when unreadable or only a year.

    For dates that are days by nature (an activity, a post's start); a member's dates keep
    their precision through ``parse_partial_date_cell``.
    """
    found = parse_partial_date_cell(value, date1904=date1904)
    if found is None:
        return None
    if found.precision is YEAR:
        year = found.start.year
        shown = value if isinstance(value, int | float) else clean_text(value)
        raise _year_only(shown, year)
    return found.start


def masked_number(what: str) -> str:
    """A number exported masked (370124********1234) cannot be imported: the digits are not
    in it. ``what`` names the number (身份证号, 电话)."""
    return msg("{what}已打码（导出时未选择完整号码），无法导入：请用含完整号码的表格", what=what)


def id_number_damage(value: object) -> str | None:
    """Why this ID cell can no longer be trusted, or None when it still shows what was typed.

    Excel ate the digits (``domain.ids.id_digits_lost``, the one rule: we say so and never
    guess them back), or the number was exported masked.
    """
    if value is None or isinstance(value, bool):
        return None
    if not isinstance(value, int | float):
        value = clean_text(value)
        if "*" in value:
            return masked_number(label_of("id_number"))
    return ID_NUMBER_DAMAGE if id_digits_lost(value) else None


def clean_id_number(value: object) -> str:
    """An undamaged ID cell as text, written the one way (``domain.ids.normalize_id_number``):
    no spaces or dashes, a typed apostrophe dropped, x → X."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return format_number(value)
    return normalize_id_number(clean_text(value))


def phone_damage(value: object) -> str | None:
    """Why a phone cell lost digits to Excel's number format, or None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if isinstance(value, float) and (not math.isfinite(value) or not value.is_integer()):
            return PHONE_DECIMALS
        digits = str(int(abs(value)))
        if len(digits) > 15:
            return PHONE_DIGITS_LOST
        if 9 <= len(digits) <= 11 and not digits.startswith("1"):
            return PHONE_ZERO_LOST
        return None
    text = "".join(clean_text(value).split())
    if _SCIENTIFIC.match(text):
        return PHONE_DIGITS_LOST
    if "*" in text:
        return masked_number(msg("电话"))
    return None


def clean_phone(value: object) -> str:
    """A phone cell as text, digit groups typed with spaces joined ("138 0013 8000")."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return format_number(value)
    text = clean_text(value).lstrip("'")
    return re.sub(r"(?<=\d) +(?=\d)", "", text)


def parse_bool_cell(value: object) -> bool | None:
    """是/否 style cells (党员, 群众, √, ×); None when blank, CellError when unclear."""
    if isinstance(value, bool):
        return value
    text = "".join(clean_text(value).split()).lower()
    if not text:
        return None
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise CellError(
        msg("看不出“{value}”是“是”还是“否”，请填写 党员/群众 或 是/否", value=clean_text(value))
    )


def parse_count_cell(value: object) -> int | None:
    """A head count such as 服务人次 ("120", 120.0, "1,200人次"); CellError when not one."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellError(msg("这里应填写人数（整数）"))
    if isinstance(value, int | float):
        if isinstance(value, float) and (not math.isfinite(value) or not value.is_integer()):
            raise CellError(msg("人数“{value}”应是整数", value=format_number(value)))
        if value < 0:
            raise CellError(msg("人数“{value}”不能是负数", value=format_number(value)))
        return int(value)
    text = "".join(clean_text(value).split()).replace(",", "")
    if not text:
        return None
    match = _COUNT_TEXT.match(text)
    if not match:
        raise CellError(msg("人数“{value}”应是整数，例如 120", value=clean_text(value)))
    return int(match.group(1))

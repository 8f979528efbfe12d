"""A date as precise as it was written: a year, a year and month, or a day.

Personnel files write 出生年月 and 入党时间 as "1946.03" or "1948年5月": the month is known,
the day is not. Storing such a date as the 1st of the month would invent a day (and then
refuse a birth date the ID number puts on the 12th). So a date carries its precision from
the cell or the form to the ledger and back to the screen and the paper, which show what
was written ("1968.05").

The ledger stores the first day of what is known (1968-05-01 for "1968.05") beside the
precision. Sorting, "not in the future" and ages work on that first day: an age or party
years counted from 1968.05 are whole years since May 1968, from 1968 whole calendar years.
Comparisons that must not refuse a date for a day nobody wrote (the ID number's birth day,
"not before birth") look at the whole period instead (``contains``, ``last``).

Plain Python with no Qt or SQLAlchemy, so the desk, the services, the exchange layer and
the reports all read, check and show dates the same way.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from station_desk.domain.messages import msg


class DatePrecision(StrEnum):
    """How much of a date is known; stored as these readable values."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


DAY = DatePrecision.DAY
MONTH = DatePrecision.MONTH
YEAR = DatePrecision.YEAR


class DateTextError(ValueError):
    """Text that is not a date; the argument is a Chinese sentence quoting the text."""


class PartialDate(NamedTuple):
    """A date known to ``precision``; ``start`` is its first day (day 1, or 1 January).

    A named tuple: an import makes tens of thousands, and a tuple is made several times
    faster than a frozen dataclass.
    """

    start: date
    precision: DatePrecision = DAY

    @classmethod
    def of(cls, year: int, month: int | None = None, day: int | None = None) -> PartialDate:
        """The date of the parts given: (1968) a year, (1968, 5) a month, (1968, 5, 12) a day."""
        if month is None:
            return cls(date(year, 1, 1), YEAR)
        if day is None:
            return cls(date(year, month, 1), MONTH)
        return cls(date(year, month, day), DAY)

    @property
    def last(self) -> date:
        """The last day this date may be."""
        start = self.start
        if self.precision is DAY:
            return start
        if self.precision is MONTH:
            return start.replace(day=calendar.monthrange(start.year, start.month)[1])
        return date(start.year, 12, 31)

    def contains(self, day: date) -> bool:
        """Whether ``day`` is a day this date may be (1968.05 contains 1968-05-12)."""
        return self.start <= day <= self.last

    def text(self) -> str:
        """As rosters write it: "1968", "1968.05", "1968.05.12"."""
        return format_date(self.start, self.precision)

    def __str__(self) -> str:
        return self.text()


def precision_of(value: object) -> DatePrecision:
    """A stored precision (None from an old row, or a plain string) as a ``DatePrecision``."""
    if isinstance(value, DatePrecision):
        return value
    try:
        return DatePrecision(str(value)) if value else DAY
    except ValueError:
        return DAY


def format_date(value: date | None, precision: object = DAY) -> str:
    """A stored date shown as written: "1968", "1968.05", "1968.05.12"; "" for none."""
    if value is None:
        return ""
    known = precision_of(precision)
    if known is YEAR:
        return f"{value.year}"
    if known is MONTH:
        return f"{value.year}.{value.month:02d}"
    return f"{value.year}.{value.month:02d}.{value.day:02d}"


def partial(value: date | None, precision: object = DAY) -> PartialDate | None:
    """A stored date and its precision as one value (None when there is no date)."""
    if value is None:
        return None
    known = precision_of(precision)
    if known is YEAR:
        return PartialDate(date(value.year, 1, 1), YEAR)
    if known is MONTH:
        return PartialDate(value.replace(day=1), MONTH)
    return PartialDate(value, DAY)


_SEPARATED = re.compile(r"^(\d{4})[./\-年](\d{1,2})(?:(?:[./\-月](\d{1,2})[日号]?)|月)?\.?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})?$")
_YEAR = re.compile(r"^(\d{4})年?$")
_TIME = re.compile(r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．－／", "0123456789.-/")


def checked(year: int, month: int | None, day: int | None, shown: str) -> PartialDate:
    """The date of these parts, or DateTextError saying which part is impossible."""
    if not 1900 <= year <= 2100:
        raise DateTextError(
            msg("日期“{value}”的年份 {year} 不对，应在 1900 到 2100 之间", value=shown, year=year)
        )
    if month is not None and not 1 <= month <= 12:
        raise DateTextError(
            msg("日期“{value}”的月份 {month} 不对，月份应在 1 到 12 之间", value=shown, month=month)
        )
    try:
        return PartialDate.of(year, month, day)
    except ValueError:
        raise DateTextError(
            msg(
                "日期“{value}”不存在（{year}年{month}月没有{day}日）",
                value=shown,
                year=year,
                month=month,
                day=day,
            )
        ) from None


def parse_date_text(text: str) -> PartialDate | None:
    """The date a clerk typed, as precise as typed; None for blank text.

    "1950.03.05", "1950-3-5", "1950/3/5", "1950年3月5日", "19500305" are days; "1950.03",
    "1950.3", "1950-3", "1950年3月", "195003" months; "1950", "1950年" a year. Full-width
    digits and spaces are fine. DateTextError (a Chinese reason quoting the text) otherwise.
    """
    shown = text.strip()
    if not shown:
        return None
    compact = "".join(_TIME.sub("", shown.translate(_FULL_WIDTH)).split())
    match = _SEPARATED.match(compact) or _COMPACT.match(compact)
    if match:
        year, month, day = match.groups()
        return checked(int(year), int(month), int(day) if day else None, shown)
    year_only = _YEAR.match(compact)
    if year_only:
        return checked(int(year_only.group(1)), None, None, shown)
    raise DateTextError(
        msg(
            "无法识别的日期“{value}”，请写成 1950.03.05、1950.03 或 1950年3月5日",
            value=shown,
        )
    )

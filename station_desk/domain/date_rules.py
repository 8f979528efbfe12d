"""Dates a clerk typed: not in the future, not before another (a birth); ages and years."""

from __future__ import annotations

from datetime import date

from station_desk.domain.dates import DAY, DatePrecision, format_date, partial
from station_desk.domain.messages import msg
from station_desk.domain.problems import ValidationError, label_of


def shown_date(value: date, precision: DatePrecision) -> str:
    """A date in a message: ISO for a day (as before), as written for a month or a year."""
    return value.isoformat() if precision is DAY else format_date(value, precision)


def check_date(
    value: date | None,
    *,
    field: str,
    today: date,
    not_before: date | None = None,
    not_before_label: str = label_of("birth_date"),
    required: bool = False,
    precision: DatePrecision = DAY,
) -> date | None:
    """A date that has happened, and not before ``not_before`` (usually the birth date).

    A month or a year (``precision``) is before ``not_before`` only when all of it is: a
    party date written 1968.05 is not refused for a birth on 1968-05-12.
    """
    label = label_of(field)
    if value is None:
        if required:
            raise ValidationError(field, msg("{label}：不能为空", label=label))
        return None
    if value > today:
        raise ValidationError(
            field, msg("{label}：{day} 不能晚于今天", label=label, day=shown_date(value, precision))
        )
    last = value if precision is DAY else partial(value, precision).last  # type: ignore[union-attr]
    if not_before is not None and last < not_before:
        raise ValidationError(
            field,
            msg(
                "{label}：{day} 不能早于{before}（{before_day}）",
                label=label,
                day=shown_date(value, precision),
                before=not_before_label,
                before_day=not_before.isoformat(),
            ),
        )
    return value


def age_on(birth: date, on: date) -> int:
    """Whole years of age on ``on`` (a 29 February birthday counts from 1 March)."""
    return years_since(birth, on)


def years_since(start: date, on: date) -> int:
    """Whole years from ``start`` to ``on`` (party years); negative if ``on`` is earlier."""
    years = on.year - start.year
    if (on.month, on.day) < (start.month, start.day):
        years -= 1
    return years

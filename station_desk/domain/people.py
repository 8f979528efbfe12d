"""A member's record as a whole: their dates agree with each other and their ID number."""

from __future__ import annotations

from datetime import date

from station_desk.domain.date_rules import age_on, check_date, shown_date
from station_desk.domain.dates import DAY, DatePrecision, partial
from station_desk.domain.enums import Gender
from station_desk.domain.ids import parse_id_number
from station_desk.domain.messages import msg
from station_desk.domain.problems import Problems, label_of


def check_member_dates(
    problems: Problems,
    *,
    birth_date: date | None,
    joined_party_on: date | None,
    retired_on: date | None,
    honorary_retirement_on: date | None,
    today: date,
    precisions: dict[str, DatePrecision] | None = None,
) -> None:
    """Dates of a member's life: none in the future, none before birth.

    ``precisions`` says how much of each date (by field) is known; a day when missing.
    Joining the party before eighteen is only a warning: the party constitution asks for
    eighteen, yet the files of 离休 cadres who joined during the war record younger ages.
    """
    known = precisions or {}
    birth = problems.check(
        check_date,
        birth_date,
        field="birth_date",
        today=today,
        not_before=date(1900, 1, 1),
        not_before_label=msg("1900年"),
        precision=known.get("birth_date", DAY),
    )
    joined, retired, honorary = (
        problems.check(
            check_date,
            value,
            field=field,
            today=today,
            not_before=birth,
            precision=known.get(field, DAY),
        )
        for field, value in (
            ("joined_party_on", joined_party_on),
            ("retired_on", retired_on),
            ("honorary_retirement_on", honorary_retirement_on),
        )
    )
    if birth is not None and joined is not None and age_on(birth, joined) < 18:
        problems.warn(
            "joined_party_on",
            msg(
                "{label}：入党时未满十八岁（{age}岁），党章规定年满十八岁；离休干部档案中确有此类情况，请核对档案后确认",
                label=label_of("joined_party_on"),
                age=max(age_on(birth, joined), 0),
            ),
        )
    if retired is not None and honorary is not None and honorary < retired:
        problems.warn(
            "honorary_retirement_on",
            msg(
                "{label}：早于离退休时间（{day}），请核对后确认",
                label=label_of("honorary_retirement_on"),
                day=shown_date(retired, known.get("retired_on", DAY)),
            ),
        )


def check_member_identity(
    problems: Problems,
    *,
    id_number: str,
    birth_date: date | None,
    gender: Gender | None,
    today: date,
    birth_precision: DatePrecision = DAY,
) -> tuple[str, date, Gender] | None:
    """The ID number, and the birth date and gender the clerk typed agree with it.

    A birth date written as a month (出生年月 "1946.03") or a year agrees with an ID number
    whose birth day falls in it; the ID number then gives the day.
    """
    parsed = problems.check(parse_id_number, id_number, today=today)
    if parsed is None:
        return None
    if birth_precision is DAY:
        agrees = birth_date is None or birth_date == parsed.birth_date
    else:
        typed = partial(birth_date, birth_precision)
        agrees = typed is None or typed.contains(parsed.birth_date)
    if not agrees:
        problems.error(
            "birth_date",
            msg(
                "出生日期与身份证号不符：身份证号中为 {day}",
                day=parsed.birth_date.isoformat(),
            ),
        )
    if gender is not None and gender is not parsed.gender:
        problems.error(
            "gender", msg("性别与身份证号不符：身份证号中为 {gender}", gender=parsed.gender.label)
        )
    return parsed.value, parsed.birth_date, parsed.gender

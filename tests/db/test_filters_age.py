"""Age is one rule, "whole years on a day", written once in Python and once in SQL.

``domain.filters.age_years`` and ``db.queries.filters.age_years_sql`` must give the same
number for every birthday and day, 29 February in leap and common years included, and
both must leave a member without a birth date outside every band.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import create_engine, literal, null, select

from station_desk.db.queries.filters import age_years_sql
from station_desk.domain.filters import age_years

BIRTHS = [date(1952, 2, 29), date(1956, 2, 28), date(1950, 3, 1), date(1949, 12, 31)]
DAYS = [
    date(y, m, d) + timedelta(days=k)
    for y in (2021, 2023, 2024, 2026)
    for m, d in ((2, 27), (12, 30))
    for k in range(4)
]


def test_sql_and_python_ages_agree_on_every_birthday_edge() -> None:
    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        for born in BIRTHS:
            for on in DAYS:
                in_sql = conn.scalar(select(age_years_sql(literal(born.isoformat()), on)))
                assert in_sql == age_years(born, on), (born, on)


def test_a_29_february_birthday_counts_from_1_march_in_a_common_year() -> None:
    born = date(1952, 2, 29)
    assert age_years(born, date(2023, 2, 28)) == 70
    assert age_years(born, date(2023, 3, 1)) == 71
    assert age_years(born, date(2024, 2, 29)) == 72
    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        assert conn.scalar(select(age_years_sql(literal("1952-02-29"), date(2023, 2, 28)))) == 70
        assert conn.scalar(select(age_years_sql(literal("1952-02-29"), date(2023, 3, 1)))) == 71


def test_no_birth_date_has_no_age() -> None:
    assert age_years(None, date(2024, 1, 1)) is None
    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        assert conn.scalar(select(age_years_sql(null(), date(2024, 1, 1)))) is None

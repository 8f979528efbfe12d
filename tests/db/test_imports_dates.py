"""Dates as precise as they were written, from the cell to the ledger (issue 16, item 1).

A personnel roster's 出生年月 "1946.03" is a month: it agrees with an ID number of March
1946 (the ID gives the day); 入党时间 "1968.05" is stored as a month and shown so; no day is
ever invented, and a later edit or import can make a date more precise but never vaguer.
"""

from __future__ import annotations

from datetime import date

import pytest

from station_desk.db.queries.core import member_full
from station_desk.db.schema.ledger import Ledger
from station_desk.domain.dates import DAY, MONTH, YEAR
from station_desk.domain.enums import Gender
from station_desk.domain.inputs import MemberData
from station_desk.domain.problems import ValidationError
from station_desk.exchange.reading import Sheet
from station_desk.services.imports import RowStatus
from station_desk.services.members import add_member, update_member
from tests.db.conftest import an_id
from tests.db.test_imports import members, run


@pytest.fixture
def org(ledger: Ledger) -> Ledger:
    """An empty ledger (these rows name no places)."""
    return ledger


BORN = date(1946, 3, 12)
HEADERS = ["姓名", "身份证号", "出生年月", "政治面貌", "入党时间", "离退休时间"]


def roster(*rows: list[object]) -> Sheet:
    return Sheet("花名册", [["离退休干部花名册"], HEADERS, *[list(r) for r in rows]])


def one(n: int, birth: object, joined: object = None, retired: object = None) -> list[object]:
    return ["张三", an_id(n, BORN), birth, "党员" if joined else "群众", joined, retired]


@pytest.mark.parametrize("written", ["1946.03", "1946年3月", "1946-3", "194603", 194603, 1946.03])
def test_a_year_month_birth_date_agrees_with_the_id_number(org: Ledger, written: object) -> None:
    preview = run(org, roster(one(1, written)))
    assert [o.status for o in preview.rows] == [RowStatus.NEW], preview.rows[0].reasons()


def test_a_year_birth_date_agrees_with_an_id_number_of_that_year(org: Ledger) -> None:
    preview = run(org, roster(one(1, "1946")))
    assert preview.rows[0].status is RowStatus.NEW, preview.rows[0].reasons()


def test_a_month_the_id_number_disagrees_with_is_refused_with_the_ids_day(org: Ledger) -> None:
    preview = run(org, roster(one(1, "1946.04")))
    assert preview.rows[0].status is RowStatus.ERROR
    assert "身份证号中为 1946-03-12" in preview.rows[0].reasons()


def test_dates_are_stored_as_precise_as_written(org: Ledger) -> None:
    preview = run(
        org,
        roster(one(1, "1946.03", "1968.05", "2006"), one(2, "1946.3.12", "1968.05.20")),
        commit=True,
    )
    assert preview.committed, preview.problems()
    first, second = members(org)[an_id(1, BORN)], members(org)[an_id(2, BORN)]
    assert (first.birth_date, first.birth_date_precision) == (BORN, DAY)
    assert (first.joined_party_on, first.joined_party_on_precision) == (date(1968, 5, 1), MONTH)
    assert (first.retired_on, first.retired_on_precision) == (date(2006, 1, 1), YEAR)
    assert (second.joined_party_on, second.joined_party_on_precision) == (date(1968, 5, 20), DAY)


def test_a_party_month_is_not_refused_for_a_birth_later_in_that_month(org: Ledger) -> None:
    born = date(1950, 5, 20)
    row = ["李四", an_id(3, born), "1950.05", "党员", "1950.05", None]
    preview = run(org, roster(row), accept_warnings=True)
    assert preview.rows[0].status is RowStatus.NEW, preview.rows[0].reasons()
    refused = run(org, roster(["李四", an_id(3, born), "1950.05", "党员", "1950.04", None]))
    assert "1950.04 不能早于出生日期" in refused.rows[0].reasons()


def test_an_import_makes_a_date_more_precise_never_vaguer(org: Ledger) -> None:
    run(org, roster(one(1, "1946.03", "1968.05")), commit=True)
    preview = run(org, roster(one(1, "1946.03", "1968.05.20")), commit=True, on_duplicate="update")
    assert preview.rows[0].status is RowStatus.UPDATE
    assert "入党时间" in preview.rows[0].reasons()
    stored = members(org)[an_id(1, BORN)]
    assert (stored.joined_party_on, stored.joined_party_on_precision) == (date(1968, 5, 20), DAY)
    again = run(org, roster(one(1, "1946.03", "1968.05")), commit=True, on_duplicate="update")
    assert again.rows[0].status is RowStatus.SKIP
    stored = members(org)[an_id(1, BORN)]
    assert (stored.joined_party_on, stored.joined_party_on_precision) == (date(1968, 5, 20), DAY)


def test_the_desk_reads_the_precision_and_an_edit_can_make_it_more_precise(org: Ledger) -> None:
    data = MemberData(
        name="王五",
        id_number=an_id(4, BORN),
        gender=Gender.MALE,
        is_party_member=True,
        joined_party_on=date(1968, 5, 1),
        joined_party_on_precision=MONTH,
    )
    with org.unit_of_work() as session:
        member_id = add_member(session, data, today=date(2026, 12, 1))
    with org.reading() as session:
        full = member_full(session, member_id)
    assert full is not None and full.joined_party_on_precision == "month"
    with org.unit_of_work() as session:
        update_member(
            session,
            member_id,
            MemberData(
                **{
                    **data.__dict__,
                    "joined_party_on": date(1968, 5, 7),
                    "joined_party_on_precision": DAY,
                }
            ),
            today=date(2026, 12, 1),
        )
    with org.reading() as session:
        full = member_full(session, member_id)
    assert full is not None and full.joined_party_on == date(1968, 5, 7)
    assert full.joined_party_on_precision == "day"


def test_a_typed_month_birth_the_id_disagrees_with_is_refused_by_the_service(org: Ledger) -> None:
    data = MemberData(
        name="赵六",
        id_number=an_id(5, BORN),
        birth_date=date(1946, 4, 1),
        birth_date_precision=MONTH,
    )
    with pytest.raises(ValidationError) as caught, org.unit_of_work() as session:
        add_member(session, data, today=date(2026, 12, 1))
    assert "身份证号中为 1946-03-12" in str(caught.value)

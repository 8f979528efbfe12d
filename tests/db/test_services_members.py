"""Member services: good input is stored with its keys; bad input names the field and
leaves the ledger exactly as it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import text

from station_desk.db.queries.core import member_detail, member_full
from station_desk.db.queries.members import member_rows
from station_desk.db.schema.ledger import Ledger
from station_desk.db.schema.models import Member
from station_desk.domain.enums import Gender, RetirementKind
from station_desk.domain.inputs import MemberData
from station_desk.domain.problems import NeedsConfirmation, ValidationError
from station_desk.domain.search import matches, normalize_query
from station_desk.services.members import (
    add_member,
    delete_member,
    purge_member,
    restore_member,
    update_member,
)
from station_desk.services.org import add_community, add_grid
from tests.db.conftest import an_id

TODAY = date(2026, 11, 27)


def dump(ledger: Ledger) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: the ledger's whole logical content."""
    with ledger.reading() as session:
        tables = [
            r[0]
            for r in session.execute(
                text("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
            )
        ]
        return {
            t: sorted(map(tuple, session.execute(text(f'SELECT * FROM "{t}"'))), key=repr)
            for t in tables
        }


def zhang(**changes: Any) -> MemberData:
    base = MemberData(
        name="张三", id_number=an_id(1), phone="13812345678", former_unit="平阴县财政局"
    )
    return replace(base, **changes)


def add(ledger: Ledger, data: MemberData, **kw: Any) -> int:
    with ledger.unit_of_work(operator="测试员") as session:
        return add_member(session, data, today=TODAY, **kw)


def test_add_member_derives_birth_and_gender_and_stores_search_keys(ledger: Ledger) -> None:
    member_id = add(ledger, zhang())
    with ledger.reading() as session:
        full = member_full(session, member_id)
        rows = member_rows(session).rows
    assert full is not None
    assert (full.birth_date, full.gender) == (date(1950, 3, 5), "male")
    (row,) = rows
    for query in ("zs", "zhangsan", "张三", "5678", an_id(1)[-4:], "财政"):
        assert matches(row.search_keys, normalize_query(query)), query


def test_zz_finds_zeng_zhi(ledger: Ledger) -> None:
    add(ledger, zhang(name="曾志"))
    with ledger.reading() as session:
        (row,) = member_rows(session).rows
    assert matches(row.search_keys, "zz")
    assert not matches(row.search_keys, "cz")


def test_every_write_appends_to_the_change_log_with_the_operator(ledger: Ledger) -> None:
    member_id = add(ledger, zhang())
    with ledger.unit_of_work(operator="李会计") as session:
        update_member(session, member_id, zhang(phone="13900001111"), today=TODAY)
    with ledger.reading() as session:
        rows = session.execute(
            text("SELECT operator, action, changes FROM change_log ORDER BY id")
        ).all()
    assert [(r[0], r[1]) for r in rows] == [("测试员", "create"), ("李会计", "update")]
    assert "139****1111" in rows[1][2] and "13900001111" not in rows[1][2]


BAD_INPUT = [
    ("id_number", zhang(id_number=an_id(1)[:-1] + ("0" if an_id(1)[-1] != "0" else "1"))),
    ("id_number", zhang(id_number="37012419500305")),
    ("id_number", zhang(id_number="370124195002301234")),
    ("name", zhang(name="")),
    ("name", zhang(name="张三3")),
    ("name", zhang(name="张" * 31)),
    ("phone", zhang(phone="1381234567")),
    ("phone", zhang(phone="abc")),
    ("birth_date", zhang(birth_date=date(1951, 3, 5))),
    ("gender", zhang(gender=Gender.FEMALE)),
    ("joined_party_on", zhang(is_party_member=True, joined_party_on=date(2030, 1, 1))),
    ("joined_party_on", zhang(is_party_member=True, joined_party_on=date(1940, 1, 1))),
    ("joined_party_on", zhang(is_party_member=False, joined_party_on=date(1975, 1, 1))),
    ("retired_on", zhang(retired_on=date(2027, 1, 1))),
    ("community", zhang(community_id=999)),
    ("station", zhang(station_id=999)),
    ("branch", zhang(branch_id=999)),
    ("former_unit", zhang(former_unit="单" * 101)),
]


@pytest.mark.parametrize(("field", "data"), BAD_INPUT, ids=[f for f, _ in BAD_INPUT])
def test_bad_input_names_the_field_and_changes_nothing(
    ledger: Ledger, field: str, data: MemberData
) -> None:
    add(ledger, zhang(name="李四", id_number=an_id(2), phone="13700000000"))
    before = dump(ledger)
    with pytest.raises(ValidationError) as caught:
        add(ledger, data)
    fields = {p.field for p in caught.value.problems}
    assert field in fields
    message = next(p.message for p in caught.value.problems if p.field == field)
    assert "：" in message and len(message) > 4
    assert dump(ledger) == before


def test_duplicate_id_number_names_the_holder(ledger: Ledger) -> None:
    add(ledger, zhang())
    before = dump(ledger)
    with pytest.raises(ValidationError, match="张三") as caught:
        add(ledger, zhang(name="王五", phone=""))
    assert caught.value.field == "id_number"
    assert dump(ledger) == before


def test_grid_must_belong_to_the_community(ledger: Ledger) -> None:
    with ledger.unit_of_work() as session:
        a = add_community(session, "翠屏社区", "榆山街道")
        b = add_community(session, "环秀社区", "榆山街道")
        grid_b = add_grid(session, b, "第一网格")
    before = dump(ledger)
    with pytest.raises(ValidationError) as caught:
        add(ledger, zhang(community_id=a, grid_id=grid_b))
    assert caught.value.field == "grid"
    assert dump(ledger) == before
    member_id = add(ledger, zhang(grid_id=grid_b))
    with ledger.reading() as session:
        full = member_full(session, member_id)
    assert full is not None and full.community_id == b


def test_joining_the_party_under_18_is_a_warning_to_confirm(ledger: Ledger) -> None:
    data = zhang(
        birth_date=date(1931, 6, 1),
        id_number=an_id(3, birth=date(1931, 6, 1)),
        is_party_member=True,
        joined_party_on=date(1947, 5, 1),
        retirement_kind=RetirementKind.LIXIU,
    )
    before = dump(ledger)
    with pytest.raises(NeedsConfirmation) as caught:
        add(ledger, data)
    assert caught.value.warnings[0].field == "joined_party_on"
    assert dump(ledger) == before
    member_id = add(ledger, data, confirmed=True)
    with ledger.reading() as session:
        full = member_full(session, member_id)
    assert full is not None and full.retirement_kind == "lixiu"


def test_lowercase_x_and_full_width_digits_are_accepted(ledger: Ledger) -> None:
    raw = an_id(4)
    typed = raw.translate(str.maketrans("0123456789X", "０１２３４５６７８９x"))
    member_id = add(ledger, zhang(id_number=typed))
    with ledger.reading() as session:
        full = member_full(session, member_id)
    assert full is not None and full.id_number == raw


def test_delete_restore_and_purge(ledger: Ledger) -> None:
    member_id = add(ledger, zhang())
    with ledger.unit_of_work() as session:
        delete_member(session, member_id)
    with ledger.reading() as session:
        assert member_rows(session).rows == []
        assert member_full(session, member_id) is None
    with pytest.raises(ValidationError):
        add(ledger, zhang(name="王五"))
    with ledger.unit_of_work() as session:
        restore_member(session, member_id)
    with ledger.reading() as session:
        assert [r.id for r in member_rows(session).rows] == [member_id]
    with ledger.unit_of_work() as session:
        purge_member(session, member_id)
    with ledger.reading() as session:
        assert session.get(Member, member_id) is None
        logged = session.execute(text("SELECT changes FROM change_log")).scalars().all()
    assert all(an_id(1) not in c and "370124********" not in c for c in logged)


def test_member_detail_of_a_new_member_is_empty(ledger: Ledger) -> None:
    member_id = add(ledger, zhang())
    with ledger.reading() as session:
        detail = member_detail(session, member_id)
    assert (detail.name, detail.minutes_total, detail.posts, detail.teams) == ("张三", 0, (), ())

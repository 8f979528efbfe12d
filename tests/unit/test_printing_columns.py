"""The member roster's column choice, on its own (``services/printing_columns.py``): no
ledger needed to know which fields a choice prints and how the birth date beside an ID
number or an age changes them. ``services.printing`` still answers to the old names."""

from __future__ import annotations

from datetime import date

import pytest

from station_desk.db.queries.printing import RosterMember
from station_desk.domain.privacy import mask_id_number
from station_desk.domain.problems import ValidationError
from station_desk.services import printing, printing_columns
from station_desk.services.printing_columns import ROSTER_FIELDS, roster_fields

ID = "110101195003155518"
MEMBER = RosterMember(
    id=1,
    name="张三",
    gender="男",
    birth_date=date(1950, 3, 15),
    id_number=ID,
    phone="13800001111",
    address="",
    station="",
    community="",
    grid="",
    former_unit="",
    former_post="",
    retirement_kind="退休",
    is_party_member=True,
    joined_party_on=None,
    branch="",
    posts="",
    volunteer_number="",
)


def _by_key(columns: tuple[str, ...]) -> dict[str, printing_columns.RosterField]:
    return {f.key: f for f in roster_fields(columns)}


def test_a_choice_keeps_its_order_and_takes_headers_or_keys() -> None:
    fields = roster_fields(("姓名", "index", "联系电话"))
    assert [f.key for f in fields] == ["name", "index", "phone"]


@pytest.mark.parametrize(
    ("columns", "words"),
    [((), "请至少选择一列"), (("name", "姓名"), "同一列选了两次"), (("血型",), "没有“血型”")],
)
def test_a_bad_choice_is_refused_naming_the_columns(columns: tuple[str, ...], words: str) -> None:
    with pytest.raises(ValidationError) as raised:
        roster_fields(columns)
    assert words in raised.value.message


def test_an_id_alone_is_masked_the_usual_way() -> None:
    masked = _by_key(("name", "id_number"))["id_number"].masked
    assert masked is not None
    assert masked(ID) == mask_id_number(ID)


def test_an_id_beside_the_birth_keeps_less_and_the_age_goes_by_month() -> None:
    fields = _by_key(("birth", "age", "id_number"))
    masked = fields["id_number"].masked
    assert masked is not None
    assert masked(ID) == mask_id_number(ID, birth_shown=True) != mask_id_number(ID)
    # printed 2026-03-10, before the birthday (the 15th): 75 by the day would tell which half
    # of March he was born in; beside 出生年月 the age goes by the month only, 76
    assert fields["age"].value(MEMBER, date(2026, 3, 10)) == "76"
    plain = {f.key: f for f in ROSTER_FIELDS}["age"]
    assert plain.value(MEMBER, date(2026, 3, 10)) == "75"


def test_printing_still_answers_to_the_old_names() -> None:
    assert printing.ROSTER_FIELDS is printing_columns.ROSTER_FIELDS
    assert printing.DEFAULT_ROSTER_COLUMNS is printing_columns.DEFAULT_ROSTER_COLUMNS
    assert printing.roster_field is printing_columns.roster_field
    assert printing.month is printing_columns.month

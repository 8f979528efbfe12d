"""An ID number is written one way and "Excel ate the digits" is one rule with one advice
(``station_desk.domain.ids``): the dialogs' check, the sheet reader and the importer agree."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station_desk.domain import ids
from station_desk.domain.enums import Gender
from station_desk.domain.ids import (
    DIGITS_LOST,
    ID_DIGITS_LOST,
    id_digits_lost,
    make_id_number,
    normalize_id_number,
    parse_id_number,
)
from station_desk.domain.problems import ValidationError
from station_desk.exchange import cells

TODAY = date(2026, 12, 2)
GOOD = make_id_number("370124", date(1950, 3, 5), 51, Gender.MALE)


@pytest.mark.parametrize(
    "written",
    [
        GOOD,
        GOOD.lower(),
        f" {GOOD[:6]} {GOOD[6:14]} {GOOD[14:]} ",
        f"{GOOD[:6]}-{GOOD[6:14]}-{GOOD[14:]}",
        f"'{GOOD}",  # the apostrophe that keeps a number as text in Excel
        "".join(chr(ord(c) + 0xFEE0) for c in GOOD),  # full-width digits
        f"\u200b{GOOD}\ufeff",
        f"{GOOD}.0" if GOOD[-1] != "X" else GOOD,
    ],
)
def test_every_way_of_writing_an_id_is_one_number(written: str) -> None:
    assert normalize_id_number(written) == GOOD
    assert parse_id_number(written, today=TODAY).value == GOOD
    assert cells.clean_id_number(written) == GOOD


#: What ID cells are made of: digits half- and full-width, x, spaces, dashes, the apostrophe,
#: a spreadsheet's ".0" and E+, and the invisible characters pasted with them.
ID_CHARACTERS = st.sampled_from(
    list("0123456789０１２３４５６７８９xXｘ -－'.E+\u200b\ufeff\u3000")
)


@given(st.text(ID_CHARACTERS, max_size=30))
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalize_id_number(text)
    assert normalize_id_number(once) == once


@pytest.mark.parametrize(
    "damaged",
    [
        "3.70124E+17",
        "3.70124e17",
        3.70124195003051e17,
        370124195003051000,
        "370124195003051000.0",
        "３.７０１２４E+17",
        2.5,
        float("nan"),
    ],
)
def test_excel_ate_the_digits_is_one_rule(damaged: object) -> None:
    assert id_digits_lost(damaged)
    assert cells.id_number_damage(damaged) == ID_DIGITS_LOST
    if isinstance(damaged, str):
        with pytest.raises(ValidationError) as caught:
            parse_id_number(damaged, today=TODAY)
        assert caught.value.message.endswith(DIGITS_LOST)


@pytest.mark.parametrize(
    "kept",
    [GOOD, 370124500305123, 370124500305123.0, "370124500305123", None, True, "", "张三"],
)
def test_what_excel_kept_is_not_damage(kept: object) -> None:
    assert not id_digits_lost(kept)


def test_the_sheet_and_the_dialog_give_the_same_advice() -> None:
    """Two openings (a cell has no typed text to quote; existing tests pin both), one advice."""
    assert cells.ID_NUMBER_DAMAGE is ids.ID_DIGITS_LOST
    assert ID_DIGITS_LOST.endswith(DIGITS_LOST)
    with pytest.raises(ValidationError) as caught:
        parse_id_number("3.70124E+17", today=TODAY)
    assert (
        caught.value.message
        == f"身份证号：“3.70124E+17”是被表格软件当作数字保存的号码，{DIGITS_LOST}"
    )


def test_the_importer_looks_members_up_by_the_same_number() -> None:
    from station_desk.services.imports_members import _id_key

    for written in (GOOD, GOOD.lower(), f"{GOOD[:6]}-{GOOD[6:]}", f"'{GOOD}"):
        assert _id_key(written) == GOOD
    old = "370124500305123"  # 15 digits: upgraded as it is stored
    assert _id_key(old) == parse_id_number(old, today=TODAY).value

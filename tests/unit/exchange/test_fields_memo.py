"""A sheet's parsers remember repeated cells: the same value, or the same CellError, as
parsing every cell afresh, with 1, 1.0 and True kept apart."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station_desk.exchange.errors import CellError
from station_desk.exchange.fields import parser_for, remembering, sheet_parser_for
from station_desk.exchange.mapping import FIELD_LABELS_BY_KIND

KINDS_AND_FIELDS = [
    (kind, name) for kind, labels in FIELD_LABELS_BY_KIND.items() for name in labels
]

cells = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 3_000_000),
    st.floats(allow_nan=True, allow_infinity=True),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    st.sampled_from(
        [
            "男",
            "女性",
            "退休",
            "离休干部",
            "党员",
            "群众",
            "1950.3",
            "1950.13",
            "翠屏社区",
            " 第一网格 ",
        ]
    ),
    st.text(max_size=6),
)


def outcome(parse: object, value: object, date1904: bool) -> tuple[str, object]:
    try:
        return "value", parse(value, date1904)  # type: ignore[operator]
    except CellError as error:
        return "error", error.reason


@given(
    field=st.sampled_from(KINDS_AND_FIELDS),
    values=st.lists(cells, max_size=12),
    date1904=st.booleans(),
)
def test_remembered_parse_gives_what_a_fresh_parse_gives(
    field: tuple[str, str], values: list[object], date1904: bool
) -> None:
    fresh = parser_for(*field)
    remembered = remembering(parser_for(*field))
    for value in [*values, *values]:
        expected = outcome(fresh, value, date1904)
        got = outcome(remembered, value, date1904)
        assert type(got[1]) is type(expected[1])
        if expected[1] == expected[1]:  # NaN is never equal to itself
            assert got == expected


def test_one_true_and_one_point_zero_are_different_cells() -> None:
    party = remembering(parser_for("members", "is_party_member"))
    assert party(1, False) is True
    with pytest.raises(CellError):
        party(1.5, False)
    text = remembering(parser_for("members", "former_unit"))
    assert [text(True, False), text(1, False), text(1.0, False)] == ["是", "1", "1"]


def test_an_unreadable_cell_says_so_every_time() -> None:
    gender = remembering(parser_for("members", "gender"))
    for _ in range(3):
        with pytest.raises(CellError, match="性别"):
            gender("未知", False)


def test_personal_fields_are_not_remembered() -> None:
    assert sheet_parser_for("members", "id_number") is parser_for("members", "id_number")
    assert sheet_parser_for("members", "community") is not parser_for("members", "community")

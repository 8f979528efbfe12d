"""A phone number typed by hand or read from a sheet is refused with a message, never a crash.

A lone "0" (a clerk's placeholder for "none") reached ``digits[1]`` of a one-digit number
and raised IndexError instead of naming the field.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from station_desk.domain.phones import check_phone
from station_desk.domain.problems import ValidationError


@pytest.mark.parametrize("raw", ["0", "0-", "0 ", "00", "+860", "0086-0"])
def test_a_bare_zero_is_refused_with_the_fields_name(raw: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_phone(raw)
    assert "联系电话" in str(refused.value)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789+-— ()（）０１２xX#转.", max_size=16))
def test_any_typed_number_is_kept_or_refused(raw: str) -> None:
    try:
        kept = check_phone(raw)
    except ValidationError:
        return
    assert kept == "" or kept[0] in "01"

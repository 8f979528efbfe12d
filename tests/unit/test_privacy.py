"""Masked ID and phone numbers."""

from __future__ import annotations

import pytest

from station_desk.domain.privacy import mask_id_number, mask_phone


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("370124195003051234", "370124********1234"),
        ("37012419500305123X", "370124********123X"),
        ("370124500305123", "370124*****5123"),
        ("12345678901", "123456*8901"),
        ("1234567890", "********90"),
        ("123", "*23"),
        ("12", "**"),
        ("", ""),
    ],
)
def test_mask_id_number(value: str, masked: str) -> None:
    assert mask_id_number(value) == masked
    assert len(masked) == len(value)


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("13812345678", "138****5678"),
        ("0531-87654321", "0531-****4321"),
        ("010-8765432", "010-***5432"),
        ("053187654321", "053*****4321"),
        ("1234567", "*****67"),
        ("", ""),
    ],
)
def test_mask_phone(value: str, masked: str) -> None:
    assert mask_phone(value) == masked

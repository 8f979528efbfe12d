"""Phone numbers: a mobile or a landline with its area code, in one canonical form."""

from __future__ import annotations

import re

from station_desk.domain.messages import msg
from station_desk.domain.problems import ValidationError, label_of
from station_desk.domain.text import normalize_text

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_PHONE_SEPARATORS = re.compile(r"[\s\-()]+")


def check_phone(raw: str, *, field: str = "phone") -> str:
    """Canonical mobile ("13812345678") or landline ("0531-87654321"); "" when empty."""
    label = label_of(field)
    text = normalize_text(raw)
    if not text:
        return ""
    for prefix in ("+86", "0086"):
        if text.startswith(prefix):
            text = text[len(prefix) :].lstrip(" -")
    if re.fullmatch(r"861[3-9]\d{9}", text):
        text = text[2:]
    groups = [g for g in _PHONE_SEPARATORS.split(text) if g]
    digits = "".join(groups)
    bad = next((c for c in digits if not ("0" <= c <= "9")), None)
    if bad is not None:
        raise ValidationError(
            field, msg("{label}：含有不能出现在号码中的字符“{char}”", label=label, char=bad)
        )
    if digits.startswith("1"):
        if len(digits) != 11:
            raise ValidationError(
                field, msg("{label}：手机号应为11位，实为{n}位", label=label, n=len(digits))
            )
        if not _MOBILE.match(digits):
            raise ValidationError(
                field,
                msg("{label}：手机号第二位应为3～9，实为 {digit}", label=label, digit=digits[1]),
            )
        return digits
    if not digits.startswith("0"):
        raise ValidationError(
            field, msg("{label}：固定电话须带区号，如 0531-87654321", label=label)
        )
    if len(groups) >= 2 and groups[0].startswith("0") and len(groups[0]) <= 4:
        area, local = groups[0], "".join(groups[1:])
    else:
        area_length = 3 if digits[1:2] in ("1", "2") else 4
        area, local = digits[:area_length], digits[area_length:]
    if not 3 <= len(area) <= 4:
        raise ValidationError(
            field, msg("{label}：区号应为3～4位，实为{n}位", label=label, n=len(area))
        )
    if not 7 <= len(local) <= 8:
        raise ValidationError(
            field, msg("{label}：区号后的号码应为7～8位，实为{n}位", label=label, n=len(local))
        )
    return f"{area}-{local}"

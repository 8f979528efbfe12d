"""People's names: Chinese characters (rare blocks too), Latin letters, the middle dot."""

from __future__ import annotations

import re
import unicodedata

from station_desk.domain.messages import msg
from station_desk.domain.problems import ValidationError, label_of
from station_desk.domain.text import normalize_text

_MIDDLE_DOTS = dict.fromkeys(map(ord, "・•‧∙⋅･·᛫⸱"), "·")
_HAN_RANGES = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2FA1F),
    (0x30000, 0x323AF),
)


_HAN_CLASS = "[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _HAN_RANGES) + "]"
_HAN_PERIOD = re.compile(rf"(?<={_HAN_CLASS})\s*\.\s*(?={_HAN_CLASS})")


def is_han(char: str) -> bool:
    """A CJK ideograph in any block, rare extensions included (䶮, 𠮷)."""
    code = ord(char)
    return any(low <= code <= high for low, high in _HAN_RANGES)


def _is_latin_letter(char: str) -> bool:
    return char.isalpha() and unicodedata.name(char, "").startswith("LATIN")


def check_name(raw: str, *, field: str = "name") -> str:
    """A person's name: Chinese characters, Latin letters and the ethnic-name middle dot.

    Spaces between Chinese characters are dropped: rosters pad two-character names
    ("张  三") to line up with three-character ones. A period between Chinese characters
    is the middle dot typed on a keyboard without one ("阿依古丽.买买提").
    """
    label = label_of(field)
    text = _HAN_PERIOD.sub("·", normalize_text(raw).translate(_MIDDLE_DOTS))
    text = re.sub(r"\s*·\s*", "·", text)
    text = "".join(
        c
        for i, c in enumerate(text)
        if c != " " or (_is_latin_letter(text[i - 1]) and _is_latin_letter(text[i + 1]))
    )
    if not text:
        raise ValidationError(field, msg("{label}：不能为空", label=label))
    for char in text:
        if char.isdigit():
            raise ValidationError(
                field, msg("{label}：不能含有数字“{char}”", label=label, char=char)
            )
        if not (is_han(char) or _is_latin_letter(char) or char in "· "):
            raise ValidationError(
                field, msg("{label}：不能含有符号“{char}”", label=label, char=char)
            )
    if text.startswith("·") or text.endswith("·") or "··" in text:
        raise ValidationError(field, msg("{label}：间隔号“·”只能出现在两段名字之间", label=label))
    if len(text) > 30:
        raise ValidationError(
            field, msg("{label}：不能超过30个字，实为{n}个字", label=label, n=len(text))
        )
    return text

"""Fonts, fallback, markup and Chinese line breaking: the rules every paragraph relies on."""

from __future__ import annotations

from datetime import date

import pytest
from reportlab.platypus import Paragraph

from station_desk.reports.fonts import (
    KAI,
    KAI_BOLD,
    PLACEHOLDER,
    SANS,
    font_runs,
    has_glyph,
    markup,
    missing_glyphs,
)
from station_desk.reports.typeset import (
    CANNOT_START_EXTRA,
    chinese_date,
    install_line_rules,
    numeric_date,
    para,
    style,
)

RARE = "䶮𠮷"


def _absent_everywhere() -> str:
    for char in ("\ue000", "\U0001f600", "\U0001fa90", "\U000e0100"):
        if not any(has_glyph(f, char) for f in (SANS, KAI, KAI_BOLD)):
            return char
    raise AssertionError("every candidate has a glyph somewhere; pick another test character")


def test_micro_hei_lacks_the_rare_characters_that_wenkai_has() -> None:
    for char in RARE:
        assert not has_glyph(SANS, char)
        assert has_glyph(KAI, char)


def test_font_runs_fall_back_per_character() -> None:
    runs = font_runs(f"刘{RARE}同志", SANS)
    assert [(r.font, r.text) for r in runs] == [(SANS, "刘"), (KAI, RARE), (SANS, "同志")]


def test_markup_escapes_xml_and_wraps_fallback_runs() -> None:
    assert markup("a<b>&c", SANS) == "a&lt;b&gt;&amp;c"
    assert markup(f"刘{RARE}", SANS) == f'刘<font name="{KAI}">{RARE}</font>'
    assert markup("第一行\n第二行", KAI) == "第一行<br/>第二行"


def test_invisible_format_characters_are_dropped_not_boxed() -> None:
    missing: list[str] = []
    assert markup("王\u200b建\ufeff国", SANS, missing) == "王建国"
    assert missing == []


def test_character_no_font_has_becomes_a_visible_placeholder_and_is_reported() -> None:
    char = _absent_everywhere()
    missing: list[str] = []
    text = markup(f"张{char}三", SANS, missing)
    assert text == f"张{PLACEHOLDER}三"
    assert missing == [char]
    assert missing_glyphs([f"刘{RARE}", f"张{char}三", char]) == [char]


def test_line_rules_extend_reportlab_cannot_start_set() -> None:
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    rules = install_line_rules()
    for char in "，。；：！？、）》」』】":
        assert char in rules
    assert rules == textsplit.ALL_CANNOT_START
    assert rules == paragraph.ALL_CANNOT_START  # type: ignore[attr-defined]
    assert set(CANNOT_START_EXTRA) <= set(rules)


def _line_texts(p: Paragraph) -> list[str]:
    lines = []
    for line in p.blPara.lines:
        if isinstance(line, tuple):
            lines.append("".join(line[1]))
        else:
            lines.append("".join(getattr(w, "text", "") for w in line.words))
    return lines


@pytest.mark.parametrize("name", ["王建国", f"刘{RARE}"])
@pytest.mark.parametrize("punct", list("，。；：！？、）》」』】"))
def test_no_line_starts_with_full_width_punctuation(name: str, punct: str) -> None:
    size = 10.0
    # Ten characters fill a line exactly, so the punctuation is the first to overflow.
    text = (f"{name}一二三四五六七"[:10] + punct) * 4
    p = para(text, style(SANS, size))
    p.wrap(10 * size + 0.5, 1e9)
    lines = _line_texts(p)
    assert len(lines) >= 4
    assert all(line and line[0] != punct for line in lines), lines


def test_dates_in_numeric_and_chinese_forms() -> None:
    assert numeric_date(date(2026, 11, 27)) == "2026年11月27日"
    assert chinese_date(date(2026, 11, 27)) == "二〇二六年十一月二十七日"
    assert chinese_date(date(2020, 10, 10)) == "二〇二〇年十月十日"
    assert chinese_date(date(2031, 1, 31)) == "二〇三一年一月三十一日"
    assert chinese_date(date(2026, 12, 20)) == "二〇二六年十二月二十日"

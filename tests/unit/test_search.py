"""Search keys: pinyin with surname readings, phone and ID fragments, query folding."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station_desk.domain.search import (
    KEY_SEPARATOR,
    ROW_SEPARATOR,
    SURNAME_READINGS,
    KeyIndex,
    matches,
    member_search_keys,
    name_pinyin_variants,
    normalize_query,
    sort_key,
)


def finds(query: str, **member: str) -> bool:
    return matches(member_search_keys(**member), normalize_query(query))


@pytest.mark.parametrize("query", ["张三", "zs", "zhangsan", "zhang", "ZS", "ＺＳ", " z s "])
def test_name_pinyin_and_initials_find_zhang_san(query: str) -> None:
    assert finds(query, name="张三")


def test_zeng_is_read_as_a_surname() -> None:
    assert finds("zz", name="曾志")
    assert finds("zengzhi", name="曾志")
    assert not finds("cz", name="曾志")
    assert not finds("cengzhi", name="曾志")


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("单雄信", "shanxiongxin", "sxx"),
        ("解缙", "xiejin", "xj"),
        ("仇英", "qiuying", "qy"),
        ("区伟", "ouwei", "ow"),
        ("朴正", "piaozheng", "pz"),
        ("查良镛", "zhaliangyong", "zly"),
        ("翟志刚", "zhaizhigang", "zzg"),
        ("盖军", "gejun", "gj"),
        ("欧阳修", "ouyangxiu", "oyx"),
        ("诸葛亮", "zhugeliang", "zgl"),
        ("尉迟恭", "yuchigong", "ycg"),
        ("长孙无忌", "zhangsunwuji", "zswj"),
    ],
)
def test_surname_table_readings_come_first(name: str, full: str, initials: str) -> None:
    assert name_pinyin_variants(name)[0] == (full, initials)
    assert finds(full, name=name) and finds(initials, name=name)


def test_surnames_with_two_readings_give_both() -> None:
    assert name_pinyin_variants("乐嘉") == [("yuejia", "yj"), ("lejia", "lj")]
    assert finds("lj", name="乐嘉") and finds("yj", name="乐嘉")


def test_compound_surnames_have_two_characters() -> None:
    assert {len(s) for s in SURNAME_READINGS} == {1, 2}


def test_single_surname_not_mistaken_for_compound() -> None:
    assert name_pinyin_variants("单于海")[0] == ("shanyuhai", "syh")


def test_every_table_reading_is_plain_lowercase_pinyin() -> None:
    for surname, readings in SURNAME_READINGS.items():
        assert readings, surname
        for reading in readings:
            syllables = reading.split()
            assert len(syllables) == len(surname), surname
            assert all(s.isascii() and s.isalpha() and s.islower() for s in syllables)


def test_rare_characters_do_not_crash() -> None:
    assert name_pinyin_variants("刘䶮") == [("liuyan", "ly")]
    full, initials = name_pinyin_variants("𠮷野")[0]
    assert full == "jiye" and initials == "jy", "𠮷 (beyond the BMP) is read ji (issue 14)"
    assert finds("𠮷", name="𠮷野") and finds("jy", name="𠮷野")
    assert sort_key("𠮷祥") < sort_key("金明") < sort_key("邹明")


def test_ethnic_name_found_without_the_dot() -> None:
    assert finds("阿依古丽买买提", name="阿依古丽·买买提")
    assert finds("买买提", name="阿依古丽·买买提")


def test_importing_search_does_not_import_pypinyin() -> None:
    code = "import sys, station_desk.domain.search; assert 'pypinyin' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_ethnic_and_latin_names() -> None:
    assert name_pinyin_variants("阿依古丽·买买提") == [("ayigulimaimaiti", "ayglmmt")]
    assert name_pinyin_variants("John Smith") == [("johnsmith", "js")]
    assert name_pinyin_variants("") == []


def test_phone_fragments_and_id_tail_match() -> None:
    member = {
        "name": "张三",
        "phone": "0531-87654321",
        "id_number": "37012419500305123X",
        "former_unit": "平阴县 人民医院",
    }
    for query in ("8765", "0531-8765", "053187654321", "123x", "123X", "05123x", "人民医院"):
        assert finds(query, **member), query
    assert not finds("370124", **member)  # the full ID is never a key
    assert finds("1381234", name="李四", phone="13812345678")


def test_keys_do_not_match_across_separators() -> None:
    keys = member_search_keys(name="张三", phone="13812345678")
    assert KEY_SEPARATOR in keys
    assert not matches(keys, normalize_query("zs138"))
    assert not matches(keys, normalize_query("zs" + KEY_SEPARATOR + "138"))
    assert keys == keys.lower()


def test_extra_keys_are_searchable() -> None:
    keys = member_search_keys(name="张三", extra=["乐康艺术团", "LKYST"])
    assert matches(keys, "lkyst") and matches(keys, "艺术团")


def test_normalize_query() -> None:
    assert normalize_query(" Ｚ\u200bＳ\u3000 ") == "zs"
    assert normalize_query("\ufeff张 三\t") == "张三"
    assert normalize_query("") == ""


def test_empty_query_matches_everything() -> None:
    assert matches(member_search_keys(name="张三"), "")
    assert matches("", "")


def test_sort_key_orders_by_pinyin() -> None:
    names = ["赵六", "曾志", "李安", "连", "阿依古丽·买买提", "欧阳修", "张三", "李"]
    ordered = sorted(names, key=sort_key)
    assert ordered == ["阿依古丽·买买提", "李", "李安", "连", "欧阳修", "曾志", "张三", "赵六"]


@given(st.text(max_size=12))
def test_any_text_gives_keys_without_crashing(text: str) -> None:
    keys = member_search_keys(name=text, former_unit=text)
    assert matches(keys, "")
    assert isinstance(sort_key(text), str)
    query = normalize_query(text)
    if query:
        assert matches(keys, query)


@given(st.text(alphabet="张王曾欧阳修𠮷ＡＢａｂ·\u200b 1２O¯", max_size=8))
def test_pinyin_keys_are_stored_as_a_typed_query_would_be(text: str) -> None:
    keys = member_search_keys(name=text).split(KEY_SEPARATOR)
    for variant in name_pinyin_variants(text):
        assert {normalize_query(v) for v in variant if normalize_query(v)} <= set(keys)


def plain(keys: list[str], query: str) -> list[int]:
    return [i for i, k in enumerate(keys) if matches(k, query)]


#: Few letters, so random queries often hit; both separators, so hits may try to span them.
KEY_TEXT = st.text(alphabet=["a", "b", "张", "𠮷", KEY_SEPARATOR, ROW_SEPARATOR], max_size=8)


@given(st.lists(KEY_TEXT, max_size=30), KEY_TEXT)
def test_key_index_finds_exactly_what_matches_finds(keys: list[str], query: str) -> None:
    assert KeyIndex(keys).rows_matching(query) == plain(keys, query)


@given(st.lists(KEY_TEXT, max_size=30), KEY_TEXT, KEY_TEXT)
def test_key_index_narrowing_gives_the_same_rows(keys: list[str], first: str, more: str) -> None:
    index = KeyIndex(keys)
    earlier = index.rows_matching(first)
    assert index.rows_matching(first + more, earlier) == plain(keys, first + more)


def test_key_index_no_hit_across_rows_or_keys() -> None:
    keys = ["zhangsan" + KEY_SEPARATOR + "zs", "lisi" + KEY_SEPARATOR + "ls", "", "wangwu"]
    index = KeyIndex(keys)
    for query in ("zsli", "sanzs", "lsw", "lswang", "ls" + ROW_SEPARATOR, "wu" + ROW_SEPARATOR):
        assert index.rows_matching(query) == [], query
    assert index.rows_matching("s") == [0, 1]
    assert index.rows_matching("wu") == [3]
    assert index.rows_matching("") == [0, 1, 2, 3]
    assert len(index) == 4 and KeyIndex([]).rows_matching("a") == []


@given(st.integers(0, 3000), st.integers(1, 40), st.sampled_from(["1", "13", "x", "1x"]))
def test_key_index_dense_and_sparse_hits(lead: int, every: int, query: str) -> None:
    """Over 256 hits the scan may switch to testing row by row: same rows either way."""
    keys = [f"{i}x" if i >= lead and i % every == 0 else f"y{i % 7}" for i in range(3000)]
    assert KeyIndex(keys).rows_matching(query) == plain(keys, query)


def test_key_holding_the_row_separator_still_matches_like_matches() -> None:
    keys = ["a" + ROW_SEPARATOR + "b", "ab", "b"]
    index = KeyIndex(keys)
    assert index.rows_matching("b") == [0, 1, 2]
    assert index.rows_matching("a" + ROW_SEPARATOR + "b") == [0]

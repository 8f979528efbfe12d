"""Finding the header row and mapping clerks' column names to fields."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from station_desk.exchange.errors import ExchangeError
from station_desk.exchange.mapping import (
    FIELD_LABELS_BY_KIND,
    HEADER_SYNONYMS,
    KIND_LABELS,
    REQUIRED_FIELDS,
    field_for_header,
    find_header,
    normalize_header,
)
from station_desk.exchange.reading import Sheet, read_table


def test_every_kind_has_labels_and_required_fields_it_knows() -> None:
    assert set(HEADER_SYNONYMS) == set(REQUIRED_FIELDS) == set(KIND_LABELS)
    for kind, fields in HEADER_SYNONYMS.items():
        assert set(REQUIRED_FIELDS[kind]) <= set(fields)
        assert set(FIELD_LABELS_BY_KIND[kind]) == set(fields)
        for name in fields:
            assert field_for_header(kind, FIELD_LABELS_BY_KIND[kind][name]) == (name, True)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("身份证号", "id_number"),
        ("身份证号码", "id_number"),
        ("公民身份号码", "id_number"),
        ("身份证", "id_number"),
        ("*身份证号", "id_number"),
        ("身份证号（必填）", "id_number"),
        ("身份证号码(18位)", "id_number"),
        ("身份证\n号码", "id_number"),
        (" 姓  名 ", "name"),
        ("老同志姓名", "name"),
        ("名字", "name"),
        ("出生年月", "birth_date"),
        ("出生日期", "birth_date"),
        ("出生时间", "birth_date"),
        ("联系电话", "phone"),
        ("手机号码", "phone"),
        ("联系方式", "phone"),
        ("家庭住址", "address"),
        ("现住址", "address"),
        ("所在社区", "community"),
        ("所在网格", "grid"),
        ("原工作单位", "former_unit"),
        ("原单位", "former_unit"),
        ("原职务", "former_post"),
        ("离退休类别", "retirement_kind"),
        ("类别", "retirement_kind"),
        ("离休时间", "retired_on"),
        ("荣誉退休时间", "honorary_retirement_on"),
        ("荣誉退休日期", "honorary_retirement_on"),
        ("政治面貌", "is_party_member"),
        ("是否党员", "is_party_member"),
        ("入党日期", "joined_party_on"),
        ("党支部", "branch"),
        ("志愿者编号", "volunteer_number"),
        ("健康状况", "health"),
        ("备注", "notes"),
        ("老同志身份证号码", "id_number"),  # contained synonym
        ("序号", None),
        ("", None),
    ],
)
def test_member_header_variants(header: str, expected: str | None) -> None:
    assert field_for_header("members", header)[0] == expected


@pytest.mark.parametrize(
    ("kind", "header", "expected"),
    [
        ("team_members", "团队名称", "team"),
        ("team_members", "职务", "role"),
        ("grid_posts", "职务", "post"),
        ("grid_posts", "楼号", "building"),
        ("grid_posts", "任职时间", "since"),
        ("activities", "活动主题", "title"),
        ("activities", "类别", "category"),
        ("activities", "帮扶人次", "beneficiaries"),
        ("activities", "服务时长", "hours"),
        ("activities", "时长（小时）", "hours"),
        ("events", "类型", "kind"),
        ("events", "观众人次", "audience"),
        ("events", "驿站", "station"),
        ("events", "主讲人", "name"),
    ],
)
def test_other_kinds(kind: str, header: str, expected: str) -> None:
    assert field_for_header(kind, header)[0] == expected


def test_normalize_header() -> None:
    assert normalize_header("＊身份证号 （必填）：") == "身份证号"
    assert normalize_header("出生\n年月\u200b") == "出生年月"


def test_header_below_merged_title_rows(make_xlsx: Callable[..., Path]) -> None:
    path = make_xlsx(
        [
            ["榆山街道翠屏社区离退休干部花名册"],
            ["填报单位：翠屏社区", None, None, None, "填报日期：2021年6月"],
            [],
            ["序号", "姓名", "性别", "身份证号码", "联系电话", "离退休"],
            [1, "张三", "男", "370124195505123456", "13800001111", "退休"],
        ],
        merged=["A1:F1", "A2:D2"],
    )
    guess = find_header(read_table(path), "members")
    assert guess.row_index == 3
    assert guess.mapping == {
        1: "name",
        2: "gender",
        3: "id_number",
        4: "phone",
        5: "retirement_kind",
    }
    assert guess.unmapped == [(0, "序号")]


def test_each_field_taken_once_exact_match_first() -> None:
    sheet = Sheet("x", [["老同志身份证号码", "姓名", "身份证号"]])
    guess = find_header(sheet, "members")
    assert guess.mapping == {1: "name", 2: "id_number"}
    assert guess.unmapped == [(0, "老同志身份证号码")]


def test_no_header_names_the_expected_columns() -> None:
    sheet = Sheet("Sheet1", [["花名册"], ["名字", "电话"], ["张三", "138"]])
    with pytest.raises(ExchangeError) as caught:
        find_header(sheet, "members")
    message = caught.value.message
    assert "Sheet1" in message and "“身份证号”" in message and "缺少" in message
    with pytest.raises(ExchangeError, match="空的"):
        find_header(Sheet("空表", []), "members")
    with pytest.raises(ExchangeError, match="不认识的导入类型"):
        find_header(sheet, "donations")

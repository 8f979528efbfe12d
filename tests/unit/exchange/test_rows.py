"""Whole sheets to rows: cleaning, problems with row and column, duplicates, overrides."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from station_desk.domain.dates import PartialDate
from station_desk.domain.enums import (
    EventKind,
    Gender,
    GridPostKind,
    ParticipationRole,
    RetirementKind,
)
from station_desk.exchange.cells import ID_NUMBER_DAMAGE
from station_desk.exchange.errors import ExchangeError
from station_desk.exchange.examples import EXAMPLE_ID_NUMBER
from station_desk.exchange.reading import Sheet, read_table
from station_desk.exchange.rows import ParsedSheet, RowProblem, parse_sheet

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "exchange"
ID_A = "370124195505123456"
ID_B = "370124195203061237"
ID_C = "370124194810012344"


def _problems(parsed: ParsedSheet) -> list[tuple[int, str, str]]:
    return [(p.row, p.column, p.field) for p in parsed.all_problems()]


def test_numeric_ids_reported_with_row_and_column(make_xlsx: Callable[..., Path]) -> None:
    path = make_xlsx(
        [
            ["老干部花名册"],
            ["姓名", "公民身份号码", "手机"],
            ["张三", 3.70124195505123e17, 13800001111],
            ["李四", ID_B, "13900002222"],
            ["王五", "3.70124E+17", 5318765432],
        ],
        merged=["A1:C1"],
    )
    parsed = parse_sheet(read_table(path), "members")
    assert [row.row for row in parsed.rows] == [3, 4, 5]
    first, second, third = parsed.rows
    assert first.problems == (RowProblem(3, "公民身份号码", "id_number", ID_NUMBER_DAMAGE),)
    assert first.values["id_number"] is None
    assert first.values["phone"] == "13800001111"
    assert second.problems == () and second.values["id_number"] == ID_B
    assert [(p.row, p.column, p.field) for p in third.problems] == [
        (5, "公民身份号码", "id_number"),
        (5, "手机", "phone"),
    ]
    assert "开头的 0" in third.problems[1].message


def test_fixture_rows_clean_and_duplicates_name_both_rows() -> None:
    for name, first_row in (("members.xls", 4), ("members_gb18030.csv", 3)):
        parsed = parse_sheet(read_table(FIXTURES / name), "members")
        rows = {row.row: row for row in parsed.rows}
        assert sorted(rows) == [first_row + i for i in range(4)]  # footer 填表人 skipped
        zhang, li, wang, zhao = (rows[first_row + i] for i in range(4))
        assert zhang.values["name"] == "张三"
        assert zhang.values["birth_date"] == PartialDate.of(1950, 3, 5)
        assert zhang.values["is_party_member"] is True
        assert zhang.values["joined_party_on"] == PartialDate.of(1975, 7)
        assert li.values["birth_date"] == PartialDate.of(1952, 3)
        assert li.values["is_party_member"] is False
        assert [p.message for p in li.problems] == [ID_NUMBER_DAMAGE]
        assert wang.values["id_number"] == ID_C  # zero-width space removed
        assert wang.values["phone"] == "13700003333"  # full-width digits
        assert wang.values["joined_party_on"] == PartialDate.of(1970, 7, 1)
        assert zhao.values["phone"] == "0531-87654321"
        dup = parsed.duplicate_problems
        assert [(p.row, p.column, p.field) for p in dup] == [
            (zhang.row, "身份证号码", "id_number"),
            (zhao.row, "身份证号码", "id_number"),
        ]
        assert f"第 {zhao.row} 行" in dup[0].message and f"第 {zhang.row} 行" in dup[1].message


def test_messy_text_cleaned() -> None:
    sheet = Sheet(
        "x",
        [
            ["姓名", "身份证号", "性别", "所在社区", "备注", "离退休类别"],
            [
                "  张\u3000三 ",
                f"\ufeff{ID_A}\u200b",
                " 男性 ",
                "翠屏\u00ad社区",
                "ＡＢＣ１２３",
                "退休干部",
            ],
            ["Li Si", ID_B.lower()[:-1] + "x", "女", None, None, "离休"],
        ],
    )
    first, second = parse_sheet(sheet, "members").rows
    assert first.values["name"] == "张三"
    assert first.values["id_number"] == ID_A
    assert first.values["gender"] is Gender.MALE
    assert first.values["community"] == "翠屏社区"
    assert first.values["notes"] == "ABC123"
    assert first.values["retirement_kind"] is RetirementKind.TUIXIU
    assert second.values["name"] == "Li Si"
    assert second.values["id_number"] == ID_B[:-1] + "X"
    assert second.values["community"] == ""
    assert second.values["retirement_kind"] is RetirementKind.LIXIU


def test_garbage_cells_become_problems_not_exceptions() -> None:
    sheet = Sheet(
        "x",
        [
            ["姓名", "身份证号", "出生年月", "性别", "是否党员", "离退休类别"],
            ["张三", ID_A, "去年", "未知", "也许", "内退"],
            [None, None, datetime(1950, 1, 1), None, None, None],
        ],
    )
    parsed = parse_sheet(sheet, "members")
    assert _problems(parsed) == [
        (2, "出生年月", "birth_date"),
        (2, "性别", "gender"),
        (2, "是否党员", "is_party_member"),
        (2, "离退休类别", "retirement_kind"),
        (3, "姓名", "name"),
        (3, "身份证号", "id_number"),
    ]
    messages = [p.message for p in parsed.all_problems()]
    assert "“男”、“女”" in messages[1] and "未知" in messages[1]
    assert messages[4] == "“姓名”必须填写"


def test_blank_total_footer_and_repeated_header_rows_skipped() -> None:
    sheet = Sheet(
        "x",
        [
            ["序号", "姓名", "身份证号"],
            [1, "张三", ID_A],
            [2, None, "  \u200b"],
            [],
            [None, "姓名", "身份证号"],
            ["序号", "姓名", "身份证号"],
            [3, "李四", ID_B],
            ["合计", "2人"],
            ["填表人：王五", None, "审核人：赵六"],
        ],
    )
    parsed = parse_sheet(sheet, "members")
    assert [(row.row, row.values["name"]) for row in parsed.rows] == [(2, "张三"), (7, "李四")]
    assert parsed.all_problems() == []


def test_mapping_override_and_header_row(make_xlsx: Callable[..., Path]) -> None:
    sheet = Sheet("x", [["甲", "乙", "丙"], ["张三", ID_A, "1950.3"]])
    with pytest.raises(ExchangeError):
        parse_sheet(sheet, "members")
    parsed = parse_sheet(
        sheet, "members", mapping={0: "name", 1: "id_number", 2: "birth_date"}, header_row=0
    )
    assert parsed.rows[0].values == {
        "name": "张三",
        "id_number": ID_A,
        "birth_date": PartialDate.of(1950, 3),
    }
    assert parsed.header.unmapped == []
    with pytest.raises(ExchangeError, match="都对应“姓名”"):
        parse_sheet(sheet, "members", mapping={0: "name", 1: "name"})
    with pytest.raises(ExchangeError, match="salary"):
        parse_sheet(sheet, "members", mapping={0: "salary"})


def test_date1904_serials(make_xlsx: Callable[..., Path]) -> None:
    sheet = Sheet("x", [["姓名", "身份证号", "出生年月"], ["张三", ID_A, 16865]], date1904=True)
    assert parse_sheet(sheet, "members").rows[0].values["birth_date"] == PartialDate.of(1950, 3, 5)
    plain = Sheet("x", sheet.rows)
    assert parse_sheet(plain, "members").rows[0].values["birth_date"] == PartialDate.of(1946, 3, 4)
    assert parse_sheet(plain, "members", date1904=True).rows[0].values[
        "birth_date"
    ] == PartialDate.of(1950, 3, 5)


def test_template_example_row_is_refused() -> None:
    sheet = Sheet("x", [["姓名", "身份证号"], ["张三", EXAMPLE_ID_NUMBER]])
    (row,) = parse_sheet(sheet, "members").rows
    assert [p.message for p in row.problems] == ["这是模板里的示例行，请删除后再导入"]


def test_activities_one_row_per_participant() -> None:
    header: list[object] = [
        "服务队",
        "活动名称",
        "活动日期",
        "地点",
        "类别",
        "服务人次",
        "姓名",
        "身份证号",
        "服务时长",
    ]
    sheet = Sheet(
        "x",
        [
            header,
            ["博爱驿站", "爱心义诊", "2021.5.20", "广场", "健康", 120, "张三", ID_A, 2.5],
            ["博爱驿站", "爱心义诊", 44336, "社区", "健康", "120人次", "李四", ID_B, "2小时"],
            ["博爱驿站", "爱心义诊", "2021-05-20", "广场", "健康", 120, "张三", ID_A, 1],
            ["博爱驿站", "爱心义诊", "2021.5.21", "广场", "健康", 120, "张三", ID_A, 1],
        ],
    )
    parsed = parse_sheet(sheet, "activities")
    first, second, _, fourth = parsed.rows
    assert first.values["date"] == second.values["date"] == date(2021, 5, 20)
    assert first.values["beneficiaries"] == 120 and second.values["beneficiaries"] == 120
    assert first.values["hours"] == "2.5" and second.values["hours"] == "2小时"
    assert [(p.row, p.field) for p in second.problems] == [(3, "place")]
    assert "第 2 行" in second.problems[0].message
    assert [(p.row, p.field) for p in parsed.duplicate_problems] == [
        (2, "id_number"),
        (4, "id_number"),
    ]
    assert fourth.problems == ()


def test_grid_posts_team_members_and_events() -> None:
    posts = parse_sheet(
        Sheet(
            "x",
            [
                ["社区", "网格", "姓名", "身份证号", "岗位", "楼号", "任职时间"],
                ["翠屏社区", "第二网格", "张三", ID_A, "楼栋长", "1号楼", "2020.2"],
                ["翠屏社区", "第二网格", "李四", ID_B, "组长", None, None],
            ],
        ),
        "grid_posts",
    )
    assert posts.rows[0].values["post"] is GridPostKind.BUILDING_LEADER
    assert posts.rows[0].values["since"] == date(2020, 2, 1)
    assert [(p.row, p.column) for p in posts.all_problems()] == [(3, "岗位")]
    team = parse_sheet(
        Sheet(
            "x",
            [
                ["团队名称", "姓名", "身份证号", "角色", "加入时间"],
                ["乐康艺术团", "张三", ID_A, "队长", "2019年9月"],
            ],
        ),
        "team_members",
    )
    assert team.rows[0].values == {
        "team": "乐康艺术团",
        "name": "张三",
        "id_number": ID_A,
        "role": "队长",
        "joined_on": date(2019, 9, 1),
    }
    events = parse_sheet(
        Sheet(
            "x",
            [
                ["活动名称", "类型", "日期", "人次", "姓名", "角色"],
                ["学党史", "专题党课", "2021.6.18", 60, "张三", "主讲人"],
                ["学党史", "党课", "2021.6.18", 60, "张三", "主讲"],
            ],
        ),
        "events",
    )
    assert events.rows[0].values["kind"] is EventKind.PARTY_LECTURE
    assert events.rows[0].values["role"] is ParticipationRole.SPEAKER
    assert events.rows[0].values["audience"] == 60
    assert [p.row for p in events.duplicate_problems] == [2, 3]

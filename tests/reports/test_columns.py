"""Tables that never break a number (issue 14: "1963.0/1", "186****82/87", age "6/3")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from station_desk.reports import RosterColumn, RosterDocument, write_roster
from station_desk.reports.columns import TooWide, break_lines, pieces, tokens
from station_desk.reports.fonts import SANS, register
from station_desk.reports.grid import GridSpec
from station_desk.reports.typeset import CANNOT_START_EXTRA
from tests.reports.pdf_probe import drawn_texts

WIDE_HEADERS = (
    "序号", "姓名", "性别", "出生年月", "年龄", "身份证号", "联系电话", "住址", "所在驿站",
    "社区", "网格", "原工作单位", "原职务", "离退休类别", "党员", "入党时间", "党龄",
    "所在支部", "职务", "志愿者编号",
)  # fmt: skip


def wide_row(n: int) -> tuple[str, ...]:
    return (
        str(n), "欧阳建国", "男", "1963.01", "63", "370124********6379", "186****8287",
        "会仙山社区22号楼3单元", "翠屏社区离退休干部党支部驿站", "会仙山社区", "第三网格",
        "孝直镇人民政府", "主任", "退休", "是", "2000.08", "26", "县交通运输局离退休干部党支部",
        "社区第一书记、楼长", "V3701242026",
    )  # fmt: skip


def document(orientation: str = "auto", rows: int = 30) -> RosterDocument:
    return RosterDocument(
        title="离退休干部花名册",
        unit_name="平阴县测试驿站",
        columns=[RosterColumn(h, 1.0, "center") for h in WIDE_HEADERS],
        rows=[wide_row(n) for n in range(1, rows + 1)],
        printed_on=date(2026, 11, 27),
        orientation=orientation,  # type: ignore[arg-type]
    )


def test_twenty_columns_keep_every_number_date_and_id_whole(tmp_path: Path) -> None:
    path = tmp_path / "wide.pdf"
    write_roster(document(), path)
    pieces = [d.text.strip() for d in drawn_texts(path)]
    for whole in ("1963.01", "370124********6379", "186****8287", "2000.08", "V3701242026"):
        assert pieces.count(whole) == 30, whole
    assert pieces.count("63") >= 30 and pieces.count("26") >= 30
    assert "1963.0" not in pieces and "370124********637" not in pieces


def test_columns_that_cannot_fit_upright_are_refused_with_the_reason(tmp_path: Path) -> None:
    with pytest.raises(TooWide) as caught:
        write_roster(document("portrait"), tmp_path / "no.pdf")
    text = str(caught.value)
    assert "20 列" in text and "纵向" in text and "横向" in text and "8 磅" in text
    assert not (tmp_path / "no.pdf").exists()


def test_the_smallest_size_is_eight_points() -> None:
    assert GridSpec(widths=[10], aligns=["left"]).min_size == 8.0


CJK = st.text(alphabet="平阴县榆山街道翠屏社区离退休干部党支部，。、", min_size=1, max_size=40)
MIXED = st.lists(
    st.one_of(CJK, st.sampled_from(["1963.01", "370124********6379", "3号楼", "A-12"])),
    min_size=1,
    max_size=5,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=MIXED, chars=st.integers(min_value=4, max_value=20))
def test_wrapped_lines_keep_tokens_whole_and_leave_no_lonely_character(
    text: str, chars: int
) -> None:
    register(SANS)
    broken = break_lines(text, chars * 9.5, SANS, 9.5)
    lines = broken.split("\n")
    assert "".join(lines) == text.strip().replace("\n", "")
    assert [t for line in lines for t in tokens(line)] == tokens(text.strip())
    for line in lines[1:]:
        assert line[:1] not in CANNOT_START_EXTRA or len(line) == 1
    if len(lines) >= 2 and len(pieces(lines[-2])) >= 3:
        assert len(lines[-1]) >= 2, lines


def test_branch_name_never_leaves_one_character_alone() -> None:
    register(SANS)
    assert break_lines("县交通运输局离退休干部党支部", 4 * 9.5, SANS, 9.5).split("\n")[-1] != "部"

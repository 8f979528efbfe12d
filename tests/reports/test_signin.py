"""The sign-in sheet: expected names, empty signature column, numbered blank rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from station_desk.reports import SignInSheet, write_signin_sheet
from tests.reports.pdf_probe import compact, drawn_texts, page_texts, qpdf_check


def sheet(expected: list[tuple[str, ...]], blank_rows: int = 5) -> SignInSheet:
    return SignInSheet(
        unit_name="平阴县榆山街道翠屏社区共享式党支部驿站",
        title="专题党课签到表",
        on=date(2026, 11, 27),
        place="翠屏社区党群服务中心",
        expected=expected,
        extra_headers=("所在社区", "联系电话"),
        blank_rows=blank_rows,
    )


def test_numbers_run_on_into_blank_rows_and_masking_passes_through(tmp_path: Path) -> None:
    expected = [("王建国", "翠屏社区", "138****0001"), ("刘䶮𠮷", "环秀社区", "139****0002")]
    path = tmp_path / "签到表.pdf"
    assert write_signin_sheet(sheet(expected, blank_rows=4), path) == 1
    text = page_texts(path)[0]
    lines = text.splitlines()
    for header in ("序号", "姓名", "所在社区", "联系电话", "签名", "备注"):
        assert header in lines
    pieces = [d.text.strip() for d in drawn_texts(path)]
    assert [p for p in pieces if p.isdigit()] == [str(n) for n in range(1, 7)]
    assert "138****0001" in pieces and "139****0002" in pieces
    flat = compact(text)
    assert (
        "刘䶮𠮷" in flat and "时间：2026年11月27日" in flat and "地点：翠屏社区党群服务中心" in flat
    )
    assert "应到 2 人" in flat and "第 1 页 共 1 页" in flat
    qpdf_check(path)


def test_many_names_span_pages_with_the_header_on_each(tmp_path: Path) -> None:
    expected = [(f"志愿者{n:03d}", "翠屏社区", f"138****{n:04d}") for n in range(1, 61)]
    path = tmp_path / "long.pdf"
    count = write_signin_sheet(sheet(expected), path)
    texts = page_texts(path)
    assert count == len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert "签名" in text.splitlines() and "专题党课签到表" in text
        assert f"第 {number} 页 共 {count} 页" in text
    flat = compact("".join(texts))
    assert all(name in flat for name, _, _ in expected)


def test_a_row_of_the_wrong_shape_is_named() -> None:
    with pytest.raises(ValueError, match=r"签到表第 2 行.*应有 3 项"):
        sheet([("王建国", "翠屏社区", "138****0001"), ("李四", "翠屏社区")])
    with pytest.raises(ValueError, match="blank_rows"):
        sheet([], blank_rows=-1)

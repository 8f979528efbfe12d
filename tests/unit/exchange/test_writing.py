"""Exports, templates and error files: what Excel needs to keep IDs and phones intact."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from station_desk.domain.dates import PartialDate
from station_desk.domain.enums import Gender
from station_desk.exchange.errors import ExchangeError
from station_desk.exchange.examples import EXAMPLE_ID_NUMBER, id_check_digit
from station_desk.exchange.mapping import FIELD_LABELS_BY_KIND, REQUIRED_FIELDS
from station_desk.exchange.reading import Sheet, read_table
from station_desk.exchange.rows import parse_sheet
from station_desk.exchange.writing import (
    display_width,
    template_headers,
    write_csv,
    write_error_rows,
    write_template,
    write_xlsx,
)

ID_A = "370124195505123456"


def test_xlsx_round_trip_keeps_id_and_leading_zero_as_text(tmp_path: Path) -> None:
    path = tmp_path / "导出.xlsx"
    rows: list[list[object]] = [
        ["张三", ID_A, "05318765432", date(1950, 3, 5), Gender.MALE, True, 3],
        ["李四", 370124195203061237, 13900002222, None, None, False, 2.5],
        ['=HYPERLINK("x")', "", "\x01", None, None, None, None],
    ]
    headers = ["姓名", "身份证号", "联系电话", "出生年月", "性别", "是否党员", "时长"]
    write_xlsx(path, headers, rows, text_columns=[1, 2], title="花名册导出")
    sheet = read_table(path)
    assert sheet.rows[0] == ["花名册导出"]
    assert sheet.rows[1] == headers
    assert sheet.rows[2][1] == ID_A and sheet.rows[2][2] == "05318765432"
    assert sheet.rows[3][1] == "370124195203061237" and sheet.rows[3][2] == "13900002222"
    assert sheet.rows[2][4:] == ["男", "是", 3]
    assert sheet.rows[4][0] == '=HYPERLINK("x")'  # text, never a formula
    parsed = parse_sheet(sheet, "members")
    assert parsed.rows[0].values["birth_date"] == PartialDate.of(1950, 3, 5)
    assert parsed.rows[0].values["id_number"] == ID_A
    book = openpyxl.load_workbook(path)
    ws = book.active
    assert ws is not None
    assert ws.freeze_panes == "A3"
    assert ws["B2"].font.b
    assert ws["B3"].number_format == "@" and ws["B3"].data_type == "s"
    assert ws.column_dimensions["B"].width >= 18
    assert ws.column_dimensions["A"].width < ws.column_dimensions["B"].width
    assert list(tmp_path.iterdir()) == [path]  # no temp file left behind


def test_display_width_counts_cjk_double() -> None:
    assert display_width("abc") == 3
    assert display_width("张三") == 4
    assert display_width("１２") == 4


def test_csv_has_bom_and_keeps_ids(tmp_path: Path) -> None:
    path = tmp_path / "导出.csv"
    write_csv(
        path,
        ["姓名", "身份证号", "出生年月", "性别"],
        [["张三", ID_A, date(1950, 3, 5), Gender.MALE], ["李,四", None, None, None]],
        text_columns=[1],
    )
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "\t" + ID_A in data.decode("utf-8-sig")
    sheet = read_table(path)
    assert sheet.rows[1] == ["张三", "\t" + ID_A, "1950-03-05", "男"]
    assert sheet.rows[2] == ["李,四"]
    parsed = parse_sheet(sheet, "members")
    assert parsed.rows[0].values["id_number"] == ID_A


@pytest.mark.parametrize("kind", sorted(FIELD_LABELS_BY_KIND))
def test_templates_read_back_and_refuse_the_example(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.xlsx"
    write_template(kind, path)
    sheet = read_table(path)
    assert sheet.rows[0] == template_headers(kind)
    parsed = parse_sheet(sheet, kind)
    assert sorted(parsed.header.mapping.values()) == sorted(FIELD_LABELS_BY_KIND[kind])
    (row,) = parsed.rows
    problems = [p.message for p in row.problems]
    if "id_number" in parsed.header.mapping.values():
        assert problems == ["这是模板里的示例行，请删除后再导入"]
    else:
        assert problems == []
    for name in REQUIRED_FIELDS[kind]:
        assert f"{FIELD_LABELS_BY_KIND[kind][name]}（必填）" in sheet.rows[0]
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    formats = {
        ws.cell(row=1, column=index + 1).value: ws.cell(row=2, column=index + 1).number_format
        for index in range(len(sheet.rows[0]))
    }
    for header, number_format in formats.items():
        if header.startswith(("身份证", "联系电话", "出生", "入党", "日期", "活动日期")):
            assert number_format == "@", header
    assert book.sheetnames[1] == "填写说明"


def test_example_id_looks_valid() -> None:
    assert len(EXAMPLE_ID_NUMBER) == 18
    assert EXAMPLE_ID_NUMBER[-1] == id_check_digit(EXAMPLE_ID_NUMBER[:17])
    assert id_check_digit("11010519491231002") == "X"  # the national standard's own example


def test_error_rows_file(tmp_path: Path) -> None:
    original = Sheet(
        "花名册",
        [
            ["花名册"],
            ["姓名", "身份证号", "出生年月", "备注"],
            ["张三", ID_A, "1950.3", "好"],
            ["李四", 3.70124195203061e17, "去年", None],
            ["王五", "370124194810012344", "1948.10", "备注"],
        ],
    )
    parsed = parse_sheet(original, "members")
    problems = parsed.all_problems()
    assert [p.row for p in problems] == [4, 4]
    path = tmp_path / "错误行.xlsx"
    write_error_rows(path, parsed, original, problems)
    back = read_table(path)
    assert back.rows[0] == ["姓名", "身份证号", "出生年月", "备注", "错误原因", "原行号"]
    assert len(back.rows) == 2
    assert back.rows[1][0] == "李四" and back.rows[1][2] == "去年"
    reason = str(back.rows[1][4])
    assert "身份证号：身份证号被 Excel 当作数字保存" in reason
    assert "出生年月：无法识别的日期" in reason
    assert back.rows[1][5] == 4
    ws = openpyxl.load_workbook(path).active
    assert ws is not None and ws["B2"].number_format == "@"


def test_unwritable_target_says_so(tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match="无法"):
        write_xlsx(tmp_path / "missing" / "x.xlsx", ["姓名"], [["张三"]])
    with pytest.raises(ExchangeError, match="不认识的导入类型"):
        write_template("donations", tmp_path / "t.xlsx")

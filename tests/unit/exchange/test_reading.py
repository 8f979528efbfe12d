"""Reading files: fixtures made once by LibreOffice and Python's codecs, and broken files."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from station_desk.exchange.errors import ExchangeError
from station_desk.exchange.excel import _read_xlsx_openpyxl
from station_desk.exchange.reading import (
    Sheet,
    column_letter,
    read_table,
    sniff_delimiter,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "exchange"
HEADER = [
    "序号",
    "姓名",
    "性别",
    "出生年月",
    "身份证号码",
    "联系电话",
    "政治面貌",
    "入党时间",
    "备注",
]


def test_xls_from_libreoffice_keeps_dates_and_numbers() -> None:
    sheet = read_table(FIXTURES / "members.xls")
    assert sheet.name == "花名册"
    assert sheet.rows[0] == ["翠屏社区离退休干部花名册"]
    assert sheet.rows[2] == HEADER
    assert sheet.rows[3][3] == date(1950, 3, 5)
    assert sheet.rows[3][0] == 1
    assert sheet.rows[3][4] == "370124195505123456"
    assert isinstance(sheet.rows[4][4], float)  # the ID that Excel/Calc turned into a number
    assert sheet.rows[-1] == ["填表人：孙七"]


def same_cells(sheet: Sheet) -> Sheet:
    """A sheet with dates at midnight as days: calamine gives ``date`` where openpyxl gives
    ``datetime`` (a datetime never equals a date in Python)."""

    def cell(value: object) -> object:
        if isinstance(value, datetime) and value.time() == datetime.min.time():
            return value.date()
        return value

    return Sheet(sheet.name, [[cell(v) for v in row] for row in sheet.rows], sheet.date1904)


def test_libreoffice_xlsx_calamine_reads_what_openpyxl_reads() -> None:
    path = FIXTURES / "members_libreoffice.xlsx"
    fast = read_table(path)
    assert fast == same_cells(_read_xlsx_openpyxl(path, None))
    assert fast.rows[3][3] == date(1950, 3, 5)
    assert fast.rows[5][4] == "\u200b370124194810012344"


@pytest.mark.parametrize(
    "name", ["members_gb18030.csv", "members_utf8_bom.csv", "members_utf8_tab.txt"]
)
def test_text_files_in_every_encoding(name: str) -> None:
    sheet = read_table(FIXTURES / name)
    assert sheet.rows[0] == ["翠屏社区离退休干部花名册"]
    assert sheet.rows[1] == HEADER
    assert sheet.rows[2][1] == "张 三"
    assert sheet.rows[3][4] == "3.70124E+17"
    assert sheet.rows[4][5] == "１３７００００３３３３"
    assert sheet.rows[3][7] is None


def test_gb18030_fixture_is_really_not_utf8() -> None:
    data = (FIXTURES / "members_gb18030.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert (FIXTURES / "members_utf8_bom.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_semicolon_csv_and_quoted_newlines(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text('姓名;身份证号;备注\n张三;370124195505123456;"两行\n备注"\n', encoding="utf-8")
    sheet = read_table(path)
    assert sheet.rows == [
        ["姓名", "身份证号", "备注"],
        ["张三", "370124195505123456", "两行\n备注"],
    ]
    assert sniff_delimiter("a\tb\tc\n1\t2\t3\n") == "\t"


def test_utf16_text_export(tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes("姓名\t身份证号\r\n李四\t370124195203061237\r\n".encode("utf-16"))
    assert read_table(path).rows[1] == ["李四", "370124195203061237"]


def test_xlsx_merged_title_and_1904(tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    assert ws is not None
    book.epoch = CALENDAR_MAC_1904
    ws.append(["翠屏社区离退休干部花名册"])
    ws.merge_cells("A1:E1")
    ws.append(["姓名", "出生年月"])
    ws.append(["张三", 16865])
    path = tmp_path / "mac.xlsx"
    book.save(path)
    sheet = read_table(path)
    assert sheet.date1904 is True
    assert sheet.rows == [["翠屏社区离退休干部花名册"], ["姓名", "出生年月"], ["张三", 16865]]


def test_picks_active_sheet_then_first_non_empty(tmp_path: Path) -> None:
    book = Workbook()
    empty = book.active
    assert empty is not None
    empty.title = "空白"
    data = book.create_sheet("名单")
    data.append(["姓名"])
    data.append(["张三"])
    path = tmp_path / "two.xlsx"
    book.save(path)
    assert read_table(path).name == "名单"
    assert read_table(path, sheet="空白").rows == []
    with pytest.raises(ExchangeError, match="没有名为“别的”的工作表"):
        read_table(path, sheet="别的")


def test_strange_cell_layouts_fall_back_or_match(tmp_path: Path) -> None:
    """Cells without r attributes, prefixed tags, shared-string escapes: same as openpyxl."""
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["姓名", "备注", None, "是否党员"])
    ws.append(["A&B<张>", "第一行\n第二行", None, True])
    ws.append([None, None, None, None])
    ws.append(["王五", 3.5, "=1+1", False])
    path = tmp_path / "odd.xlsx"
    book.save(path)
    expected = _read_xlsx_openpyxl(path, None)
    assert read_table(path) == expected
    assert expected.rows[1][:2] == ["A&B<张>", "第一行\n第二行"]
    for rewrite in (_without_cell_refs, _with_prefixes):
        odd = tmp_path / f"{rewrite.__name__}.xlsx"
        _rewrite_sheet(path, odd, rewrite)
        assert read_table(odd) == same_cells(_read_xlsx_openpyxl(odd, None))
        assert read_table(odd).rows[1][0] == "A&B<张>"


def _without_cell_refs(xml: str) -> str:
    return re.sub(r'(<c) r="[A-Z]+\d+"', r"\1", xml)


def _with_prefixes(xml: str) -> str:
    xml = re.sub(r"<(/?)(\w)", r"<\1x:\2", xml)
    return xml.replace('xmlns="', 'xmlns:x="', 1)


def _rewrite_sheet(source: Path, target: Path, rewrite: Callable[[str], str]) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = rewrite(data.decode("utf-8")).encode("utf-8")
            new.writestr(item, data)


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("a.docx", b"PK\x03\x04", "不能导入"),
        ("a", b"data", "不能导入"),
        ("a.xlsx", b"", "空文件"),
        ("a.xlsx", b"PK\x03\x04 broken zip", "已损坏"),
        ("a.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "密码"),
        ("a.xls", b"<html><table><tr><td>1</td></tr></table></html>", "网页格式"),
        ("a.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "a.xls"),
        ("a.xlsx", b"just some text", "不是 Excel 文件"),
    ],
)
def test_unreadable_files_say_which_and_why(
    tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ExchangeError) as caught:
        read_table(path)
    assert words in caught.value.message
    assert path.name in caught.value.message


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "not a workbook")
    with pytest.raises(ExchangeError, match=r"photos\.xlsx"):
        read_table(path)


def test_missing_file() -> None:
    with pytest.raises(ExchangeError, match="找不到文件"):
        read_table(Path("/nonexistent/花名册.xlsx"))


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


def test_sheet_default_date_system() -> None:
    assert Sheet("x", []).date1904 is False

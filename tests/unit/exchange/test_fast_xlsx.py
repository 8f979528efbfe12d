"""The one-pass cell scan of fast_xlsx reads exactly what the row-by-row scan and openpyxl
read, and steps aside (None) for any sheet whose cells it cannot all account for."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from station_desk.exchange import fast_xlsx
from station_desk.exchange.reading import _read_xlsx_openpyxl, _trimmed, read_table
from station_desk.exchange.writing import write_xlsx

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "exchange"


def _sheet_parts(path: Path) -> tuple[str, list[str], tuple[set[int], set[int], datetime]]:
    """The first sheet's XML, the shared strings and the date styles, as read_xlsx_fast has."""
    with zipfile.ZipFile(path) as archive:
        text = fast_xlsx._text(archive.read("xl/worksheets/sheet1.xml"))
        strings = fast_xlsx._shared_strings(archive, "xl/sharedStrings.xml")
        dates, durations = fast_xlsx._date_styles(archive, "xl/styles.xml")
    return text, strings, (dates, durations, fast_xlsx.CALENDAR_WINDOWS_1900)


def _mixed_workbook(path: Path) -> Path:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["翠屏社区老同志花名册"])
    ws.append([])
    ws.append(["姓名", "出生日期", "是否党员", "人数", "备注"])
    ws.append(["A&B<张>", datetime(1950, 3, 5), True, 3, "第一行\n第二行"])
    ws.append([None, None, None, None, None])
    ws.append(["王五", date(1949, 10, 1), False, 2.5, "=1+1"])
    ws.append(["赵六", 18327, None, -1, " 前后空格 "])
    book.save(path)
    return path


def _written_by_us(path: Path) -> Path:
    rows = [
        ("张三", "370124195003050011", date(1950, 3, 5), "13812345678"),
        ("李 四", "", None, "0531-87654321"),
        ("", "", None, ""),
        ("王&五", "37012419480101001X", date(1948, 1, 1), None),
    ]
    write_xlsx(path, ("姓名", "身份证号", "出生日期", "电话"), rows, text_columns=(1, 3))
    return path


@pytest.mark.parametrize(
    "make",
    [
        lambda _tmp: FIXTURES / "members_10k.xlsx",
        lambda _tmp: FIXTURES / "members_libreoffice.xlsx",
        lambda tmp: _mixed_workbook(tmp / "mixed.xlsx"),
        lambda tmp: _written_by_us(tmp / "ours.xlsx"),
    ],
    ids=["10k-fixture", "libreoffice", "openpyxl-mixed", "our-writer"],
)
def test_one_pass_reads_what_the_row_by_row_scan_and_openpyxl_read(
    tmp_path: Path, make: object
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    text, strings, dates = _sheet_parts(path)
    quick = fast_xlsx._rows_in_one_pass(text, strings, dates)
    assert quick is not None, "the usual layout must take the one-pass scan"
    assert _trimmed(quick) == _trimmed(fast_xlsx._rows_one_by_one(text, strings, dates))
    assert read_table(path) == _read_xlsx_openpyxl(path, None)


def test_cells_without_their_row_send_the_sheet_to_the_row_by_row_scan(tmp_path: Path) -> None:
    path = _mixed_workbook(tmp_path / "mixed.xlsx")
    text, strings, dates = _sheet_parts(path)
    no_refs = re.sub(r'(<c) r="[A-Z]+\d+"', r"\1", text, count=3)
    assert fast_xlsx._rows_in_one_pass(no_refs, strings, dates) is None
    assert _trimmed(fast_xlsx._rows(no_refs, strings, dates)) == _trimmed(
        fast_xlsx._rows_one_by_one(text, strings, dates)
    )


def test_rows_out_of_order_are_left_to_openpyxl(tmp_path: Path) -> None:
    path = _mixed_workbook(tmp_path / "mixed.xlsx")
    text, strings, dates = _sheet_parts(path)
    moved = text.replace('r="A1"', 'r="A9"', 1)
    with pytest.raises(fast_xlsx.UnsupportedWorkbook):
        fast_xlsx._rows_in_one_pass(moved, strings, dates)

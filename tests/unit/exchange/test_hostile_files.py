"""Hostile and unusual files are refused before any reader sees them, each with one clear
sentence (issue 15 item 6, issue 16 item 5): declared or named cells beyond Excel's sheet,
corner-to-corner areas too large to lay out, zip bombs (honest or lying about sizes), too
many cells, WPS .et files, password-protected and still-open workbooks, non-spreadsheets."""

from __future__ import annotations

import os
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from station_desk.exchange import limits
from station_desk.exchange.errors import ExchangeError
from station_desk.exchange.reading import read_table
from tests.fixtures import hostile

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "exchange"


def refused(path: Path) -> str:
    tracemalloc.start()
    try:
        with pytest.raises(ExchangeError) as caught:
            read_table(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 40 * limits.MB, f"{peak / limits.MB:.0f} MB held while refusing"
    message = caught.value.message
    assert path.name in message and "Traceback" not in message and "\n" not in message
    return message


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (hostile.far_row, "第 2000000000 行，超出了 Excel 的最大行数 1048576"),
        (hostile.far_column, "第 ZZZZZZ 列，超出了 Excel 的最大列 XFD"),
        (hostile.far_corner, "1048576 行 × 16384 列，超过导入上限 2000000 个格子"),
        (lambda p: hostile.inflating(p, 300 * limits.MB), "解压后有 300 MB，超过导入上限 256 MB"),
        (lambda p: hostile.inflating(p, 40 * limits.MB), "压缩了"),
        (lambda p: hostile.lying(p, 16 * limits.MB), "已损坏"),
    ],
    ids=["row-2000000000", "column-ZZZZZZ", "far-corner", "inflates-300MB", "ratio", "lying-size"],
)
def test_hostile_sheets_are_refused_before_reading(
    tmp_path: Path, make: Callable[[Path], Path], words: str
) -> None:
    assert words in refused(make(tmp_path / "bomb.xlsx"))


def test_too_many_cells_is_refused_with_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_xlsx: Callable[..., Path]
) -> None:
    path = make_xlsx([["姓名", "电话"], *[[f"张{n}", n] for n in range(100)]])
    monkeypatch.setattr(limits, "MAX_CELLS", 150)
    assert "超过导入上限 150 个格子" in refused(path)


def test_a_roster_inside_the_limits_is_read(make_xlsx: Callable[..., Path]) -> None:
    path = make_xlsx([["姓名", "出生年月"], ["张三", "1946.03"]])
    assert read_table(path).rows == [["姓名", "出生年月"], ["张三", "1946.03"]]


def test_a_file_larger_than_any_roster_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.csv"
    path.write_text("姓名\n" + "张三\n" * 1000, encoding="utf-8")
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    assert "超过导入上限" in refused(path)


def test_a_wps_file_says_how_to_save_it_as_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "花名册.et"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    message = refused(path)
    assert "WPS 表格文件" in message and "另存为" in message and "*.xlsx" in message


def test_a_workbook_still_open_in_excel_says_so(
    tmp_path: Path, make_xlsx: Callable[..., Path]
) -> None:
    path = make_xlsx([["姓名"], ["张三"]])
    (path.parent / f"~${path.name}").write_bytes(b"\0" * 162)
    message = refused(path)
    assert "正在 Excel 或 WPS 中打开" in message and f"~${path.name}" in message


def test_a_password_protected_xlsx_says_so(tmp_path: Path) -> None:
    path = tmp_path / "加密.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert "设置了打开密码" in refused(path)


def test_a_file_that_is_not_a_spreadsheet_says_so(tmp_path: Path) -> None:
    path = tmp_path / "照片.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    assert "不是 Excel 文件" in refused(path)


def test_a_month_shown_by_an_excel_date_format_stays_a_month(tmp_path: Path) -> None:
    """ "1946年3月" typed into Excel becomes a date with a 年月 format: a month, not 3月1日."""
    from datetime import date

    from openpyxl import Workbook

    from station_desk.domain.dates import PartialDate

    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["姓名", "出生年月", "入党时间"])
    ws.append(["张三", date(1946, 3, 1), date(1968, 5, 20)])
    ws["B2"].number_format = 'yyyy"年"m"月"'
    ws["C2"].number_format = "yyyy-mm-dd"
    path = tmp_path / "months.xlsx"
    book.save(path)
    row = read_table(path).rows[1]
    assert row[1] == PartialDate.of(1946, 3)
    assert row[2] == date(1968, 5, 20)


def _xls_with_a_far_cell(tmp_path: Path, row: int, column: int) -> Path:
    """The fixture .xls with one text cell's record moved to (row, column), in place."""
    import struct

    from xlrd.compdoc import CompDoc

    data = bytearray((FIXTURES / "members.xls").read_bytes())
    with open(os.devnull, "w") as quiet:
        stream = CompDoc(bytes(data), logfile=quiet).get_named_stream("Workbook")
    position = 0
    while True:
        record, length = struct.unpack_from("<HH", stream, position)
        if record == 0x00FD:  # LABELSST: row, column, style, string index
            found = bytes(stream[position : position + 4 + length])
            break
        position += 4 + length
    at = data.find(found)
    assert at > 0 and data.count(found) == 1
    struct.pack_into("<HH", data, at + 4, row, column)
    path = tmp_path / "far.xls"
    path.write_bytes(bytes(data))
    return path


def test_an_old_xls_naming_a_far_cell_is_refused_before_reading(tmp_path: Path) -> None:
    path = _xls_with_a_far_cell(tmp_path, 65535, 255)
    assert "65536 行 × 256 列，超过导入上限 2000000 个格子" in refused(path)


def test_an_old_xls_inside_the_limits_is_read() -> None:
    assert read_table(FIXTURES / "members.xls").rows[2][1] == "姓名"


def test_an_old_xls_in_the_1904_date_system_says_so(tmp_path: Path) -> None:
    """calamine does not tell an .xls's date system: the record walk reads DATEMODE."""
    data = bytearray((FIXTURES / "members.xls").read_bytes())
    datemode = b"\x22\x00\x02\x00\x00\x00"
    assert data.count(datemode) == 1
    data[data.find(datemode) + 4] = 1
    path = tmp_path / "mac.xls"
    path.write_bytes(bytes(data))
    assert read_table(path).date1904 is True
    assert read_table(FIXTURES / "members.xls").date1904 is False


def test_an_old_xls_saved_under_an_xlsx_name_is_read(tmp_path: Path) -> None:
    path = tmp_path / "名单.xlsx"
    path.write_bytes((FIXTURES / "members.xls").read_bytes())
    assert read_table(path).rows[2][1] == "姓名"


def test_an_encrypted_xlsx_says_it_has_a_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Excel saves an .xlsx with an open password as an OLE container holding
    EncryptionInfo and EncryptedPackage (no writer for one here: the streams are given)."""
    from station_desk.exchange import reading

    path = tmp_path / "加密.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    monkeypatch.setattr(reading, "_streams", lambda _p: ["EncryptionInfo", "EncryptedPackage"])
    message = refused(path)
    assert "设置了打开密码，无法读取" in message and "不是真正的" not in message

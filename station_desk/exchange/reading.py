"""Reading a clerk's file into raw rows: .xlsx/.xlsm, old .xls, and .csv/.txt in any encoding.

The format is told by the file's first bytes where we can (an .xls that is really an .xlsx,
an encrypted .xlsx that is really an OLE file), by its extension otherwise. Every failure
becomes an ExchangeError whose Chinese message names the file and what to do. The Excel
readers are ``excel.py``; the ``Sheet`` they all return is ``sheet.py``.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from pathlib import Path

from station_desk.domain.messages import msg
from station_desk.exchange.errors import ExchangeError
from station_desk.exchange.excel import (
    password_error,
    read_old_excel,
    read_xlsx,
)
from station_desk.exchange.limits import check_file_size
from station_desk.exchange.limits_xls import check_xls
from station_desk.exchange.sheet import Sheet, trimmed

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_EXCEL_EXTENSIONS = {".xlsx", ".xlsm", ".xls"}
_TEXT_EXTENSIONS = {".csv", ".txt"}
_WPS_EXTENSIONS = {".et", ".ett"}
_DELIMITERS = (",", "\t", ";")


def decode_text(data: bytes, name: str) -> str:
    """Text of a CSV: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as error:
        raise ExchangeError(
            msg(
                "文件“{file}”的文字编码无法识别（既不是 UTF-8 也不是 GBK/GB18030）：请用 Excel 或 WPS 打开后另存为 .xlsx 再导入",
                file=name,
            )
        ) from error


def sniff_delimiter(text: str) -> str:
    """The delimiter (, tab ;) that splits the first lines into the most, steadiest columns."""
    sample = text[:65536].splitlines()[:50]
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(sample, delimiter=delimiter) if row]
        except csv.Error:
            continue
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        score = (widths.count(common) if common > 1 else 0, common)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path) -> Sheet:
    text = decode_text(path.read_bytes(), path.name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    try:
        rows = trimmed([cell if cell != "" else None for cell in row] for row in reader)
    except csv.Error as error:
        raise ExchangeError(
            msg("文件“{file}”不是有效的 CSV 文件（{error}）", file=path.name, error=str(error))
        ) from error
    return Sheet(name=path.stem, rows=rows)


def read_table(path: Path, *, sheet: str | None = None) -> Sheet:
    """The first non-empty worksheet (the active one first), or the one named ``sheet``."""
    path = Path(path)
    extension = path.suffix.lower()
    if extension in _WPS_EXTENSIONS:
        raise ExchangeError(
            msg(
                "“{file}”是 WPS 表格文件（{suffix}），不能直接导入：请在 WPS 中打开它，点左上角“文件”→“另存为”，“文件类型”选“Excel 文件(*.xlsx)”，保存后导入新的 .xlsx 文件",
                file=path.name,
                suffix=extension,
            )
        )
    if extension not in _EXCEL_EXTENSIONS | _TEXT_EXTENSIONS:
        raise ExchangeError(
            msg(
                "文件“{file}”的类型（{suffix}）不能导入：请使用 .xlsx、.xls 或 .csv 文件",
                file=path.name,
                suffix=path.suffix or msg("无扩展名"),
            )
        )
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except FileNotFoundError as error:
        raise ExchangeError(msg("找不到文件“{file}”", file=str(path))) from error
    except PermissionError as error:
        raise ExchangeError(
            msg("文件“{file}”无法打开：可能正被 Excel/WPS 占用，请先关闭它再导入", file=path.name)
        ) from error
    except OSError as error:
        raise ExchangeError(
            msg(
                "文件“{file}”无法打开（{error}）",
                file=path.name,
                error=str(error.strerror or error),
            )
        ) from error
    _refuse_if_open(path)
    check_file_size(path)
    if extension in _TEXT_EXTENSIONS:
        return _read_csv(path)
    if not head:
        raise ExchangeError(msg("文件“{file}”是空文件（0 字节）", file=path.name))
    if head.startswith(_ZIP_MAGIC):
        return read_xlsx(path, sheet)
    if head.startswith(_OLE_MAGIC):
        if extension != ".xls" and _encrypted(path):
            raise password_error(path)
        if extension != ".xls" and not _is_old_excel(path):
            raise ExchangeError(
                msg(
                    "文件“{file}”设置了打开密码（或不是真正的 .xlsx 文件），无法读取：请在 Excel/WPS 中取消密码后另存为 .xlsx 再导入",
                    file=path.name,
                )
            )
        return read_old_excel(path, sheet, check_xls(path))
    if head.lstrip().startswith((b"<", b"\xef\xbb\xbf<")):
        raise ExchangeError(
            msg(
                "文件“{file}”其实是网页格式（HTML），不是真正的 Excel 文件。请用 Excel 或 WPS 打开后“另存为” .xlsx 文件再导入",
                file=path.name,
            )
        )
    raise ExchangeError(
        msg(
            "文件“{file}”已损坏或不是 Excel 文件，无法读取。请用 Excel 或 WPS 打开后“另存为” .xlsx 文件再导入",
            file=path.name,
        )
    )


def _streams(path: Path) -> list[str]:
    """The stream names of an OLE container ([] when it cannot be read)."""
    from xlrd.compdoc import CompDoc

    try:
        with open(os.devnull, "w") as quiet:
            container = CompDoc(path.read_bytes(), logfile=quiet)
        return [entry.name for entry in container.dirlist]
    except Exception:
        return []


def _encrypted(path: Path) -> bool:
    """An .xlsx with an open password is an OLE container holding EncryptionInfo."""
    return "EncryptionInfo" in _streams(path)


def _is_old_excel(path: Path) -> bool:
    """An old .xls saved under an .xlsx name (its Workbook stream gives it away)."""
    return bool({"Workbook", "Book"} & set(_streams(path)))


def _refuse_if_open(path: Path) -> None:
    """Excel and WPS keep a lock file "~$name" beside a workbook they have open: what is on
    disk may not hold the clerk's latest edits, so say so rather than import it."""
    for lock in {f"~${path.name}", f"~${path.name[2:]}"}:
        if (path.parent / lock).exists():
            raise ExchangeError(
                msg(
                    "文件“{file}”正在 Excel 或 WPS 中打开（旁边有锁定文件“{lock}”）：请先保存并关闭它再导入；如果已经关闭，请删除“{lock}”",
                    file=path.name,
                    lock=lock,
                )
            )


def column_letter(index: int) -> str:
    """Excel's letter for a 0-based column index: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def read_sheets(path: Path) -> list[Sheet]:
    """Every visible worksheet that holds anything, in the workbook's order (a roster kept
    as one sheet per branch or community); a text file is its one sheet. Each is measured
    (``limits``) and read as ``read_table`` reads it."""
    path = Path(path)
    first = read_table(path)
    if path.suffix.lower() in _TEXT_EXTENSIONS:
        return [first]
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    try:
        names = [
            m.name
            for m in book.sheets_metadata
            if str(m.visible).endswith("Visible") and str(m.typ).endswith("WorkSheet")
        ]
    finally:
        book.close()
    sheets = [first if name == first.name else read_table(path, sheet=name) for name in names]
    return [sheet for sheet in sheets if sheet.rows]

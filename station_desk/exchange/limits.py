"""Bounds a spreadsheet must keep before any reader is handed it.

A 1.5 KB .xlsx may declare cell A2000000000 or column ZZZZZZ, and a 1 MB one may inflate to
a gigabyte: a reader that believes them allocates gigabytes and freezes a 4 GB community PC.
So the file is measured first, streaming, in small pieces: its size on disk, the sizes its
zip directory declares and their compression ratios, then every part inflated for real (a
directory that lies about a size fails its CRC), each worksheet's declared ``<dimension>``,
the highest row and column any cell names, and the number of cells. Each limit has its own
sentence for the clerk, naming the file and what to do. The limits are stated in
docs/import.md; a roster of 50,000 members is well inside every one of them.

This module also reads what the reader does not give: the workbook's date system (1904 or
1900), its active sheet, and which cells show a date as a year and month only (a cell typed
"1946年3月" that Excel turned into a date with a 年月 format): those cells are a month, not a
day (``station_desk.domain.dates``). An old .xls is measured by ``limits_xls.py``.
"""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from station_desk.domain.messages import msg
from station_desk.exchange.errors import ExchangeError

MB = 1024 * 1024
#: A file on disk larger than this is not a roster (a 50,000-row .xlsx is about 4 MB).
MAX_FILE_BYTES = 64 * MB
#: The parts of an .xlsx, inflated, together (a 10,000-row roster inflates to about 8 MB).
MAX_INFLATED_BYTES = 256 * MB
#: How much larger a part may inflate than it is stored (XML of a roster: about 10 times).
MAX_RATIO = 200
#: Excel's own sheet: 1,048,576 rows and 16,384 columns (A to XFD).
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
#: Cells a sheet may hold, and rows × columns from A1 to its farthest cell (what a reader
#: lays out): 2,000,000 is 100,000 rows of 20 columns.
MAX_CELLS = 2_000_000

_CHUNK = MB
_OVERLAP = 256
#: Every ``r="…"`` of a row ("12") or a cell ("AB12"): one scan finds the farthest of both.
_REF = re.compile(rb'\sr="([A-Z]*)(\d+)"')
#: A reference beyond column Z or row 99,999: then every reference is read.
_FAR = re.compile(rb'\sr="(?:[A-Z]{2}|[A-Z]*\d{6})')
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\b[^>]*?\sref="([^"]*)"')
_DIMENSION_PART = re.compile(r"^\$?([A-Z]{1,10})\$?(\d{1,12})$")
_STYLED = re.compile(rb'<(?:\w+:)?c\b[^>]*?\sr="([A-Z]+)(\d+)"[^>]*?\ss="(\d+)"')
_DATE1904 = re.compile(rb'<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"')
_ACTIVE_TAB = re.compile(rb'<(?:\w+:)?workbookView\b[^>]*\bactiveTab="(\d+)"')
_NUMFMT = re.compile(rb'<(?:\w+:)?numFmt\b[^>]*?numFmtId="(\d+)"[^>]*?formatCode="([^"]*)"')
_CELLXFS = re.compile(rb"<(?:\w+:)?cellXfs\b[^>]*>(.*?)</(?:\w+:)?cellXfs>", re.S)
_XF = re.compile(rb"<(?:\w+:)?xf\b([^>]*)>")
_XF_NUMFMT = re.compile(rb'numFmtId="(\d+)"')
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
#: zh-CN Excel's built-in 年月 formats ("1946年3月"): ids 27-29 and 57 show no day.
_MONTH_FORMAT_IDS = frozenset({17, 27, 28, 29, 57})


@dataclass
class WorkbookFacts:
    """What the measuring found that the reader does not tell."""

    date1904: bool = False
    active: int = 0
    month_cells: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
    """sheet name → (row, column), 0-based, of cells shown as a year and month."""
    sheets: list[str] = field(default_factory=list)
    """The sheet names in the workbook's order."""


def check_file_size(path: Path) -> None:
    """Any file to import: not larger than ``MAX_FILE_BYTES``."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ExchangeError(
            msg(
                "文件“{file}”有 {size} MB，超过导入上限 {limit} MB，不像是一份花名册：请只保留要导入的工作表和行，另存后再导入",
                file=path.name,
                size=size // MB,
                limit=MAX_FILE_BYTES // MB,
            )
        )


def column_number(letters: str) -> int:
    """Excel's column letters as a 1-based number: A → 1, XFD → 16384."""
    number = 0
    for char in letters:
        number = number * 26 + ord(char) - 64
    return number


def _check_reference(path: Path, sheet: str, letters: str, row: int) -> None:
    if len(letters) > 3 or column_number(letters) > MAX_COLUMNS:
        raise ExchangeError(
            msg(
                "文件“{file}”的工作表“{sheet}”写着第 {column} 列，超出了 Excel 的最大列 XFD：文件已损坏或被改动过，不能导入",
                file=path.name,
                sheet=sheet,
                column=letters[:12],
            )
        )
    if row > MAX_ROWS:
        raise ExchangeError(
            msg(
                "文件“{file}”的工作表“{sheet}”写着第 {row} 行，超出了 Excel 的最大行数 {limit}：文件已损坏或被改动过，不能导入",
                file=path.name,
                sheet=sheet,
                row=row,
                limit=MAX_ROWS,
            )
        )


def check_cells(path: Path, sheet: str, cells: int) -> None:
    """Refuse a sheet with more cells than any roster has (xlsx and xls alike)."""
    if cells > MAX_CELLS:
        raise ExchangeError(
            msg(
                "文件“{file}”的工作表“{sheet}”有超过 {limit} 个格子，超过导入上限：请只保留要导入的行和列，另存后再导入",
                file=path.name,
                sheet=sheet,
                limit=MAX_CELLS,
            )
        )


def check_area(path: Path, sheet: str, rows: int, columns: int) -> None:
    if rows * columns > MAX_CELLS:
        raise ExchangeError(
            msg(
                "文件“{file}”的工作表“{sheet}”从 A1 到最远的格子有 {rows} 行 × {columns} 列，超过导入上限 {limit} 个格子：请删去表格远处多余的内容，另存后再导入",
                file=path.name,
                sheet=sheet,
                rows=rows,
                columns=columns,
                limit=MAX_CELLS,
            )
        )


def _check_dimension(path: Path, sheet: str, head: bytes) -> None:
    """The worksheet's declared extent (``<dimension ref="A1:XFD1048576">``), before any
    reader sizes its grid by it."""
    found = _DIMENSION.search(head)
    if found is None:
        return
    far_row, far_column = 1, 1
    for part in found.group(1).decode("ascii", "replace").split(":"):
        match = _DIMENSION_PART.match(part.strip())
        if match is None:
            continue
        letters, row = match.group(1), int(match.group(2))
        _check_reference(path, sheet, letters, row)
        far_row, far_column = max(far_row, row), max(far_column, column_number(letters))
    check_area(path, sheet, far_row, far_column)


def _month_styles(archive: zipfile.ZipFile) -> frozenset[int]:
    """Cell styles (indexes into cellXfs) whose number format shows a year and month but no
    day ("yyyy年m月", "yyyy.mm", built-in 年月 formats)."""
    try:
        text = archive.read("xl/styles.xml")
    except KeyError:
        return frozenset()
    codes = {int(i): html.unescape(c.decode("utf-8", "replace")) for i, c in _NUMFMT.findall(text)}
    block = _CELLXFS.search(text)
    styles = set()
    for index, attrs in enumerate(_XF.findall(block.group(1)) if block else []):
        number_match = _XF_NUMFMT.search(attrs)
        number = int(number_match.group(1)) if number_match else 0
        code = codes.get(number)
        if (number in _MONTH_FORMAT_IDS and code is None) or (code and _shows_month(code)):
            styles.add(index)
    return frozenset(styles)


def _shows_month(code: str) -> bool:
    """A date format with a year and a month but no day or time ("yyyy年m月", "yyyy.mm")."""
    bare = _QUOTED.sub("", code.split(";")[0]).lower()
    return "y" in bare and "m" in bare and not any(c in bare for c in "dhs")


_SHEET = re.compile(rb"<(?:\w+:)?sheet\b([^>]*)/?>")
_RELATION = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)/?>")
_ATTR = re.compile(rb'([\w:]+)\s*=\s*"([^"]*)"')


def _attrs(fragment: bytes) -> dict[str, str]:
    return {
        key.decode().rpartition(":")[2]: value.decode("utf-8", "replace")
        for key, value in _ATTR.findall(fragment)
    }


def _sheet_parts(archive: zipfile.ZipFile, workbook: bytes) -> list[tuple[str, str]]:
    """(sheet name, worksheet part) in the workbook's order."""
    try:
        rels = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return []
    targets = {}
    for fragment in _RELATION.findall(rels):
        attrs = _attrs(fragment)
        target = attrs.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        targets[attrs.get("Id", "")] = posixpath.normpath(target)
    found = []
    for fragment in _SHEET.findall(workbook):
        attrs = _attrs(fragment)
        found.append((html.unescape(attrs.get("name", "")), targets.get(attrs.get("id", ""), "")))
    return found


def check_xlsx(path: Path) -> WorkbookFacts:
    """Measure an .xlsx (a zip of XML parts) against every limit; ExchangeError naming the
    limit otherwise."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ExchangeError(
            msg(
                "文件“{file}”已损坏，无法作为 Excel 文件打开（{error}）",
                file=path.name,
                error=str(error),
            )
        ) from error
    with archive:
        infos = archive.infolist()
        declared = sum(info.file_size for info in infos)
        if declared > MAX_INFLATED_BYTES:
            raise _inflates(path, declared)
        for info in infos:
            if info.file_size > MB and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise ExchangeError(
                    msg(
                        "文件“{file}”里的“{part}”压缩了 {ratio} 倍（正常的表格不超过 {limit} 倍），像是一个“压缩炸弹”，不能导入",
                        file=path.name,
                        part=info.filename,
                        ratio=info.file_size // max(info.compress_size, 1),
                        limit=MAX_RATIO,
                    )
                )
        facts = WorkbookFacts()
        names = set(archive.namelist())
        workbook = archive.read("xl/workbook.xml") if "xl/workbook.xml" in names else b""
        facts.date1904 = bool(_DATE1904.search(workbook))
        active = _ACTIVE_TAB.search(workbook)
        facts.active = int(active.group(1)) if active else 0
        parts = _sheet_parts(archive, workbook)
        facts.sheets = [name for name, _ in parts]
        sheet_names = {part: name for name, part in parts}
        month_styles = _month_styles(archive)
        inflated = 0
        for info in infos:
            if info.is_dir():
                continue
            inflated = _measure_part(
                path, archive, info, inflated, sheet_names, month_styles, facts
            )
    return facts


def _inflates(path: Path, size: int) -> ExchangeError:
    return ExchangeError(
        msg(
            "文件“{file}”解压后有 {size} MB，超过导入上限 {limit} MB（正常的花名册只有几 MB），像是一个“压缩炸弹”，不能导入",
            file=path.name,
            size=size // MB,
            limit=MAX_INFLATED_BYTES // MB,
        )
    )


def _measure_part(
    path: Path,
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    inflated: int,
    sheet_names: dict[str, str],
    month_styles: frozenset[int],
    facts: WorkbookFacts,
) -> int:
    """Inflate one part in pieces (never whole), checking it as it comes; the running total
    of inflated bytes."""
    worksheet = info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")
    sheet = sheet_names.get(info.filename, info.filename.rsplit("/", 1)[-1])
    cells = far_row = far_column = 0
    month_cells: set[tuple[int, int]] = set()
    tail = b""
    first = True
    try:
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(_CHUNK)
                if not chunk:
                    break
                inflated += len(chunk)
                if inflated > MAX_INFLATED_BYTES:
                    raise _inflates(path, inflated)
                if not worksheet:
                    continue
                data = tail + chunk
                if first:
                    _check_dimension(path, sheet, data[:4096])
                    first = False
                # The overlap is searched twice only for the tail end of a tag; counts use
                # the new bytes, references the joined ones (a maximum minds no repeats).
                cells += chunk.count(b"<c ") + chunk.count(b"<c>") + chunk.count(b":c ")
                check_cells(path, sheet, cells)
                # Cells in columns A-Z above row 100,000 (every roster) span at most
                # 2.6 million cells: only a sheet naming a farther one is scanned in full.
                refs = _REF.findall(data) if _FAR.search(data) else ()
                if refs:
                    letters, digits = zip(*refs, strict=True)
                    row = max(map(int, digits))
                    widest = max(set(letters), key=lambda text: (len(text), text))
                    column = column_number(widest.decode()) if len(widest) <= 3 else 1 << 30
                    if row > far_row or column > far_column:
                        _check_reference(path, sheet, widest.decode(), row)
                        far_row, far_column = max(far_row, row), max(far_column, column)
                if month_styles:
                    for letters, digits, style in _STYLED.findall(data):
                        if int(style) in month_styles:
                            month_cells.add((int(digits) - 1, column_number(letters.decode()) - 1))
                tail = data[-_OVERLAP:]
    except ExchangeError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as error:
        raise ExchangeError(
            msg(
                "文件“{file}”已损坏（“{part}”读不出来：{error}），不能导入：请用 Excel 或 WPS 打开后“另存为” .xlsx 文件再导入",
                file=path.name,
                part=info.filename,
                error=str(error),
            )
        ) from error
    except RuntimeError as error:  # an encrypted zip part wants a password
        raise ExchangeError(
            msg(
                "文件“{file}”设置了密码，无法读取：请在 Excel/WPS 中取消密码后再导入",
                file=path.name,
            )
        ) from error
    if worksheet:
        check_area(path, sheet, far_row, far_column)
        if month_cells:
            facts.month_cells[sheet] = month_cells
    return inflated

"""A lean .xlsx cell reader, because openpyxl is too slow for a clerk's 10,000-row roster.

Measured on this project's 2-core machine: openpyxl's read-only mode takes about 3.4 s for
10,000 rows of 19 columns (it builds an object per cell and per rich-text run); scanning the
sheet XML with compiled regular expressions takes about 0.5 s. We read only what an import
needs: cell values, shared strings, which styles are dates, the 1904 flag and sheet order.
Anything unusual raises, and reading.py then falls back to openpyxl, so this is a fast path,
never the only path.
"""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
from datetime import datetime

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

_ATTR = re.compile(r'([\w:]+)\s*=\s*"([^"]*)"')
_SHEET = re.compile(r"<sheet\b([^>]*)/?>")
_RELATIONSHIP = re.compile(r"<Relationship\b([^>]*)/?>")
_ACTIVE_TAB = re.compile(r'<workbookView\b[^>]*\bactiveTab="(\d+)"')
_DATE1904 = re.compile(r'<workbookPr\b[^>]*\bdate1904="(?:1|true)"')
_SI = re.compile(r"<si>(.*?)</si>|<si/>", re.S)
_PHONETIC = re.compile(r"<rPh\b.*?</rPh>", re.S)
_T = re.compile(r"<t\b[^>]*>(.*?)</t>", re.S)
_NUMFMT = re.compile(r"<numFmt\b([^>]*)/?>")
_CELLXFS = re.compile(r"<cellXfs\b[^>]*>(.*?)</cellXfs>", re.S)
_XF = re.compile(r"<xf\b([^>]*)>")
_ROW = re.compile(r"<row\b([^>]*?)(?:/>|>(.*?)</row>)", re.S)
_ROW_NUMBER = re.compile(r'\sr="(\d+)"')
# Excel, WPS, LibreOffice and openpyxl all write r, s, t in this order: the quick pattern.
_CELL_USUAL = re.compile(
    r'<c r="([A-Z]+)\d+"(?: s="(\d+)")?(?: t="(\w+)")?[^>]*?(?:/>|>(.*?)</c>)', re.S
)
_CELL = re.compile(
    r'<c(?=[\s>/])(?=[^>]*?\sr="([A-Z]+)\d*")?(?=[^>]*?\ss="(\d+)")?(?=[^>]*?\st="(\w+)")?'
    r"[^>]*?(?:/>|>(.*?)</c>)",
    re.S,
)
# One pass over the whole of <sheetData> when every cell names its row ("A12"), with the two
# usual bodies — one plain inline string, or one value — picked out by the pattern itself.
_CELL_AT = re.compile(
    r'<c r="([A-Z]+)(\d+)"(?: s="(\d+)")?(?: t="(\w+)")?[^>]*?'
    r"(?:/>|>(?:(<is><t>)([^<]*)</t></is>|(<v>)([^<]*)</v>|(.*?))</c>)",
    re.S,
)
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
_PREFIX = re.compile(r"<(/?)[A-Za-z_][\w.-]*:")
_PREFIXED_ROOT = re.compile(r"<[A-Za-z_][\w.-]*:(?:worksheet|workbook|sst|styleSheet)\b")
# zh-CN Excel's locale date formats (年月日) are built-in ids that openpyxl does not list.
_DATE_FORMAT_IDS = frozenset({*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)})


class UnsupportedWorkbook(Exception):
    """This file needs the full reader (openpyxl)."""


def _text(data: bytes) -> str:
    text = data.decode("utf-8")
    if _PREFIXED_ROOT.search(text[:2000]):
        text = _PREFIX.sub(r"<\1", text)
    return text


def _unescape(text: str) -> str:
    if "&" in text:
        text = html.unescape(text)
    if "_x" in text:
        text = _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)
    return text


def _attrs(fragment: str) -> dict[str, str]:
    return {key.rpartition(":")[2]: html.unescape(value) for key, value in _ATTR.findall(fragment)}


def _string_item(body: str) -> str:
    if "<rPh" in body:
        body = _PHONETIC.sub("", body)
    return _unescape("".join(_T.findall(body)))


def _shared_strings(archive: zipfile.ZipFile, name: str | None) -> list[str]:
    if name is None or name not in archive.namelist():
        return []
    return [_string_item(body or "") for body in _SI.findall(_text(archive.read(name)))]


def _date_styles(archive: zipfile.ZipFile, name: str) -> tuple[set[int], set[int]]:
    """Indexes of cell styles that show dates, and of those that show durations."""
    if name not in archive.namelist():
        return set(), set()
    text = _text(archive.read(name))
    codes: dict[int, str] = {}
    for fragment in _NUMFMT.findall(text):
        attrs = _attrs(fragment)
        if "numFmtId" in attrs:
            codes[int(attrs["numFmtId"])] = attrs.get("formatCode", "")
    block = _CELLXFS.search(text)
    dates: set[int] = set()
    durations: set[int] = set()
    for index, fragment in enumerate(_XF.findall(block.group(1)) if block else []):
        number = int(_attrs(fragment).get("numFmtId", "0"))
        code = codes.get(number, BUILTIN_FORMATS.get(number, ""))
        if number in _DATE_FORMAT_IDS or (number not in BUILTIN_FORMATS and is_date_format(code)):
            dates.add(index)
            if is_timedelta_format(code):
                durations.add(index)
    return dates, durations


def _column_index(letters: str, cache: dict[str, int]) -> int:
    index = cache.get(letters)
    if index is None:
        index = 0
        for char in letters:
            index = index * 26 + ord(char) - 64
        index -= 1
        cache[letters] = index
    return index


def _number(raw: str) -> int | float:
    if "." in raw or "e" in raw or "E" in raw:
        return float(raw)
    return int(raw)


def _cell_value(
    kind: str | None,
    style: str | None,
    body: str | None,
    strings: list[str],
    dates: tuple[set[int], set[int], datetime],
) -> object:
    if not body:
        return None
    if kind == "inlineStr":
        return _string_item(body)
    start = body.find("<v>")
    if start < 0:
        return None
    end = body.find("</v>", start)
    return _raw_value(kind, style, body[start + 3 : end], strings, dates)


def _raw_value(
    kind: str | None,
    style: str | None,
    raw: str,
    strings: list[str],
    dates: tuple[set[int], set[int], datetime],
) -> object:
    """The value a cell's ``<v>`` text stands for, by the cell's type and style."""
    if raw == "":
        return None
    if kind is None or kind == "n":
        number = _number(raw)
        if style is not None and int(style) in dates[0]:
            try:
                return from_excel(number, dates[2], timedelta=int(style) in dates[1])
            except (OverflowError, ValueError):
                return number
        return number
    if kind == "s":
        return strings[int(raw)]
    if kind == "b":
        return raw.strip() in ("1", "true")
    if kind == "str" or kind == "e":
        return _unescape(raw)
    if kind == "d":
        return datetime.fromisoformat(raw.rstrip("Z"))
    raise UnsupportedWorkbook(f"cell type {kind}")


def _rows(
    text: str, strings: list[str], dates: tuple[set[int], set[int], datetime]
) -> list[list[object]]:
    quick = _rows_in_one_pass(text, strings, dates)
    return quick if quick is not None else _rows_one_by_one(text, strings, dates)


def _rows_in_one_pass(
    text: str, strings: list[str], dates: tuple[set[int], set[int], datetime]
) -> list[list[object]] | None:
    """Every cell found by one scan of the sheet (about twice as fast as row by row), or
    None when some cell does not name its row in the usual attribute order."""
    start = text.find("<sheetData")
    end = text.rfind("</sheetData>")
    if start < 0 or end < start:
        return None
    data = text[start:end]
    found = _CELL_AT.findall(data)
    if len(found) != data.count("<c"):
        return None
    rows: list[list[object]] = []
    cells: list[object] = []
    current = ""
    columns: dict[str, int] = {}
    for letters, number, style, kind, inline, inline_text, value, value_text, body in found:
        if number != current:
            index = int(number)
            if index <= len(rows):
                raise UnsupportedWorkbook("rows out of order")
            while len(rows) < index - 1:
                rows.append([])
            cells = []
            rows.append(cells)
            current = number
        if inline and kind == "inlineStr":
            plain = "&" not in inline_text and "_x" not in inline_text
            cell: object = inline_text if plain else _unescape(inline_text)
        elif value and kind != "inlineStr":
            cell = _raw_value(kind or None, style or None, value_text, strings, dates)
        else:
            if inline:
                body = f"<is><t>{inline_text}</t></is>"
            elif value:
                body = f"<v>{value_text}</v>"
            cell = _cell_value(kind or None, style or None, body, strings, dates)
        if cell is None:
            continue
        position = columns.get(letters)
        if position is None:
            position = _column_index(letters, columns)
        filled = len(cells)
        if position == filled:
            cells.append(cell)
        elif position > filled:
            cells.extend([None] * (position - filled))
            cells.append(cell)
        else:
            cells[position] = cell
    return rows


def _rows_one_by_one(
    text: str, strings: list[str], dates: tuple[set[int], set[int], datetime]
) -> list[list[object]]:
    rows: list[list[object]] = []
    cache: dict[str, int] = {}
    for row_attrs, body in _ROW.findall(text):
        number_match = _ROW_NUMBER.search(row_attrs)
        number = int(number_match.group(1)) if number_match else len(rows) + 1
        while len(rows) < number - 1:
            rows.append([])
        cells: list[object] = []
        position = -1
        found = _CELL_USUAL.findall(body) if body else []
        if body and len(found) != body.count("<c"):
            found = _CELL.findall(body)
        for letters, style, kind, cell_body in found:
            position = _column_index(letters, cache) if letters else position + 1
            value = _cell_value(kind or None, style or None, cell_body, strings, dates)
            if value is None:
                continue
            if position >= len(cells):
                cells.extend([None] * (position - len(cells) + 1))
            cells[position] = value
        if len(rows) >= number:
            raise UnsupportedWorkbook("rows out of order")
        rows.append(cells)
    return rows


def read_xlsx_fast(path: str, sheet_name: str | None) -> list[tuple[str, list[list[object]], bool]]:
    """(name, rows, date1904) for the named sheet, or for the active sheet then the others."""
    with zipfile.ZipFile(path) as archive:
        workbook = _text(archive.read("xl/workbook.xml"))
        relations = {}
        for fragment in _RELATIONSHIP.findall(_text(archive.read("xl/_rels/workbook.xml.rels"))):
            attrs = _attrs(fragment)
            target = attrs.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            relations[attrs.get("Id", "")] = (posixpath.normpath(target), attrs.get("Type", ""))
        sheets = []
        for fragment in _SHEET.findall(workbook):
            attrs = _attrs(fragment)
            sheets.append((attrs.get("name", ""), relations[attrs["id"]][0], attrs.get("state")))
        active_match = _ACTIVE_TAB.search(workbook)
        active = int(active_match.group(1)) if active_match else 0
        date1904 = bool(_DATE1904.search(workbook))
        if sheet_name is not None:
            chosen = [sheet for sheet in sheets if sheet[0] == sheet_name]
        else:
            first = [sheets[active]] if active < len(sheets) else []
            chosen = first + [s for s in sheets if s not in first and s[2] in (None, "visible")]
        strings_name = next(
            (target for target, kind in relations.values() if kind.endswith("/sharedStrings")),
            "xl/sharedStrings.xml",
        )
        strings = _shared_strings(archive, strings_name)
        styles_name = next(
            (target for target, kind in relations.values() if kind.endswith("/styles")),
            "xl/styles.xml",
        )
        date_styles, durations = _date_styles(archive, styles_name)
        epoch = CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900
        result = []
        for name, target, _ in chosen:
            text = _text(archive.read(target))
            rows = _rows(text, strings, (date_styles, durations, epoch))
            result.append((name, rows, date1904))
            if any(rows):
                break
        return result

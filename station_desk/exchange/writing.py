"""Writing spreadsheets a clerk opens in Excel or WPS: exports, blank templates, error rows.

ID numbers and phones are written as text (number format "@"), or Excel would turn them into
numbers and lose digits the next time the clerk saves. Files are written beside the target
and moved into place, so a crash never leaves half a file under the clerk's name.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from enum import Enum
from pathlib import Path

from station_desk.domain.enums import LabeledEnum
from station_desk.domain.messages import msg
from station_desk.exchange.cells import clean_text, format_number
from station_desk.exchange.errors import ExchangeError
from station_desk.exchange.examples import EXAMPLE_ROWS
from station_desk.exchange.fields import DATE_FIELDS
from station_desk.exchange.formula_guard import neutralise
from station_desk.exchange.mapping import FIELD_LABELS_BY_KIND, KIND_LABELS, REQUIRED_FIELDS
from station_desk.exchange.reading import Sheet
from station_desk.exchange.rows import ParsedSheet, RowProblem

TEXT_FORMAT = "@"
DATE_FORMAT = "yyyy-mm-dd"
REQUIRED_MARK = "（必填）"
ERROR_COLUMN = "错误原因"
_MAX_WIDTH = 50
_WIDTH_SAMPLE = 2000
_TEXT_FIELDS = frozenset({"id_number", "phone", "volunteer_number"}) | DATE_FIELDS
_CHOICE_HINTS = {
    "gender": "男、女",
    "retirement_kind": "离休、退休",
    "is_party_member": "党员、群众",
    "post": "网格长、网格党支部书记、楼长",
    "kind": "党课、演出、学习讨论会、展览、培训、其他",
    "role": "主讲、演员、组织、参与",
}


def display_width(text: str) -> int:
    """Width in Excel character units: CJK and full-width characters count double."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _column_widths(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> list[float]:
    widths = [display_width(str(header)) for header in headers]
    for row in rows[:_WIDTH_SAMPLE]:
        for index, value in enumerate(row):
            if value is None:
                continue
            text = value.isoformat() if isinstance(value, date) else clean_text(_plain(value))
            longest = max((display_width(line) for line in text.split("\n")), default=0)
            if index >= len(widths):
                widths.append(longest)
            elif longest > widths[index]:
                widths[index] = longest
    return [min(width + 2, _MAX_WIDTH) for width in widths]


def _plain(value: object) -> object:
    """Cell values openpyxl can store: enums as their labels, bools as 是/否."""
    if isinstance(value, LabeledEnum):
        return value.label
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "是" if value else "否"
    return value


def _atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    path = Path(path)
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent
        )
    except OSError as error:
        raise ExchangeError(
            msg(
                "无法在“{folder}”里写文件（{error}）",
                folder=str(path.parent),
                error=str(error.strerror or error),
            )
        ) from error
    os.close(handle)
    temp = Path(temp_name)
    try:
        write(temp)
        # mkstemp makes the file private (0600); give it the mode a plain save would.
        os.chmod(temp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(temp, path)
    except PermissionError as error:
        raise ExchangeError(
            msg("无法写入“{file}”：文件可能正被 Excel/WPS 打开，请先关闭它再试", file=path.name)
        ) from error
    except OSError as error:
        raise ExchangeError(
            msg("无法写入“{file}”（{error}）", file=path.name, error=str(error.strerror or error))
        ) from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    text_columns: Iterable[int] = (),
    title: str | None = None,
    sheet: str | None = None,
) -> None:
    """One-sheet workbook: optional title row, bold frozen header, widths, text columns kept.
    The sheet is named ``sheet`` (an export: its book's sheet, as the template names it), else
    by the title, else "Sheet1"."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    data = [list(row) for row in rows]
    text = set(text_columns)
    widths = _column_widths(headers, data)

    def build(target: Path) -> None:
        book = Workbook(write_only=True)
        ws = book.create_sheet(
            title=(sheet or title or "Sheet1")[:31].translate(
                str.maketrans("[]:*?/\\", "（）：＊？／＼")
            )
        )
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = "A3" if title else "A2"
        bold = Font(bold=True)
        if title:
            cell = WriteOnlyCell(ws, value=title)
            cell.font = Font(bold=True, size=14)
            ws.append([cell])
        header_cells = []
        for header in headers:
            cell = WriteOnlyCell(ws, value=str(header))
            cell.font = bold
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            header_cells.append(cell)
        ws.append(header_cells)
        for row in data:
            out: list[object] = []
            for index, raw in enumerate(row):
                value = _plain(raw)
                if index in text and value is not None:
                    value = (
                        format_number(value)
                        if isinstance(value, int | float)
                        else clean_text(value)
                    )
                if isinstance(value, str):
                    value = ILLEGAL_CHARACTERS_RE.sub("", value)
                    if isinstance(raw, str):
                        value = neutralise(value)
                    cell = WriteOnlyCell(ws, value=value)
                    cell.data_type = "s"  # "=..." typed by a clerk is text, not a formula
                    if index in text:
                        cell.number_format = TEXT_FORMAT
                    out.append(cell)
                elif isinstance(value, date):
                    cell = WriteOnlyCell(ws, value=value)
                    cell.number_format = DATE_FORMAT
                    out.append(cell)
                else:
                    out.append(value)
            ws.append(out)
        book.save(target)

    _atomic_write(path, build)


def write_csv(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    text_columns: Iterable[int] = (),
) -> None:
    """UTF-8 with BOM so Excel shows Chinese; ``text_columns`` get a leading tab so Excel
    opens an 18-digit ID as text instead of 3.70124E+17 (our reader trims the tab)."""
    text = set(text_columns)

    def cell(index: int, value: object) -> str:
        value = _plain(value)
        if value is None:
            return ""
        if isinstance(value, datetime):
            shown = clean_text(value)
        elif isinstance(value, date):
            shown = value.isoformat()
        elif isinstance(value, int | float):
            shown = format_number(value)
        else:
            shown = neutralise(str(value))
        return "\t" + shown if index in text and shown else shown

    def build(target: Path) -> None:
        with target.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow([str(header) for header in headers])
            for row in rows:
                writer.writerow([cell(index, value) for index, value in enumerate(row)])

    _atomic_write(path, build)


def template_headers(kind: str) -> list[str]:
    """The template's header texts, required ones marked （必填）."""
    labels = FIELD_LABELS_BY_KIND[kind]
    required = set(REQUIRED_FIELDS[kind])
    return [label + (REQUIRED_MARK if name in required else "") for name, label in labels.items()]


def write_template(kind: str, path: Path) -> None:
    """A blank import template: marked headers, one fictitious example row, text columns set,
    and a 填写说明 sheet; small, so written in normal mode to style whole columns."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    if kind not in FIELD_LABELS_BY_KIND:
        raise ExchangeError(msg("不认识的导入类型“{kind}”", kind=kind))
    names = list(FIELD_LABELS_BY_KIND[kind])
    headers = template_headers(kind)
    example = EXAMPLE_ROWS[kind]
    widths = _column_widths(headers, [[example.get(name, "") for name in names]])

    def build(target: Path) -> None:
        book = Workbook()
        ws = book.active
        assert ws is not None
        ws.title = str(KIND_LABELS[kind])
        for index, (name, header) in enumerate(zip(names, headers, strict=True), start=1):
            letter = get_column_letter(index)
            ws.column_dimensions[letter].width = widths[index - 1]
            if name in _TEXT_FIELDS:
                ws.column_dimensions[letter].number_format = TEXT_FORMAT
            top = ws.cell(row=1, column=index, value=header)
            top.font = Font(bold=True)
            top.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            value = example.get(name, "")
            cell = ws.cell(row=2, column=index, value=str(value) if value != "" else None)
            cell.data_type = "s"
            if name in _TEXT_FIELDS:
                cell.number_format = TEXT_FORMAT
        ws.freeze_panes = "A2"
        guide = book.create_sheet("填写说明")
        guide.append(["列名", "是否必填", "填写说明"])
        for name, header in zip(names, headers, strict=True):
            guide.append(
                [
                    header.removesuffix(REQUIRED_MARK),
                    "必填" if REQUIRED_MARK in header else "",
                    _hint(name),
                ]
            )
        guide.append([])
        guide.append(["第 2 行是示例（虚构的人），导入前请删除。"])
        for letter, width in zip("ABC", (18, 10, 70), strict=True):
            guide.column_dimensions[letter].width = width
        book.save(target)

    _atomic_write(path, build)


def _hint(name: str) -> str:
    if name == "id_number":
        return "18 位身份证号，请保持“文本”格式，不要改成数字（否则后几位会丢失）"
    if name == "phone":
        return "手机或座机号码，请保持“文本”格式（否则开头的 0 会丢失）"
    if name in DATE_FIELDS:
        return "如 1950.03.05、1950.03 或 1950年3月5日；只写年月时按当月 1 日记"
    if name in _CHOICE_HINTS:
        return f"填写 {_CHOICE_HINTS[name]}"
    if name in ("beneficiaries", "audience"):
        return "整数，如 120"
    if name == "hours":
        return "小时数，如 2.5"
    return ""


def write_error_rows(
    path: Path, sheet: ParsedSheet, original: Sheet, problems: Iterable[RowProblem]
) -> None:
    """The rows that failed, as the clerk typed them, plus 错误原因 and 原行号 columns.

    The clerk fixes them in this file and imports it again; ID/phone/date columns are text.
    """
    by_row: dict[int, list[str]] = {}
    for problem in problems:
        messages = by_row.setdefault(problem.row, [])
        text = problem.part()
        if text not in messages:
            messages.append(text)
    header_index = sheet.header.row_index
    header_cells = original.rows[header_index] if header_index < len(original.rows) else []
    mapped = sheet.header.mapping
    width = max(
        [
            len(header_cells),
            *(len(original.rows[n - 1]) for n in by_row if 0 < n <= len(original.rows)),
        ],
        default=0,
    )
    headers = [clean_text(cell) for cell in header_cells] + [""] * (width - len(header_cells))
    text_columns = [column for column, name in mapped.items() if name in _TEXT_FIELDS]
    out_rows: list[list[object]] = []
    for number in sorted(by_row):
        cells = list(original.rows[number - 1]) if 0 < number <= len(original.rows) else []
        cells += [None] * (width - len(cells))
        out_rows.append([*cells, "；".join(by_row[number]), number])
    write_xlsx(path, [*headers, ERROR_COLUMN, "原行号"], out_rows, text_columns=text_columns)

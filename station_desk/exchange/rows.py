"""From raw rows to clean field values plus row-level problems the clerk can act on.

Nothing here raises on a bad cell: every unreadable date, destroyed ID number or unknown
choice becomes a RowProblem naming the spreadsheet row, the column as the clerk labelled it,
the field, and the reason. Whether an ID number's check digit is right is the service's
question (``domain.ids``); we only report what the spreadsheet itself destroyed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from dataclasses import field as dataclass_field

from station_desk.domain.messages import Message, msg
from station_desk.exchange.cells import clean_text
from station_desk.exchange.errors import CellError, ExchangeError, listed
from station_desk.exchange.examples import EXAMPLE_ID_NUMBER
from station_desk.exchange.fields import Parser, sheet_parser_for
from station_desk.exchange.mapping import (
    FIELD_LABELS_BY_KIND,
    HEADER_SYNONYMS,
    REQUIRED_FIELDS,
    HeaderGuess,
    best_header,
    find_header,
)
from station_desk.exchange.reading import Sheet, column_letter


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong with one row: ``row`` is 1-based as Excel shows it.

    ``message`` is what follows the column title. When it is a service's message with the
    field's label taken off its front (the column title says it), ``led`` keeps that
    message whole, so ``part`` can show it translated with the column title in its place.
    """

    row: int
    column: str
    field: str
    message: str
    led: str = dataclass_field(default="", compare=False, repr=False)

    def part(self) -> str:
        """The problem as the clerk reads it: "{column}：{message}", the message alone when
        there is no column; a ``Message`` where the parts are (the column title, the sheet's
        own text, is a plain value)."""
        if not self.column:
            return self.message
        return relabeled(self.led, self.column, self.message) or msg(
            "{column}：{message}", column=self.column, message=self.message
        )


def relabeled(led: str, lead: object, rest: str) -> Message | None:
    """``led``, a message led by its field's label ("{label}：…"), led by ``lead`` instead,
    when that reads exactly "{lead}：{rest}"; else None."""
    if not isinstance(led, Message) or "label" not in led.values:
        return None
    made = msg(led.template, **{**led.values, "label": lead})
    return made if made == f"{lead}：{rest}" else None


@dataclass(frozen=True)
class ParsedRow:
    """A data row's cleaned values: every mapped field is present.

    Text fields give str ("" when blank); date fields a ``date``; is_party_member a bool;
    ID numbers and phones str; head counts int; choice fields (gender, retirement_kind,
    grid post, event kind and role) their enum member, which is a str. A typed field that is
    blank or unreadable gives None, and an unreadable one also a problem.
    """

    row: int
    values: dict[str, object]
    problems: tuple[RowProblem, ...] = ()


@dataclass(frozen=True)
class ParsedSheet:
    kind: str
    header: HeaderGuess
    rows: list[ParsedRow]
    duplicate_problems: list[RowProblem] = field(default_factory=list)

    def all_problems(self) -> list[RowProblem]:
        """Every problem of the sheet, ordered by row."""
        problems = [p for row in self.rows for p in row.problems] + self.duplicate_problems
        return sorted(problems, key=lambda p: p.row)


_EXAMPLE_ROW = msg("这是模板里的示例行，请删除后再导入")
_FOOTER_PREFIXES = (
    "填表人",
    "制表人",
    "审核人",
    "填报人",
    "制表日期",
    "填报日期",
    "填表日期",
    "注:",
)
_TOTAL_WORDS = frozenset({"合计", "总计", "小计", "共计"})
_DUPLICATE_KEYS: dict[str, tuple[str, ...]] = {
    "members": ("id_number",),
    "team_members": ("team", "id_number"),
    "grid_posts": ("grid", "id_number", "post", "building"),
    "activities": ("team", "title", "date", "id_number"),
    "events": ("title", "date", "name", "role"),
}
_DUPLICATE_WHAT = {
    "members": msg("同一身份证号"),
    "team_members": msg("同一队伍里同一身份证号"),
    "grid_posts": msg("同一网格同一职务里同一身份证号"),
    "activities": msg("同一活动里同一身份证号"),
    "events": msg("同一活动里同一姓名和角色"),
}
_ACTIVITY_SHARED = ("place", "category", "beneficiaries")


def _is_footer(cells: list[object]) -> bool:
    """Totals (合计) and sign-off lines (填表人：…) below the data."""
    first = next((cell for cell in cells if cell is not None and cell != ""), None)
    if not isinstance(first, str):
        return False
    compact = "".join(clean_text(first).split())
    return compact in _TOTAL_WORDS or compact.startswith(_FOOTER_PREFIXES)


def _is_repeated_header(cells: list[object], columns: list[int], titles: list[str]) -> bool:
    """A header row pasted again between blocks of data."""
    seen = False
    for column, title in zip(columns, titles, strict=True):
        cell = cells[column] if column < len(cells) else None
        if cell is None or cell == "":
            continue
        if not isinstance(cell, str) or clean_text(cell) != title:
            return False
        seen = True
    return seen


def _check_mapping(kind: str, mapping: dict[int, str]) -> None:
    known = HEADER_SYNONYMS[kind]
    seen: dict[str, int] = {}
    for column, name in mapping.items():
        if name not in known:
            raise ExchangeError(msg("“{kind}”导入没有“{field}”这一项", kind=kind, field=name))
        if name in seen:
            raise ExchangeError(
                msg(
                    "第 {first} 列和第 {second} 列都对应“{label}”，请只保留一列",
                    first=column_letter(seen[name]),
                    second=column_letter(column),
                    label=FIELD_LABELS_BY_KIND[kind][name],
                )
            )
        seen[name] = column


def _duplicates(kind: str, rows: list[ParsedRow], columns: dict[str, str]) -> list[RowProblem]:
    key_fields = _DUPLICATE_KEYS[kind]
    if not set(key_fields) <= set(columns):
        return []
    anchor = "id_number" if "id_number" in key_fields else "name"
    groups: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for row in rows:
        if row.values.get(anchor) in (None, "") or any(p.field in key_fields for p in row.problems):
            continue
        groups[tuple(row.values.get(name) for name in key_fields)].append(row.row)
    problems: list[RowProblem] = []
    for numbers in groups.values():
        if len(numbers) < 2:
            continue
        every = listed(numbers)
        for number in numbers:
            problems.append(
                RowProblem(
                    number,
                    columns[anchor],
                    anchor,
                    msg(
                        "与第 {others} 行重复：{what}在表中出现了 {n} 次（第 {rows} 行）",
                        others=listed(other for other in numbers if other != number),
                        what=_DUPLICATE_WHAT[kind],
                        n=len(numbers),
                        rows=every,
                    ),
                )
            )
    return sorted(problems, key=lambda p: p.row)


def _activity_conflicts(rows: list[ParsedRow], columns: dict[str, str]) -> list[ParsedRow]:
    """Rows of one activity (team + title + date) must agree on place, category, head count."""
    first_seen: dict[tuple[object, ...], ParsedRow] = {}
    result: list[ParsedRow] = []
    labels = FIELD_LABELS_BY_KIND["activities"]
    for row in rows:
        key = tuple(row.values.get(name) for name in ("team", "title", "date"))
        first = first_seen.setdefault(key, row)
        extra: list[RowProblem] = []
        for name in _ACTIVITY_SHARED:
            mine, theirs = row.values.get(name), first.values.get(name)
            if (
                name in columns
                and mine not in (None, "")
                and theirs not in (None, "")
                and mine != theirs
            ):
                extra.append(
                    RowProblem(
                        row.row,
                        columns[name],
                        name,
                        msg(
                            "同一活动在第 {row} 行的{label}是“{first}”，这里是“{value}”",
                            row=first.row,
                            label=labels[name],
                            first=theirs,
                            value=mine,
                        ),
                    )
                )
        result.append(replace(row, problems=row.problems + tuple(extra)) if extra else row)
    return result


def _parse_row(
    kind: str,
    number: int,
    cells: list[object],
    specs: list[tuple[int, str, str, Parser]],
    required: list[tuple[str, str]],
    use1904: bool,
) -> ParsedRow | None:
    """One data row, or None when every mapped cell is blank."""
    values: dict[str, object] = {}
    problems: list[RowProblem] = []
    for column, name, title, parse in specs:
        cell = cells[column] if column < len(cells) else None
        try:
            values[name] = parse(cell, use1904)
        except CellError as error:
            values[name] = None
            problems.append(RowProblem(number, title, name, error.reason))
        except Exception as error:  # a cell must never stop the import
            values[name] = None
            problems.append(
                RowProblem(
                    number, title, name, msg("无法读取这个格子（{error}）", error=str(error))
                )
            )
    if not problems and all(value is None or value == "" for value in values.values()):
        return None
    labels = FIELD_LABELS_BY_KIND[kind]
    for name, title in required:
        if values.get(name) in (None, "") and not any(p.field == name for p in problems):
            problems.append(
                RowProblem(number, title, name, msg("“{label}”必须填写", label=labels[name]))
            )
    if values.get("id_number") == EXAMPLE_ID_NUMBER:
        problems.append(RowProblem(number, title_of(specs, "id_number"), "id_number", _EXAMPLE_ROW))
    return ParsedRow(number, values, tuple(problems))


def title_of(specs: list[tuple[int, str, str, Parser]], name: str) -> str:
    """The column title that holds ``name``."""
    return next(title for _, field_name, title, _ in specs if field_name == name)


def parse_sheet(
    sheet: Sheet,
    kind: str,
    *,
    mapping: dict[int, str] | None = None,
    date1904: bool = False,
    header_row: int | None = None,
) -> ParsedSheet:
    """Clean every data row below the header; ``mapping`` (column → field) overrides the guess.

    ``header_row`` (0-based) overrides where the header is; without it the guessed row is
    used. ``date1904`` or the sheet's own flag selects the 1904 date system for serials.
    """
    if mapping is None:
        header = find_header(sheet, kind)
        if header_row is not None:
            header = HeaderGuess(header_row, header.mapping, header.unmapped)
    else:
        _check_mapping(kind, mapping)
        index = header_row if header_row is not None else best_header(sheet, kind)[0].row_index
        header_cells = sheet.rows[index] if index < len(sheet.rows) else []
        unmapped = [
            (column, clean_text(cell))
            for column, cell in enumerate(header_cells)
            if column not in mapping and clean_text(cell)
        ]
        header = HeaderGuess(index, dict(sorted(mapping.items())), unmapped)
    use1904 = date1904 or sheet.date1904
    header_cells = sheet.rows[header.row_index] if header.row_index < len(sheet.rows) else []
    columns: dict[str, str] = {}
    specs: list[tuple[int, str, str, Parser]] = []
    for column, name in header.mapping.items():
        title = clean_text(header_cells[column]) if column < len(header_cells) else ""
        columns[name] = title or column_letter(column)
        specs.append((column, name, columns[name], sheet_parser_for(kind, name)))
    mapped_columns = list(header.mapping)
    header_texts = [
        clean_text(header_cells[column]) if column < len(header_cells) else ""
        for column in mapped_columns
    ]
    required = [(name, columns[name]) for name in REQUIRED_FIELDS[kind] if name in columns]
    parsed: list[ParsedRow] = []
    for index in range(header.row_index + 1, len(sheet.rows)):
        cells = sheet.rows[index]
        if (
            not cells
            or _is_footer(cells)
            or _is_repeated_header(cells, mapped_columns, header_texts)
        ):
            continue
        row = _parse_row(kind, index + 1, cells, specs, required, use1904)
        if row is not None:
            parsed.append(row)
    if kind == "activities":
        parsed = _activity_conflicts(parsed, columns)
    return ParsedSheet(kind, header, parsed, _duplicates(kind, parsed, columns))

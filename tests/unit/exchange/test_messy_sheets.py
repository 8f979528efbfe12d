"""Hypothesis: whatever a clerk's sheet holds, parsing gives rows and problems, never a crash."""

from __future__ import annotations

import tempfile
from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from station_desk.domain.dates import PartialDate
from station_desk.exchange.cells import clean_text, id_number_damage, parse_date_cell
from station_desk.exchange.errors import CellError, ExchangeError
from station_desk.exchange.mapping import FIELD_LABELS_BY_KIND, REQUIRED_FIELDS
from station_desk.exchange.reading import Sheet, read_table
from station_desk.exchange.rows import parse_sheet

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
MEMBER_FIELDS = list(FIELD_LABELS_BY_KIND["members"])
DATE_FIELDS = {"birth_date", "retired_on", "honorary_retirement_on", "joined_party_on"}

ids = st.from_regex(r"\A[1-8]\d{16}[\dX]\Z")
messy_text = st.text(
    alphabet=st.one_of(
        st.sampled_from(
            list("张三李四翠屏社区网格党员群众男女离退休年月日.-/ Ｘ１２３０") + list(INVISIBLE)
        ),
        st.characters(codec="utf-8"),
    ),
    max_size=24,
)
cells = st.one_of(
    st.none(),
    messy_text,
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    ids,
    ids.map(lambda text: text.replace("X", "0")).map(int),
    ids.map(lambda text: float(text.replace("X", "0"))),
    st.sampled_from(
        ["3.70124E+17", "1950.3", "1950年3月", "19500305", "1950.13", "１９５０．３．５"]
    ),
    st.integers(min_value=1, max_value=80000),
)


@st.composite
def messy_sheets(draw: st.DrawFn) -> tuple[Sheet, list[str]]:
    extra = draw(st.lists(st.sampled_from(MEMBER_FIELDS), unique=True, max_size=8))
    fields = list(dict.fromkeys([*REQUIRED_FIELDS["members"], *extra]))
    fields = draw(st.permutations(fields))
    header = [FIELD_LABELS_BY_KIND["members"][name] for name in fields]
    header = [draw(st.sampled_from(["", " ", "*", INVISIBLE[0]])) + text for text in header]
    titles: list[list[object]] = draw(
        st.lists(
            st.lists(st.sampled_from(["花名册", None, "填报单位：翠屏社区"]), max_size=3),
            max_size=3,
        )
    )
    width = len(header)
    body = draw(st.lists(st.lists(cells, min_size=0, max_size=width + 2), max_size=25))
    rows: list[list[object]] = [*titles, list(header), *body]
    return Sheet("messy", rows, date1904=draw(st.booleans())), fields


def _check(sheet: Sheet, fields: list[str]) -> None:
    parsed = parse_sheet(sheet, "members")
    assert sorted(parsed.header.mapping.values()) == sorted(fields)
    numbers = [row.row for row in parsed.rows]
    assert numbers == sorted(set(numbers))
    assert all(parsed.header.row_index + 1 < number <= len(sheet.rows) for number in numbers)
    for row in parsed.rows:
        assert set(row.values) == set(fields)
        for problem in row.problems:
            assert problem.row == row.row and problem.column and problem.message
            assert problem.field in fields
        for name in DATE_FIELDS & set(fields):
            value = row.values[name]
            assert value is None or isinstance(value, date | PartialDate)
        for name in ("name", "id_number", "address", "notes"):
            value = row.values.get(name)
            assert value is None or (isinstance(value, str) and value == value.strip())
            assert value is None or not any(char in value for char in INVISIBLE)
    for problem in parsed.duplicate_problems:
        assert problem.row in numbers and problem.field == "id_number"


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messy_sheets())
def test_messy_sheets_never_raise(case: tuple[Sheet, list[str]]) -> None:
    _check(*case)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messy_sheets())
def test_messy_sheets_through_a_real_xlsx(case: tuple[Sheet, list[str]]) -> None:
    sheet, fields = case
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["翠屏社区离退休干部花名册"])
    ws.merge_cells("A1:C1")
    for row in sheet.rows:
        ws.append([_storable(cell) for cell in row])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "messy.xlsx"
        book.save(path)
        _check(read_table(path), fields)


def _storable(cell: object) -> object:
    """openpyxl refuses control characters and takes "=" text as a formula."""
    if isinstance(cell, str):
        text = "".join(char for char in cell if char.isprintable() or char in INVISIBLE)
        return text.lstrip("=") or None
    if isinstance(cell, int) and not isinstance(cell, bool) and abs(cell) > 10**15:
        return float(cell)
    if isinstance(cell, float) and cell != cell:
        return None
    if isinstance(cell, float) and cell in (float("inf"), float("-inf")):
        return None
    return cell


@settings(max_examples=300, deadline=None)
@given(st.one_of(cells, st.dates(), st.text()))
def test_single_cells_never_raise_unexpectedly(cell: object) -> None:
    try:
        result = parse_date_cell(cell)
        assert result is None or isinstance(result, date)
    except CellError as error:
        assert error.reason
    assert id_number_damage(cell) in (None, id_number_damage(3.7e17), id_number_damage("3701****"))
    assert isinstance(clean_text(cell), str)


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=400), st.sampled_from([".csv", ".txt", ".xlsx", ".xls"]))
def test_random_bytes_only_give_exchange_errors(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"random{suffix}"
        path.write_bytes(data)
        try:
            sheet = read_table(path)
        except ExchangeError as error:
            assert path.name in error.message
        else:
            assert all(isinstance(row, list) for row in sheet.rows)

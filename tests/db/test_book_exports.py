"""An export names its sheet and its columns with its book's words (``domain.books``), like the
import template of the same kind, and reads back into the import under those names."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from station_desk.db.schema.ledger import open_ledger
from station_desk.domain import books
from station_desk.exchange.mapping import field_for_header
from station_desk.exchange.writing import write_template
from station_desk.services.imports_export import export_table, export_view


def _sheet(path: Path) -> tuple[list[str], list[object]]:
    book = openpyxl.load_workbook(path, read_only=True)
    rows = list(book.worksheets[0].iter_rows(max_row=1, values_only=True))
    return book.sheetnames, list(rows[0])


@pytest.mark.parametrize("kind", ["teams", "activities", "events"])
def test_an_export_is_named_and_headed_by_its_book(
    demo_copy: Path, tmp_path: Path, kind: str
) -> None:
    book = books.SHEETS[kind]
    path = tmp_path / f"{kind}.xlsx"
    ledger = open_ledger(demo_copy)
    try:
        with ledger.unit_of_work() as session:
            assert export_table(session, kind, path) > 0
    finally:
        ledger.close()
    names, headers = _sheet(path)
    assert names == [book.sheet] and headers == list(book.fields.values())


def test_an_event_export_reads_back_under_the_template_names(
    demo_copy: Path, tmp_path: Path
) -> None:
    exported, template = tmp_path / "events.xlsx", tmp_path / "template.xlsx"
    ledger = open_ledger(demo_copy)
    try:
        with ledger.unit_of_work() as session:
            export_table(session, "events", exported)
    finally:
        ledger.close()
    write_template("events", template)
    names, headers = _sheet(exported)
    template_names, template_headers = _sheet(template)
    assert names[0] == template_names[0] == "文化活动"
    assert "类别" in headers and "观众人次" in headers and "类型" not in headers
    for header in headers:
        field, exact = field_for_header("events", header)
        if field is not None and field in {"title", "kind", "date", "place", "station", "audience"}:
            assert exact and any(str(t).startswith(str(header)) for t in template_headers), header


def test_a_view_export_is_named_by_what_the_desk_shows(demo_copy: Path, tmp_path: Path) -> None:
    path = tmp_path / "view.xlsx"
    ledger = open_ledger(demo_copy)
    try:
        with ledger.unit_of_work() as session:
            export_view(
                session, books.EVENT.tab, path, ["日期", "活动名称"], [["2021-01-01", "党课"]]
            )
    finally:
        ledger.close()
    assert _sheet(path) == (["文化活动"], ["日期", "活动名称"])

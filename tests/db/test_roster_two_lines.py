"""The widest roster of the demo ledger on A4 portrait: every column, full numbers, each
person on two lines (issue 14: never a split digit, never below 8 pt)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from station_desk.db.queries.printing import MemberFilter
from station_desk.db.schema.ledger import open_ledger
from station_desk.print_jobs import RosterRequest, run_print
from station_desk.reports.columns import LANDSCAPE, TWO_LINES, TooWide
from station_desk.services.printing import ROSTER_FIELDS, roster_table
from tests.db.test_cli_print import run
from tests.reports.test_two_lines import pdftotext_pages

ALL = tuple(f.key for f in ROSTER_FIELDS)
NUMBERS = ("birth", "age", "id_number", "phone", "joined_party", "party_years")
ON = date(2026, 12, 2)


def test_every_column_fits_upright_on_two_lines_with_every_number_whole(
    demo_copy: Path, tmp_path: Path
) -> None:
    ledger = open_ledger(demo_copy)
    flt = MemberFilter(station_id=None)
    try:
        with ledger.unit_of_work(operator="测试") as session:
            table = roster_table(session, flt, ALL, on=ON, full_numbers=True)
        out = tmp_path / "two.pdf"
        one_line = RosterRequest(flt, ALL, orientation="portrait")
        try:
            run_print(ledger, one_line, tmp_path / "one.pdf", today=ON)
        except TooWide as refused:
            assert refused.offers == (LANDSCAPE, TWO_LINES)
        else:
            raise AssertionError("20 columns on one upright line should not fit")
        request = RosterRequest(flt, ALL, True, orientation="portrait", two_lines=True)
        result = run_print(ledger, request, out, today=ON)
    finally:
        ledger.close()
    assert result.rows == len(table.rows) == 1200
    pages = pdftotext_pages(out)
    assert len(pages) == result.pages
    text = "\n".join(pages)
    columns = [ALL.index(key) for key in NUMBERS]
    missing = [
        (row[0], ALL[col], row[col])
        for row in table.rows
        for col in columns
        if row[col] and row[col] not in text
    ]
    assert not missing, missing[:5]


def test_the_command_line_prints_two_lines(demo_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "two.pdf"
    columns = ",".join(f.header for f in ROSTER_FIELDS)
    args = ("--db", str(demo_copy), "print", "roster", "--columns", columns)
    refused = run(*args, "--orientation", "portrait", "--out", str(out), data=tmp_path)
    assert refused.returncode != 0 and "每人印两行" in refused.stderr + refused.stdout
    assert not out.exists()
    done = run(*args, "--orientation", "portrait", "--two-lines", "--out", str(out), data=tmp_path)
    assert done.returncode == 0, done.stderr
    assert os.path.getsize(out) > 0 and "1200 条" in done.stdout

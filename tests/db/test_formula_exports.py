"""Exports safe to open (issue 15 item 4): formula payloads typed into 住址 and 备注 are
neutralised in CSV and .xlsx (OWASP: a single quote in front) and import back unchanged."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from station_desk.cli import main
from station_desk.db.schema.ledger import open_ledger
from station_desk.db.schema.models import Member
from station_desk.domain.enums import Gender
from station_desk.domain.inputs import MemberData
from station_desk.services.imports import ImportOptions, commit_import, load_sheet
from station_desk.services.members import add_member
from tests.db.conftest import an_id
from tests.unit.test_formula_guard import PAYLOADS

ADDRESSES = [p for p in PAYLOADS if not p.startswith(("\t", "\r"))]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_formula_payloads_are_neutralised_and_read_back_unchanged(
    empty_ledger_file: Path, tmp_path: Path, suffix: str
) -> None:
    source_path, target_path = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    shutil.copyfile(empty_ledger_file, source_path)
    shutil.copyfile(empty_ledger_file, target_path)
    source = open_ledger(source_path)
    with source.unit_of_work("测试") as session:
        for n, payload in enumerate(ADDRESSES):
            data = MemberData(
                name=f"王{'一二三四五六七八九'[n]}",
                id_number=an_id(n + 1, gender=Gender.MALE),
                address=payload,
                notes=f"@{payload}",
            )
            add_member(session, data, confirmed=True)
    source.close()
    out = tmp_path / f"members{suffix}"
    assert main(["--db", str(source_path), "export", "members", "--out", str(out),
                 "--full-numbers"]) == 0  # fmt: skip

    if suffix == ".csv":
        with out.open(encoding="utf-8-sig", newline="") as stream:
            cells = [cell for row in csv.reader(stream) for cell in row]
    else:
        book = openpyxl.load_workbook(out)
        cells = [c.value for row in book.active.iter_rows() for c in row if c.value]
        assert not [
            c.value for row in book.active.iter_rows() for c in row if c.data_type == "f"
        ], "no cell may be stored as a formula"
    risky = [c for c in cells if isinstance(c, str) and c[:1] in "=+-@\t\r" and c[1:2] != ""]
    risky = [c for c in risky if not c.startswith("\t") or c[1:2] in "=+-@"]
    assert risky == [], f"cells a spreadsheet would run: {risky[:3]}"
    assert f"'{ADDRESSES[0]}" in cells

    sheet, parsed = load_sheet(out, "members")
    target = open_ledger(target_path)
    try:
        preview = commit_import(target, sheet, parsed, ImportOptions(accept_warnings=True),
                                backup=False)  # fmt: skip
        assert preview.committed, preview.problems()[:3]
        with target.reading() as session:
            got = {m.name: (m.address, m.notes) for m in session.scalars(select(Member))}
    finally:
        target.close()
    for n, payload in enumerate(ADDRESSES):
        assert got[f"王{'一二三四五六七八九'[n]}"] == (payload, f"@{payload}")

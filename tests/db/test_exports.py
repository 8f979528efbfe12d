"""Exports (masked by default, logged, Excel-friendly), the round trip export → import, and
the import/export/template commands."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select

from station_desk.cli import main
from station_desk.db.queries.export import ExportFilters
from station_desk.db.schema.ledger import Ledger, open_ledger
from station_desk.db.schema.models import Branch, ChangeLog, Community, Grid, Member, Station
from station_desk.domain.enums import ChangeAction
from station_desk.domain.inputs import BranchData, StationData
from station_desk.exchange.reading import read_table
from station_desk.services.imports import ImportOptions, RowStatus, commit_import, load_sheet
from station_desk.services.imports_export import export_table
from station_desk.services.org import add_branch, add_community, add_grid, add_station

_SKIP = {"id", "uuid", "created_at", "updated_at", "station_id", "branch_id", "community_id"}
_SKIP |= {"grid_id"}


def _org_names(session: Any, member: Member) -> tuple[str | None, ...]:
    def name(model: Any, key: int | None) -> str | None:
        return None if key is None else session.get(model, key).name

    return (
        name(Station, member.station_id),
        name(Branch, member.branch_id),
        name(Community, member.community_id),
        name(Grid, member.grid_id),
    )


def _people(ledger: Ledger) -> dict[str, tuple[Any, ...]]:
    """Every member in the bin-free ledger: every column, organisations by name."""
    keys = [c.key for c in sa_inspect(Member).column_attrs if c.key not in _SKIP]
    with ledger.reading() as session:
        return {
            m.id_number: (*(getattr(m, k) for k in keys), *_org_names(session, m))
            for m in session.scalars(select(Member).where(Member.deleted_at.is_(None)))
        }


def _copy_organisations(source: Ledger, target: Ledger) -> dict[str, int]:
    """Stations, branches, communities and grids of ``source`` created in ``target``."""
    stations: dict[str, int] = {}
    with source.reading() as s:
        communities = [(c.id, c.name, c.subdistrict) for c in s.scalars(select(Community))]
        grids = [(g.community_id, g.name) for g in s.scalars(select(Grid))]
        station_rows = [(st.id, st.name, st.kind) for st in s.scalars(select(Station))]
        branches = [(b.name, b.category, b.station_id) for b in s.scalars(select(Branch))]
    with target.unit_of_work() as t:
        new_community = {old: add_community(t, name, sub) for old, name, sub in communities}
        for community_id, name in grids:
            add_grid(t, new_community[community_id], name)
        by_old = {}
        for old, name, kind in station_rows:
            by_old[old] = stations[name] = add_station(t, StationData(name, kind))
        for name, category, station_id in branches:
            add_branch(
                t, BranchData(name, category, by_old.get(station_id) if station_id else None)
            )
    return stations


def test_export_then_import_into_an_empty_ledger_gives_the_same_members(
    demo_copy: Path, empty_ledger_file: Path, tmp_path: Path
) -> None:
    source = open_ledger(demo_copy)
    shutil.copyfile(empty_ledger_file, tmp_path / "new.sqlite3")
    target = open_ledger(tmp_path / "new.sqlite3")
    try:
        stations = _copy_organisations(source, target)
        with source.reading() as session:
            station_ids = dict(session.execute(select(Station.name, Station.id)).all())
        for name, new_id in stations.items():
            out = tmp_path / f"{new_id}.xlsx"
            with source.unit_of_work() as session:
                filters = ExportFilters(station_id=station_ids[name])
                export_table(session, "members", out, filters, full_numbers=True)
            sheet, parsed = load_sheet(out, "members")
            options = ImportOptions(station_id=new_id, accept_warnings=True)
            preview = commit_import(target, sheet, parsed, options, backup=False)
            assert preview.count(RowStatus.ERROR) == 0, preview.problems()[:3]
        before, after = _people(source), _people(target)
        assert len(before) > 1000
        assert after == before
    finally:
        source.close()
        target.close()


def _exports(ledger: Ledger) -> list[dict[str, Any]]:
    with ledger.reading() as session:
        rows = session.scalars(select(ChangeLog).where(ChangeLog.action == ChangeAction.EXPORT))
        return [{"label": r.row_label, **json.loads(r.changes)} for r in rows]


def test_exports_are_masked_unless_asked_and_every_export_is_logged(
    demo_copy: Path, tmp_path: Path
) -> None:
    ledger = open_ledger(demo_copy)
    try:
        with ledger.unit_of_work() as session:
            masked = export_table(session, "members", tmp_path / "m.xlsx")
            export_table(session, "members", tmp_path / "full.csv", full_numbers=True)
        book = openpyxl.load_workbook(tmp_path / "m.xlsx")
        ws = book.active
        assert ws is not None
        assert ws.freeze_panes == "A2" and ws["A1"].font.b
        id_cell = ws.cell(row=2, column=4)
        assert id_cell.data_type == "s" and id_cell.number_format == "@"
        assert "*" in str(id_cell.value) and ws.max_row == masked + 1
        raw = (tmp_path / "full.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        full = read_table(tmp_path / "full.csv")
        assert all(len(str(row[3]).strip()) == 18 for row in full.rows[1:])
        logged = _exports(ledger)
        assert [(e["full_numbers"], e["rows"]) for e in logged] == [
            (False, masked),
            (True, masked),
        ]
        assert "full.csv" in logged[1]["label"]
    finally:
        ledger.close()


@pytest.mark.parametrize("kind", ["teams", "activities", "events", "grid-posts"])
def test_every_kind_exports_through_the_command_line(
    demo_copy: Path, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"{kind}.xlsx"
    assert main(["--db", str(demo_copy), "export", kind, "--out", str(out)]) == 0
    rows = read_table(out).rows
    assert len(rows) > 2 and "已导出" in capsys.readouterr().out


def test_export_filters_by_names(demo_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.csv"
    args = ["--db", str(demo_copy), "export", "members", "--out", str(out)]
    code = main([*args, "--community", "翠屏社区", "--grid", "第一网格"])
    assert code == 0
    rows = read_table(out).rows[1:]
    assert rows and all(r[6] == "翠屏社区" and r[7] == "第一网格" for r in rows)
    assert (
        main(["--db", str(demo_copy), "export", "members", "--out", str(out), "--grid", "第一网格"])
        == 2
    )


def test_template_then_import_commands(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "t.xlsx"
    assert main(["template", "members", "--out", str(template)]) == 0
    assert read_table(template).rows[0][0] == "姓名（必填）"
    db = ["--db", str(demo_copy)]
    errors = tmp_path / "errors.xlsx"
    code = main([*db, "import", "members", str(template), "--errors", str(errors)])
    out = capsys.readouterr().out
    assert code == 1 and "错误 1" in out and "第 2 行" in out
    error_rows = read_table(errors).rows
    assert error_rows[0][-2:] == ["错误原因", "原行号"] and "示例行" in str(error_rows[1][-2])
    roster = tmp_path / "roster.xlsx"
    assert main([*db, "export", "members", "--out", str(roster), "--full-numbers"]) == 0
    assert (
        main([*db, "import", "members", str(roster), "--dry-run", "--on-duplicate", "update"]) == 0
    )
    out = capsys.readouterr().out
    assert "新增 0" in out and "错误 0" in out and "台账未改动" in out
    assert main([*db, "import", "members", str(tmp_path / "missing.xlsx")]) == 2

"""A station's first roster into an empty ledger (issue 16, items 2-4 and 8): the tree the
sheet names is listed and created with --create-missing, whole-sheet defaults fill rows
without a branch, duplicates are named and left out, dates keep their precision."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import select

from station_desk.db.schema.ledger import Ledger, open_ledger
from station_desk.db.schema.models import Branch, Community, Grid, Member, Station
from station_desk.domain.dates import DAY, MONTH, YEAR
from station_desk.domain.enums import BranchCategory, Gender
from station_desk.exchange.org_names import guess_branch_category, name_key, split_grid
from station_desk.services.imports import (
    ImportOptions,
    RowStatus,
    commit_import,
    dry_run,
    load_sheet,
)
from station_desk.services.org import add_community, add_grid
from tests.db.test_services_members import dump
from tests.fixtures.rosters import COUNTY, GOOD, TOWNSHIP, person_id, write_roster

TODAY = date(2026, 12, 1)


def tree(ledger: Ledger) -> dict[str, object]:
    with ledger.reading() as session:
        communities = dict(session.execute(select(Community.id, Community.name)).all())
        return {
            "communities": sorted(communities.values()),
            "grids": sorted(
                (communities[c], g)
                for c, g in session.execute(select(Grid.community_id, Grid.name))
            ),
            "branches": sorted(session.execute(select(Branch.name, Branch.category)).all()),
            "stations": sorted(session.scalars(select(Station.name)).all()),
        }


def test_clerks_names_are_read_the_way_they_are_written() -> None:
    assert split_grid("翠屏社区第一网格") == ("翠屏社区", "第一网格")
    assert split_grid("翠屏居委会二网格") == ("翠屏居委会", "二网格")
    assert split_grid("第一网格") is None
    assert name_key("翠屏社区一网格") == name_key("翠屏社区第一网格") == name_key("翠屏社区第1网格")
    assert name_key("翠屏居委会") == name_key("翠屏社区")
    assert guess_branch_category(COUNTY) is BranchCategory.COUNTY
    assert guess_branch_category(TOWNSHIP) is BranchCategory.TOWNSHIP
    assert guess_branch_category("县供电公司离退休干部党支部") is BranchCategory.ENTERPRISE


def test_the_dry_run_lists_what_the_ledger_lacks_and_writes_nothing(
    ledger: Ledger, tmp_path: Path
) -> None:
    sheet, parsed = load_sheet(write_roster(tmp_path / "花名册.xlsx"), "members")
    before = dump(ledger)
    preview = dry_run(ledger, sheet, parsed, ImportOptions(today=TODAY))
    assert dump(ledger) == before
    labels = [place.label() for place in preview.tree.missing]
    assert labels == [
        f"支部 {COUNTY}（县直）",
        f"支部 {TOWNSHIP}（街镇）",
        "社区 环秀社区",
        "社区 翠屏社区",
        "网格 环秀社区 第一网格",
        "网格 环秀社区 第二网格",
        "网格 翠屏社区 第一网格",
        "网格 翠屏社区 第二网格",
    ]
    first_grid = next(p for p in preview.tree.missing if p.label() == "网格 翠屏社区 第一网格")
    assert first_grid.rows == (4, 5, 10)  # 第一网格, 一网格 and 第1网格 are one grid
    assert "请先在“设置”中添加" in preview.rows[0].reasons()


def test_create_missing_builds_the_tree_with_every_good_row_in_one_commit(
    ledger: Ledger, tmp_path: Path
) -> None:
    sheet, parsed = load_sheet(write_roster(tmp_path / "花名册.xlsx"), "members")
    options = ImportOptions(today=TODAY, create_missing=True, skip_errors=True)
    preview = dry_run(ledger, sheet, parsed, options)
    assert tree(ledger)["communities"] == []  # the dry run created nothing
    assert preview.count(RowStatus.NEW) == GOOD, [r.reasons() for r in preview.rows]
    done = commit_import(ledger, sheet, parsed, options, checked=preview, backup=False)
    assert done.committed and done.count(RowStatus.NEW) == GOOD
    assert tree(ledger) == {
        "communities": ["环秀社区", "翠屏社区"],
        "grids": [
            ("环秀社区", "第一网格"),
            ("环秀社区", "第二网格"),
            ("翠屏社区", "第一网格"),
            ("翠屏社区", "第二网格"),
        ],
        "branches": [(COUNTY, BranchCategory.COUNTY), (TOWNSHIP, BranchCategory.TOWNSHIP)],
        "stations": [],
    }
    errors = {r.row: r.reasons() for r in done.rows if r.status is RowStatus.ERROR}
    assert set(errors) == {12, 13, 14}
    assert "第 12、13 行" in errors[12] and "第 12、13 行" in errors[13]
    assert "出生日期与身份证号不符：身份证号中为 1955-03-04" in errors[14]
    with ledger.reading() as session:
        stored = {m.name: SimpleNamespace(**vars(m)) for m in session.scalars(select(Member))}
    zhang, zhao, chen = stored["张志国"], stored["赵桂兰"], stored["陈玉珍"]
    assert (zhang.birth_date, zhang.birth_date_precision) == (date(1946, 3, 12), DAY)
    assert (zhang.joined_party_on, zhang.joined_party_on_precision) == (date(1968, 5, 1), MONTH)
    assert (zhao.joined_party_on, zhao.joined_party_on_precision) == (date(1972, 1, 1), YEAR)
    assert (chen.joined_party_on, chen.joined_party_on_precision) == (date(1975, 7, 1), DAY)
    assert stored["李秀英"].grid_id == zhang.grid_id == stored["杨卫东"].grid_id


def test_an_unticked_place_is_not_created_and_its_rows_stay_errors(
    ledger: Ledger, tmp_path: Path
) -> None:
    sheet, parsed = load_sheet(write_roster(tmp_path / "花名册.xlsx"), "members")
    first = dry_run(ledger, sheet, parsed, ImportOptions(today=TODAY))
    township = next(p for p in first.tree.missing if p.name == TOWNSHIP)
    options = ImportOptions(
        today=TODAY,
        create_missing=True,
        skip_errors=True,
        not_created=frozenset({township.key}),
        categories=((COUNTY, BranchCategory.OTHER),),
    )
    done = commit_import(ledger, sheet, parsed, options, backup=False)
    assert done.committed
    assert tree(ledger)["branches"] == [(COUNTY, BranchCategory.OTHER)]
    township_rows = {r.row for r in done.rows if TOWNSHIP in r.reasons()}
    assert township_rows >= {7, 8}


def test_near_misses_are_taken_as_the_ledgers_own_names(ledger: Ledger, tmp_path: Path) -> None:
    with ledger.unit_of_work() as session:
        cuiping = add_community(session, "翠屏社区")
        add_grid(session, cuiping, "第一网格")
    sheet, parsed = load_sheet(write_roster(tmp_path / "花名册.xlsx"), "members")
    preview = dry_run(ledger, sheet, parsed, ImportOptions(today=TODAY, create_missing=True))
    matches = {m.written: m.ledger for m in preview.tree.matches}
    assert matches == {"一网格": "第一网格", "第1网格": "第一网格"}
    assert "网格 翠屏社区 第一网格" not in [p.label() for p in preview.tree.missing]


def test_whole_sheet_defaults_fill_rows_without_a_branch(ledger: Ledger, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["姓名", "身份证号", "所在支部"])
    ws.append(["张三", person_id(21, date(1950, 1, 2)), None])
    ws.append(["李四", person_id(22, date(1950, 1, 3)), COUNTY])
    path = tmp_path / "a.xlsx"
    book.save(path)
    sheet, parsed = load_sheet(path, "members")
    options = ImportOptions(
        today=TODAY,
        create_missing=True,
        defaults=(("branch", TOWNSHIP), ("station", "翠屏社区驿站")),
    )
    done = commit_import(ledger, sheet, parsed, options, backup=False)
    assert done.committed, [r.reasons() for r in done.rows]
    assert ("branch", TOWNSHIP, 1) in done.tree.defaults
    assert ("station", "翠屏社区驿站", 2) in done.tree.defaults
    with ledger.reading() as session:
        branches = dict(session.execute(select(Branch.id, Branch.name)).all())
        found = {m.name: branches[m.branch_id] for m in session.scalars(select(Member))}
        assert session.scalars(select(Station.name)).all() == ["翠屏社区驿站"]
    assert found == {"张三": TOWNSHIP, "李四": COUNTY}


def _cli(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "STATION_DESK_DATA": str(data)}
    return subprocess.run(
        [sys.executable, "-m", "station_desk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_the_command_line_imports_a_first_roster_into_an_empty_ledger(tmp_path: Path) -> None:
    target = tmp_path / "ledger.sqlite3"
    open_ledger(target).close()
    roster = write_roster(tmp_path / "花名册.xlsx")
    common = ("--db", str(target), "import", "members", str(roster))
    tried = _cli(*common, "--dry-run", data=tmp_path)
    assert tried.returncode == 1, tried.stderr
    assert f"将新建：支部 {COUNTY}（县直）" in tried.stdout
    assert "加 --create-missing 可随导入一起新建" in tried.stdout
    done = _cli(*common, "--create-missing", "--skip-errors", data=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "已新建：网格 翠屏社区 第一网格（第 4、5、10 行）" in done.stdout
    assert "第 12、13 行的身份证号相同：这几行都没有导入" in done.stdout
    assert f"新增 {GOOD}" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
    ledger = open_ledger(target)
    try:
        assert len(tree(ledger)["grids"]) == 4  # type: ignore[arg-type]
    finally:
        ledger.close()


def test_a_row_matching_a_member_shows_what_would_change_field_by_field(
    ledger: Ledger, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    def sheet(phone: str, joined: str) -> Path:
        book = Workbook()
        ws = book.active
        assert ws is not None
        ws.append(["姓名", "身份证号", "联系电话", "政治面貌", "入党时间"])
        ws.append(["张三", person_id(31, date(1950, 1, 2)), phone, "党员", joined])
        path = tmp_path / f"{phone}.xlsx"
        book.save(path)
        return path

    first = load_sheet(sheet("13812345678", "1968.05"), "members")
    commit_import(ledger, *first, ImportOptions(today=TODAY), backup=False)
    again = load_sheet(sheet("13900001111", "1968.05.20"), "members")
    skipped = dry_run(ledger, *again, ImportOptions(today=TODAY))
    assert skipped.rows[0].status is RowStatus.SKIP
    assert (
        "若选择“更新”，将改动：联系电话 138****5678 → 139****1111、入党时间 1968.05 → 1968.05.20"
        in (skipped.rows[0].reasons())
    )
    updated = dry_run(ledger, *again, ImportOptions(today=TODAY, on_duplicate="update"))
    assert updated.rows[0].status is RowStatus.UPDATE
    assert "将更新：联系电话 138****5678 → 139****1111" in updated.rows[0].reasons()


def test_of_two_rows_with_one_id_number_the_clerk_keeps_one(ledger: Ledger, tmp_path: Path) -> None:
    sheet, parsed = load_sheet(write_roster(tmp_path / "花名册.xlsx"), "members")
    options = ImportOptions(
        today=TODAY, create_missing=True, skip_errors=True, keep_rows=frozenset({13})
    )
    tried = dry_run(ledger, sheet, parsed, options)
    done = commit_import(ledger, sheet, parsed, options, backup=False, checked=tried)
    assert len(done.rows) == len(tried.rows) == 11  # the skipped row once, dry run reused
    assert done.counts == tried.counts
    by_row = {r.row: r for r in done.rows}
    assert by_row[13].status is RowStatus.NEW
    assert by_row[12].status is RowStatus.SKIP
    assert "按选择保留第 13 行" in by_row[12].reasons()
    assert done.count(RowStatus.NEW) == GOOD + 1


def test_a_workbook_with_a_sheet_per_branch_imports_together(
    ledger: Ledger, tmp_path: Path
) -> None:
    from station_desk.services.imports_workbook import load_workbook, run_workbook
    from tests.fixtures.rosters import write_sheets_per_branch

    path = write_sheets_per_branch(tmp_path / "分支部.xlsx")
    options = ImportOptions(today=TODAY, create_missing=True)
    sheets = load_workbook(path, "members", options, "branch")
    assert [s.sheet.name for s in sheets] == [COUNTY, TOWNSHIP]
    before = dump(ledger)
    tried = run_workbook(ledger, sheets, commit=False)
    assert dump(ledger) == before
    assert [p.count(RowStatus.NEW) for _, p in tried] == [5, 3]
    done = run_workbook(ledger, sheets, commit=True, backup=False)
    assert all(p.committed for _, p in done)
    with ledger.reading() as session:
        branches = dict(session.execute(select(Branch.id, Branch.name)).all())
        found = {m.name: branches[m.branch_id] for m in session.scalars(select(Member))}
    assert found["张志国"] == COUNTY and found["赵桂兰"] == TOWNSHIP and len(found) == GOOD


def test_the_command_line_imports_every_sheet_with_its_name_as_the_branch(
    tmp_path: Path,
) -> None:
    from tests.fixtures.rosters import write_sheets_per_branch

    target = tmp_path / "ledger.sqlite3"
    open_ledger(target).close()
    path = write_sheets_per_branch(tmp_path / "分支部.xlsx")
    done = _cli(
        "--db",
        str(target),
        "import",
        "members",
        str(path),
        "--all-sheets",
        "--sheet-as",
        "branch",
        "--create-missing",
        data=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"【工作表“{COUNTY}”】老同志花名册：新增 5" in done.stdout
    assert f"已新建：支部 {TOWNSHIP}（街镇）" in done.stdout


def test_kept_duplicate_rows_can_be_merged_field_by_field(ledger: Ledger) -> None:
    from station_desk.exchange.reading import Sheet
    from station_desk.exchange.rows import parse_sheet

    same = person_id(41, date(1949, 2, 2))
    sheet = Sheet(
        "名单",
        [
            ["姓名", "身份证号", "联系电话", "住址", "原工作单位"],
            ["吴国强", same, None, "环秀小区3号楼", None],
            ["吴国强", same, "13800001111", "旧址", "县粮食局"],
        ],
    )
    parsed = parse_sheet(sheet, "members")
    options = ImportOptions(today=TODAY, keep_rows=frozenset({2}), merge_duplicates=True)
    done = commit_import(ledger, sheet, parsed, options, backup=False)
    assert done.committed and [r.status for r in done.rows] == [RowStatus.NEW, RowStatus.SKIP]
    assert "已并入第 2 行" in done.rows[1].reasons()
    with ledger.reading() as session:
        member = session.scalars(select(Member)).one()
        merged = (member.phone, member.address, member.former_unit)
    assert merged == ("13800001111", "环秀小区3号楼", "县粮食局")  # blanks filled, 住址 kept


def test_duplicate_rows_merged_by_the_clerks_pick_field_by_field(ledger: Ledger) -> None:
    """Two rows with one ID number that disagree: the clerk picks, per field, which row's
    value the member gets; the rest is the kept row's, and the other row is named."""
    from station_desk.exchange.reading import Sheet
    from station_desk.exchange.rows import parse_sheet
    from station_desk.services.imports import rows_with_duplicates
    from station_desk.services.imports_duplicates import differing_fields, duplicate_groups

    same = person_id(41, date(1949, 2, 2))
    sheet = Sheet(
        "名单",
        [
            ["姓名", "身份证号", "联系电话", "住址", "原工作单位"],
            ["吴国强", same, "13800002222", "环秀小区3号楼", "县粮食局"],
            ["吴国强", same, "13800001111", "旧址", "县粮食局"],
        ],
    )
    parsed = parse_sheet(sheet, "members")
    [group] = duplicate_groups(rows_with_duplicates(parsed)).values()
    assert [r.row for r in group] == [2, 3]
    assert differing_fields(group) == ["phone", "address"]  # 姓名, 单位 agree; ID is the key
    picks = ((2, "phone", 3),)
    options = ImportOptions(today=TODAY, keep_rows=frozenset({2}), merge_choices=picks)
    preview = dry_run(ledger, sheet, parsed, options)
    assert [r.status for r in preview.rows] == [RowStatus.NEW, RowStatus.SKIP]
    assert "逐项选定的值已采用" in preview.rows[1].reasons()
    done = commit_import(ledger, sheet, parsed, options, backup=False, checked=preview)
    assert done.committed
    with ledger.reading() as session:
        member = session.scalars(select(Member)).one()
        assert (member.phone, member.address) == ("13800001111", "环秀小区3号楼")


def test_a_picked_value_brings_its_cells_problem_and_nothing_is_written(
    ledger: Ledger,
) -> None:
    """Picking a cell the reader refused: the kept row carries that cell's problem, the
    dry run says so, and a commit without skipping bad rows writes nothing."""
    from station_desk.exchange.reading import Sheet
    from station_desk.exchange.rows import parse_sheet

    same = person_id(41, date(1949, 2, 2))
    sheet = Sheet(
        "名单",
        [
            ["姓名", "身份证号", "联系电话", "性别"],
            ["吴国强", same, "13800002222", "男"],
            ["吴国强", same, "13800001111", "不详的"],
        ],
    )
    parsed = parse_sheet(sheet, "members")
    options = ImportOptions(
        today=TODAY, keep_rows=frozenset({2}), merge_choices=((2, "gender", 3),)
    )
    before = dump(ledger)
    done = commit_import(ledger, sheet, parsed, options, backup=False)
    assert not done.committed and done.rows[0].status is RowStatus.ERROR
    assert "性别" in done.rows[0].reasons()
    assert dump(ledger) == before
    ignored = ImportOptions(  # a pick naming a row of no group, or a row not kept: ignored
        today=TODAY, keep_rows=frozenset({2}), merge_choices=((3, "phone", 2), (2, "phone", 9))
    )
    kept = commit_import(ledger, sheet, parsed, ignored, backup=False)
    assert kept.committed
    with ledger.reading() as session:
        assert session.scalars(select(Member.phone)).one() == "13800002222"


def test_places_set_for_chosen_rows_in_the_preview(ledger: Ledger) -> None:
    """Rows of a sheet without a branch or community column: the clerk sets them for some
    rows; the dry run lists the branch to create, the commit writes those rows with it and
    leaves the others as the sheet has them."""
    from station_desk.exchange.reading import Sheet
    from station_desk.exchange.rows import parse_sheet

    sheet = Sheet(
        "名单",
        [
            ["姓名", "身份证号"],
            ["吴国强", person_id(41, date(1949, 2, 2))],
            ["郑丽", person_id(42, date(1951, 4, 5), Gender.FEMALE)],
            ["孙明", person_id(43, date(1947, 8, 9))],
        ],
    )
    parsed = parse_sheet(sheet, "members")
    options = ImportOptions(
        today=TODAY,
        create_missing=True,
        row_values=(
            (2, "branch", COUNTY),
            (3, "branch", COUNTY),
            (3, "community", "翠屏社区"),
            (3, "grid", "第一网格"),
            (4, "volunteer_number", "X1"),  # not a place: ignored
        ),
    )
    preview = dry_run(ledger, sheet, parsed, options)
    assert [r.status for r in preview.rows] == [RowStatus.NEW] * 3
    assert preview.tree is not None and {p.name for p in preview.tree.missing} >= {
        COUNTY,
        "翠屏社区",
        "第一网格",
    }
    done = commit_import(ledger, sheet, parsed, options, backup=False, checked=preview)
    assert done.committed
    with ledger.reading() as session:
        rows = session.execute(
            select(Member.name, Branch.name, Community.name, Grid.name)
            .outerjoin(Branch, Member.branch_id == Branch.id)
            .outerjoin(Community, Member.community_id == Community.id)
            .outerjoin(Grid, Member.grid_id == Grid.id)
            .order_by(Member.id)
        ).all()
    assert [tuple(r) for r in rows] == [
        ("吴国强", COUNTY, None, None),
        ("郑丽", COUNTY, "翠屏社区", "第一网格"),
        ("孙明", None, None, None),
    ]


def test_a_place_set_for_rows_that_does_not_fit_writes_nothing(ledger: Ledger) -> None:
    """A branch set for a row that the ledger lacks, without creating places:
    the row says why, and the ledger stays as it was."""
    from station_desk.exchange.reading import Sheet
    from station_desk.exchange.rows import parse_sheet

    sheet = Sheet("名单", [["姓名", "身份证号"], ["吴国强", person_id(41, date(1949, 2, 2))]])
    parsed = parse_sheet(sheet, "members")
    options = ImportOptions(today=TODAY, row_values=((2, "branch", "没有这个支部"),))
    before = dump(ledger)
    done = commit_import(ledger, sheet, parsed, options, backup=False)
    assert not done.committed and done.rows[0].status is RowStatus.ERROR
    assert "没有这个支部" in done.rows[0].reasons()
    assert dump(ledger) == before

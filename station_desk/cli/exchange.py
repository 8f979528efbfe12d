"""Spreadsheet commands: ``import KIND FILE``, ``export KIND --out FILE``, ``template KIND``.

``import`` prints every row that needs fixing and a summary (新增, 更新, 跳过, 错误), and
exits 1 when nothing was written because of errors; ``--dry-run`` only reports. Commands
that write hold the ledger lock, so they refuse while the desk has the ledger open.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from station_desk.cli import CliError, ledger_path

IMPORT_KINDS = {
    "members": "members",
    "team-members": "team_members",
    "grid-posts": "grid_posts",
    "activities": "activities",
    "events": "events",
}
EXPORT_KINDS = {
    "members": "members",
    "teams": "teams",
    "activities": "activities",
    "events": "events",
    "grid-posts": "grid_posts",
}
EXIT_NOT_WRITTEN = 1


def register(subparsers: Any) -> None:
    imp = subparsers.add_parser("import", help="从 Excel/CSV 导入（先检查，全部成功才写入）")
    imp.add_argument("kind", choices=list(IMPORT_KINDS), help="导入什么")
    imp.add_argument("file", type=Path, help=".xlsx、.xls 或 .csv 文件")
    imp.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入台账")
    imp.add_argument(
        "--on-duplicate",
        choices=("update", "skip"),
        default="skip",
        help="台账中已有（同一身份证号）时：update 更新，skip 跳过（默认）",
    )
    imp.add_argument("--errors", type=Path, metavar="OUT.xlsx", help="把有问题的行另存为 .xlsx")
    imp.add_argument("--sheet", help="工作表名称（默认第一个有内容的）")
    imp.add_argument(
        "--all-sheets",
        action="store_true",
        help="花名册：导入所有有内容的工作表（一起检查，一起写入）",
    )
    imp.add_argument(
        "--sheet-as",
        choices=("branch", "community"),
        help="与 --all-sheets 同用：工作表名称就是该表各行的所在支部（branch）或社区（community）",
    )
    imp.add_argument("--accept-warnings", action="store_true", help="确认提醒（如未满十八岁入党）")
    imp.add_argument("--skip-errors", action="store_true", help="跳过有错误的行，导入其余行")
    imp.add_argument(
        "--station",
        help="表中没填“驿站”的行，都属于这个驿站（名称；花名册可配合 --create-missing 新建）",
    )
    imp.add_argument("--branch", help="花名册：没填“所在支部”的行，都属于这个支部（名称）")
    imp.add_argument("--community", help="花名册：没填“社区”的行，都属于这个社区（名称）")
    imp.add_argument(
        "--create-missing",
        action="store_true",
        help="花名册：表中写到、台账中还没有的驿站、支部、社区、网格，随老同志一起新建",
    )
    imp.add_argument("--team", help="表中没有“队伍”列时，所属的队伍")
    imp.set_defaults(func=run_import)
    exp = subparsers.add_parser("export", help="导出表格为 .xlsx 或 .csv（号码默认打码）")
    exp.add_argument("kind", choices=list(EXPORT_KINDS))
    exp.add_argument("--out", type=Path, required=True, help="输出文件（.xlsx 或 .csv）")
    for name, label in (
        ("station", "驿站"),
        ("branch", "党支部"),
        ("community", "社区"),
        ("grid", "网格"),
        ("team", "队伍"),
    ):
        exp.add_argument(f"--{name}", help=f"只导出该{label}（名称）")
    exp.add_argument("--year", type=int, help="只导出该年的活动")
    exp.add_argument(
        "--full-numbers", action="store_true", help="导出完整身份证号和电话（会记入操作日志）"
    )
    exp.set_defaults(func=run_export)
    tpl = subparsers.add_parser("template", help="生成空白导入模板（.xlsx）")
    tpl.add_argument("kind", choices=list(IMPORT_KINDS))
    tpl.add_argument("--out", type=Path, required=True)
    tpl.set_defaults(func=run_template)


@contextmanager
def _ledger(args: argparse.Namespace, *, write: bool = True) -> Iterator[Any]:
    """The ledger behind the one door (lock, door check; sealed only after a clean run)."""
    from station_desk.db.safekeeping.backup import before_migration
    from station_desk.db.safekeeping.door import through_door

    with through_door(ledger_path(args), write=write, before_migration=before_migration) as ledger:
        yield ledger


@contextmanager
def _exchange_errors() -> Iterator[None]:
    from station_desk.exchange.errors import ExchangeError

    try:
        yield
    except ExchangeError as exc:
        raise CliError(exc.message) from exc


def _id_by_name(
    ledger: Any, what: str, name: str | None, parent_id: int | None = None
) -> int | None:
    """A station/branch/community/grid/team id from its name; CliError listing the names.

    Grids are named per community (第一网格 in many), so ``parent_id`` narrows them."""
    if not name:
        return None
    from station_desk.db.queries.core import choices

    with ledger.reading() as session:
        found = choices(session)[what]
    if parent_id is not None:
        found = [c for c in found if c.parent_id == parent_id]
    wanted = "".join(name.split())
    matches = [c.id for c in found if "".join(c.label.split()) == wanted]
    if len(matches) == 1:
        return matches[0]
    labels = "、".join(c.label for c in found[:20]) or "（无）"
    if matches:
        raise CliError(f"“{name}”不止一个，请同时用 --community 指明社区。")
    raise CliError(f"台账中没有“{name}”。可选：{labels}")


def run_import(args: argparse.Namespace) -> int:
    from station_desk.services.imports import (
        ImportOptions,
        commit_import,
        dry_run,
        load_sheet,
        save_error_rows,
    )

    kind = IMPORT_KINDS[args.kind]
    members = kind == "members"
    if not members and (args.branch or args.community or args.create_missing or args.all_sheets):
        raise CliError(
            "--branch、--community、--create-missing、--all-sheets 只用于导入花名册（members）。"
        )
    if args.sheet_as and not args.all_sheets:
        raise CliError("--sheet-as 需与 --all-sheets 一起使用。")
    if args.all_sheets:
        return _import_workbook(args)
    with _exchange_errors():
        sheet, parsed = load_sheet(args.file, kind, sheet=args.sheet)
    with _ledger(args, write=not args.dry_run) as ledger:
        defaults = _defaults(args) if members else ()
        options = ImportOptions(
            on_duplicate=args.on_duplicate,
            accept_warnings=args.accept_warnings,
            skip_errors=args.skip_errors,
            station_id=None if members else _id_by_name(ledger, "station", args.station),
            team_id=_id_by_name(ledger, "team", args.team),
            create_missing=args.create_missing,
            defaults=defaults,
        )
        run = dry_run if args.dry_run else commit_import
        preview = run(ledger, sheet, parsed, options)
    if preview.tree is not None:
        for line in preview.tree.lines():
            print(line)
        if preview.tree.missing and not args.create_missing:
            print("以上驿站、支部、社区、网格台账中还没有：加 --create-missing 可随导入一起新建。")
    for row in preview.rows:
        if row.problems and row.status.value in ("error", "warning"):
            print(f"第 {row.row} 行 [{row.status.label}] {row.label}：{row.reasons()}")
    if args.errors and preview.problems():
        with _exchange_errors():
            count = save_error_rows(args.errors, sheet, parsed, preview)
        print(f"有问题的 {count} 行已另存为：{args.errors}")
    print(f"{preview.kind_label}：{preview.summary()}")
    for line in duplicate_lines(preview):
        print(line)
    if preview.backup_path is not None and preview.committed:
        print(f"导入前已备份：{preview.backup_path}")
    if args.dry_run:
        print(
            "（试导入，台账未改动）"
            if not preview.blocked
            else "（试导入：有错误，需改正后再导入）"
        )
        return EXIT_NOT_WRITTEN if preview.blocked else 0
    if preview.blocked:
        print("有错误或待确认的行，台账未写入任何内容。", file=sys.stderr)
        return EXIT_NOT_WRITTEN
    print("已写入台账。" if preview.committed else "没有需要写入的内容。")
    return 0


def _defaults(args: argparse.Namespace) -> tuple[tuple[str, str], ...]:
    """``--station``, ``--branch``, ``--community``: the values for rows that have none."""
    given = (("station", args.station), ("branch", args.branch), ("community", args.community))
    return tuple((name, value) for name, value in given if value)


def _member_options(args: argparse.Namespace) -> Any:
    from station_desk.services.imports import ImportOptions

    defaults = _defaults(args)
    return ImportOptions(
        on_duplicate=args.on_duplicate,
        accept_warnings=args.accept_warnings,
        skip_errors=args.skip_errors,
        create_missing=args.create_missing,
        defaults=defaults,
    )


def _import_workbook(args: argparse.Namespace) -> int:
    """``--all-sheets``: every sheet, one transaction; each sheet's rows printed under it."""
    from station_desk.services.imports_workbook import load_workbook, run_workbook

    with _exchange_errors():
        sheets = load_workbook(args.file, "members", _member_options(args), args.sheet_as or "")
    with _ledger(args, write=not args.dry_run) as ledger:
        results = run_workbook(ledger, sheets, commit=not args.dry_run)
    blocked = any(preview.blocked for _, preview in results)
    for name, preview in results:
        print(f"【工作表“{name}”】{preview.kind_label}：{preview.summary()}")
        if preview.tree is not None:
            for line in preview.tree.lines():
                print(f"  {line}")
        for row in preview.rows:
            if row.problems and row.status.value in ("error", "warning"):
                print(f"  第 {row.row} 行 [{row.status.label}] {row.label}：{row.reasons()}")
        for line in duplicate_lines(preview):
            print(f"  {line}")
    if args.dry_run:
        print("（试导入，台账未改动）" if not blocked else "（试导入：有错误，需改正后再导入）")
        return EXIT_NOT_WRITTEN if blocked else 0
    if blocked:
        print("有错误或待确认的行，台账未写入任何内容。", file=sys.stderr)
        return EXIT_NOT_WRITTEN
    written = any(preview.committed for _, preview in results)
    print("已写入台账。" if written else "没有需要写入的内容。")
    return 0


def duplicate_lines(preview: Any) -> list[str]:
    """One line per ID number the sheet holds more than once: which rows, none imported."""
    groups: dict[tuple[int, ...], None] = {}
    for row in preview.rows:
        for problem in row.problems:
            rows = getattr(problem.message, "values", {}).get("rows")
            if problem.field == "id_number" and rows and "重复" in problem.message:
                groups.setdefault(tuple(int(r) for r in str(rows).split("、") if r.isdigit()))
    return [
        f"第 {'、'.join(map(str, rows))} 行的身份证号相同：这几行都没有导入，请删去多余的行后再导入。"
        for rows in groups
        if rows
    ]


def run_export(args: argparse.Namespace) -> int:
    from station_desk.db.queries.export import ExportFilters
    from station_desk.services.imports_export import export_table

    kind = EXPORT_KINDS[args.kind]
    with _ledger(args) as ledger:
        community_id = _id_by_name(ledger, "community", args.community)
        filters = ExportFilters(
            station_id=_id_by_name(ledger, "station", args.station),
            branch_id=_id_by_name(ledger, "branch", args.branch),
            community_id=community_id,
            grid_id=_id_by_name(ledger, "grid", args.grid, community_id),
            team_id=_id_by_name(ledger, "team", args.team),
            year=args.year,
        )
        with _exchange_errors(), ledger.unit_of_work() as session:
            count = export_table(session, kind, args.out, filters, full_numbers=args.full_numbers)
    note = "（含完整号码，已记入操作日志）" if args.full_numbers else "（身份证号和电话已打码）"
    print(f"已导出 {count} 行到 {args.out}{note}")
    return 0


def run_template(args: argparse.Namespace) -> int:
    from station_desk.exchange.writing import write_template

    with _exchange_errors():
        write_template(IMPORT_KINDS[args.kind], args.out)
    print(f"已生成导入模板：{args.out}")
    return 0

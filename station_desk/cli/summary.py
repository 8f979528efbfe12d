"""Summary commands: ``summary`` prints the period's figures, ``summary-report`` prints the PDF.

    station-desk summary --year 2021 [--quarter N | --from D --to D] [--station NAME] [--xlsx OUT]
    station-desk summary-report --year 2021 [...] --out FILE.pdf

``add_summary_print_subcommand`` adds the same PDF as ``station-desk print summary`` to the
``print`` command's sub-parsers, so both spellings work.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from station_desk.cli import CliError, ledger_path

if TYPE_CHECKING:
    from station_desk.summary.records import SummaryFigures


def _period_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", type=Path, default=argparse.SUPPRESS, help="台账文件路径（默认在用户数据文件夹中）"
    )
    parser.add_argument("--year", type=int, help="统计年度，如 2021")
    parser.add_argument(
        "--quarter", type=int, choices=(1, 2, 3, 4), help="季度 1–4（需同时给出 --year）"
    )
    parser.add_argument(
        "--from", dest="date_from", type=date.fromisoformat, help="起始日期 YYYY-MM-DD"
    )
    parser.add_argument("--to", dest="date_to", type=date.fromisoformat, help="截止日期 YYYY-MM-DD")
    parser.add_argument("--station", help="驿站名称（可只写其中一段）；不写为全部驿站")


def register(subparsers: Any) -> None:
    summary = subparsers.add_parser("summary", help="统计：打印某年、某季度或某段时间的各项数字")
    _period_arguments(summary)
    summary.add_argument("--xlsx", type=Path, help="同时导出为 Excel 文件")
    summary.set_defaults(func=run_summary)
    report = subparsers.add_parser("summary-report", help="打印统计报表（PDF）")
    _report_arguments(report)


def _report_arguments(parser: argparse.ArgumentParser) -> None:
    _period_arguments(parser)
    parser.add_argument("--out", type=Path, required=True, help="PDF 文件路径")
    parser.set_defaults(func=run_summary_report)


def add_summary_print_subcommand(print_subparsers: Any) -> None:
    """Add ``summary`` to ``station-desk print`` (called by the print command's module)."""
    _report_arguments(print_subparsers.add_parser("summary", help="统计报表（PDF）"))


def period_of(args: argparse.Namespace) -> tuple[date, date]:
    """The period the arguments name; CliError when they are missing or contradict."""
    from station_desk.domain.problems import ValidationError
    from station_desk.summary.records import Period

    try:
        if args.date_from or args.date_to:
            if args.year is not None or args.quarter is not None:
                raise CliError("--from/--to 不能与 --year/--quarter 同时使用")
            if not (args.date_from and args.date_to):
                raise CliError("--from 与 --to 需同时给出")
            period = Period(args.date_from, args.date_to)
        elif args.year is None:
            raise CliError("请用 --year 指定年度（或用 --from/--to 指定起止日期）")
        elif args.quarter is not None:
            period = Period.quarter(args.year, args.quarter)
        else:
            period = Period.year(args.year)
    except ValidationError as exc:
        raise CliError(str(exc)) from None
    return period.start, period.end


def _station_id(session: Any, name: str | None) -> int | None:
    from station_desk.db.queries.core import choices

    if not name:
        return None
    stations = choices(session)["station"]
    exact = [c for c in stations if c.label == name.strip()]
    found = exact or [c for c in stations if name.strip() in c.label]
    if len(found) == 1:
        return found[0].id
    if not found:
        raise CliError(f"没有名称含“{name}”的驿站")
    listed = "、".join(c.label for c in found[:5])
    raise CliError(f"“{name}”对应多个驿站：{listed}，请写完整名称")


def load_figures(args: argparse.Namespace) -> SummaryFigures:
    from station_desk.db.queries.summary import summary_figures
    from station_desk.db.safekeeping.door import through_door
    from station_desk.db.schema.ledger import LedgerError

    start, end = period_of(args)
    path = ledger_path(args)
    if not path.exists():
        raise LedgerError(f"台账文件“{path}”不存在。")
    with through_door(path, write=False) as ledger, ledger.reading() as session:
        station = _station_id(session, args.station)
        # a period in the future or before the ledger's first record is refused
        return summary_figures(session, start, end, station, today=date.today())


def run_summary(args: argparse.Namespace) -> int:
    from station_desk.summary.sections import paragraph, sections

    figures = load_figures(args)
    print(f"{figures.period.label}统计（{figures.scope}）")
    for section in sections(figures):
        print(f"\n【{section.title}】")
        for figure in section.figures:
            print(f"  {figure.label}：{figure.text}")
    print(f"\n{paragraph(figures)}")
    if args.xlsx:
        from station_desk.exchange.summary_xlsx import write_summary_xlsx

        write_summary_xlsx(figures, args.xlsx)
        print(f"已导出：{args.xlsx}", file=sys.stderr)
    return 0


def run_summary_report(args: argparse.Namespace) -> int:
    from station_desk.reports.summary_report import write_summary_report

    figures = load_figures(args)
    missing: list[str] = []
    pages = write_summary_report(figures, args.out, missing=missing)
    print(f"已生成统计报表：{args.out}（共 {pages} 页）")
    if missing:
        print(f"注意：以下字符无字体可印，显示为□：{''.join(missing)}", file=sys.stderr)
    return 0

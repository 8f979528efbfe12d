"""``station-desk print KIND [options] --out FILE.pdf``: every print of the desk, no window.

    print roster [--station/--branch/--community/--grid/--post/--team NAME] [--member-id N …]
                 [--columns 序号,姓名,…] [--title T] [--full-numbers]
    print grid-posts [--community NAME] [--grid NAME] [--full-numbers]
    print team --team NAME (--year Y | --from D --to D) [--full-numbers]
    print honor --reason R --honour H (--member-id N … | --team NAME | --min-hours N --year Y)
    print service-record (--member-id N … | --member NAME …) (--year Y | --from D --to D)
    print signin --event-id N | --event TITLE
    print register [--year Y] [--kind 荣誉证书|志愿服务记录证明]
    print reprint SERIAL … [--full-numbers]
    (honor, service-record and reprint take --sample: a 样张, numbered and recorded nowhere;
     service-record takes --again to confirm a second certificate for an overlapping period)
    print summary …   (the summary report, from ``cli.summary``)

Certificates are numbered and entered in the register; full ID numbers and phones are
printed only with ``--full-numbers``, and that is written to the change log.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from station_desk.cli import CliError, ledger_path


def _common(parser: argparse.ArgumentParser, full_numbers: bool = True) -> None:
    parser.add_argument(
        "--db", type=Path, default=argparse.SUPPRESS, help="台账文件路径（默认在用户数据文件夹中）"
    )
    parser.add_argument("--out", type=Path, required=True, help="PDF 文件路径")
    parser.add_argument("--operator", default="", help="操作员姓名（记入操作日志）")
    if full_numbers:
        parser.add_argument(
            "--full-numbers",
            action="store_true",
            help="打印完整身份证号和电话（默认隐去中间几位；将记入操作日志）",
        )


def _sample(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sample",
        action="store_true",
        help="只出样张：编号处印“样张”，不编号、不记入登记簿",
    )


def _period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, help="年度，如 2021")
    parser.add_argument(
        "--from", dest="date_from", type=date.fromisoformat, help="起始日期 YYYY-MM-DD"
    )
    parser.add_argument("--to", dest="date_to", type=date.fromisoformat, help="截止日期 YYYY-MM-DD")


def register(subparsers: Any) -> None:
    from station_desk.cli.summary import add_summary_print_subcommand

    top = subparsers.add_parser("print", help="打印：花名册、证书、签到表、登记簿（生成 PDF）")
    kinds = top.add_subparsers(dest="print_kind", metavar="KIND", required=True)

    roster = kinds.add_parser("roster", help="花名册（按驿站、支部、社区、网格、职务、队伍筛选）")
    for name, label in (
        ("station", "驿站"),
        ("branch", "党支部"),
        ("community", "社区"),
        ("grid", "网格（可写“社区 网格”）"),
        ("team", "队伍"),
    ):
        roster.add_argument(f"--{name}", help=f"{label}名称（可只写其中一段）")
    roster.add_argument("--post", help="职务，如 网格长、楼长、社区第一书记；“任一”为有任何职务")
    roster.add_argument("--member-id", type=int, action="append", help="只打印这些老同志（可多次）")
    roster.add_argument("--columns", help="列（逗号分隔，按顺序），如 序号,姓名,性别,联系电话")
    roster.add_argument("--title", default="", help="标题（默认：离退休干部花名册）")
    roster.add_argument(
        "--orientation",
        choices=("auto", "portrait", "landscape"),
        default="auto",
        help="纸张方向：auto 自动（默认，放不下时改横向）、portrait 纵向、landscape 横向",
    )
    roster.add_argument(
        "--two-lines",
        action="store_true",
        help="每人印两行（列多、一行放不下时；数字和日期仍不拆行）",
    )
    _common(roster)
    roster.set_defaults(func=run_print_command)

    posts = kinds.add_parser("grid-posts", help="网格长、网格党支部书记、楼长花名册")
    posts.add_argument("--community", help="社区名称")
    posts.add_argument("--grid", help="网格名称")
    _common(posts)
    posts.set_defaults(func=run_print_command)

    team = kinds.add_parser("team", help="队伍花名册（含统计期内各人服务时长）")
    team.add_argument("--team", required=True, help="队伍名称")
    _period(team)
    _common(team)
    team.set_defaults(func=run_print_command)

    honor = kinds.add_parser("honor", help="荣誉证书（逐人编号、登记）")
    honor.add_argument("--reason", required=True, help="事由，如 2021年社区疫情防控志愿服务")
    honor.add_argument("--honour", required=True, help="荣誉称号，如 优秀志愿者")
    honor.add_argument("--member-id", type=int, action="append", help="获证人（可多次）")
    honor.add_argument("--team", help="整支队伍的现有队员")
    honor.add_argument("--min-hours", type=float, help="年度服务时长达到此小时数者")
    honor.add_argument("--year", type=int, help="与 --min-hours 同用的年度")
    honor.add_argument("--issuer", default="", help="发证单位（默认为台账单位名称）")
    honor.add_argument("--template", help="正文模板，可用 {name} {reason} {honour}")
    honor.add_argument("--date", type=date.fromisoformat, help="发证日期（默认今天，不能晚于今天）")
    _sample(honor)
    _common(honor, full_numbers=False)
    honor.set_defaults(func=run_print_command)

    service = kinds.add_parser("service-record", help="志愿服务记录证明（逐人编号、登记）")
    service.add_argument("--member-id", type=int, action="append", help="老同志编号（可多次）")
    service.add_argument("--member", action="append", help="老同志姓名（可多次，须唯一）")
    _period(service)
    for name, label in (
        ("issuer", "出具单位"),
        ("person-in-charge", "负责人"),
        ("handler", "经办人"),
        ("contact", "联系电话"),
    ):
        service.add_argument(f"--{name}", default="", help=f"{label}（默认沿用上次的设置）")
    service.add_argument(
        "--date",
        type=date.fromisoformat,
        help="出具日期（默认今天；不能早于所证明的最后一次服务，也不能晚于今天）",
    )
    service.add_argument(
        "--again",
        action="store_true",
        help="确认再出具：所选期间与已出具的证明重叠时仍要出具（不加则只提示已有的证明）",
    )
    _sample(service)
    _common(service)
    service.set_defaults(func=run_print_command)

    signin = kinds.add_parser("signin", help="文化活动签到表")
    signin.add_argument("--event-id", type=int, help="活动编号")
    signin.add_argument("--event", help="活动名称（须唯一）")
    signin.add_argument("--blank-rows", type=int, default=10, help="供临时来人签到的空行数")
    _common(signin, full_numbers=False)
    signin.set_defaults(func=run_print_command)

    reg = kinds.add_parser("register", help="证书登记簿")
    reg.add_argument("--year", type=int, help="发证年度")
    reg.add_argument("--kind", help="荣誉证书 或 志愿服务记录证明")
    _common(reg, full_numbers=False)
    reg.set_defaults(func=run_print_command)

    reprint = kinds.add_parser("reprint", help="补打证书（按登记簿原样，不另编号）")
    reprint.add_argument("serials", nargs="+", help="证书编号")
    _sample(reprint)
    _common(reprint)
    reprint.set_defaults(func=run_print_command)

    add_summary_print_subcommand(kinds)


def run_print_command(args: argparse.Namespace) -> int:
    from station_desk.db.safekeeping.door import through_door
    from station_desk.db.schema.ledger import LedgerError
    from station_desk.print_jobs import run_print
    from station_desk.reports import PrintCancelled

    path = ledger_path(args)
    if not path.exists():
        raise LedgerError(f"台账文件“{path}”不存在。")
    out: Path = args.out
    if not out.parent.is_dir():
        raise CliError(f"--out：文件夹“{out.parent}”不存在")
    with through_door(path, write=True) as ledger:
        with ledger.reading() as session:
            request = build_request(session, args, date.today())
        try:
            result = run_print(
                ledger, request, out, operator=args.operator, draft=getattr(args, "sample", False)
            )
        except PrintCancelled:
            raise CliError("打印已取消") from None
    print(f"已生成：{result.path}（{result.rows} 条，共 {result.pages} 页）")
    if result.draft:
        print("样张：未编号，未记入证书登记簿。")
    elif result.serials and args.print_kind == "reprint":
        print(f"补打：{'、'.join(result.serials)}（沿用原编号，已记补打次数）")
    elif result.serials:
        first, last = result.serials[0], result.serials[-1]
        span = first if first == last else f"{first} 至 {last}"
        print(f"证书编号：{span}（已记入证书登记簿）")
    if result.missing:
        print(f"注意：以下字符无字体可印，显示为□：{result.missing}", file=sys.stderr)
    return 0


def _period_of(args: argparse.Namespace) -> tuple[date, date]:
    if args.date_from or args.date_to:
        if args.year is not None:
            raise CliError("--from/--to 不能与 --year 同时使用")
        if not (args.date_from and args.date_to):
            raise CliError("--from 与 --to 需同时给出")
        if args.date_to < args.date_from:
            raise CliError("--to：截止日期早于起始日期")
        return args.date_from, args.date_to
    if args.year is None:
        raise CliError("请用 --year 指定年度（或用 --from/--to 指定起止日期）")
    return date(args.year, 1, 1), date(args.year, 12, 31)


def _choice_id(session: Any, kind: str, name: str | None, option: str) -> int | None:
    """The id of the station/branch/community/grid/team named (exactly, or by a unique part)."""
    from station_desk.db.queries.core import choices

    if not name:
        return None
    text = name.strip()
    options = choices(session)[kind]
    if kind == "grid":
        communities = {c.id: c.label for c in choices(session)["community"]}
        labelled = [(f"{communities.get(c.parent_id or 0, '')} {c.label}", c) for c in options]
    else:
        labelled = [(c.label, c) for c in options]
    exact = [c for label, c in labelled if text in (label, c.label)]
    found = exact or [c for label, c in labelled if all(p in label for p in text.split())]
    if len(found) == 1:
        return found[0].id
    if not found:
        raise CliError(f"--{option}：没有名称含“{text}”的记录")
    listed = "、".join(label for label, c in labelled if c in found[:5])
    raise CliError(f"--{option}：“{text}”对应多条记录：{listed}，请写完整名称")


def _post_kind(label: str | None) -> str | None:
    from station_desk.domain.enums import CommunityPostKind, GridPostKind

    if not label:
        return None
    if label.strip() in ("任一", "任一职务", "*"):
        return "*"
    for kinds in (GridPostKind, CommunityPostKind):
        try:
            return kinds.from_label(label).value
        except ValueError:
            pass
    raise CliError(f"--post：没有“{label}”这一职务（网格长、网格党支部书记、楼长、社区第一书记…）")


def _member_ids(session: Any, args: argparse.Namespace) -> tuple[int, ...]:
    from station_desk.db.queries.printing import member_ids_named

    ids = list(args.member_id or [])
    for name in getattr(args, "member", None) or []:
        found = member_ids_named(session, name)
        if not found:
            raise CliError(f"--member：台账中没有“{name}”")
        if len(found) > 1:
            raise CliError(f"--member：“{name}”有 {len(found)} 位同名，请改用 --member-id")
        ids.append(found[0])
    return tuple(dict.fromkeys(ids))


def _event_id(session: Any, args: argparse.Namespace) -> int:
    from station_desk.db.queries.printing import events_titled

    if args.event_id is not None:
        return int(args.event_id)
    if not args.event:
        raise CliError("请用 --event-id 或 --event 指定活动")
    found = events_titled(session, args.event)
    if len(found) == 1:
        return found[0][0]
    if not found:
        raise CliError(f"--event：没有名称含“{args.event}”的活动")
    listed = "、".join(f"{t}（{d}，编号 {i}）" for i, t, d in found[:5])
    raise CliError(f"--event：“{args.event}”对应 {len(found)} 场活动：{listed}，请改用 --event-id")


def build_request(session: Any, args: argparse.Namespace, today: date) -> Any:
    """The print request the arguments describe; CliError names the option at fault."""
    from station_desk import print_jobs as jobs
    from station_desk.domain.enums import CertificateKind
    from station_desk.domain.filters import MemberFilter
    from station_desk.services.printing import DEFAULT_ROSTER_COLUMNS

    kind = args.print_kind
    full = bool(getattr(args, "full_numbers", False))
    if kind == "roster":
        ids = _member_ids(session, args)
        flt = MemberFilter(
            station_id=_choice_id(session, "station", args.station, "station"),
            branch_id=_choice_id(session, "branch", args.branch, "branch"),
            community_id=_choice_id(session, "community", args.community, "community"),
            grid_id=_choice_id(session, "grid", args.grid, "grid"),
            team_id=_choice_id(session, "team", args.team, "team"),
            post_kind=_post_kind(args.post),
            member_ids=ids or None,
        )
        columns = (
            tuple(c.strip() for c in args.columns.replace("，", ",").split(",") if c.strip())
            if args.columns
            else DEFAULT_ROSTER_COLUMNS
        )
        return jobs.RosterRequest(
            flt,
            columns,
            full,
            args.title,
            orientation=args.orientation,
            two_lines=args.two_lines,
        )
    if kind == "grid-posts":
        return jobs.GridPostRequest(
            _choice_id(session, "community", args.community, "community"),
            _choice_id(session, "grid", args.grid, "grid"),
            full,
        )
    if kind == "team":
        start, end = _period_of(args)
        team_id = _choice_id(session, "team", args.team, "team")
        assert team_id is not None
        return jobs.TeamRequest(team_id, start, end, full)
    if kind == "honor":
        ids = _member_ids(session, args)
        team_id = _choice_id(session, "team", args.team, "team")
        if args.min_hours is not None and args.year is None:
            raise CliError("--min-hours 需同时用 --year 指定年度")
        if not ids and team_id is None and args.min_hours is None:
            raise CliError("请用 --member-id、--team 或 --min-hours 指定获证人")
        extra = {"template": args.template} if args.template else {}
        return jobs.HonorRequest(
            reason=args.reason,
            honour=args.honour,
            member_ids=ids,
            team_id=team_id,
            min_hours=args.min_hours,
            year=args.year,
            issuer=args.issuer,
            issued_on=args.date,
            **extra,
        )
    if kind == "service-record":
        ids = _member_ids(session, args)
        if not ids:
            raise CliError("请用 --member-id 或 --member 指定老同志")
        start, end = _period_of(args)
        return jobs.ServiceRecordRequest(
            ids,
            start,
            end,
            full,
            args.issuer,
            args.person_in_charge,
            args.handler,
            args.contact,
            args.date,
            again=args.again,
        )
    if kind == "signin":
        if args.blank_rows < 0:
            raise CliError("--blank-rows：不能为负数")
        return jobs.SigninRequest(_event_id(session, args), args.blank_rows)
    if kind == "register":
        cert_kind = None
        if args.kind:
            try:
                cert_kind = CertificateKind.from_label(args.kind)
            except ValueError:
                raise CliError("--kind：应为 荣誉证书 或 志愿服务记录证明") from None
        return jobs.RegisterRequest(args.year, cert_kind)  # type: ignore[arg-type]
    if kind == "reprint":
        return jobs.ReprintRequest(tuple(args.serials), full)
    raise CliError(f"未知的打印类别：{kind}")

"""Ledger commands: ``demo`` and ``check``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from station_desk.cli import ledger_path


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser("demo", help="生成演示台账（重现文中数字）")
    demo.add_argument(
        "--db", type=Path, default=argparse.SUPPRESS, help="新台账文件路径（不会覆盖已有文件）"
    )
    demo.add_argument("--members", type=int, default=None, help="老同志人数（默认 1200）")
    demo.add_argument("--seed", type=int, default=None, help="随机种子（默认 2021）")
    demo.set_defaults(func=run_demo)
    check = subparsers.add_parser("check", help="检查台账：完整性、数据库版本、各类记录数")
    check.set_defaults(func=run_check)


def run_demo(args: argparse.Namespace) -> int:
    from station_desk.db.demo import DEFAULT_MEMBERS, DEFAULT_SEED, build_demo

    path = ledger_path(args)
    summary = build_demo(
        path,
        members=args.members or DEFAULT_MEMBERS,
        seed=args.seed if args.seed is not None else DEFAULT_SEED,
        progress=lambda msg: print(msg, file=sys.stderr),
    )
    print(f"已生成演示台账：{summary.path}（{summary.members} 位老同志，种子 {summary.seed}）")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from station_desk.db.safekeeping.check import check_ledger
    from station_desk.db.schema.ledger import LedgerError

    path = ledger_path(args)
    if not path.exists():
        raise LedgerError(f"台账文件“{path}”不存在。")
    report = check_ledger(path)
    print(f"台账：{report.path}")
    print(f"数据库版本：{report.revision or '无法读取'}（程序最新版本 {report.head}）")
    for problem in report.problems:
        print(f"发现问题：{problem}")
    if report.integrity:
        passed = report.integrity == ["ok"]
        print(f"完整性检查：{'通过' if passed else '；'.join(report.integrity[:5])}")
        fk = report.foreign_key_problems
        print(f"关联检查：{'通过' if not fk else f'{fk} 处错误'}")
    for table, count in report.counts.items():
        print(f"  {table}: {count}")
    print(
        "结论：台账完好。"
        if report.ok
        else "结论：台账已损坏，请从备份恢复（station-desk backups）。"
    )
    return 0 if report.ok else 1

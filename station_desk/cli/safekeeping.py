"""Safekeeping commands: ``backup [--to PATH]``, ``backups``, ``restore BACKUP``, ``purge-bin``.

Every command comes in through the one door (``db.door``). Commands that write (restore,
purge-bin) hold the ledger lock, so they refuse to run while the desk has the ledger open.
A backup only reads, through SQLite's backup API, so it may run beside an open desk; it
refuses a ledger that fails the door check (a backup of a damaged file is no backup).
The listing says of each backup whether it is verified, unverified or damaged.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from station_desk.cli import CliError, ledger_path


def register(subparsers: Any) -> None:
    make = subparsers.add_parser("backup", help="备份台账（默认放在台账旁的 backups 文件夹）")
    make.add_argument(
        "--to", type=Path, help="备份到指定文件（如 U 盘），同时写入 SHA-256 校验文件"
    )
    make.set_defaults(func=run_backup)
    listing = subparsers.add_parser("backups", help="列出台账的自动备份：时间、大小、记录数")
    listing.set_defaults(func=run_backups)
    restore = subparsers.add_parser("restore", help="从备份恢复台账（先备份当前台账）")
    restore.add_argument("backup", help="备份文件路径，或 backups 列表中的序号")
    restore.set_defaults(func=run_restore)
    purge = subparsers.add_parser("purge-bin", help="清理回收站：彻底删除放入回收站已久的记录")
    purge.add_argument(
        "--older-than", type=int, default=30, metavar="DAYS", help="放入回收站满多少天（默认 30）"
    )
    purge.add_argument(
        "--also-backups",
        action="store_true",
        help="同时从较早的自动备份中清除被彻底删除的老同志（否则只列出仍含其资料的备份）",
    )
    purge.set_defaults(func=run_purge_bin)


def _existing_ledger(args: argparse.Namespace) -> Path:
    from station_desk.db.schema.ledger import LedgerError

    path = ledger_path(args)
    if not path.exists():
        raise LedgerError(f"台账文件“{path}”不存在。")
    return path


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


def run_backup(args: argparse.Namespace) -> int:
    from station_desk.db.safekeeping.backup import backup_to, make_backup
    from station_desk.db.safekeeping.door import check_door, held

    path = _existing_ledger(args)
    with held(path, write=False):
        check_door(path)
        info = backup_to(path, args.to) if args.to else make_backup(path, reason="manual")
    print(f"已备份并校验：{info.path}（{_size(info.size)}；{info.counts_text()}）")
    if args.to:
        print(f"校验文件：{info.path.name}.sha256")
    return 0


def run_backups(args: argparse.Namespace) -> int:
    from station_desk.db.safekeeping.backup import list_backups

    path = _existing_ledger(args)
    found = list_backups(path)
    if not found:
        print(f"“{path.name}”还没有自动备份。")
        return 0
    for n, info in enumerate(found, start=1):
        counts = f"  {info.counts_text()}" if info.ok else ""
        print(
            f"{n:>3}. {info.made_at:%Y-%m-%d %H:%M}  {info.reason_label:<6} "
            f"{_size(info.size):>8}  {info.state_label}{counts}  {info.path.name}"
        )
    return 0


def _backup_file(path: Path, choice: str) -> Path:
    from station_desk.db.safekeeping.backup import list_backups

    if choice.isdigit() and not Path(choice).exists():
        found = list_backups(path)
        index = int(choice)
        if not 1 <= index <= len(found):
            raise CliError(
                f"没有第 {index} 个备份（共 {len(found)} 个，见 station-desk backups）。"
            )
        return found[index - 1].path
    return Path(choice)


def run_restore(args: argparse.Namespace) -> int:
    from station_desk.db.safekeeping.backup import restore, verify_backup
    from station_desk.db.safekeeping.door import held

    path = ledger_path(args)
    source = _backup_file(path, args.backup)
    with held(path):
        info = verify_backup(source)
        before = restore(path, source)
    if before is not None:
        print(f"当前台账已先备份为：{before.path}")
    print(f"已从备份恢复：{source}（{info.made_at:%Y-%m-%d %H:%M}；{info.counts_text()}）")
    return 0


def run_purge_bin(args: argparse.Namespace) -> int:
    from station_desk.db.safekeeping.backup_purge import (
        backups_holding,
        describe_held,
        purge_from_backups,
    )
    from station_desk.db.safekeeping.door import through_door
    from station_desk.services.recycle import purge_expired

    if args.older_than < 0:
        raise CliError("--older-than：天数不能为负数。")
    path = _existing_ledger(args)
    cleaned: list[Path] = []
    with through_door(path) as ledger:
        done = purge_expired(ledger, days=args.older_than)
        held = backups_holding(path)
        if held and args.also_backups:
            cleaned = purge_from_backups(held)
            held = []
    print(f"已彻底删除回收站中满 {args.older_than} 天的记录 {done} 条。")
    if cleaned:
        print(f"已同时从 {len(cleaned)} 份较早的自动备份中清除被彻底删除者的资料。")
    if held:
        print(describe_held(held))
        for item in held:
            print(f"  {item.info.path.name}（最迟 {item.until:%Y-%m-%d} 自动删除）")
        print("如需现在一并清除：station-desk purge-bin --also-backups")
    return 0

"""The command line: ``station-desk [--db PATH] [--demo] [COMMAND]``.

With no command it opens the desk. Commands that need no window never import Qt, so they
work on a machine without a screen. Errors print one clear line and exit non-zero.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from station_desk import __version__
from station_desk.paths import ENV_DB, default_ledger_path, demo_ledger_path

EXIT_ERROR = 2


class CliError(Exception):
    """A problem to report in one line, without a traceback."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="station-desk",
        description="驿站台账 Station Desk：离退休干部党支部驿站台账",
    )
    parser.add_argument("--version", action="version", version=f"station-desk {__version__}")
    parser.add_argument("--db", type=Path, help="台账文件路径（默认在用户数据文件夹中）")
    parser.add_argument("--demo", action="store_true", help="打开演示台账（首次使用时自动生成）")
    parser.add_argument("--lang", choices=("zh", "en"), help="界面语言（会被记住）")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    # One module per command group, registered explicitly: each ``register`` adds its
    # sub-commands and sets ``func`` on their parsers, a callable taking the parsed arguments
    # and returning an exit code. Imported here, not at the top, because each of them imports
    # CliError and ledger_path from this module.
    from station_desk.cli import exchange, ledger, printing, safekeeping, summary

    ledger.register(subparsers)
    safekeeping.register(subparsers)
    exchange.register(subparsers)
    printing.register(subparsers)
    summary.register(subparsers)
    return parser


def ledger_path(args: argparse.Namespace) -> Path:
    if getattr(args, "db", None):
        return Path(args.db)
    if getattr(args, "demo", False):
        return demo_ledger_path()
    return default_ledger_path()


def _open_desk(args: argparse.Namespace) -> int:
    """The desk on ``--db``, the demo, ``STATION_DESK_DB``, or else the last ledger opened."""
    explicit = args.db or args.demo or os.environ.get(ENV_DB)
    path = ledger_path(args)
    from station_desk.app import run_desk

    # the desk builds a missing demo itself, with its window showing the progress
    return run_desk(path if explicit else None, lang=args.lang, demo=bool(args.demo))


def _known_errors() -> tuple[type[BaseException], ...]:
    from station_desk.db.schema.ledger import LedgerError
    from station_desk.domain.problems import NeedsConfirmation, ValidationError

    return (CliError, LedgerError, ValidationError, NeedsConfirmation, OSError)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = getattr(args, "func", _open_desk)
    try:
        return func(args)
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130
    except Exception as exc:
        storage = _storage_message(exc)
        if storage is not None:
            print(f"错误：{storage}", file=sys.stderr)
            return EXIT_ERROR
        if isinstance(exc, _known_errors()):
            print(f"错误：{_one_line(exc)}", file=sys.stderr)
            return EXIT_ERROR
        print(f"内部错误：{type(exc).__name__}: {_one_line(exc)}", file=sys.stderr)
        return 1


def _storage_message(exc: BaseException) -> str | None:
    """A full disk, a read-only folder, a busy or damaged ledger, in the clerk's words.

    SQLite's and the OS's own texts ("No space left on device", "database is locked") are
    never shown; what was being done is said as 操作 (the command names it already).
    """
    from station_desk.db.schema.ledger import LedgerError

    if isinstance(exc, LedgerError):
        return None
    from station_desk.db.safekeeping.health import describe_error

    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        message = describe_error(cause, "操作")
        if message is not None:
            return " ".join(str(message).split())
        cause = cause.__cause__ or cause.__context__
    return None


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        where = f"“{exc.filename}”" if exc.filename else ""
        return f"{where}{exc.strerror}"
    return " ".join(str(exc).split()) or type(exc).__name__


if __name__ == "__main__":
    raise SystemExit(main())

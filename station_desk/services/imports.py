"""Importing a clerk's spreadsheet: a dry run first, then one transaction with a backup.

The dry run and the commit run the very same code, writes included, inside one unit of
work; the dry run always rolls back, so it finds every error a commit would (uniqueness
across rows, the database's own constraints) and leaves the ledger as it was. A commit
takes a verified backup first, then writes every row or none: with errors or unconfirmed
warnings left (and ``skip_errors`` off) it rolls back too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from sqlalchemy.orm import Session

from station_desk.db.ledger import Ledger
from station_desk.exchange.cells import clean_text
from station_desk.exchange.reading import Sheet, column_letter, read_table
from station_desk.exchange.rows import ParsedSheet, RowProblem, parse_sheet
from station_desk.exchange.writing import write_error_rows
from station_desk.services.imports_groups import GroupImport
from station_desk.services.imports_members import MemberImport
from station_desk.services.imports_types import (
    ImportOptions,
    ImportPreview,
    ImportProgress,
    RowOutcome,
    RowStatus,
)

KINDS = ("members", "team_members", "grid_posts", "activities", "events")
TOPICS = {
    "members": "members",
    "team_members": "teams",
    "grid_posts": "grids",
    "activities": "teams",
    "events": "events",
}

__all__ = [
    "KINDS",
    "ImportOptions",
    "ImportPreview",
    "RowOutcome",
    "RowStatus",
    "commit_import",
    "dry_run",
    "load_sheet",
    "run_import",
    "save_error_rows",
]


def load_sheet(
    path: Path,
    kind: str,
    *,
    sheet: str | None = None,
    mapping: dict[int, str] | None = None,
    header_row: int | None = None,
) -> tuple[Sheet, ParsedSheet]:
    """Read and parse a file (ExchangeError when the file as a whole is unusable)."""
    raw = read_table(Path(path), sheet=sheet)
    return raw, parse_sheet(raw, kind, mapping=mapping, header_row=header_row)


def column_titles(sheet: Sheet, parsed: ParsedSheet) -> dict[str, str]:
    """field → the column title the clerk used (as ``parse_sheet`` names it in problems)."""
    index = parsed.header.row_index
    cells = sheet.rows[index] if index < len(sheet.rows) else []
    return {
        name: (clean_text(cells[column]) if column < len(cells) else "") or column_letter(column)
        for column, name in parsed.header.mapping.items()
    }


def _with_duplicates(parsed: ParsedSheet) -> ParsedSheet:
    """Rows carrying the sheet's duplicate problems, so each row holds all of its own."""
    if not parsed.duplicate_problems:
        return parsed
    extra: dict[int, list[RowProblem]] = {}
    for problem in parsed.duplicate_problems:
        extra.setdefault(problem.row, []).append(problem)
    rows = [
        replace(row, problems=row.problems + tuple(extra.get(row.row, []))) for row in parsed.rows
    ]
    return replace(parsed, rows=rows, duplicate_problems=[])


def run_import(
    session: Session,
    sheet: Sheet,
    parsed: ParsedSheet,
    options: ImportOptions,
    progress: ImportProgress | None = None,
) -> list[RowOutcome]:
    """Check every row and write the good ones into ``session`` (the caller commits or not)."""
    if parsed.kind not in KINDS:
        raise ValueError(f"unknown import kind {parsed.kind!r}")
    parsed = _with_duplicates(parsed)
    total = max(len(parsed.rows), 1)

    def step(done: int, text: str) -> None:
        if progress is not None:
            progress.check()
            progress.update(done, total * 2, text)

    columns = column_titles(sheet, parsed)
    if parsed.kind == "members":
        members = MemberImport(session, parsed.rows, columns, options)
        outcomes = members.check_all(step)
        step(total, "正在写入")
        members.write()
        return outcomes
    groups = GroupImport(session, parsed.kind, parsed.rows, columns, options)
    groups.check_all(step)
    groups.write(lambda done, text: step(total + done, text))
    return [groups.outcomes[row.row] for row in parsed.rows]


def is_blocked(outcomes: list[RowOutcome], options: ImportOptions) -> bool:
    """Whether the import must write nothing: bad rows left and the clerk did not skip them."""
    bad = any(o.status in (RowStatus.ERROR, RowStatus.WARNING) for o in outcomes)
    return bad and not options.skip_errors


class _RollBack(Exception):
    def __init__(self, outcomes: list[RowOutcome]) -> None:
        super().__init__("roll back")
        self.outcomes = outcomes


def _transaction(
    ledger: Ledger,
    sheet: Sheet,
    parsed: ParsedSheet,
    options: ImportOptions,
    progress: ImportProgress | None,
    operator: str,
    keep: Callable[[list[RowOutcome]], bool],
) -> tuple[list[RowOutcome], bool]:
    try:
        with ledger.unit_of_work(operator=operator) as session:
            outcomes = run_import(session, sheet, parsed, options, progress)
            if not keep(outcomes):
                raise _RollBack(outcomes)
    except _RollBack as rolled:
        return rolled.outcomes, False
    return outcomes, True


def dry_run(
    ledger: Ledger,
    sheet: Sheet,
    parsed: ParsedSheet,
    options: ImportOptions,
    progress: ImportProgress | None = None,
    *,
    operator: str = "",
) -> ImportPreview:
    """Every row's fate, found by doing the import and rolling it back."""
    outcomes, _ = _transaction(
        ledger, sheet, parsed, options, progress, operator, lambda _outcomes: False
    )
    return ImportPreview(parsed.kind, tuple(outcomes), blocked=is_blocked(outcomes, options))


def commit_import(
    ledger: Ledger,
    sheet: Sheet,
    parsed: ParsedSheet,
    options: ImportOptions,
    progress: ImportProgress | None = None,
    *,
    operator: str = "",
    backup: bool = True,
) -> ImportPreview:
    """Back the ledger up (checked), then write every good row in one transaction or none."""
    backup_path = None
    if backup:
        from station_desk.db.backup import make_backup

        backup_path = make_backup(ledger.path, reason="import").path
    outcomes, committed = _transaction(
        ledger,
        sheet,
        parsed,
        options,
        progress,
        operator,
        lambda found: not is_blocked(found, options),
    )
    return ImportPreview(
        parsed.kind,
        tuple(outcomes),
        committed=committed
        and any(o.status in (RowStatus.NEW, RowStatus.UPDATE) for o in outcomes),
        backup_path=backup_path,
        blocked=is_blocked(outcomes, options),
    )


def save_error_rows(path: Path, sheet: Sheet, parsed: ParsedSheet, preview: ImportPreview) -> int:
    """The rows not imported, as typed, with a 错误原因 column; returns how many."""
    problems = preview.problems()
    write_error_rows(Path(path), parsed, sheet, problems)
    return len({p.row for p in problems})

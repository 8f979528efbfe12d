"""Importing a clerk's spreadsheet: a dry run first, then one transaction with a backup.

Members: the dry run checks every row by ``add_member``'s own rules (``member_rules``) and
against the ledger as read in its transaction (ID and volunteer numbers of the ledger,
recycle bin included, and of the rows above; the organisations named), writes nothing, and
keeps its findings. The commit reloads, inside its own transaction, the ledger facts those
findings rest on; when they are unchanged it writes the dry run's rows as they are, else it
checks every row again, so it never writes a row the ledger no longer accepts. The
database's constraints stay the backstop: a row they refuse rolls the whole commit back.

Teams, posts, activities and events run the very same code in both, writes included; the
dry run always rolls back. A commit takes a verified backup first, then writes every row
or none: with errors or unconfirmed warnings left (and ``skip_errors`` off) it rolls back.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from sqlalchemy.orm import Session

from station_desk.db.schema.ledger import Ledger
from station_desk.exchange.cells import clean_text
from station_desk.exchange.reading import Sheet, column_letter, read_table
from station_desk.exchange.rows import ParsedRow, ParsedSheet, RowProblem, parse_sheet
from station_desk.exchange.writing import write_error_rows
from station_desk.services.imports_duplicates import duplicate_group, kept_duplicates
from station_desk.services.imports_groups import GroupImport
from station_desk.services.imports_lookup import OrgNames
from station_desk.services.imports_members import MemberImport, with_values
from station_desk.services.imports_tree import TreePlan, create_tree, read_tree
from station_desk.services.imports_types import (
    CheckedImport,
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
    "duplicate_group",
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
    with gc_paused():
        raw = read_table(Path(path), sheet=sheet)
        return raw, parse_sheet(raw, kind, mapping=mapping, header_row=header_row)


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a sheet's rows are read, checked and written: the
    collector would walk the ever-growing heap of new row objects again and again (measured
    ~0.35 s of a 10,000-row import, more in a process holding much else). The rows make no
    reference cycles worth waiting for; collection resumes afterwards."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


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


ROW_FIELDS = ("station", "branch", "community", "grid")
"""The places the preview can set for chosen rows (``ImportOptions.row_values``)."""


def _with_row_values(
    parsed: ParsedSheet, row_values: tuple[tuple[int, str, str], ...]
) -> ParsedSheet:
    """The rows with the places the clerk set for them over the sheet's cells; the tree
    reads those names like any cell (near-misses, places to create)."""
    given: dict[int, dict[str, str]] = {}
    for number, field, name in row_values:
        if field in ROW_FIELDS:
            given.setdefault(number, {})[field] = name
    if not given:
        return parsed
    rows = [
        replace(row, values={**row.values, **given[row.row]}) if row.row in given else row
        for row in parsed.rows
    ]
    return replace(parsed, rows=rows)


def rows_with_duplicates(parsed: ParsedSheet) -> list[ParsedRow]:
    """The sheet's rows, each carrying its own duplicate problems (the wizard's tree page)."""
    return _with_duplicates(parsed).rows


def run_import(
    session: Session,
    sheet: Sheet,
    parsed: ParsedSheet,
    options: ImportOptions,
    progress: ImportProgress | None = None,
) -> list[RowOutcome]:
    """Check every row and write the good ones into ``session`` (the caller commits or not)."""
    return _run(session, sheet, parsed, options, progress)[0]


def _run(
    session: Session,
    sheet: Sheet,
    parsed: ParsedSheet,
    options: ImportOptions,
    progress: ImportProgress | None,
    *,
    plan: CheckedImport | None = None,
    dry_run_on: Path | None = None,
) -> tuple[list[RowOutcome], CheckedImport | None, TreePlan | None]:
    """``run_import``, reusing ``plan`` when the ledger still matches it.

    ``dry_run_on`` (the ledger's path) marks a dry run: member rows are checked only, and
    what was found is returned for a later commit of the same sheet.
    """
    if parsed.kind not in KINDS:
        raise ValueError(f"unknown import kind {parsed.kind!r}")
    original = parsed
    parsed = _with_duplicates(parsed)
    total = max(len(parsed.rows), 1)

    def step(done: int, text: str) -> None:
        if progress is not None:
            progress.check()
            progress.update(done, total * 2, text)

    columns = column_titles(sheet, parsed)
    if parsed.kind == "members":
        parsed = _with_row_values(parsed, options.row_values)
        chosen, dropped = kept_duplicates(
            parsed.rows, options.keep_rows, options.merge_duplicates, options.merge_choices
        )
        rows, tree = read_tree(OrgNames.load(session), chosen, options)
        if options.create_missing and tree.missing:
            tree = create_tree(session, tree)
        members = MemberImport(session, rows, columns, options)
        reused = members.reuse(plan) if plan is not None else None
        outcomes = reused if reused is not None else members.check_all(step)
        if dropped and reused is None:  # a reused dry run holds them already
            outcomes = sorted([*outcomes, *dropped], key=lambda o: o.row)
        if dry_run_on is not None:
            return outcomes, members.checked(original, dry_run_on, outcomes), tree
        members.write(lambda done, text: step(total + done, text))
        return outcomes, None, tree
    groups = GroupImport(session, parsed.kind, parsed.rows, columns, options)
    groups.check_all(step)
    groups.write(lambda done, text: step(total + done, text))
    return [groups.outcomes[row.row] for row in parsed.rows], None, None


def is_blocked(outcomes: list[RowOutcome], options: ImportOptions) -> bool:
    """Whether the import must write nothing: bad rows left and the clerk did not skip them."""
    bad = any(o.status in (RowStatus.ERROR, RowStatus.WARNING) for o in outcomes)
    return bad and not options.skip_errors


class _RollBack(Exception):
    def __init__(
        self, outcomes: list[RowOutcome], found: CheckedImport | None, tree: TreePlan | None
    ) -> None:
        super().__init__("roll back")
        self.outcomes = outcomes
        self.found = found
        self.tree = tree


def _transaction(
    ledger: Ledger,
    sheet: Sheet,
    parsed: ParsedSheet,
    options: ImportOptions,
    progress: ImportProgress | None,
    operator: str,
    keep: Callable[[list[RowOutcome]], bool],
    *,
    plan: CheckedImport | None = None,
    dry: bool = False,
) -> tuple[list[RowOutcome], bool, CheckedImport | None, TreePlan | None]:
    path = _path_of(ledger) if dry else None
    try:
        with ledger.unit_of_work(operator=operator) as session:
            outcomes, found, tree = _run(
                session, sheet, parsed, options, progress, plan=plan, dry_run_on=path
            )
            if not keep(outcomes):
                raise _RollBack(outcomes, found, tree)
    except _RollBack as rolled:
        return rolled.outcomes, False, rolled.found, _not_created(rolled.tree)
    return outcomes, True, found, tree


def _not_created(tree: TreePlan | None) -> TreePlan | None:
    """A rolled-back plan: nothing it created is in the ledger."""
    return replace(tree, created=False) if tree is not None else None


def _path_of(ledger: Ledger) -> Path:
    """The ledger file, so a dry run is reused only by a commit to that same file."""
    return Path(ledger.path).resolve()


class _LastDryRun:
    """The latest member dry run of this process, for a commit not handed its preview.

    Held only while its parsed sheet lives; a commit takes it (it is stale once written).
    """

    def __init__(self) -> None:
        self._plan: CheckedImport | None = None

    def keep(self, parsed: ParsedSheet, plan: CheckedImport | None) -> None:
        self._plan = plan
        if plan is not None:
            weakref.finalize(parsed, self._forget, plan)

    def _forget(self, plan: CheckedImport) -> None:
        if self._plan is plan:
            self._plan = None

    def take(self, parsed: ParsedSheet, ledger: Path) -> CheckedImport | None:
        plan, self._plan = self._plan, None
        return plan if plan is not None and plan.fits(parsed, ledger) else None


_last_dry_run = _LastDryRun()


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
    with gc_paused():
        outcomes, _, found, tree = _transaction(
            ledger, sheet, parsed, options, progress, operator, lambda _: False, dry=True
        )
    _last_dry_run.keep(parsed, found)
    return ImportPreview(
        parsed.kind,
        tuple(outcomes),
        blocked=is_blocked(outcomes, options),
        checked=found,
        tree=tree,
    )


def commit_import(
    ledger: Ledger,
    sheet: Sheet,
    parsed: ParsedSheet,
    options: ImportOptions,
    progress: ImportProgress | None = None,
    *,
    operator: str = "",
    backup: bool = True,
    checked: ImportPreview | None = None,
) -> ImportPreview:
    """Back the ledger up (checked), then write every good row in one transaction or none.

    ``checked`` is the dry run of this same ``parsed`` sheet (else this process's latest
    dry run of it is used, if any): its verdicts are written without checking each row
    again when the ledger still holds everything they rested on; otherwise every row is
    checked again inside the committing transaction.
    """
    path = _path_of(ledger)
    remembered = _last_dry_run.take(parsed, path)
    plan = checked.checked if checked is not None else None
    if plan is None or not plan.fits(parsed, path):
        plan = remembered
    with gc_paused():
        plan, backup_path = _backed_up(ledger, plan) if backup else (plan, None)
        outcomes, committed, _, tree = _transaction(
            ledger,
            sheet,
            parsed,
            options,
            progress,
            operator,
            lambda found: not is_blocked(found, options),
            plan=plan,
        )
    return ImportPreview(
        parsed.kind,
        tuple(outcomes),
        committed=committed
        and any(o.status in (RowStatus.NEW, RowStatus.UPDATE) for o in outcomes),
        backup_path=backup_path,
        blocked=is_blocked(outcomes, options),
        tree=tree,
    )


def _backed_up(ledger: Ledger, plan: CheckedImport | None) -> tuple[CheckedImport | None, Path]:
    """A verified backup, and meanwhile the plan's search keys: the backup is SQLite's and
    the disk's work (outside the GIL), the keys Python's. Nothing is written until both
    are done, and not at all when the backup fails."""
    from station_desk.db.safekeeping.backup import make_backup

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-backup") as pool:
        made = pool.submit(make_backup, ledger.path, reason="import")
        if plan is not None:
            plan = with_values(plan)
        return plan, made.result().path


def save_error_rows(path: Path, sheet: Sheet, parsed: ParsedSheet, preview: ImportPreview) -> int:
    """The rows not imported, as typed, with a 错误原因 column; returns how many."""
    problems = preview.problems()
    write_error_rows(Path(path), parsed, sheet, problems)
    return len({p.row for p in problems})

"""A workbook kept as one sheet per branch or community, imported together.

Each sheet is read with its own header and rows; its name may stand for the branch or the
community of every row that names none (``sheet_as``). All sheets go through one
transaction, one after another, so a later sheet sees the members and places an earlier
one brought (an ID number on two sheets is caught), and the whole workbook is written or
none of it: the dry run does the same work and rolls it back.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from station_desk.db.schema.ledger import Ledger
from station_desk.exchange.reading import Sheet, read_sheets
from station_desk.exchange.rows import ParsedSheet, parse_sheet
from station_desk.services.imports import _run, gc_paused, is_blocked
from station_desk.services.imports_tree import NearMatch, NewPlace, TreePlan
from station_desk.services.imports_types import ImportOptions, ImportPreview, RowStatus

SheetAs = Literal["", "branch", "community"]


@dataclass(frozen=True)
class SheetImport:
    """One sheet of the workbook, parsed, with the options it is imported under."""

    sheet: Sheet
    parsed: ParsedSheet
    options: ImportOptions


def load_workbook(
    path: Path, kind: str, options: ImportOptions, sheet_as: SheetAs = ""
) -> list[SheetImport]:
    """Every non-empty sheet of ``path``, parsed; with ``sheet_as`` the sheet's name is the
    default branch or community of its rows (after any default the clerk gave)."""
    found = []
    for sheet in read_sheets(Path(path)):
        parsed = parse_sheet(sheet, kind)
        sheet_options = options
        if sheet_as:
            given = dict(options.defaults)
            given.setdefault(sheet_as, sheet.name)
            sheet_options = replace(options, defaults=tuple(given.items()))
        found.append(SheetImport(sheet, parsed, sheet_options))
    return found


class _RollBack(Exception):
    pass


def run_workbook(
    ledger: Ledger,
    sheets: list[SheetImport],
    *,
    commit: bool,
    operator: str = "",
    backup: bool = True,
) -> list[tuple[str, ImportPreview]]:
    """Each sheet's fate, imported one after another in one transaction; written only with
    ``commit`` and when no sheet is blocked (after a verified backup)."""
    backup_path = None
    if commit and backup:
        from station_desk.db.safekeeping.backup import make_backup

        backup_path = make_backup(ledger.path, reason="import").path
    results: list[tuple[str, ImportPreview]] = []
    blocked = False
    try:
        with gc_paused(), ledger.unit_of_work(operator=operator) as session:
            for item in sheets:
                outcomes, _, tree = _run(session, item.sheet, item.parsed, item.options, None)
                sheet_blocked = is_blocked(outcomes, item.options)
                blocked = blocked or sheet_blocked
                results.append(
                    (
                        item.sheet.name,
                        ImportPreview(
                            item.parsed.kind, tuple(outcomes), blocked=sheet_blocked, tree=tree
                        ),
                    )
                )
            if not commit or blocked:
                raise _RollBack
    except _RollBack:
        return [(name, replace(preview, tree=_uncreated(preview))) for name, preview in results]
    return [
        (
            name,
            replace(
                preview,
                committed=any(o.status in (RowStatus.NEW, RowStatus.UPDATE) for o in preview.rows),
                backup_path=backup_path,
            ),
        )
        for name, preview in results
    ]


def _uncreated(preview: ImportPreview) -> object:
    tree = preview.tree
    return replace(tree, created=False) if tree is not None else None


def combined(results: list[tuple[str, ImportPreview]]) -> ImportPreview:
    """Every sheet's outcome in one preview for the desk's table: each row's label names
    its sheet after the person (row numbers repeat from sheet to sheet); the places to
    create once each."""
    rows = tuple(
        replace(row, label=f"{row.label}（{name}）" if row.label else name)
        for name, preview in results
        for row in preview.rows
    )
    missing: dict[tuple[str, str], NewPlace] = {}
    matches: dict[tuple[str, str], NearMatch] = {}
    created = False
    for _, preview in results:
        tree = preview.tree
        if tree is None:
            continue
        created = created or tree.created
        for place in tree.missing:
            missing.setdefault(place.key, replace(place, rows=()))
        for match in tree.matches:
            matches.setdefault(match.key, replace(match, rows=()))
    first = results[0][1] if results else None
    return ImportPreview(
        first.kind if first is not None else "members",
        rows,
        committed=any(p.committed for _, p in results),
        backup_path=first.backup_path if first is not None else None,
        blocked=any(p.blocked for _, p in results),
        tree=TreePlan(tuple(missing.values()), tuple(matches.values()), (), created),
    )

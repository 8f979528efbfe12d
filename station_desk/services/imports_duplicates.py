"""Rows of one sheet that share an ID number: the one the clerk keeps, and what it takes
from the others (blank fields filled, or a value picked field by field).

Kept apart from ``imports`` so the wizard's side-by-side table and the service read the
same rules: a field is offered when the rows of a group disagree on it, and a pick names
the row whose value the kept row takes.
"""

from __future__ import annotations

from dataclasses import replace

from station_desk.domain.messages import msg
from station_desk.exchange.cells import clean_text
from station_desk.exchange.rows import ParsedRow
from station_desk.services.imports_types import RowOutcome, RowStatus

#: (kept row, field, row whose value the kept row takes)
Choice = tuple[int, str, int]


def duplicate_group(row: ParsedRow) -> str | None:
    """The ID number a row shares with other rows of the sheet, or None."""
    for problem in row.problems:
        template = getattr(problem.message, "template", "")
        if problem.field == "id_number" and template.startswith("与第 {others} 行重复"):
            return str(row.values.get("id_number") or "")
    return None


def duplicate_groups(rows: list[ParsedRow]) -> dict[str, list[ParsedRow]]:
    """The rows sharing each ID number, in sheet order."""
    groups: dict[str, list[ParsedRow]] = {}
    for row in rows:
        group = duplicate_group(row)
        if group:
            groups.setdefault(group, []).append(row)
    return groups


def differing_fields(rows: list[ParsedRow]) -> list[str]:
    """The fields (in the sheet's column order) on which the rows of one group disagree;
    the ID number they share is never one of them."""
    names: list[str] = []
    for row in rows:
        names += [name for name in row.values if name not in names]
    return [
        name
        for name in names
        if name != "id_number" and len({_same(row.values.get(name)) for row in rows}) > 1
    ]


def _same(value: object) -> object:
    """Blank cells are alike, whether None or ""."""
    return None if value in (None, "") else value


def kept_duplicates(
    rows: list[ParsedRow],
    keep: frozenset[int],
    merge: bool = False,
    choices: tuple[Choice, ...] = (),
) -> tuple[list[ParsedRow], list[RowOutcome]]:
    """Rows sharing an ID number where the clerk kept one: that one without its duplicate
    problem, the others out (each a skipped outcome naming the row kept).

    ``choices`` are the clerk's picks, field by field: the kept row takes that field's
    value from the row named (with that row's problem with the cell, if any). With
    ``merge`` the kept row's blank fields not picked are filled from the other rows in
    order (a field the kept row fills stays as it is).
    """
    if not keep:
        return rows, []
    kept_of = {duplicate_group(r): r.row for r in rows if r.row in keep and duplicate_group(r)}
    by_number = {r.row: r for r in rows}
    picked: dict[int, dict[str, ParsedRow]] = {}
    for into, name, source in choices:
        other = by_number.get(source)
        group = duplicate_group(other) if other is not None else None
        if other is not None and group is not None and kept_of.get(group) == into:
            picked.setdefault(into, {})[name] = other
    fill: dict[str, dict[str, object]] = {}
    if merge:
        for row in rows:
            group = duplicate_group(row)
            if group is not None and group in kept_of and kept_of[group] != row.row:
                given = fill.setdefault(group, {})
                for name, value in row.values.items():
                    if value not in (None, "") and name not in given:
                        given[name] = value
    chosen: list[ParsedRow] = []
    dropped: list[RowOutcome] = []
    for row in rows:
        group = duplicate_group(row)
        kept = kept_of.get(group) if group else None
        if kept is None:
            chosen.append(row)
        elif kept == row.row:
            chosen.append(_merged(row, picked.get(row.row, {}), fill.get(group or "", {})))
        else:
            label = clean_text(row.values.get("name"))
            if row.row in {other.row for other in picked.get(kept, {}).values()}:
                note = msg(
                    "与第 {row} 行身份证号相同，已并入第 {row} 行（逐项选定的值已采用）", row=kept
                )
            elif merge:
                note = msg(
                    "与第 {row} 行身份证号相同，已并入第 {row} 行（其空着的项由本行补上）", row=kept
                )
            else:
                note = msg("与第 {row} 行身份证号相同，按选择保留第 {row} 行", row=kept)
            dropped.append(RowOutcome(row.row, RowStatus.SKIP, label, notes=(note,)))
    return chosen, dropped


def _merged(row: ParsedRow, picked: dict[str, ParsedRow], fill: dict[str, object]) -> ParsedRow:
    """The kept row with its picks and fills, without its duplicate problem."""
    problems = [
        p
        for p in row.problems
        if duplicate_group(replace(row, problems=(p,))) is None and p.field not in picked
    ]
    values = dict(row.values)
    for name, other in picked.items():
        values[name] = other.values.get(name)
        problems += [replace(p, row=row.row) for p in other.problems if p.field == name]
    for name, value in fill.items():
        if name not in picked and values.get(name) in (None, ""):
            values[name] = value
    return replace(row, problems=tuple(problems), values=values)

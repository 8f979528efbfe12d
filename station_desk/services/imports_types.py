"""What an import promises the clerk: every row's fate (new, update, skip, error, warning).

Plain records shared by the import service, the command line and the desk's wizard. A row's
problems are ``RowProblem``s from the exchange layer, so the preview, the printed summary and
the saved error workbook all name the same row number and column.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal, Protocol

from station_desk.domain.enums import BranchCategory, LabeledEnum
from station_desk.domain.inputs import MemberData
from station_desk.domain.messages import msg
from station_desk.exchange.mapping import KIND_LABELS
from station_desk.exchange.rows import ParsedSheet, RowProblem

Duplicate = Literal["update", "skip"]


class RowStatus(LabeledEnum):
    NEW = "new", "新增"
    UPDATE = "update", "更新"
    SKIP = "skip", "跳过"
    ERROR = "error", "错误"
    WARNING = "warning", "待确认"


@dataclass(frozen=True)
class ImportOptions:
    """The clerk's choices: what to do with a match, whether warnings and bad rows may pass.

    ``skip_errors`` imports the good rows and leaves error and unconfirmed rows out (they can
    be saved to fix and import again); without it one bad row stops the whole import.
    ``station_id`` and ``team_id`` fill rows whose sheet has no 驿站 / 队伍 column.
    """

    on_duplicate: Duplicate = "skip"
    accept_warnings: bool = False
    skip_errors: bool = False
    station_id: int | None = None
    team_id: int | None = None
    today: date | None = None
    create_missing: bool = False
    """Create the stations, branches, communities and grids the sheet names that the ledger
    lacks (``imports_tree``), in the import's transaction."""
    defaults: tuple[tuple[str, str], ...] = ()
    """(field, name) for rows that name none: "station", "branch" or "community"."""
    not_created: frozenset[tuple[str, str]] = frozenset()
    """``NewPlace.key`` of places the clerk unticked: their rows stay errors."""
    refused_matches: frozenset[tuple[str, str]] = frozenset()
    """``NearMatch.key`` of near-misses the clerk refused: the name is a place of its own."""
    categories: tuple[tuple[str, BranchCategory], ...] = ()
    """A new branch's category as the clerk set it, over the guessed one."""
    keep_rows: frozenset[int] = frozenset()
    """Of rows sharing one ID number, the one the clerk keeps; the others are skipped. A
    group with none kept stays refused, every row of it."""
    merge_duplicates: bool = False
    """The kept row's blank fields are filled from the other rows of its ID number."""
    row_values: tuple[tuple[int, str, str], ...] = ()
    """(row, field, name): a station, branch, community or grid the clerk set for chosen
    rows in the preview, over what the sheet says (a blank name clears the cell)."""
    merge_choices: tuple[tuple[int, str, int], ...] = ()
    """(kept row, field, row whose value it takes): the clerk's pick, field by field, among
    rows sharing an ID number (the wizard's side-by-side table); over ``merge_duplicates``."""


@dataclass(frozen=True)
class RowOutcome:
    """One spreadsheet row: its status, who or what it is, and why."""

    row: int
    status: RowStatus
    label: str = ""
    problems: tuple[RowProblem, ...] = ()
    notes: tuple[str, ...] = ()

    def reasons(self) -> str:
        """Problems and notes as one line for the console and the error file."""
        return "；".join(self.reason_parts())

    def reason_parts(self) -> list[str]:
        """Each problem ("{column}：{message}") and note once, in order, as ``Message``s
        where they are made of parts, for the desk to show each in the clerk's language
        and join them itself; ``reasons`` joins them with ；."""
        return list(dict.fromkeys([*(p.part() for p in self.problems), *self.notes]))


@dataclass(frozen=True, eq=False)
class CheckedImport:
    """A member dry run's findings, kept so that the commit need not check every row again.

    The verdicts are a function of the sheet, the options, the day, and ``basis``: the
    ledger facts they rest on (organisation names, and the stored members the sheet's ID
    and volunteer numbers name). The commit reloads the basis inside its own transaction
    and writes ``new_rows`` and ``updates`` only when it is equal; otherwise it checks
    every row again, so rows the ledger no longer accepts are never written.
    """

    parsed: weakref.ref[ParsedSheet]
    ledger: Path
    basis: tuple[object, ...]
    outcomes: tuple[RowOutcome, ...]
    new_rows: tuple[MemberData, ...]
    updates: tuple[tuple[str, MemberData], ...]
    values: tuple[dict[str, Any], ...] | None = None
    """The member columns of ``new_rows``, when worked out ahead (while the backup runs)."""

    def fits(self, parsed: ParsedSheet, ledger: Path) -> bool:
        """Whether this dry run was of this very parsed sheet, on this ledger file."""
        return self.parsed() is parsed and self.ledger == ledger


@dataclass(frozen=True)
class ImportPreview:
    """The result of a dry run or a commit; ``committed`` says whether the ledger changed.

    A member dry run also carries ``checked``, for ``commit_import(checked=preview)``.
    """

    kind: str
    rows: tuple[RowOutcome, ...]
    committed: bool = False
    backup_path: Path | None = None
    blocked: bool = False
    counts: dict[RowStatus, int] = field(default_factory=dict)
    checked: CheckedImport | None = field(default=None, compare=False, repr=False)
    tree: Any = field(default=None, compare=False)
    """The ``imports_tree.TreePlan`` of a member import: places missing or matched."""

    def __post_init__(self) -> None:
        counted = {status: 0 for status in RowStatus}
        for row in self.rows:
            counted[row.status] += 1
        object.__setattr__(self, "counts", counted)

    def count(self, status: RowStatus) -> int:
        return self.counts[status]

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def written(self) -> int:
        return self.count(RowStatus.NEW) + self.count(RowStatus.UPDATE)

    def problems(self) -> list[RowProblem]:
        """Problems of the rows that were not imported, for the error workbook."""
        found: list[RowProblem] = []
        for row in self.rows:
            if row.status in (RowStatus.ERROR, RowStatus.WARNING):
                found.extend(row.problems or (RowProblem(row.row, "", "", row.reasons()),))
        return found

    def summary(self) -> str:
        """ "新增 3，更新 1，跳过 0，错误 2" (待确认 only when there are some)."""
        summary = ""
        for status in RowStatus:
            if status is RowStatus.WARNING and not self.count(status):
                continue
            part = _counted(status, self.count(status))
            summary = msg("{summary}，{part}", summary=summary, part=part) if summary else part
        return summary


def _counted(status: RowStatus, n: int) -> str:
    """ "新增 3": a status and how many rows have it."""
    if status is RowStatus.NEW:
        return msg("新增 {n}", n=n)
    if status is RowStatus.UPDATE:
        return msg("更新 {n}", n=n)
    if status is RowStatus.SKIP:
        return msg("跳过 {n}", n=n)
    if status is RowStatus.ERROR:
        return msg("错误 {n}", n=n)
    return msg("待确认 {n}", n=n)


class ImportProgress(Protocol):
    """What the desk's worker ``Progress`` offers; the command line passes None."""

    def update(self, value: int, maximum: int, text: str = "") -> None: ...

    def check(self) -> None: ...


Step = Callable[[int, str], None]

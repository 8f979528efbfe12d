"""What the import wizard's dry run and commit pages add for rosters: every sheet of a
workbook imported together, and the lines saying what the import does to the ledger's
tree (defaults filled, places created)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from station_desk.services.imports_types import ImportOptions, ImportPreview
from station_desk.services.imports_workbook import (
    SheetAs,
    combined,
    load_workbook,
    run_workbook,
)


def run_sheets(
    ledger: Any,
    path: Path,
    sheet_as: str,
    options: ImportOptions,
    *,
    commit: bool,
    operator: str = "",
) -> ImportPreview:
    """Every sheet of the workbook, one transaction (``imports_workbook``), as one preview."""
    as_field: SheetAs = "branch" if sheet_as == "branch" else "community" if sheet_as else ""
    sheets = load_workbook(path, "members", options, as_field)
    return combined(run_workbook(ledger, sheets, commit=commit, operator=operator))


def tree_lines(preview: ImportPreview) -> list[str]:
    """What the import does to the ledger's tree (defaults, places created), for the dry
    run's and the commit's pages; the near-misses were shown on the tree page."""
    tree = preview.tree
    if tree is None:
        return []
    return [line for line in tree.lines() if not line.startswith("视为已有")]

"""Exports, the other half of the exchange: tables to .xlsx/.csv, masked unless asked.

ID numbers and phones leave the ledger masked (3701**********1234) by default; full numbers
only on an explicit request. Every export is written to the change log (PIPL: what left,
how many rows, whether with full numbers), inside the same unit of work as the file: if the
file cannot be written, no log line claims that it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from station_desk.db.queries.export import EXPORT_LABELS, TABLES, ExportFilters, ExportTable
from station_desk.domain.messages import msg
from station_desk.domain.privacy import mask_id_number, mask_phone
from station_desk.exchange.errors import ExchangeError
from station_desk.exchange.mapping import FIELD_LABELS_BY_KIND
from station_desk.exchange.writing import write_csv, write_xlsx
from station_desk.services.history import log_export

FORMATS = (".xlsx", ".csv")
STATION_HEADER = "驿站"


def _masked(table: ExportTable) -> list[list[object]]:
    rows = []
    for row in table.rows:
        out = list(row)
        for column in table.id_columns:
            out[column] = mask_id_number(str(out[column])) if out[column] else out[column]
        for column in table.phone_columns:
            out[column] = mask_phone(str(out[column])) if out[column] else out[column]
        rows.append(out)
    return rows


def write_table(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    text_columns: Sequence[int] = (),
    title: str | None = None,
    sheet: str | None = None,
) -> None:
    """.xlsx (bold frozen header, widths, text cells; the sheet named ``sheet``) or .csv
    (UTF-8 with BOM) by suffix."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(Path(path), headers, rows, text_columns=text_columns, title=title, sheet=sheet)
    elif suffix == ".csv":
        write_csv(Path(path), headers, rows, text_columns=text_columns)
    else:
        raise ExchangeError(
            msg("只能导出为 .xlsx 或 .csv 文件，而不是“{file}”", file=Path(path).name)
        )


def export_table(
    session: Session,
    kind: str,
    path: Path,
    filters: ExportFilters | None = None,
    *,
    full_numbers: bool = False,
) -> int:
    """Write one kind of table to ``path``; returns the number of rows written."""
    if kind not in TABLES:
        raise ExchangeError(msg("不认识的导出类型“{kind}”", kind=kind))
    table = TABLES[kind](session, filters or ExportFilters())
    rows = table.rows if full_numbers else _masked(table)
    texts = sorted({*table.text_columns, *table.id_columns, *table.phone_columns})
    labels = {**FIELD_LABELS_BY_KIND.get(kind, {}), "station": STATION_HEADER}
    headers = [labels.get(h, h) for h in table.headers]
    write_table(Path(path), headers, rows, text_columns=texts, sheet=EXPORT_LABELS[kind])
    log_export(session, f"{EXPORT_LABELS[kind]}（{Path(path).name}）", full_numbers, len(rows))
    return len(rows)


def export_view(
    session: Session,
    what: str,
    path: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    text_columns: Sequence[int] = (),
) -> int:
    """A table as the desk shows it (already masked on screen), logged like any export."""
    write_table(Path(path), headers, rows, text_columns=text_columns, sheet=what)
    log_export(session, f"{what}（{Path(path).name}）", False, len(rows))
    return len(rows)

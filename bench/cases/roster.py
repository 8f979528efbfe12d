"""3. Roster: a members' 花名册 PDF, against one LongTable and against LibreOffice.

The roster holds the first N members of the demo ledger in the default 花名册 columns,
built by the product's print path (``services.printing.roster_table``, numbers masked). LibreOffice converts the same roster
saved as .xlsx by the product's own exporter; it runs with a private profile folder, so
an office suite already open on the machine cannot answer the call instead (the profile
is kept in the bench cache, so only the very first run pays for creating it).
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

from harness import BenchContext, Row, interleaved, judged, median

from station_desk.db.queries.members import member_rows
from station_desk.db.queries.printing import MemberFilter
from station_desk.db.schema.ledger import open_ledger
from station_desk.exchange.writing import write_xlsx
from station_desk.print_jobs import roster_document as print_roster_document
from station_desk.reports import RosterDocument, write_roster
from station_desk.reports.baseline import write_roster_longtable
from station_desk.services.printing import DEFAULT_ROSTER_COLUMNS, roster_table

TARGET_S = 3.0
TARGET_SPEEDUP = 3.0
HEAVY_RUNS = 3
PRINTED_ON = date(2026, 11, 27)


def roster_document(ledger_path: Path, count: int) -> RosterDocument:
    """The roster a clerk prints for ``count`` members, built by the product's print path."""
    ledger = open_ledger(ledger_path, create=False)
    try:
        with ledger.reading() as session:
            ids = tuple(r.id for r in member_rows(session).rows[:count])
            table = roster_table(
                session, MemberFilter(member_ids=ids), DEFAULT_ROSTER_COLUMNS, on=PRINTED_ON
            )
    finally:
        ledger.close()
    return print_roster_document(table)


def libreoffice_converter(
    doc: RosterDocument, folder: Path, profile_dir: Path
) -> tuple[Path, list[str]] | None:
    """The .xlsx and the soffice command line, or None when LibreOffice is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    sheet = folder / "roster.xlsx"
    write_xlsx(
        sheet,
        [c.header for c in doc.columns],
        doc.rows,
        text_columns=range(len(doc.columns)),
        title=doc.title,
    )
    profile = (profile_dir / "lo-profile").resolve().as_uri()
    command = [
        soffice,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(folder / "lo-out"),
        str(sheet),
    ]
    return sheet, command


def run(ctx: BenchContext) -> list[Row]:
    doc = roster_document(ctx.ledger(ctx.sizes.members), ctx.sizes.roster_rows)
    folder = ctx.work_dir / "roster"
    folder.mkdir(exist_ok=True)
    pages: dict[str, int] = {}

    def ours() -> None:
        pages["ours"] = write_roster(doc, folder / "ours.pdf")

    def longtable() -> None:
        pages["longtable"] = write_roster_longtable(doc, folder / "longtable.pdf")

    contenders = {"ours": ours, "longtable": longtable}
    converter = libreoffice_converter(doc, folder, ctx.cache_dir)
    if converter is not None:
        sheet, command = converter

        def libreoffice() -> None:
            subprocess.run(command, check=True, capture_output=True, timeout=900)
            if not (folder / "lo-out" / f"{sheet.stem}.pdf").exists():
                raise RuntimeError("LibreOffice wrote no PDF")

        if not ctx.quick:
            libreoffice()  # a first start after boot reads LibreOffice from disk; not timed
        contenders["libreoffice"] = libreoffice
    ours()
    samples = interleaved(1 if ctx.quick else min(ctx.runs, HEAVY_RUNS), contenders)
    mine, naive = median(samples["ours"]), median(samples["longtable"])
    size = f"{len(doc.rows):,} members"
    rows = [
        Row(
            case=f"roster PDF vs one LongTable ({size})",
            ours=mine,
            unit="s",
            baseline=naive,
            baseline_name="reportlab LongTable",
            target=f"< {TARGET_S:.0f} s and >= {TARGET_SPEEDUP:.0f}x",
            met=judged(ctx.quick, mine < TARGET_S and naive / mine >= TARGET_SPEEDUP),
            note=f"{pages['ours']} pages (LongTable: {pages['longtable']})",
        )
    ]
    if "libreoffice" in samples:
        office = median(samples["libreoffice"])
        rows.append(
            Row(
                case=f"roster PDF vs LibreOffice from .xlsx ({size})",
                ours=mine,
                unit="s",
                baseline=office,
                baseline_name="soffice --convert-to pdf",
                target="faster than LibreOffice",
                met=judged(ctx.quick, mine < office),
            )
        )
    else:
        ctx.notes.append("roster: LibreOffice (soffice) not installed; that baseline skipped")
    return rows

"""3. Roster: a members' 花名册 PDF, against one LongTable and against LibreOffice.

The roster is made from the first N members of the demo ledger with the columns a
station prints (phone numbers masked as on the desk). LibreOffice converts the same roster
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

from station_desk.db.ledger import open_ledger
from station_desk.db.queries_members import member_rows
from station_desk.exchange.writing import write_xlsx
from station_desk.privacy import mask_phone
from station_desk.records import MemberRow
from station_desk.reports import RosterColumn, RosterDocument, write_roster
from station_desk.reports.baseline import write_roster_longtable

TARGET_S = 3.0
TARGET_SPEEDUP = 3.0
HEAVY_RUNS = 3
COLUMNS = (
    RosterColumn("序号", 0.6, "center"),
    RosterColumn("姓名", 1.0),
    RosterColumn("性别", 0.5, "center"),
    RosterColumn("出生年月", 1.0),
    RosterColumn("原工作单位", 2.4),
    RosterColumn("所在支部", 2.6),
    RosterColumn("联系电话", 1.4),
    RosterColumn("社区/网格", 1.8),
)


def _cells(number: int, r: MemberRow) -> tuple[str, ...]:
    born = f"{r.birth_date.year}年{r.birth_date.month}月"
    place = f"{r.community} {r.grid}".strip()
    return (
        str(number),
        r.name,
        r.gender,
        born,
        r.former_unit,
        r.branch,
        mask_phone(r.phone),
        place,
    )


def roster_document(ledger_path: Path, count: int) -> RosterDocument:
    ledger = open_ledger(ledger_path, create=False)
    try:
        with ledger.reading() as session:
            members = member_rows(session)[:count]
    finally:
        ledger.close()
    return RosterDocument(
        title="离退休干部花名册",
        unit_name="县委老干部局",
        columns=COLUMNS,
        rows=[_cells(n, r) for n, r in enumerate(members, start=1)],
        printed_on=date(2026, 11, 27),
    )


def libreoffice_converter(
    doc: RosterDocument, folder: Path, profile_dir: Path
) -> tuple[Path, list[str]] | None:
    """The .xlsx and the soffice command line, or None when LibreOffice is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    sheet = folder / "roster.xlsx"
    write_xlsx(sheet, [c.header for c in doc.columns], doc.rows, text_columns=(6,), title=doc.title)
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

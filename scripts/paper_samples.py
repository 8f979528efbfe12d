"""Print every kind of paper from the demo ledger, with its default and its widest options,
and render pages to PNG for looking at (``docs/samples/``).

Run: ``uv run python scripts/paper_samples.py [--out docs/samples] [--all-pages DIR]``.
Needs ``pdftoppm`` (poppler-utils). Works on a copy of a fresh demo ledger, so the
certificates it numbers go nowhere.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from station_desk import print_jobs as jobs  # noqa: E402
from station_desk.db.demo import build_demo  # noqa: E402
from station_desk.db.queries.summary import summary_figures  # noqa: E402
from station_desk.db.schema.ledger import open_ledger  # noqa: E402
from station_desk.db.schema.models import CulturalEvent, Member, ServiceRecord, Team  # noqa: E402
from station_desk.reports.summary_report import write_summary_report  # noqa: E402
from station_desk.services.printing import ROSTER_FIELDS  # noqa: E402

Y2021 = (date(2021, 1, 1), date(2021, 12, 31))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "samples")
    parser.add_argument("--all-pages", type=Path, help="also render every page here")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="paper-samples-"))
    ledger_path = work / "demo.sqlite3"
    build_demo(ledger_path)
    ledger = open_ledger(ledger_path, create=False)
    with ledger.reading() as s:
        boai = s.scalar(select(Team.id).where(Team.name == "老干部博爱驿站"))
        served = s.scalars(
            select(ServiceRecord.member_id).group_by(ServiceRecord.member_id).limit(3)
        ).all()
        lecture = s.scalar(select(CulturalEvent.id).order_by(CulturalEvent.held_on.desc()))
        assert s.scalar(select(Member.id)) is not None
    assert boai is not None and lecture is not None
    every_column = tuple(f.key for f in ROSTER_FIELDS)
    two_lines = jobs.RosterRequest(columns=every_column, orientation="portrait", two_lines=True)
    honor = jobs.HonorRequest(reason="2021年社区志愿服务", honour="优秀志愿者", team_id=boai)
    record = jobs.ServiceRecordRequest(tuple(served[:1]), date(2020, 1, 1), date.today())
    prints: list[tuple[str, jobs.PrintRequest, bool]] = [
        ("roster", jobs.RosterRequest(), False),
        ("roster-widest", jobs.RosterRequest(columns=every_column), False),
        ("roster-two-lines", two_lines, False),
        ("grid-posts", jobs.GridPostRequest(), False),
        ("team", jobs.TeamRequest(boai, *Y2021), False),
        ("team-widest", jobs.TeamRequest(boai, date(2016, 1, 1), date.today()), False),
        ("honor-sample", honor, True),
        ("honor", honor, False),
        ("service-record", record, False),
        ("signin", jobs.SigninRequest(lecture), False),
        ("register", jobs.RegisterRequest(), False),
    ]
    pdfs: dict[str, Path] = {}
    for name, request, draft in prints:
        out = work / f"{name}.pdf"
        result = jobs.run_print(ledger, request, out, draft=draft)
        pdfs[name] = out
        print(f"{name}: {result.pages} pages, {result.rows} rows", file=sys.stderr)
        if name == "service-record":
            reprint = jobs.ReprintRequest(result.serials)
            pdfs["reprint"] = work / "reprint.pdf"
            jobs.run_print(ledger, reprint, pdfs["reprint"])
    for name, period in (("summary", Y2021), ("summary-widest", (date(2020, 1, 1), date.today()))):
        with ledger.reading() as s:
            figures = summary_figures(s, *period)
        pdfs[name] = work / f"{name}.pdf"
        write_summary_report(figures, pdfs[name])
    ledger.close()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, pdf in pdfs.items():
        render(pdf, args.out / name, first_only=True)
        if args.all_pages:
            args.all_pages.mkdir(parents=True, exist_ok=True)
            render(pdf, args.all_pages / name, first_only=False)
    shutil.rmtree(work)
    return 0


def render(pdf: Path, stem: Path, *, first_only: bool) -> None:
    pages = ["-f", "1", "-l", "1", "-singlefile"] if first_only else []
    subprocess.run(["pdftoppm", "-png", "-r", "72", *pages, str(pdf), str(stem)], check=True)


if __name__ == "__main__":
    raise SystemExit(main())

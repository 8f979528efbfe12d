"""统计报表, its workbook and its commands: generated words, embedded fonts, figures on paper."""

from __future__ import annotations

import argparse
import dataclasses
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from station_desk.cli import CliError
from station_desk.cli.summary import add_summary_print_subcommand, period_of, register
from station_desk.db.demo import build_demo
from station_desk.db.demo.builder import MIN_MEMBERS
from station_desk.db.queries.summary import summary_figures
from station_desk.db.schema.ledger import open_ledger
from station_desk.domain.units import format_wan
from station_desk.exchange.summary_xlsx import summary_rows, write_summary_xlsx
from station_desk.reports.summary_report import write_summary_report
from station_desk.summary.records import SummaryFigures
from station_desk.summary.sections import paragraph, sections
from tests.reports.pdf_probe import compact, fonts, page_texts


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("summary") / "demo.sqlite3"
    build_demo(path, members=MIN_MEMBERS)
    return path


def load(path: Path, start: date, end: date, station: int | None = None) -> SummaryFigures:
    ledger = open_ledger(path, create=False)
    try:
        with ledger.reading() as session:
            return summary_figures(session, start, end, station)
    finally:
        ledger.close()


@pytest.fixture(scope="module")
def two_years(demo: Path) -> SummaryFigures:
    return load(demo, date(2020, 1, 1), date(2021, 12, 31))


def test_paragraph_is_written_from_the_figures(two_years: SummaryFigures) -> None:
    text = paragraph(two_years)
    b = two_years.branches
    assert text.startswith(
        f"截至2021年底，驿站共辐射离退休干部党支部{b.shared_branches}个、党员{b.shared_party_members}人；"
    )
    assert f"捐款{format_wan(two_years.donations.money_fen)}" in text and text.endswith("。")
    service, epidemic = two_years.service, two_years.service.category("疫情防控")
    # issue 14: the epidemic's 2,046 were volunteer turnouts, printed as people helped
    assert (
        f"参与服务{service.participations}人次（其中疫情防控{epidemic.participations}人次）" in text
    )
    assert (
        f"帮扶群众{service.beneficiaries}人次（其中疫情防控{epidemic.beneficiaries}人次）" in text
    )
    assert "参与疫情防控" not in text and "志愿服务等队伍" not in text
    other = dataclasses.replace(
        two_years, branches=dataclasses.replace(b, shared_branches=7, shared_party_members=88)
    )
    assert "党支部7个、党员88人" in paragraph(other)


def test_paragraph_wording_is_decided_by_the_figures(two_years: SummaryFigures) -> None:
    """No 0 场, no "党课8场，某同志主讲党课8次", no "队伍10支" for teams of several kinds."""
    e = two_years.events
    top = e.lecturers[0]
    text = paragraph(two_years)
    assert f"其中党课{e.party_lectures}场" in text and "主讲党课" not in text
    if top.lectures == e.party_lectures:
        assert f"均由{top.name}同志主讲" in text
    kinds = {t.kind_label for t in two_years.teams}
    assert all(f"{k}" in text for k in kinds) and f"队员{two_years.team_members}人" in text
    fewer = dataclasses.replace(
        two_years,
        events=dataclasses.replace(
            e, lecturers=(dataclasses.replace(top, lectures=e.party_lectures - 1),)
        ),
    )
    assert f"{top.name}同志主讲其中{e.party_lectures - 1}场" in paragraph(fewer)
    none = tuple(dataclasses.replace(k, events=0) for k in e.by_kind)
    quiet = dataclasses.replace(
        two_years,
        events=dataclasses.replace(e, events=0, by_kind=none, audience=0, lecturers=()),
    )
    assert "文化活动" not in paragraph(quiet) and "0场" not in paragraph(quiet)
    lectures_only = dataclasses.replace(
        two_years, events=dataclasses.replace(e, events=e.party_lectures)
    )
    assert "开展党课" in paragraph(lectures_only) and "其中党课" not in paragraph(lectures_only)


def test_report_pages_carry_paragraph_tables_and_charts(
    two_years: SummaryFigures, tmp_path: Path
) -> None:
    out = tmp_path / "统计.pdf"
    missing: list[str] = []
    pages = write_summary_report(two_years, out, printed_on=date(2022, 1, 5), missing=missing)
    texts = page_texts(out)
    assert pages == len(texts) >= 2 and missing == []
    whole = compact("".join(texts))
    assert compact(paragraph(two_years))[:60] in whole
    for section in sections(two_years):
        assert section.title in whole
        for figure in section.figures:
            assert figure.label in whole
    for title in ("各月志愿服务时长", "各类文化活动场次", "老同志年龄结构", "担任职务人数"):
        assert title in whole
    assert f"第 {pages} 页 共 {pages} 页" in whole
    assert fonts(out) and all(fonts(out).values()), fonts(out)


def test_empty_period_prints_no_data_charts(demo: Path, tmp_path: Path) -> None:
    figures = load(demo, date(1990, 1, 1), date(1990, 3, 31))
    out = tmp_path / "empty.pdf"
    write_summary_report(figures, out)
    assert "本期无数据" in compact("".join(page_texts(out)))


def test_workbook_has_every_line(two_years: SummaryFigures, tmp_path: Path) -> None:
    out = tmp_path / "统计.xlsx"
    count = write_summary_xlsx(two_years, out)
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[1] == ("分类", "项目", "数值", "数", "单位")
    assert len(rows) == count + 2
    money = [r for r in rows if r[0] == "捐款捐物" and r[1] == "捐款"]
    assert money == [
        (
            "捐款捐物",
            "捐款",
            format_wan(two_years.donations.money_fen),
            two_years.donations.money_fen / 1000000,
            "万元",
        )
    ]
    assert rows[-1][1] == paragraph(two_years)
    assert len(summary_rows(two_years)) == count - 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    register(sub)
    printing = sub.add_parser("print").add_subparsers(dest="what")
    add_summary_print_subcommand(printing)
    return parser


def test_commands_print_figures_and_the_report(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = _parser()
    args = parser.parse_args(["summary", "--db", str(demo), "--year", "2020", "--station", "银发"])
    with pytest.raises(CliError, match="没有名称含"):
        args.func(args)
    args = parser.parse_args(
        [
            "summary",
            "--db",
            str(demo),
            "--year",
            "2020",
            "--quarter",
            "1",
            "--xlsx",
            str(tmp_path / "q.xlsx"),
        ]
    )
    assert args.func(args) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("2020年第一季度统计（全部驿站）")
    assert "截至2020年3月31日" in printed and (tmp_path / "q.xlsx").exists()
    out = tmp_path / "r.pdf"
    args = parser.parse_args(
        [
            "print",
            "summary",
            "--db",
            str(demo),
            "--from",
            "2020-01-01",
            "--to",
            "2021-12-31",
            "--out",
            str(out),
        ]
    )
    assert args.func(args) == 0 and out.exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--quarter", "2"], "--year"),
        (["--from", "2021-01-01"], "--to"),
        (["--year", "2021", "--from", "2021-01-01", "--to", "2021-02-01"], "不能与"),
        (["--from", "2021-05-01", "--to", "2021-04-01"], "统计截止日期"),
    ],
)
def test_bad_periods_are_named(argv: list[str], message: str) -> None:
    args = _parser().parse_args(["summary", *argv])
    with pytest.raises(CliError, match=message):
        period_of(args)

"""Two lines per person: a roster too wide for one line folded, never shrunk below 8 pt nor
split inside a number (issue 14: "the dialog … offers landscape, fewer columns or two lines
per person; never a split digit")."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from station_desk.reports import RosterColumn, RosterDocument, write_roster
from station_desk.reports.columns import LANDSCAPE, MIN_SIZE, TWO_LINES, TooWide
from station_desk.reports.roster import fitted
from station_desk.reports.two_lines import TwoLineLayout
from tests.reports.pdf_probe import drawn_texts, qpdf_check
from tests.reports.test_columns import WIDE_HEADERS

PRINTED_ON = date(2026, 12, 2)
NUMBERS = (1, 4, 5, 6, 15, 16, 19)
"""Columns of numbers, dates and IDs in ``person``: 出生年月, 年龄, 身份证号 … 志愿者编号."""


def person(n: int) -> tuple[str, ...]:
    """A row of the 20 columns whose numbers differ from person to person."""
    return (
        str(n), f"欧阳{n:03d}", "男", f"19{40 + n % 25}.{n % 12 + 1:02d}", str(60 + n % 30),
        f"370124********{6000 + n}", f"186****{8000 + n}", f"会仙山社区{n}号楼3单元",
        "翠屏社区离退休干部党支部驿站", "会仙山社区", "第三网格", "孝直镇人民政府", "主任",
        "退休", "是", f"{1970 + n % 40}.{n % 12 + 1:02d}", str(20 + n % 40),
        "县交通运输局离退休干部党支部", "社区第一书记、楼长", f"V37012420{n:04d}",
    )  # fmt: skip


def wide(rows: int = 40, orientation: str = "portrait", two_lines: bool = True) -> RosterDocument:
    return RosterDocument(
        title="离退休干部花名册",
        unit_name="平阴县测试驿站",
        columns=[RosterColumn(h, 1.0, "center") for h in WIDE_HEADERS],
        rows=[person(n) for n in range(1, rows + 1)],
        printed_on=PRINTED_ON,
        orientation=orientation,  # type: ignore[arg-type]
        two_lines=two_lines,
    )


def pdftotext_pages(path: Path) -> list[str]:
    """Each page as poppler's pdftotext reads it (what a clerk copying from the PDF gets);
    pypdf's reading when poppler is not installed."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return [page.extract_text() for page in PdfReader(path).pages]
    out = subprocess.run([tool, "-raw", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8").split("\f")[:-1]


def test_the_fold_keeps_the_order_and_spans_the_index() -> None:
    fold = TwoLineLayout.of(WIDE_HEADERS)
    assert fold is not None
    assert fold.spanned == (0,) and len(fold.first) == 10 and len(fold.second) == 9
    assert [WIDE_HEADERS[i] for i in fold.first + fold.second] == list(WIDE_HEADERS[1:])
    assert fold.count == 11
    assert TwoLineLayout.of(("序号", "姓名")) is None


def test_twenty_columns_fit_upright_on_two_lines_at_a_readable_size(tmp_path: Path) -> None:
    doc = wide()
    fit = fitted(doc)
    assert fit.two is not None and not fit.sheet.landscape and fit.size >= MIN_SIZE
    with pytest.raises(TooWide):
        fitted(replace(doc, two_lines=False))
    path = tmp_path / "two.pdf"
    pages = write_roster(doc, path)
    drawn = [d.text.strip() for d in drawn_texts(path)]
    text = "\n".join(pdftotext_pages(path))
    assert len(PdfReader(path).pages) == pages
    for n in range(1, 41):
        for col in NUMBERS:
            value = person(n)[col]
            assert value in drawn, (n, WIDE_HEADERS[col], value)
            assert value in text, (n, WIDE_HEADERS[col], value)
    for header in WIDE_HEADERS:
        assert header in text.replace("\n", ""), header
    qpdf_check(path)


def test_a_persons_two_lines_never_part_at_a_page_break(tmp_path: Path) -> None:
    path = tmp_path / "two.pdf"
    pages = write_roster(wide(rows=60), path)
    assert pages >= 3
    for number, page in enumerate(pdftotext_pages(path), start=1):
        upper = {n for n in range(1, 61) if person(n)[5] in page}
        lower = {n for n in range(1, 61) if person(n)[19] in page}
        assert upper == lower and upper, (number, upper ^ lower)


def test_a_portrait_refusal_offers_what_was_checked_to_fit(tmp_path: Path) -> None:
    with pytest.raises(TooWide) as caught:
        write_roster(wide(two_lines=False), tmp_path / "no.pdf")
    assert caught.value.offers == (LANDSCAPE, TWO_LINES)
    text = str(caught.value)
    assert "纵向" in text and "毫米" in text and "每人印两行" in text
    assert not (tmp_path / "no.pdf").exists()


def test_columns_too_wide_even_folded_are_refused_with_fewer_columns_advised(
    tmp_path: Path,
) -> None:
    headers = [f"编号{k}" for k in range(1, 31)]
    doc = RosterDocument(
        title="花名册",
        unit_name="平阴县测试驿站",
        columns=[RosterColumn(h) for h in headers],
        rows=[tuple(f"3701242026{k:08d}" for k in range(30))],
        printed_on=PRINTED_ON,
        two_lines=True,
    )
    with pytest.raises(TooWide) as caught:
        write_roster(doc, tmp_path / "no.pdf")
    assert caught.value.offers == ()
    text = str(caught.value)
    assert "每人两行" in text and "减少列" in text and "横向" not in text.split("。")[-1]

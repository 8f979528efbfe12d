"""The service-record certificate's signature block never stands alone with the 合计 row
(issue 14: with a certificate of a few lines more than the first page holds with its
signature, page 2 carried only 合计 and the tail while page 1 had room)."""

from __future__ import annotations

from pathlib import Path

from station_desk.reports import write_service_record_certificates
from tests.reports.pdf_probe import compact, page_texts
from tests.reports.test_certificates import service

KEEP = 3
"""Service lines the signature block keeps with it on a page of its own."""


def lines_on(text: str) -> int:
    return text.count("环秀社区疫情防控")


def test_the_signature_block_keeps_service_lines_with_it_or_stays_on_page_one(
    tmp_path: Path,
) -> None:
    single_page_most = 0
    for count in range(1, 45):
        path = tmp_path / f"s{count}.pdf"
        pages = write_service_record_certificates([service("证明-1", "王建国", count)], path)
        texts = [compact(t) for t in page_texts(path)]
        assert len(texts) == pages
        last = texts[-1]
        assert "合计" in last and "特此证明。" in last and "出具日期" in last, count
        assert sum(lines_on(t) for t in texts) == count
        if pages == 1:
            single_page_most = count
            continue
        assert lines_on(last) >= min(KEEP, count - 1), (count, [lines_on(t) for t in texts])
        assert lines_on(texts[0]) >= 1
    # every line that fits on the first page with the signature stays on one page
    assert single_page_most >= 14


def test_lines_that_fill_page_one_take_the_signature_along_with_three_of_them(
    tmp_path: Path,
) -> None:
    counts: dict[int, list[int]] = {}
    for count in range(14, 30):
        path = tmp_path / f"s{count}.pdf"
        write_service_record_certificates([service("证明-1", "王建国", count)], path)
        counts[count] = [lines_on(compact(t)) for t in page_texts(path)]
    two_pages = {c: p for c, p in counts.items() if len(p) == 2}
    assert two_pages, counts
    assert all(p[1] >= KEEP for p in two_pages.values()), two_pages

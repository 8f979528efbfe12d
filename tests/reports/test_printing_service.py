"""Print jobs end to end: ledger in, PDF out, read back with pypdf and checked by qpdf."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from station_desk.db.schema.ledger import Ledger, open_ledger
from station_desk.db.schema.models import CertificateIssue, ChangeLog
from station_desk.domain.enums import ChangeAction
from station_desk.domain.problems import ValidationError
from station_desk.print_jobs import (
    GridPostRequest,
    HonorRequest,
    RegisterRequest,
    ReprintRequest,
    RosterRequest,
    ServiceRecordRequest,
    SigninRequest,
    TeamRequest,
    honor_document,
    run_print,
    service_record_document,
)
from station_desk.reports import PrintCancelled
from station_desk.services.certificates import certificate_register
from tests.db.print_ledger import RARE, RARE2, TODAY, UNIT, PrintLedger, build_print_ledger
from tests.reports.pdf_probe import compact, fonts, page_texts, qpdf_check

Y2021 = (date(2021, 1, 1), date(2021, 12, 31))


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    opened = open_ledger(tmp_path / "print.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def books(ledger: Ledger) -> PrintLedger:
    return build_print_ledger(ledger)


def full_id(ledger: Ledger, member_id: int) -> str:
    from station_desk.db.schema.models import Member

    with ledger.reading() as s:
        return str(s.scalar(select(Member.id_number).where(Member.id == member_id)))


def print_logs(ledger: Ledger) -> list[dict[str, object]]:
    with ledger.reading() as s:
        rows = s.scalars(select(ChangeLog.changes).where(ChangeLog.action == ChangeAction.PRINT))
        return [json.loads(r) for r in rows if "full_numbers" in r]


def register_size(ledger: Ledger) -> int:
    with ledger.reading() as s:
        return int(s.scalar(select(func.count()).select_from(CertificateIssue)) or 0)


def test_roster_has_every_name_page_numbers_masking_and_embedded_fonts(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    out = tmp_path / "花名册.pdf"
    result = run_print(ledger, RosterRequest(), out, today=TODAY)
    texts = page_texts(out)
    text = compact("".join(texts))
    assert result.rows == 4 and result.pages == len(texts) == 1
    for name in ("张建国", RARE, RARE2, "王秀英"):
        assert name in text
    assert "赵已删" not in text
    assert "第 1 页 共 1 页" in texts[0] and UNIT in text and "离退休干部花名册" in text
    ident = full_id(ledger, books.members[RARE])
    # 出生年月 is on the default roster: the ID keeps area code and last character
    assert ident not in text and f"{ident[:6]}***********{ident[-1]}" in text
    assert "13812345678" not in text and "138****5678" in text
    assert print_logs(ledger) == []
    qpdf_check(out)
    used = fonts(out)
    assert used and all(used.values()), used


def test_full_numbers_only_when_asked_and_then_logged(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    out = tmp_path / "full.pdf"
    run_print(ledger, RosterRequest(full_numbers=True), out, operator="王会计", today=TODAY)
    text = compact("".join(page_texts(out)))
    assert full_id(ledger, books.members[RARE]) in text and "13812345678" in text
    assert print_logs(ledger) == [{"full_numbers": True, "rows": 4}]


def test_grid_post_roster_lists_buildings_in_number_order(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    posts_out = tmp_path / "posts.pdf"
    run_print(ledger, GridPostRequest(community_id=books.community), posts_out, today=TODAY)
    posts = compact("".join(page_texts(posts_out)))
    assert "3号楼" in posts and "12号楼" in posts and "网格长" in posts
    assert posts.index("3号楼") < posts.index("12号楼")


def test_team_roster_hours_are_the_recorded_sum(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    out = tmp_path / "team.pdf"
    run_print(ledger, TeamRequest(books.team, *Y2021), out, today=TODAY)
    text = compact("".join(page_texts(out)))
    assert "老干部博爱驿站队员花名册" in text
    assert "合计" in text and "14.25" in text and "7.75" in text


def test_service_record_total_is_recorded_service_and_reprint_is_identical(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    out = tmp_path / "证明.pdf"
    rare = books.members[RARE]
    result = run_print(ledger, ServiceRecordRequest((rare,), *Y2021, issuer="平阴县老干部局"), out)
    text = compact("".join(page_texts(out)))
    serial = result.serials[0]
    assert serial.startswith(f"测试驿站-{date.today().year}-")
    assert f"累计服务时长 {books.minutes[RARE] / 60:g}小时" in text
    assert serial in text and RARE in text and "V370002" in text and "平阴县老干部局" in text
    ident = full_id(ledger, rare)
    assert ident not in text and ident[-4:] in text
    assert "第 1 页 共 1 页" in text
    qpdf_check(out)

    with ledger.reading() as s:
        (entry,) = certificate_register(s)
    original = service_record_document(entry)
    assert [x.hours for x in original.lines] == ["1.5小时", "4小时", "2.25小时"]
    count = register_size(ledger)
    again = tmp_path / "补打.pdf"
    reprinted = run_print(ledger, ReprintRequest((serial,)), again)
    assert reprinted.serials == (serial,) and register_size(ledger) == count
    with ledger.reading() as s:
        (after,) = certificate_register(s)
    assert after.reprint_count == 1
    assert service_record_document(replace(after, reprint=True)) == replace(original, reprint=True)
    assert "补打" in compact("".join(page_texts(again)))


def test_service_record_full_number_is_logged_and_idle_member_refused(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    rare = books.members[RARE]
    run_print(ledger, ServiceRecordRequest((rare,), *Y2021, full_numbers=True), tmp_path / "a.pdf")
    assert full_id(ledger, rare) in compact("".join(page_texts(tmp_path / "a.pdf")))
    assert print_logs(ledger) == [{"full_numbers": True, "rows": 1}]
    with pytest.raises(ValidationError) as caught:
        run_print(
            ledger, ServiceRecordRequest((books.members["王秀英"],), *Y2021), tmp_path / "b.pdf"
        )
    assert caught.value.field == "member" and "王秀英" in caught.value.message
    assert not (tmp_path / "b.pdf").exists()


def test_honor_batch_for_a_team_has_unique_serials_and_one_page_each(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    request = HonorRequest(
        reason="2021年社区疫情防控志愿服务", honour="优秀志愿者", team_id=books.team
    )
    first = run_print(ledger, request, tmp_path / "h1.pdf", today=TODAY)
    second = run_print(ledger, request, tmp_path / "h2.pdf", today=TODAY)
    serials = first.serials + second.serials
    assert len(first.serials) == 3 and len(set(serials)) == 6
    texts = page_texts(tmp_path / "h1.pdf")
    assert len(texts) == 3
    for page, serial in zip(texts, first.serials, strict=True):
        assert serial in compact(page) and "优秀志愿者" in compact(page)
        assert "特发此证，以资鼓励。" in compact(page)
    joined = compact("".join(texts))
    assert f"{RARE}同志" in joined and f"{RARE2}同志" in joined
    assert "第 3 页" not in joined
    assert UNIT in joined
    qpdf_check(tmp_path / "h1.pdf")


def test_honor_by_hours_and_register_print(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    request = HonorRequest(reason="年度志愿服务", honour="服务之星", min_hours=6, year=2021)
    result = run_print(ledger, request, tmp_path / "h.pdf", today=TODAY)
    assert result.rows == 1 and RARE in compact("".join(page_texts(tmp_path / "h.pdf")))
    with ledger.reading() as s:
        (entry,) = certificate_register(s)
    assert honor_document(entry).body().startswith(f"{RARE}同志：")
    reg = run_print(ledger, RegisterRequest(), tmp_path / "reg.pdf", today=TODAY)
    text = compact("".join(page_texts(tmp_path / "reg.pdf")))
    assert reg.rows == 1 and result.serials[0] in text and "证书登记簿" in text
    with pytest.raises(ValidationError) as caught:
        run_print(ledger, replace(request, min_hours=100), tmp_path / "none.pdf", today=TODAY)
    assert caught.value.field == "min_hours"


def test_signin_sheet_lists_expected_people_and_blank_rows(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    out = tmp_path / "签到表.pdf"
    result = run_print(ledger, SigninRequest(books.event, blank_rows=5), out)
    text = compact("".join(page_texts(out)))
    assert result.rows == 2 and "七一专题党课签到表" in text
    assert text.index(RARE) < text.index("王秀英") and "赵已删" not in text
    assert "签名" in text and "应到 2 人" in text and "7" in text


def test_cancel_leaves_no_file_and_progress_is_reported(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    run_print(
        ledger, RosterRequest(), tmp_path / "ok.pdf", progress=lambda d, t: seen.append((d, t))
    )
    assert seen == [(1, 1)]
    with pytest.raises(PrintCancelled):
        run_print(ledger, RosterRequest(), tmp_path / "no.pdf", cancelled=lambda: True)
    assert not (tmp_path / "no.pdf").exists()
    assert len(PdfReader(tmp_path / "ok.pdf").pages) == 1

"""Certificates state only what the ledger proves, and numbers exist only for paper that exists.

Issue 14 (certificates, reprints, error messages) and issue 13 item 5 (a preview or a failed
print takes no number). Each test failed on the code before the change.
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from station_desk.db.queries.printing_service import _service_content
from station_desk.db.schema.ledger import Ledger, open_ledger
from station_desk.db.schema.models import CertificateIssue, ChangeLog
from station_desk.domain.problems import NeedsConfirmation, ValidationError
from station_desk.print_jobs import (
    HonorRequest,
    ReprintRequest,
    ServiceRecordRequest,
    run_print,
)
from station_desk.reports import output
from tests.db.print_ledger import RARE, TODAY, PrintLedger, build_print_ledger
from tests.reports.pdf_probe import compact, page_texts

Y2021 = (date(2021, 1, 1), date(2021, 12, 31))


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    opened = open_ledger(tmp_path / "rules.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def books(ledger: Ledger) -> PrintLedger:
    return build_print_ledger(ledger)


def state(ledger: Ledger) -> tuple[int, object, int, list[int]]:
    """Register size, counter rows, change-log size and every reprint count."""
    with ledger.reading() as s:
        issued = int(s.scalar(select(func.count()).select_from(CertificateIssue)) or 0)
        logs = int(s.scalar(select(func.count()).select_from(ChangeLog)) or 0)
        counters = list(
            s.execute(
                text("SELECT key, value FROM ledger_setting WHERE key LIKE 'serial_counter%'")
            )
        )
        reprints = list(s.scalars(select(CertificateIssue.reprint_count)))
    return issued, counters, logs, reprints


def text_of(path: Path) -> str:
    return compact("".join(page_texts(path)))


def service_request(books: PrintLedger, **kw: object) -> ServiceRecordRequest:
    fields: dict[str, object] = {"issuer": "平阴县老干部局", "issued_on": date(2022, 1, 5)}
    fields.update(kw)
    return ServiceRecordRequest((books.members[RARE],), *Y2021, **fields)  # type: ignore[arg-type]


# ---------------------------------------------------------------- numbers only for real paper


def test_draft_prints_sample_and_records_nothing(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    before = state(ledger)
    request = HonorRequest(reason="2021年志愿服务", honour="优秀志愿者", team_id=books.team)
    draft = run_print(ledger, request, tmp_path / "d.pdf", today=TODAY, draft=True)
    assert draft.draft and draft.serials == () and draft.rows == 3
    text = text_of(tmp_path / "d.pdf")
    assert text.count("证书编号：样张") == 3 and "测试驿站-" not in text
    assert state(ledger) == before
    real = run_print(ledger, request, tmp_path / "r.pdf", today=TODAY)
    assert real.serials[0] == f"测试驿站-{TODAY.year}-0001", "the draft used no number"


def test_failed_print_leaves_register_and_reprint_count_as_they_were(
    ledger: Ledger, books: PrintLedger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = run_print(ledger, service_request(books), tmp_path / "ok.pdf", today=TODAY)
    before = state(ledger)

    def read_only(_src: object, _dst: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", "/x/.r-n51a5jb1.pdf.part")

    monkeypatch.setattr(output.os, "replace", read_only)
    out = tmp_path / "ro" / "证明.pdf"
    out.parent.mkdir()
    for request in (
        service_request(books, again=True),
        ReprintRequest(first.serials),
        HonorRequest(reason="志愿服务", honour="优秀志愿者", team_id=books.team),
    ):
        with pytest.raises(ValidationError) as caught:
            run_print(ledger, request, out, today=TODAY)
        message = str(caught.value)
        assert str(out) in message and "只读" in message
        assert ".part" not in message and "Permission" not in message
        assert state(ledger) == before
        assert list(out.parent.iterdir()) == []


def test_write_errors_name_the_chosen_file_in_the_clerks_language(
    ledger: Ledger, books: PrintLedger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ValidationError) as folder:
        run_print(ledger, service_request(books), tmp_path, today=TODAY)
    assert "是一个文件夹" in str(folder.value) and "Is a directory" not in str(folder.value)

    def full(_canvas: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output, "_save_binary", full)
    before = state(ledger)
    with pytest.raises(ValidationError) as disk:
        run_print(ledger, service_request(books), tmp_path / "满.pdf", today=TODAY)
    assert "磁盘空间不足" in str(disk.value) and str(tmp_path / "满.pdf") in str(disk.value)
    assert state(ledger) == before
    assert [
        p.name for p in tmp_path.iterdir() if p.suffix != ".sqlite3" and "sqlite" not in p.name
    ] == []


# ---------------------------------------------------------------- what a certificate states


def test_issue_date_cannot_precede_the_last_service_nor_lie_ahead(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    before = state(ledger)
    with pytest.raises(ValidationError) as early:
        run_print(ledger, service_request(books, issued_on=date(2021, 6, 30)), tmp_path / "a.pdf")
    assert early.value.field == "issued_on" and "2021年12月31日" in str(early.value)
    with pytest.raises(ValidationError) as ahead:
        run_print(
            ledger, service_request(books, issued_on=date(2031, 1, 1)), tmp_path / "b.pdf",
            today=TODAY,
        )  # fmt: skip
    assert ahead.value.field == "issued_on" and "2031年1月1日" in str(ahead.value)
    honor = HonorRequest(
        reason="志愿服务", honour="优秀志愿者", team_id=books.team, issued_on=date(2031, 1, 1)
    )
    with pytest.raises(ValidationError):
        run_print(ledger, honor, tmp_path / "c.pdf", today=TODAY)
    assert state(ledger) == before and not any(tmp_path.glob("*.pdf"))


def test_period_printed_is_the_services_own_first_and_last_day(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    request = ServiceRecordRequest(
        (books.members[RARE],), date(2021, 2, 1), date(2023, 12, 31), issuer="平阴县老干部局"
    )
    run_print(ledger, request, tmp_path / "p.pdf", today=TODAY)
    text = text_of(tmp_path / "p.pdf")
    assert "于 2021年6月1日 至2022年1月1日 期间参加志愿服务 3 次" in text.replace("至 ", "至")
    assert "累计服务时长 14.25小时" in text
    assert "2023年" not in text


def test_second_certificate_for_an_overlapping_period_asks_and_names_the_first(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    first = run_print(ledger, service_request(books), tmp_path / "1.pdf", today=TODAY)
    before = state(ledger)
    later = ServiceRecordRequest(
        (books.members[RARE],), date(2021, 12, 1), date(2022, 12, 31), issuer="平阴县老干部局"
    )
    with pytest.raises(NeedsConfirmation) as asked:
        run_print(ledger, later, tmp_path / "2.pdf", today=TODAY)
    assert first.serials[0] in str(asked.value) and RARE in str(asked.value)
    assert state(ledger) == before and not (tmp_path / "2.pdf").exists()
    again = run_print(ledger, later.__class__(**{**later.__dict__, "again": True}),
                      tmp_path / "2.pdf", today=TODAY)  # fmt: skip
    assert again.serials and again.serials[0] != first.serials[0]
    apart = ServiceRecordRequest(
        (books.members[RARE],), date(2022, 1, 1), date(2022, 12, 31), issuer="平阴县老干部局"
    )
    with pytest.raises(NeedsConfirmation):
        run_print(ledger, apart, tmp_path / "3.pdf", today=TODAY)


def test_service_content_is_the_activitys_own_never_its_category() -> None:
    assert _service_content("义诊咨询", "", "政策宣传", "博爱驿站") == "义诊咨询"
    assert _service_content("义诊咨询", "为老人量血压", "政策宣传", "博爱驿站") == "为老人量血压"


# ---------------------------------------------------------------- reprints


def test_reprint_follows_the_masking_chosen_now_and_logs_it(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    from tests.reports.test_printing_service import full_id

    ident = full_id(ledger, books.members[RARE])
    first = run_print(
        ledger, service_request(books, full_numbers=True), tmp_path / "f.pdf", today=TODAY
    )
    assert ident in text_of(tmp_path / "f.pdf")
    run_print(ledger, ReprintRequest(first.serials), tmp_path / "m.pdf", today=TODAY)
    masked = text_of(tmp_path / "m.pdf")
    assert (
        ident not in masked
        and ident[-1] in masked
        and "补打日期：二〇二六年十一月二十七日" in masked
    )
    assert "出具日期：二〇二二年一月五日" in masked
    run_print(
        ledger, ReprintRequest(first.serials, full_numbers=True), tmp_path / "u.pdf", today=TODAY
    )
    assert ident in text_of(tmp_path / "u.pdf")
    with ledger.reading() as s:
        logged = [json.loads(c) for c in s.scalars(select(ChangeLog.changes))]
    reprints = [c for c in logged if "reprint" in c]
    assert reprints == [{"reprint": 1, "full_numbers": False}, {"reprint": 2, "full_numbers": True}]
    assert {"full_numbers": True, "rows": 1} in logged[-3:]


def test_sample_cleanup_leaves_no_part_files(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    run_print(ledger, service_request(books), tmp_path / "s.pdf", today=TODAY, draft=True)
    assert sorted(p for p in os.listdir(tmp_path) if p.endswith(".part")) == []

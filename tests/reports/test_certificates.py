"""Honor and service-record certificates read back from the PDF."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from station_desk.reports import (
    HonorCertificate,
    PrintCancelled,
    ServiceLine,
    ServiceRecordCertificate,
    write_honor_certificates,
    write_service_record_certificates,
)
from tests.reports.pdf_probe import compact, drawn_texts, fonts, page_texts, qpdf_check

RARE_NAME = "刘䶮𠮷"


def honor(serial: str, name: str, **kw: object) -> HonorCertificate:
    fields: dict[str, object] = {
        "serial": serial,
        "recipient_name": name,
        "reason": "2026年度社区疫情防控志愿服务工作",
        "honour": "优秀志愿者",
        "issuer": "中共平阴县委老干部局",
        "issued_on": date(2026, 11, 27),
    }
    fields.update(kw)
    return HonorCertificate(**fields)  # type: ignore[arg-type]


def service(serial: str, name: str, count: int, **kw: object) -> ServiceRecordCertificate:
    rows = [
        ServiceLine(
            date(2026, 1, 3) + timedelta(days=3 * i),
            "环秀社区疫情防控",
            "值守卡口，测温登记",
            "2.5小时" if i % 2 else "2小时30分",
        )
        for i in range(count)
    ]
    fields: dict[str, object] = {
        "serial": serial,
        "name": name,
        "id_document_type": "居民身份证",
        "id_number": "370124********1234",
        "volunteer_number": "37012420260001",
        "period_start": date(2026, 1, 1),
        "period_end": date(2026, 11, 27),
        "total_hours": f"{2.5 * count:g}",
        "lines": rows,
        "issuer_org": "平阴县志愿服务推进中心",
        "person_in_charge": "张振兴",
        "handler": "李秀英",
        "contact": "0531-8788****",
        "issued_on": date(2026, 11, 27),
    }
    fields.update(kw)
    return ServiceRecordCertificate(**fields)  # type: ignore[arg-type]


def test_honor_certificates_one_a_page_with_every_field(tmp_path: Path) -> None:
    certs = [
        honor("平阴驿站-2026-0001", "王建国"),
        honor(
            "平阴驿站-2026-0002",
            RARE_NAME,
            reprint=True,
            issued_on=date(2026, 1, 5),
            reprinted_on=date(2026, 11, 27),
        ),
    ]
    path = tmp_path / "荣誉证书.pdf"
    assert write_honor_certificates(certs, path) == 2
    texts = [compact(t).replace(" ", "") for t in page_texts(path)]
    assert len(texts) == 2
    for cert, text in zip(certs, texts, strict=True):
        assert "荣誉证书" in text
        assert f"{cert.recipient_name}同志：" in text
        assert f"在{cert.reason}中表现突出，被评为“{cert.honour}”。" in text
        assert "特发此证，以资鼓励。" in text
        assert cert.issuer in text
        assert f"证书编号：{cert.serial}" in text
    assert "二〇二六年十一月二十七日" in texts[0]
    assert "补打" not in texts[0]
    # the reprint shows the original number and date once, and the day of the reprint
    assert "证书编号：平阴驿站-2026-0002" in texts[1] and texts[1].count("二〇二六年一月五日") == 1
    assert "补打日期：二〇二六年十一月二十七日（按原编号、原发证日期补打）" in texts[1]
    assert not any("页" in t for t in texts), "nothing under a framed certificate's border"
    page = PdfReader(path).pages[0].mediabox
    assert page.width > page.height
    used = fonts(path)
    assert all(used.values()) and any("LXGWWenKai-Bold" in f for f in used)
    qpdf_check(path)


def test_honor_template_is_filled_and_checked(tmp_path: Path) -> None:
    cert = honor("S-1", "赵文", template="{name}同志：\n    荣获“{honour}”称号（{reason}）。")
    path = tmp_path / "t.pdf"
    write_honor_certificates([cert], path)
    assert "荣获“优秀志愿者”称号（2026年度社区疫情防控志愿服务工作）。" in compact(
        page_texts(path)[0]
    )
    with pytest.raises(ValueError, match="template"):
        honor("S-2", "赵文", template="{name}同志：{unknown}")
    with pytest.raises(ValueError, match="recipient_name"):
        honor("S-3", " ")


def test_honor_body_too_long_for_a_page_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"S-9.*正文过长"):
        write_honor_certificates(
            [honor("S-9", "赵文", reason="志愿服务" * 400)], tmp_path / "x.pdf"
        )
    assert list(tmp_path.iterdir()) == []


def test_service_record_certificate_paginates_with_header_and_totals(tmp_path: Path) -> None:
    long_one, short_one = service("证明-0007", RARE_NAME, 60), service("证明-0008", "王建国", 2)
    path = tmp_path / "证明.pdf"
    total = write_service_record_certificates([long_one, short_one], path)
    texts = page_texts(path)
    assert total == len(texts) >= 3
    first_pages = total - 1
    for number, text in enumerate(texts[:first_pages], start=1):
        assert f"第 {number} 页 共 {first_pages} 页" in text
        assert "时长" in text and "活动名称" in text
    assert "第 1 页 共 1 页" in texts[-1]
    opening = compact(texts[0])
    assert (
        f"兹证明 {RARE_NAME}（证件类型：居民身份证，证件号码：370124********1234，"
        "志愿者编号：37012420260001）于 2026年1月1日 至 2026年11月27日 期间参加志愿服务 60 次，"
        "累计服务时长 150小时。具体记录如下："
    ) in opening
    last = compact(texts[first_pages - 1])
    pieces = [d.text.strip() for d in drawn_texts(path)]
    assert "合计" in last and "150小时" in pieces and "特此证明。" in last
    for label in (
        "出具单位（盖章）：平阴县志愿服务推进中心",
        "负责人：张振兴 签字：______________",
        "经办人：李秀英 签字：______________",
    ):
        assert label in last
    assert "证明编号：证明-0007" in last and "出具日期：二〇二六年十一月二十七日" in last
    assert not any("出具单位（盖章）" in compact(t) for t in texts[: first_pages - 1])
    assert pieces.count("2.5小时") + pieces.count("2小时30分") == 62
    assert "志愿者编号" in compact(texts[-1]) and "累计服务时长 5小时" in compact(texts[-1])
    assert all(fonts(path).values())
    qpdf_check(path)


def test_service_record_without_volunteer_number_leaves_its_line(tmp_path: Path) -> None:
    """Issue 14: none of the demo's members has a volunteer number; the field had no line."""
    path = tmp_path / "s.pdf"
    write_service_record_certificates([service("证明-1", "王建国", 1, volunteer_number="")], path)
    assert "志愿者编号：______________）" in compact(page_texts(path)[0])


def test_reprinted_service_record_shows_original_date_once_and_reprint_date(
    tmp_path: Path,
) -> None:
    path = tmp_path / "r.pdf"
    cert = service(
        "证明-9",
        "王建国",
        1,
        reprint=True,
        issued_on=date(2026, 1, 5),
        reprinted_on=date(2026, 11, 27),
    )
    write_service_record_certificates([cert], path)
    text = compact(page_texts(path)[0])
    assert "出具日期：二〇二六年一月五日" in text and text.count("二〇二六年一月五日") == 1
    assert "补打日期：二〇二六年十一月二十七日（按原编号、原出具日期补打）" in text


def test_service_record_bad_fields_are_named() -> None:
    with pytest.raises(ValueError, match=r"第 1 条记录.*hours"):
        service(
            "证明-2", "王建国", 0, lines=[ServiceLine(date(2026, 1, 1), "党课", "宣讲", "1.67.5")]
        )
    with pytest.raises(ValueError, match="period_end"):
        service("证明-3", "王建国", 1, period_end=date(2025, 1, 1))
    with pytest.raises(ValueError, match="id_number"):
        service("证明-4", "王建国", 1, id_number="")


def test_certificate_batches_report_progress_and_cancel(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    certs = [honor(f"S-{n}", "王建国") for n in range(3)]
    write_honor_certificates(certs, tmp_path / "ok.pdf", progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 3), (2, 3), (3, 3)]
    answers = iter([False, True])
    with pytest.raises(PrintCancelled):
        write_service_record_certificates(
            [service("证明-5", "王建国", 3)] * 2,
            tmp_path / "cancel.pdf",
            cancelled=lambda: next(answers),
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.pdf"]

"""Issuing certificates for print: the content snapshot is exactly what the paper says.

A certificate is numbered and entered in the register (``services.certificates``) in the
same unit of work that writes its PDF (``print_jobs``), so a number exists only for paper
that exists; a reprint rebuilds the same paper from the register's ``content``. Hours come
only from recorded service (``ServiceRecord``), and a certificate states only what the
ledger proves: it is dated no earlier than the last service it counts and never in the
future, and its period is that service's own first and last day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from station_desk.db.queries.printing_service import (
    certificate_members,
    member_id_number,
    service_lines,
)
from station_desk.domain.enums import CertificateKind
from station_desk.domain.messages import msg
from station_desk.domain.problems import NeedsConfirmation, Problem, ValidationError, label_of
from station_desk.domain.records import ServiceLineRecord
from station_desk.domain.units import hours_text
from station_desk.services.certificates import (
    CertificateRequest,
    IssuedCertificate,
    issue_certificates,
    member_certificates,
    reprint_certificate,
)
from station_desk.services.printing import (
    ID_DOCUMENT_TYPE,
    PrintSettings,
    log_full_numbers,
    numbers,
    remember_print_settings,
)


def _iso(d: date) -> str:
    return d.isoformat()


def check_issue_date(issued_on: date, today: date) -> None:
    """A certificate cannot be dated in the future."""
    if issued_on > today:
        raise ValidationError(
            "issued_on",
            msg(
                "{label}：{day}还没有到，不能提前出具（今天是{today}）",
                label=label_of("issued_on"),
                day=_cn(issued_on),
                today=_cn(today),
            ),
        )


def _cn(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def issue_honor_certificates(
    session: Session,
    member_ids: Sequence[int],
    *,
    reason: str,
    honour: str,
    issuer: str,
    template: str,
    issued_on: date,
    today: date | None = None,
) -> list[IssuedCertificate]:
    """Number and register one honor certificate per member; ``content`` is the paper."""
    check_issue_date(issued_on, today or date.today())
    reason, honour, issuer = reason.strip(), honour.strip(), issuer.strip()
    for name, value, label in (
        ("reason", reason, msg("事由")),
        ("honour", honour, msg("荣誉称号")),
        ("issuer", issuer, msg("发证单位")),
    ):
        if not value:
            raise ValidationError(name, msg("{label}：不能为空", label=label))
    try:
        template.format(name="某", reason=reason, honour=honour)
    except (KeyError, IndexError, ValueError):
        # the placeholders are values, so the text keeps its braces in either language
        raise ValidationError(
            "template",
            msg(
                "证书正文：只能使用 {name} {reason} {honour} 三个占位符",
                name="{name}",
                reason="{reason}",
                honour="{honour}",
            ),
        ) from None
    people = certificate_members(session, member_ids)
    requests = [
        CertificateRequest(
            p.id,
            p.name,
            {
                "recipient_name": p.name,
                "reason": reason,
                "honour": honour,
                "issuer": issuer,
                "issued_on": _iso(issued_on),
                "template": template,
            },
        )
        for p in people
    ]
    return issue_certificates(session, CertificateKind.HONOR, requests, issued_on=issued_on)


def service_content(lines: Sequence[ServiceLineRecord], **fields: Any) -> dict[str, Any]:
    """The certificate's content: the lines and a total that is their exact sum of minutes."""
    return {
        **fields,
        "total_hours": hours_text(sum(x.minutes for x in lines)),
        "lines": [
            {
                "on": _iso(x.held_on),
                "activity": x.activity,
                "content": x.content,
                "hours": hours_text(x.minutes),
            }
            for x in lines
        ],
    }


def _overlaps(session: Session, member_id: int, start: date, end: date) -> list[IssuedCertificate]:
    """Service-record certificates already given to the member for days of [start, end]."""
    return [
        c
        for c in member_certificates(session, member_id, CertificateKind.SERVICE_RECORD)
        if c.content.get("period_start", "9999") <= _iso(end)
        and c.content.get("period_end", "0000") >= _iso(start)
    ]


def _refuse_idle(idle: list[str]) -> None:
    names, label = "、".join(idle[:10]), label_of("member")
    if len(idle) > 10:
        raise ValidationError(
            "member",
            msg(
                "{label}：{names} 等 {n} 人在所选期间没有志愿服务记录，不能出具证明",
                label=label,
                names=names,
                n=len(idle),
            ),
        )
    raise ValidationError(
        "member",
        msg("{label}：{names}在所选期间没有志愿服务记录，不能出具证明", label=label, names=names),
    )


def _refuse_early(late: list[tuple[str, date]], issued_on: date) -> None:
    """Someone served after the issue date within the period: the paper would certify it."""
    listed = "、".join(f"{name}（{_cn(last)}）" for name, last in late[:5])
    raise ValidationError(
        "issued_on",
        msg(
            "{label}：{day}早于所证明的最后一次服务：{listed}。请把出具日期改在最后一次服务之后，或把截止日期改为出具日期",
            label=label_of("issued_on"),
            day=_cn(issued_on),
            listed=listed,
        ),
    )


def issue_service_record_certificates(
    session: Session,
    member_ids: Sequence[int],
    start: date,
    end: date,
    *,
    settings: PrintSettings,
    issued_on: date,
    full_numbers: bool = False,
    today: date | None = None,
    again: bool = False,
) -> list[IssuedCertificate]:
    """Number and register one 志愿服务记录证明 per member, from recorded service only.

    The stated period is each person's first and last service within [start, end]. A
    person who already holds a certificate for an overlapping period gets a second one
    only when ``again`` (``NeedsConfirmation`` names the first one otherwise).
    """
    if end < start:
        raise ValidationError("period", msg("起止日期：截止日期早于起始日期"))
    check_issue_date(issued_on, today or date.today())
    if not settings.issuer.strip():
        raise ValidationError("issuer", msg("出具单位：不能为空"))
    ident, _ = numbers(full_numbers)
    requests, idle, late, twice = [], [], [], []
    for p in certificate_members(session, member_ids):
        lines = service_lines(session, p.id, start, end)
        if not lines:
            idle.append(p.name)
            continue
        first, last = lines[0].held_on, lines[-1].held_on
        if last > issued_on:
            late.append((p.name, last))
            continue
        for earlier in _overlaps(session, p.id, first, last):
            twice.append(
                Problem(
                    "again",
                    msg(
                        "{name}已有志愿服务记录证明 {serial}（{start}至{end}，{day}出具），与本次期间重叠；确认要再出具一份吗？",
                        name=p.name,
                        serial=earlier.serial,
                        start=earlier.content.get("period_start", ""),
                        end=earlier.content.get("period_end", ""),
                        day=_cn(earlier.issued_on),
                    ),
                    warning=True,
                )
            )
        content = service_content(
            lines,
            name=p.name,
            id_document_type=ID_DOCUMENT_TYPE,
            id_number=ident(p.id_number),
            volunteer_number=p.volunteer_number,
            period_start=_iso(first),
            period_end=_iso(last),
            issuer_org=settings.issuer.strip(),
            person_in_charge=settings.person_in_charge.strip(),
            handler=settings.handler.strip(),
            contact=settings.contact.strip(),
            issued_on=_iso(issued_on),
        )
        requests.append(CertificateRequest(p.id, p.name, content))
    if idle:
        _refuse_idle(idle)
    if late:
        _refuse_early(late, issued_on)
    if twice and not again:
        raise NeedsConfirmation(twice)
    issued = issue_certificates(
        session, CertificateKind.SERVICE_RECORD, requests, issued_on=issued_on
    )
    remember_print_settings(session, settings)
    if full_numbers:
        log_full_numbers(session, "志愿服务记录证明", len(issued))
    return issued


def reprint_certificates(
    session: Session, serials: Sequence[str], *, full_numbers: bool = False
) -> list[IssuedCertificate]:
    """The register's certificates again, with the masking chosen now (masked unless
    ``full_numbers``, which is logged), whatever the first print showed."""
    issued = [reprint_certificate(session, x, full_numbers=full_numbers) for x in serials]
    if len({c.kind for c in issued}) > 1:
        raise ValidationError(
            "serial_number",
            msg("{label}：荣誉证书与服务记录证明请分开补打", label=label_of("serial_number")),
        )
    ident, _ = numbers(full_numbers)
    shown = []
    for c in issued:
        if "id_number" in c.content:
            number = c.content["id_number"]
            if full_numbers and c.member_id is not None:
                number = member_id_number(session, c.member_id) or number
            c = replace(c, content={**c.content, "id_number": ident(number)})
        shown.append(c)
    if full_numbers and any("id_number" in c.content for c in shown):
        log_full_numbers(session, "补打志愿服务记录证明", len(shown))
    return shown

"""Issuing certificates for print: the content snapshot is exactly what the paper says.

A certificate is numbered and entered in the register (``services.certificates``) before
its PDF is written, in its own unit of work; a reprint rebuilds the same paper from the
register's ``content``. Hours come only from recorded service (``ServiceRecord``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from station_desk.db.queries_print_service import certificate_members, service_lines
from station_desk.enums import CertificateKind
from station_desk.messages import msg
from station_desk.records import ServiceLineRecord
from station_desk.services.certificates import (
    CertificateRequest,
    IssuedCertificate,
    issue_certificates,
)
from station_desk.services.printing import (
    ID_DOCUMENT_TYPE,
    PrintSettings,
    hours_text,
    log_full_numbers,
    numbers,
    remember_print_settings,
)
from station_desk.validation import ValidationError, label_of


def _iso(d: date) -> str:
    return d.isoformat()


def issue_honor_certificates(
    session: Session,
    member_ids: Sequence[int],
    *,
    reason: str,
    honour: str,
    issuer: str,
    template: str,
    issued_on: date,
) -> list[IssuedCertificate]:
    """Number and register one honor certificate per member; ``content`` is the paper."""
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


def issue_service_record_certificates(
    session: Session,
    member_ids: Sequence[int],
    start: date,
    end: date,
    *,
    settings: PrintSettings,
    issued_on: date,
    full_numbers: bool = False,
) -> list[IssuedCertificate]:
    """Number and register one 志愿服务记录证明 per member, from recorded service only."""
    if end < start:
        raise ValidationError("period", msg("起止日期：截止日期早于起始日期"))
    if not settings.issuer.strip():
        raise ValidationError("issuer", msg("出具单位：不能为空"))
    ident, _ = numbers(full_numbers)
    requests, idle = [], []
    for p in certificate_members(session, member_ids):
        lines = service_lines(session, p.id, start, end)
        if not lines:
            idle.append(p.name)
            continue
        content = service_content(
            lines,
            name=p.name,
            id_document_type=ID_DOCUMENT_TYPE,
            id_number=ident(p.id_number),
            volunteer_number=p.volunteer_number,
            period_start=_iso(start),
            period_end=_iso(end),
            issuer_org=settings.issuer.strip(),
            person_in_charge=settings.person_in_charge.strip(),
            handler=settings.handler.strip(),
            contact=settings.contact.strip(),
            issued_on=_iso(issued_on),
        )
        requests.append(CertificateRequest(p.id, p.name, content))
    if idle:
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
            msg(
                "{label}：{names}在所选期间没有志愿服务记录，不能出具证明", label=label, names=names
            ),
        )
    issued = issue_certificates(
        session, CertificateKind.SERVICE_RECORD, requests, issued_on=issued_on
    )
    remember_print_settings(session, settings)
    if full_numbers:
        log_full_numbers(session, "志愿服务记录证明", len(issued))
    return issued

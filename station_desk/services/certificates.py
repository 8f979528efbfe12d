"""The register of issued certificates (荣誉证书, 志愿服务记录证明) and their serial numbers.

A serial number is issued once, ever: "平阴驿站-2026-0001". The yearly counter lives in a
``ledger_setting`` row that is bumped by the first statement of the unit of work, so the
write lock is taken before anything is read and two programs issuing at once queue on
SQLite's lock instead of reading the same last number (the UNIQUE constraint on ``serial``
is the last line of defence). A reprint comes from the register with its old number and
the content as first printed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from station_desk.db.schema.models import CertificateIssue, Member
from station_desk.domain.enums import CertificateKind, ChangeAction
from station_desk.domain.messages import msg
from station_desk.domain.problems import ValidationError, label_of
from station_desk.services.common import get_setting, log_change

DEFAULT_PREFIX = "驿站"


@dataclass(frozen=True)
class CertificateRequest:
    member_id: int | None
    recipient_name: str
    content: dict[str, Any]
    """Everything needed to print it again exactly: JSON-ready values only."""


@dataclass(frozen=True)
class IssuedCertificate:
    id: int
    serial: str
    kind: CertificateKind
    member_id: int | None
    recipient_name: str
    issued_on: date
    content: dict[str, Any]
    reprint: bool
    reprint_count: int


def _bump_counter(session: Session, year: int, count: int) -> int:
    """Reserve ``count`` numbers of ``year``; returns the first. Takes the write lock."""
    key = f"serial_counter:{year}"
    last = session.execute(
        text(
            "INSERT INTO ledger_setting (key, value) VALUES (:key, :count) "
            "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + :count "
            "RETURNING value"
        ),
        {"key": key, "count": count},
    ).scalar_one()
    return int(last) - count + 1


def issue_certificates(
    session: Session,
    kind: CertificateKind,
    requests: Sequence[CertificateRequest],
    *,
    issued_on: date,
) -> list[IssuedCertificate]:
    """Give each request the next serial number and enter it in the register.

    Call it first in its own unit of work (see the module docstring).
    """
    if not requests:
        raise ValidationError(
            "member", msg("{label}：请至少选择一位发证对象", label=label_of("member"))
        )
    first = _bump_counter(session, issued_on.year, len(requests))
    prefix = get_setting(session, "serial_prefix", DEFAULT_PREFIX) or DEFAULT_PREFIX
    issued = []
    for offset, request in enumerate(requests):
        if request.member_id is not None and session.get(Member, request.member_id) is None:
            raise ValidationError(
                "member", msg("{label}：所选记录不存在", label=label_of("member"))
            )
        if not request.recipient_name.strip():
            raise ValidationError(
                "name", msg("{label}：证书须写明获证人姓名", label=label_of("name"))
            )
        serial = f"{prefix}-{issued_on.year}-{first + offset:04d}"
        row = CertificateIssue(
            serial=serial,
            kind=kind,
            member_id=request.member_id,
            recipient_name=request.recipient_name,
            issued_on=issued_on,
            content=json.dumps(request.content, ensure_ascii=False, sort_keys=True, default=str),
            reprint_count=0,
        )
        session.add(row)
        log_change(session, row, ChangeAction.PRINT, {"serial": serial}, label=row.recipient_name)
        issued.append(_issued(row, reprint=False))
    return issued


def reprint_certificate(
    session: Session, serial: str, *, full_numbers: bool = False
) -> IssuedCertificate:
    """The register's entry for ``serial``, marked as a reprint; no new number is taken.

    The change log says what this reprint printed (full numbers or masked); call it in the
    unit of work that writes the PDF, so a failed print leaves the count as it was.
    """
    row = session.scalar(select(CertificateIssue).where(CertificateIssue.serial == serial.strip()))
    if row is None:
        raise ValidationError(
            "serial_number",
            msg("{label}：登记簿中没有“{serial}”", label=label_of("serial_number"), serial=serial),
        )
    row.reprint_count += 1
    log_change(
        session,
        row,
        ChangeAction.PRINT,
        {"reprint": row.reprint_count, "full_numbers": full_numbers},
        label=row.recipient_name,
    )
    return _issued(row, reprint=True)


def member_certificates(
    session: Session, member_id: int, kind: CertificateKind
) -> list[IssuedCertificate]:
    """The certificates of ``kind`` already issued to one member, oldest first."""
    stmt = (
        select(CertificateIssue)
        .where(CertificateIssue.member_id == member_id, CertificateIssue.kind == kind)
        .order_by(CertificateIssue.issued_on, CertificateIssue.serial)
    )
    return [_issued(row, reprint=False) for row in session.scalars(stmt)]


def certificate_register(
    session: Session, *, year: int | None = None, kind: CertificateKind | None = None
) -> list[IssuedCertificate]:
    stmt = select(CertificateIssue).order_by(CertificateIssue.issued_on, CertificateIssue.serial)
    if year is not None:
        stmt = stmt.where(CertificateIssue.issued_on.between(date(year, 1, 1), date(year, 12, 31)))
    if kind is not None:
        stmt = stmt.where(CertificateIssue.kind == kind)
    return [_issued(row, reprint=False) for row in session.scalars(stmt)]


def _issued(row: CertificateIssue, *, reprint: bool) -> IssuedCertificate:
    return IssuedCertificate(
        id=row.id,
        serial=row.serial,
        kind=row.kind,
        member_id=row.member_id,
        recipient_name=row.recipient_name,
        issued_on=row.issued_on,
        content=json.loads(row.content),
        reprint=reprint,
        reprint_count=row.reprint_count,
    )

"""The certificate register and the sign-in sheet as printable tables (see ``printing``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from station_desk.db.queries.printing_service import signin_event
from station_desk.domain.enums import CertificateKind
from station_desk.domain.messages import msg
from station_desk.domain.problems import ValidationError, label_of
from station_desk.services.certificates import IssuedCertificate, certificate_register
from station_desk.services.printing import PrintTable, day, print_settings


def register_table(
    session: Session, *, on: date, year: int | None = None, kind: CertificateKind | None = None
) -> PrintTable:
    """证书登记簿: every certificate issued (in the year, of the kind), with reprint counts."""
    issued = certificate_register(session, year=year, kind=kind)
    scope = f"{year}年" if year else ""
    if not issued:
        raise ValidationError(
            "register",
            msg(
                "证书登记簿：{scope}还没有登记{kind}，没有可打印的登记簿",
                scope=scope,
                kind=kind.label if kind else "证书",
            ),
        )
    rows = [
        (
            str(n),
            c.serial,
            c.kind.label,
            c.recipient_name,
            _register_subject(c),
            day(c.issued_on),
            str(c.reprint_count) if c.reprint_count else "",
            "",
        )
        for n, c in enumerate(issued, start=1)
    ]
    return PrintTable(
        title=f"{scope}证书登记簿",
        unit_name=print_settings(session).unit_name,
        headers=(
            "序号",
            "证书编号",
            "证书类别",
            "获证人",
            "内容",
            "发证日期",
            "补打次数",
            "领取人签名",
        ),
        weights=(0.55, 1.9, 1.3, 1.0, 3.0, 1.0, 0.7, 1.6),
        aligns=("center", "center", "center", "center", "left", "center", "center", "center"),
        orientation="landscape",
        rows=rows,
        printed_on=on,
        subtitle=kind.label if kind else "",
    )


def hours_words(value: str) -> str:
    """A stored total as printed: an older register's bare number gains 小时."""
    text = value.strip()
    return f"{text}小时" if text[-1:].isdigit() else text


def _register_subject(c: IssuedCertificate) -> str:
    content = c.content
    if c.kind is CertificateKind.HONOR:
        return f"{content.get('reason', '')}，{content.get('honour', '')}"
    return (
        f"{content.get('period_start', '')}至{content.get('period_end', '')}，"
        f"累计{hours_words(str(content.get('total_hours', '')))}"
    )


@dataclass(frozen=True)
class SigninData:
    unit_name: str
    title: str
    on: date
    place: str
    expected: tuple[tuple[str, ...], ...]
    extra_headers: tuple[str, ...]


def signin_data(session: Session, event_id: int) -> SigninData:
    """An event's sign-in sheet: its expected participants with role and community."""
    event = signin_event(session, event_id)
    if event is None:
        raise ValidationError(
            "event", msg("{label}：所选活动不存在或已删除", label=label_of("event"))
        )
    return SigninData(
        unit_name=event.station or print_settings(session).unit_name,
        title=f"{event.title}签到表",
        on=event.held_on,
        place=event.place,
        expected=tuple((name, role, community) for name, role, community, _ in event.participants),
        extra_headers=("角色", "社区"),
    )

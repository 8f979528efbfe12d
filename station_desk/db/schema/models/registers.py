"""The ledger's own registers: certificates issued, the change log, and settings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from station_desk.db.schema.models.base import (
    Base,
    Stamped,
    enum_column,
    utcnow,
)
from station_desk.domain.enums import (
    CertificateKind,
    ChangeAction,
)


class CertificateIssue(Stamped, Base):
    """The register of issued certificates: a reprint comes from here, with its old number."""

    __tablename__ = "certificate_issue"
    serial: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[CertificateKind] = mapped_column(enum_column(CertificateKind, "certificate_kind"))
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), index=True
    )
    recipient_name: Mapped[str] = mapped_column(String(30))
    issued_on: Mapped[date] = mapped_column(Date)
    content: Mapped[str] = mapped_column(Text)
    reprint_count: Mapped[int] = mapped_column(Integer, default=0)


class ChangeLog(Base):
    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_row", "table_name", "row_uuid"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    operator: Mapped[str] = mapped_column(String(30), default="")
    table_name: Mapped[str] = mapped_column(String(40))
    row_uuid: Mapped[str] = mapped_column(String(36), default="")
    row_label: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[ChangeAction] = mapped_column(enum_column(ChangeAction, "change_action"))
    changes: Mapped[str] = mapped_column(Text, default="{}")


class LedgerSetting(Base):
    """Small key/value settings that belong to the ledger (unit name, operator, serial prefix)."""

    __tablename__ = "ledger_setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")

"""What every table shares: one ``MetaData`` with a naming convention (migrations can drop
constraints by name), UUID and created/updated stamps, the recycle bin's ``deleted_at``, and
enums stored as their readable values behind a named check."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import Enum as PyEnum

from sqlalchemy import (
    DateTime,
    Enum,
    Integer,
    MetaData,
    String,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from station_desk.domain.dates import DatePrecision

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid.uuid4())


def enum_column(enum_cls: type[PyEnum], name: str) -> Enum:
    """Store an enum as its value string ("grid_leader"), checked by a named constraint."""
    return Enum(
        enum_cls,
        name=name,
        values_callable=lambda cls: [m.value for m in cls],
        native_enum=False,
        create_constraint=True,
        length=32,
        validate_strings=True,
    )


def precision_column(date_column: str) -> Mapped[DatePrecision]:
    """How precise ``date_column`` is: year, month or day (day for rows written before)."""
    return mapped_column(
        enum_column(DatePrecision, f"{date_column}_precision"),
        default=DatePrecision.DAY,
        server_default=DatePrecision.DAY.value,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Stamped:
    """UUID and created/updated stamps shared by every table."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Recyclable:
    """Rows a clerk may regret deleting go to the recycle bin (回收站) first."""

    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None, index=True)

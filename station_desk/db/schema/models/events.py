"""Cultural events with who took part, and members' works."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from station_desk.db.schema.models.base import (
    Base,
    Recyclable,
    Stamped,
    enum_column,
)
from station_desk.domain.enums import (
    EventKind,
    ParticipationRole,
    WorkKind,
)


class CulturalEvent(Stamped, Recyclable, Base):
    __tablename__ = "cultural_event"
    __table_args__ = (
        CheckConstraint("audience >= 0", name="audience_not_negative"),
        Index("ix_cultural_event_held_on", "held_on"),
    )
    title: Mapped[str] = mapped_column(String(100))
    kind: Mapped[EventKind] = mapped_column(enum_column(EventKind, "event_kind"))
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(100), default="")
    station_id: Mapped[int | None] = mapped_column(
        ForeignKey("station.id", ondelete="SET NULL"), index=True
    )
    team_id: Mapped[int | None] = mapped_column(
        ForeignKey("team.id", ondelete="SET NULL"), index=True
    )
    audience: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")


class EventParticipation(Stamped, Base):
    __tablename__ = "event_participation"
    __table_args__ = (UniqueConstraint("event_id", "member_id", "role"),)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("cultural_event.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    role: Mapped[ParticipationRole] = mapped_column(
        enum_column(ParticipationRole, "participation_role")
    )


class Work(Stamped, Base):
    __tablename__ = "work"
    author_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(100))
    kind: Mapped[WorkKind] = mapped_column(enum_column(WorkKind, "work_kind"))
    made_on: Mapped[date | None] = mapped_column(Date)
    theme: Mapped[str] = mapped_column(String(100), default="")
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("cultural_event.id", ondelete="SET NULL"), index=True
    )

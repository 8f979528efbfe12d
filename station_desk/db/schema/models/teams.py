"""Teams, their memberships, service activities with each member's minutes, and donations
(money in fen, goods in items)."""

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
    DonationKind,
    TeamKind,
)


class Team(Stamped, Recyclable, Base):
    __tablename__ = "team"
    name: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[TeamKind] = mapped_column(enum_column(TeamKind, "team_kind"))
    station_id: Mapped[int | None] = mapped_column(
        ForeignKey("station.id", ondelete="SET NULL"), index=True
    )
    leader_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), index=True
    )
    founded_on: Mapped[date | None] = mapped_column(Date)
    focus: Mapped[str] = mapped_column(String(200), default="")


class TeamMembership(Stamped, Base):
    __tablename__ = "team_membership"
    __table_args__ = (
        UniqueConstraint("team_id", "member_id", "joined_on"),
        CheckConstraint("left_on IS NULL OR left_on >= joined_on", name="left_after_joined"),
    )
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(30), default="队员")
    joined_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)


class ServiceActivity(Stamped, Recyclable, Base):
    __tablename__ = "service_activity"
    __table_args__ = (
        CheckConstraint("beneficiaries >= 0", name="beneficiaries_not_negative"),
        Index("ix_service_activity_held_on", "held_on"),
    )
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(40), default="")
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(100), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    beneficiaries: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class ServiceRecord(Stamped, Base):
    """One member's time at one activity, in whole minutes so hours are never rounded."""

    __tablename__ = "service_record"
    __table_args__ = (
        UniqueConstraint("activity_id", "member_id"),
        CheckConstraint("minutes > 0 AND minutes <= 1440", name="minutes_in_day"),
    )
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("service_activity.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    minutes: Mapped[int] = mapped_column(Integer)


class Donation(Stamped, Base):
    __tablename__ = "donation"
    __table_args__ = (
        CheckConstraint("(member_id IS NULL) != (team_id IS NULL)", name="one_donor"),
        CheckConstraint(
            "(kind = 'money' AND amount_fen > 0 AND item_count = 0)"
            " OR (kind = 'goods' AND item_count > 0 AND amount_fen = 0)",
            name="amount_fits_kind",
        ),
    )
    donated_on: Mapped[date] = mapped_column(Date)
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="CASCADE"), index=True
    )
    team_id: Mapped[int | None] = mapped_column(
        ForeignKey("team.id", ondelete="CASCADE"), index=True
    )
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_activity.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[DonationKind] = mapped_column(enum_column(DonationKind, "donation_kind"))
    amount_fen: Mapped[int] = mapped_column(Integer, default=0)
    item_count: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(String(200), default="")

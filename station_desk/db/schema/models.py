"""The ledger's schema: every entity of the glossary (docs/ARCHITECTURE.md §Glossary) as typed SQLAlchemy models.

Rules that keep the books true live here as constraints too, so that a bug in a service or a
hand edit with the ``sqlite3`` program cannot store impossible hours, money or counts.
Every row carries a UUID and created/updated stamps so ledgers of different stations can
later be merged. Enums are stored as their readable values.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from enum import Enum as PyEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from station_desk.domain.dates import DatePrecision
from station_desk.domain.enums import (
    BranchCategory,
    CertificateKind,
    ChangeAction,
    CommunityPostKind,
    DonationKind,
    EventKind,
    Gender,
    GridPostKind,
    ParticipationRole,
    RetirementKind,
    StationKind,
    TeamKind,
    WorkKind,
)

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


class Community(Stamped, Base):
    __tablename__ = "community"
    name: Mapped[str] = mapped_column(String(60), unique=True)
    subdistrict: Mapped[str] = mapped_column(String(60), default="")
    grids: Mapped[list[Grid]] = relationship(back_populates="community")


class Grid(Stamped, Base):
    __tablename__ = "grid"
    __table_args__ = (UniqueConstraint("community_id", "name"),)
    community_id: Mapped[int] = mapped_column(
        ForeignKey("community.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(60))
    community: Mapped[Community] = relationship(back_populates="grids")


class Station(Stamped, Base):
    __tablename__ = "station"
    name: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[StationKind] = mapped_column(enum_column(StationKind, "station_kind"))
    address: Mapped[str] = mapped_column(String(200), default="")
    community_id: Mapped[int | None] = mapped_column(
        ForeignKey("community.id", ondelete="SET NULL"), index=True
    )
    contact: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")


class Branch(Stamped, Base):
    __tablename__ = "branch"
    name: Mapped[str] = mapped_column(String(100), unique=True)
    category: Mapped[BranchCategory] = mapped_column(enum_column(BranchCategory, "branch_category"))
    station_id: Mapped[int | None] = mapped_column(
        ForeignKey("station.id", ondelete="SET NULL"), index=True
    )
    secretary: Mapped[str] = mapped_column(String(30), default="")


#: The columns of ``ix_member_list``: the sort key first, then what every line of the
#: members list holds (``records.MemberRow``), and ``deleted_at`` so the index covers the
#: query whole. One index walk gives 100,000 rows in pinyin order: no table lookup, no sort.
MEMBER_LIST_COLUMNS = (
    "sort_key",
    "id",
    "name",
    "gender",
    "community_id",
    "grid_id",
    "branch_id",
    "is_party_member",
    "retirement_kind",
    "station_id",
    "search_keys",
    "deleted_at",
)


class Member(Stamped, Recyclable, Base):
    __tablename__ = "member"
    __table_args__ = (
        CheckConstraint("length(name) BETWEEN 1 AND 30", name="name_length"),
        CheckConstraint("length(id_number) = 18", name="id_number_length"),
        CheckConstraint(
            "joined_party_on IS NULL OR is_party_member = 1", name="party_date_needs_member"
        ),
        Index("ix_member_sort_key", "sort_key"),
        # The members list, in pinyin order, read from the index alone (queries_members).
        Index(
            "ix_member_list",
            *MEMBER_LIST_COLUMNS,
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )
    name: Mapped[str] = mapped_column(String(30))
    gender: Mapped[Gender] = mapped_column(enum_column(Gender, "gender"))
    birth_date: Mapped[date] = mapped_column(Date)
    id_number: Mapped[str] = mapped_column(String(18), unique=True)
    phone: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    station_id: Mapped[int | None] = mapped_column(
        ForeignKey("station.id", ondelete="SET NULL"), index=True
    )
    community_id: Mapped[int | None] = mapped_column(
        ForeignKey("community.id", ondelete="SET NULL"), index=True
    )
    grid_id: Mapped[int | None] = mapped_column(
        ForeignKey("grid.id", ondelete="SET NULL"), index=True
    )
    former_unit: Mapped[str] = mapped_column(String(100), default="")
    former_post: Mapped[str] = mapped_column(String(60), default="")
    retirement_kind: Mapped[RetirementKind] = mapped_column(
        enum_column(RetirementKind, "retirement_kind")
    )
    retired_on: Mapped[date | None] = mapped_column(Date)
    honorary_retirement_on: Mapped[date | None] = mapped_column(Date)
    is_party_member: Mapped[bool] = mapped_column(Boolean, default=False)
    joined_party_on: Mapped[date | None] = mapped_column(Date)
    branch_id: Mapped[int | None] = mapped_column(
        ForeignKey("branch.id", ondelete="SET NULL"), index=True
    )
    health: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    volunteer_number: Mapped[str | None] = mapped_column(String(40), unique=True)
    search_keys: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(200), default="")
    # How much of each date is known (station_desk.domain.dates): the date column holds its first
    # day. Added by migration 0003; rows from before are day-precise.
    birth_date_precision: Mapped[DatePrecision] = precision_column("birth_date")
    retired_on_precision: Mapped[DatePrecision] = precision_column("retired_on")
    honorary_retirement_on_precision: Mapped[DatePrecision] = precision_column(
        "honorary_retirement_on"
    )
    joined_party_on_precision: Mapped[DatePrecision] = precision_column("joined_party_on")


class GridPost(Stamped, Base):
    __tablename__ = "grid_post"
    __table_args__ = (
        CheckConstraint("kind != 'building_leader' OR length(building) > 0", name="building_named"),
        CheckConstraint("until IS NULL OR until >= since", name="until_after_since"),
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    grid_id: Mapped[int] = mapped_column(ForeignKey("grid.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[GridPostKind] = mapped_column(enum_column(GridPostKind, "grid_post_kind"))
    building: Mapped[str] = mapped_column(String(40), default="")
    since: Mapped[date] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)


class CommunityPost(Stamped, Base):
    __tablename__ = "community_post"
    __table_args__ = (CheckConstraint("until IS NULL OR until >= since", name="until_after_since"),)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    community_id: Mapped[int] = mapped_column(
        ForeignKey("community.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[CommunityPostKind] = mapped_column(
        enum_column(CommunityPostKind, "community_post_kind")
    )
    since: Mapped[date] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)


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

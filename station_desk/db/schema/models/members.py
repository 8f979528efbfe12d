"""Members (老同志) and the posts they hold in grids and communities."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from station_desk.db.schema.models.base import (
    Base,
    Recyclable,
    Stamped,
    enum_column,
    precision_column,
)
from station_desk.domain.dates import DatePrecision
from station_desk.domain.enums import (
    CommunityPostKind,
    Gender,
    GridPostKind,
    RetirementKind,
)

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

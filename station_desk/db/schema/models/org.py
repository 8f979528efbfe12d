"""Where members belong: communities and their grids, stations, and party branches."""

from __future__ import annotations

from sqlalchemy import (
    ForeignKey,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from station_desk.db.schema.models.base import (
    Base,
    Stamped,
    enum_column,
)
from station_desk.domain.enums import (
    BranchCategory,
    StationKind,
)


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

"""What the desk, the importer and the command line hand to the services to write.

Plain dataclasses with the clerk's values; the services validate and normalise them.
Quantities come typed: service time in minutes and money in fen (``station_desk.domain.units``).
Reading them from what a clerk typed is the job of the layer that holds the text (a dialog,
the importer reading a sheet's cells, the command line), so a service never parses text
and the importer never writes a number back as text for a service to read again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from station_desk.domain.dates import DAY, DatePrecision
from station_desk.domain.enums import (
    BranchCategory,
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
from station_desk.domain.units import yuan_digits


@dataclass(frozen=True)
class MemberData:
    name: str
    id_number: str
    gender: Gender | None = None
    birth_date: date | None = None
    phone: str = ""
    address: str = ""
    station_id: int | None = None
    community_id: int | None = None
    grid_id: int | None = None
    former_unit: str = ""
    former_post: str = ""
    retirement_kind: RetirementKind = RetirementKind.TUIXIU
    retired_on: date | None = None
    honorary_retirement_on: date | None = None
    is_party_member: bool = False
    joined_party_on: date | None = None
    branch_id: int | None = None
    health: str = ""
    notes: str = ""
    volunteer_number: str = ""
    birth_date_precision: DatePrecision = DAY
    retired_on_precision: DatePrecision = DAY
    honorary_retirement_on_precision: DatePrecision = DAY
    joined_party_on_precision: DatePrecision = DAY
    """How much of each date is known (``station_desk.domain.dates``); the date is its first day."""


@dataclass(frozen=True)
class StationData:
    name: str
    kind: StationKind
    address: str = ""
    community_id: int | None = None
    contact: str = ""
    phone: str = ""


@dataclass(frozen=True)
class BranchData:
    name: str
    category: BranchCategory
    station_id: int | None = None
    secretary: str = ""


@dataclass(frozen=True)
class GridPostData:
    member_id: int
    grid_id: int
    kind: GridPostKind
    since: date
    building: str = ""


@dataclass(frozen=True)
class CommunityPostData:
    member_id: int
    community_id: int
    kind: CommunityPostKind
    since: date


@dataclass(frozen=True)
class TeamData:
    name: str
    kind: TeamKind
    station_id: int | None = None
    leader_id: int | None = None
    founded_on: date | None = None
    focus: str = ""


@dataclass(frozen=True)
class DonationData:
    kind: DonationKind
    donated_on: date
    member_id: int | None = None
    team_id: int | None = None
    amount_fen: int = 0
    """Money in fen (``units.parse_yuan`` reads "1200.50" or "20.51万"); only for MONEY."""
    item_count: int = 0
    description: str = ""
    purpose: str = ""

    @property
    def amount(self) -> str:
        """The money in yuan as a clerk types it ("1200.5", "300"); "" for goods."""
        return yuan_digits(self.amount_fen) if self.amount_fen else ""


@dataclass(frozen=True)
class ActivityData:
    team_id: int
    title: str
    held_on: date
    category: str = ""
    place: str = ""
    content: str = ""
    beneficiaries: int = 0
    notes: str = ""
    minutes: dict[int, int] = field(default_factory=dict)
    """member id -> minutes of service (``units.parse_hours`` reads "2", "1.5", "2小时30分");
    each becomes one ServiceRecord."""
    donations: tuple[DonationData, ...] = ()


@dataclass(frozen=True)
class EventData:
    title: str
    kind: EventKind
    held_on: date
    place: str = ""
    station_id: int | None = None
    team_id: int | None = None
    audience: int = 0
    description: str = ""
    participants: tuple[tuple[int, ParticipationRole], ...] = ()


@dataclass(frozen=True)
class WorkData:
    author_id: int
    title: str
    kind: WorkKind
    made_on: date | None = None
    theme: str = ""
    event_id: int | None = None

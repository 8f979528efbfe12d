"""Records the grids, teams and events tabs need beyond ``station_desk.domain.records``.

Frozen dataclasses like the rest of the read side: the tabs are handed plain values, never
ORM entities, so a closed session can never bite a widget.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class GridNode:
    id: int
    community_id: int
    name: str
    residents: int


@dataclass(frozen=True, slots=True)
class CommunityNode:
    """One community of the grids tree, with its grids in display order."""

    id: int
    name: str
    subdistrict: str
    residents: int
    grids: tuple[GridNode, ...]


@dataclass(frozen=True, slots=True)
class ResidentRow:
    """A member who lives in a grid (or a community), for the grids tab."""

    id: int
    name: str
    gender: str
    birth_date: date
    phone: str
    address: str
    grid: str
    is_party_member: bool
    posts: str
    search_keys: str
    sort_key: str


@dataclass(frozen=True, slots=True)
class TeamSummary:
    """One line of the teams table: this year's and all-time figures of a team."""

    id: int
    name: str
    kind: str
    kind_label: str
    station: str
    station_id: int | None
    leader: str
    leader_id: int | None
    founded_on: date | None
    focus: str
    member_count: int
    minutes_this_year: int
    minutes_total: int
    activity_count: int


@dataclass(frozen=True, slots=True)
class DonationRow:
    id: int
    kind: str
    kind_label: str
    donated_on: date
    donor: str
    amount_fen: int
    item_count: int
    description: str
    purpose: str


@dataclass(frozen=True, slots=True)
class ActivityFull:
    """Every stored field of an activity, to fill the edit dialog."""

    id: int
    team_id: int
    title: str
    category: str
    held_on: date
    place: str
    content: str
    beneficiaries: int
    notes: str
    minutes: dict[int, int]
    donations: tuple[DonationRow, ...]


@dataclass(frozen=True, slots=True)
class EventFull:
    """Every stored field of a cultural event, to fill the edit dialog."""

    id: int
    title: str
    kind: str
    held_on: date
    place: str
    station_id: int | None
    team_id: int | None
    audience: int
    description: str
    participants: tuple[tuple[int, str, str], ...]
    """(member id, name, role value) for each participation."""

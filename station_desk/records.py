"""Plain records that cross the layers: what the desk and the prints are handed.

Frozen dataclasses, never ORM entities (DESIGN.md "Data"): the read side selects only the
columns a table or a print needs. Inputs that the desk hands to the services live in
``station_desk.inputs``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Choice:
    """An id with its label, for pickers and filters (stations, branches, communities …)."""

    id: int
    label: str
    parent_id: int | None = None
    kind: str = ""


@dataclass(frozen=True, slots=True)
class MemberRow:
    """One line of the members table; keys for search and sort are precomputed."""

    id: int
    name: str
    gender: str
    birth_date: date
    id_number: str
    phone: str
    community: str
    grid: str
    former_unit: str
    branch: str
    is_party_member: bool
    joined_party_on: date | None
    retirement_kind: str
    posts: str
    post_kinds: frozenset[str]
    station_id: int | None
    branch_id: int | None
    community_id: int | None
    grid_id: int | None
    search_keys: str
    sort_key: str


@dataclass(frozen=True, slots=True)
class PostRecord:
    id: int
    member_id: int
    member_name: str
    kind: str
    kind_label: str
    place: str
    building: str
    since: date
    until: date | None


@dataclass(frozen=True, slots=True)
class TeamLine:
    team_id: int
    team: str
    role: str
    joined_on: date
    left_on: date | None


@dataclass(frozen=True, slots=True)
class EventLine:
    event_id: int
    title: str
    kind_label: str
    held_on: date
    role_label: str


@dataclass(frozen=True, slots=True)
class WorkLine:
    id: int
    title: str
    kind_label: str
    made_on: date | None
    author_name: str = ""
    author_id: int = 0
    theme: str = ""


@dataclass(frozen=True, slots=True)
class MemberDetail:
    """Everything the detail pane of one member shows."""

    id: int
    name: str
    posts: tuple[PostRecord, ...]
    teams: tuple[TeamLine, ...]
    minutes_this_year: int
    minutes_total: int
    events: tuple[EventLine, ...]
    works: tuple[WorkLine, ...]


@dataclass(frozen=True, slots=True)
class MemberFull:
    """Every stored field of a member, to fill the edit dialog."""

    id: int
    name: str
    gender: str
    birth_date: date
    id_number: str
    phone: str
    address: str
    station_id: int | None
    community_id: int | None
    grid_id: int | None
    former_unit: str
    former_post: str
    retirement_kind: str
    retired_on: date | None
    honorary_retirement_on: date | None
    is_party_member: bool
    joined_party_on: date | None
    branch_id: int | None
    health: str
    notes: str
    volunteer_number: str


@dataclass(frozen=True, slots=True)
class TeamMemberRow:
    membership_id: int
    member_id: int
    name: str
    role: str
    joined_on: date
    left_on: date | None
    phone: str


@dataclass(frozen=True, slots=True)
class ActivityRow:
    id: int
    team_id: int
    title: str
    category: str
    held_on: date
    place: str
    participants: int
    minutes: int
    beneficiaries: int


@dataclass(frozen=True, slots=True)
class ServiceLineRecord:
    """One line of a member's service record (for the service-record certificate)."""

    held_on: date
    activity: str
    content: str
    team: str
    minutes: int


@dataclass(frozen=True, slots=True)
class EventRow:
    id: int
    title: str
    kind: str
    kind_label: str
    held_on: date
    place: str
    station: str
    station_id: int | None
    team: str
    audience: int
    participants: int
    works: int


@dataclass(frozen=True, slots=True)
class ParticipantRow:
    member_id: int
    name: str
    role: str
    role_label: str
    phone: str = ""
    community: str = ""

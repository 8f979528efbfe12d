"""Plain records that cross the layers: what the desk and the prints are handed.

Frozen dataclasses (the members list's rows are named tuples), never ORM entities
(DESIGN.md "Data"): the read side selects only the columns a table or a print needs.
Inputs that the desk hands to the services live in ``station_desk.inputs``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from station_desk.enums import CommunityPostKind, Gender, GridPostKind, RetirementKind


@dataclass(frozen=True, slots=True)
class Choice:
    """An id with its label, for pickers and filters (stations, branches, communities …)."""

    id: int
    label: str
    parent_id: int | None = None
    kind: str = ""


@dataclass(frozen=True, slots=True)
class PlaceNames:
    """Names by id of the communities, grids and branches, shared by all rows of one list."""

    communities: Mapping[int, str]
    grids: Mapping[int, str]
    branches: Mapping[int, str]

    def __repr__(self) -> str:
        return f"PlaceNames({len(self.communities)} communities, {len(self.grids)} grids, …)"


#: ``MemberRow.gender_code`` and ``retirement_code``: 0 for none, else 1 + the position in
#: the enum (the members query works them out, see ``enum_codes``).
GENDER_LABELS = ("", *(k.label for k in Gender))
RETIREMENT_LABELS = ("", *(k.label for k in RetirementKind))


class MemberRow(NamedTuple):
    """One line of the members table, almost exactly as the members query returns it.

    A tuple, not a frozen dataclass: the members list holds one per member (100,000 in a
    city) and a tuple straight from SQLite is made in C, where a dataclass costs several µs
    of Python each. For the same reason the query gives small numbers rather than text
    where it can (gender, retirement kind, place ids: Python keeps one object for each
    small number, but makes a new string for every text cell), and dates as ISO text:
    labels, names and dates are worked out when read, a screenful at a time.
    """

    id: int
    name: str
    gender_code: int
    birth: str
    id_number: str
    phone: str
    community_id: int | None
    grid_id: int | None
    former_unit: str
    branch_id: int | None
    party: int
    joined: str | None
    retirement_code: int
    #: the kinds (enum values) of the posts held today, comma-separated
    kinds: str
    station_id: int | None
    search_keys: str
    sort_key: str
    names: PlaceNames

    @property
    def gender(self) -> str:
        return GENDER_LABELS[self.gender_code]

    @property
    def birth_date(self) -> date:
        return date.fromisoformat(self.birth)

    @property
    def community(self) -> str:
        return self.names.communities.get(self.community_id or 0, "")

    @property
    def grid(self) -> str:
        return self.names.grids.get(self.grid_id or 0, "")

    @property
    def branch(self) -> str:
        return self.names.branches.get(self.branch_id or 0, "")

    @property
    def is_party_member(self) -> bool:
        return bool(self.party)

    @property
    def joined_party_on(self) -> date | None:
        return date.fromisoformat(self.joined) if self.joined else None

    @property
    def retirement_kind(self) -> str:
        return RETIREMENT_LABELS[self.retirement_code]

    @property
    def post_kinds(self) -> frozenset[str]:
        return _post_kinds(self.kinds)

    @property
    def posts(self) -> str:
        """The posts held today, as labels: 网格长、楼长."""
        return _post_labels(self.kinds)


@functools.lru_cache(maxsize=256)
def _post_kinds(kinds: str) -> frozenset[str]:
    return frozenset(kinds.split(",")) if kinds else frozenset()


_POSTS = (*GridPostKind, *CommunityPostKind)
_POST_LABELS = {k.value: k.label for k in _POSTS}
_POST_ORDER = {k.value: n for n, k in enumerate(_POSTS)}


def post_labels(kinds: Iterable[str]) -> str:
    """Post kinds (enum values) as one member's posts read everywhere: 网格长、楼长, grid
    posts before community posts, each in the order of its enum."""
    ordered = sorted(set(kinds), key=lambda k: (_POST_ORDER.get(k, len(_POSTS)), k))
    return "、".join(_POST_LABELS.get(k, k) for k in ordered)


@functools.lru_cache(maxsize=256)
def _post_labels(kinds: str) -> str:
    return post_labels(_post_kinds(kinds))


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

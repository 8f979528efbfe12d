"""Plain records that cross the layers: what the desk and the prints are handed.

Frozen dataclasses (the members list's rows are named tuples), never ORM entities
(docs/ARCHITECTURE.md §Data): the read side selects only the columns a table or a print needs.
Inputs that the desk hands to the services live in ``station_desk.domain.inputs``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from station_desk.domain.enums import CommunityPostKind, Gender, GridPostKind, RetirementKind


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
    """One line of the members table: what its filters, search and sorting by name need.

    A tuple made by the driver, not a frozen dataclass: the members list holds one per
    member (100,000 in a city) and a tuple straight from SQLite is made in C, where a
    dataclass costs several µs of Python each. For the same reason the query gives small
    numbers rather than text where it can (gender, retirement kind, place ids: Python keeps
    one object for each small number, but makes a new string for every text cell), and
    the row holds nothing it shares with the other rows: place names, the pinyin order and
    the columns that are only shown (birth date, ID, phone, former unit, joining date) are
    looked up by id in the list's ``MemberLookup``.
    """

    id: int
    name: str
    gender_code: int
    community_id: int | None
    grid_id: int | None
    branch_id: int | None
    party: int
    retirement_code: int
    station_id: int | None
    search_keys: str

    @property
    def gender(self) -> str:
        return GENDER_LABELS[self.gender_code]

    @property
    def is_party_member(self) -> bool:
        return bool(self.party)

    @property
    def retirement_kind(self) -> str:
        return RETIREMENT_LABELS[self.retirement_code]


class MemberDetails(NamedTuple):
    """The members table's columns that are only shown, never filtered on: read after the
    rows, so the table is filled sooner (``db.queries.members.member_list``)."""

    id: int
    birth: str
    id_number: str
    phone: str
    former_unit: str
    joined: str | None

    @property
    def birth_date(self) -> date:
        return date.fromisoformat(self.birth)

    @property
    def joined_party_on(self) -> date | None:
        return date.fromisoformat(self.joined) if self.joined else None


_NO_PLACES = PlaceNames({}, {}, {})


class MemberLookup:
    """What the rows of one members list look up by member id: place names, the posts held
    today (the few members who hold any), the position in pinyin order of names, and the
    shown-only columns (``MemberDetails``).

    A table keeps one and hands it to its columns; each load updates it in place (``take``)
    on the GUI thread. ``complete`` is False while the details of only the first rows are
    known (the list is shown before the rest of the details are read).
    """

    __slots__ = ("complete", "details", "held", "places", "ranks")

    def __init__(
        self,
        places: PlaceNames = _NO_PLACES,
        held: Mapping[int, str] | None = None,
        ranks: Mapping[int, int] | None = None,
        details: Mapping[int, MemberDetails] | None = None,
        *,
        complete: bool = True,
    ) -> None:
        self.places = places
        #: the kinds (enum values) of the posts each member holds today, comma-separated
        self.held: Mapping[int, str] = held or {}
        self.ranks: Mapping[int, int] = ranks or {}
        self.details: Mapping[int, MemberDetails] = details or {}
        self.complete = complete

    def __repr__(self) -> str:
        state = "complete" if self.complete else "partial"
        return f"MemberLookup({len(self.ranks)} ranks, {len(self.details)} details, {state})"

    def take(self, other: MemberLookup) -> None:
        """Become ``other`` (a new load), for the columns that hold this object."""
        self.places, self.held, self.ranks = other.places, other.held, other.ranks
        self.details, self.complete = other.details, other.complete

    def add_details(self, details: Mapping[int, MemberDetails]) -> None:
        """The details of every member, read after the rows: the lookup is complete."""
        self.details = details
        self.complete = True

    def community(self, row: MemberRow) -> str:
        return self.places.communities.get(row.community_id or 0, "")

    def grid(self, row: MemberRow) -> str:
        return self.places.grids.get(row.grid_id or 0, "")

    def branch(self, row: MemberRow) -> str:
        return self.places.branches.get(row.branch_id or 0, "")

    def holds_post(self, row: MemberRow) -> bool:
        return row.id in self.held

    def post_kinds(self, row: MemberRow) -> frozenset[str]:
        return held_kinds(self.held.get(row.id, ""))

    def posts(self, row: MemberRow) -> str:
        """The posts ``row`` holds today, as labels: 网格长、楼长."""
        return _post_labels(self.held.get(row.id, ""))

    def rank(self, row: MemberRow) -> int:
        """The position of ``row`` in pinyin order of names (sorting by 姓名)."""
        return self.ranks.get(row.id, len(self.ranks))

    def detail(self, row: MemberRow) -> MemberDetails | None:
        """The shown-only columns of ``row``; None until they are read."""
        return self.details.get(row.id)

    def birth_date(self, row: MemberRow) -> date | None:
        found = self.details.get(row.id)
        return found.birth_date if found is not None else None


class MemberList(NamedTuple):
    """The members list as read: the rows in pinyin order of names, and what they look up."""

    rows: list[MemberRow]
    lookup: MemberLookup


@functools.lru_cache(maxsize=256)
def held_kinds(kinds: str) -> frozenset[str]:
    """ "grid_leader,building_leader" as a set, made once per distinct text (the desk asks
    for every row at every keystroke)."""
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
    return post_labels(held_kinds(kinds))


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
    retired_on_precision: str = "day"
    honorary_retirement_on_precision: str = "day"
    joined_party_on_precision: str = "day"
    """How much of each date is known (``station_desk.domain.dates``): "year", "month" or "day"."""


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

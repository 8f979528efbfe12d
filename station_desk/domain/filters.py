"""Which members, activities, events: one typed filter per book, and its Python interpreter.

A filter is the only way to say "which": the members tab's filter bar, a roster, an export,
the command line and a summary figure's drill-down all build one of these frozen values.
Each has exactly two interpreters, side by side and kept in agreement by a property test
(``tests/db/test_filters_agree.py``):

- ``matches(row, facts, today)`` here, pure Python over the rows the desk holds in memory
  (``MemberRow``, ``ActivityRow``, ``EventRow``), so a keystroke never waits for SQLite;
- ``member_where`` / ``activity_where`` / ``event_where`` in ``db/queries/filters.py``, SQL
  for counts, rosters, exports and the command line (SQLAlchemy may not be imported here).

What a row does not carry (posts held on a day, birth dates, team spans, a branch's
category) is asked of a *facts* object: ``LedgerFacts`` holds it as plain mappings (read
from the ledger by ``db/queries/filters.member_facts``), ``LookupFacts`` reads the desk's
``MemberLookup`` (posts held today, birth dates once read).

Age is one rule, "whole years on a day" (``age_years``; a 29 February birthday counts from
1 March): ``db/queries/filters.age_years_sql`` is its SQL twin, tested to agree.
See docs/ARCHITECTURE.md §Filters.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from station_desk.domain.date_rules import age_on
from station_desk.domain.enums import Gender, LabeledEnum, RetirementKind
from station_desk.domain.records import (
    ActivityRow,
    Choice,
    EventRow,
    MemberLookup,
    MemberRow,
    held_kinds,
)

#: ``MemberFilter.post_kind`` for "holds any post" (the filter bar's 任一职务).
ANY_POST = "*"


def age_years(born: date | None, on: date) -> int | None:
    """Whole years of age on ``on`` (``date_rules.age_on``: the birthday counts from its
    day, 29 February from 1 March in a common year). None without a birth date: outside
    every age band. Its SQL twin is ``db/queries/filters.age_years_sql``."""
    return None if born is None else age_on(born, on)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of days something was held (a post, a team place): ``start`` included,
    ``end`` as the ledger means it (``end_included``: a post's ``until`` is its last day, a
    team's ``left_on`` is not)."""

    start: date
    end: date | None

    def covers(self, on: date, *, end_included: bool) -> bool:
        if self.start > on:
            return False
        if self.end is None:
            return True
        return self.end >= on if end_included else self.end > on


class MemberFacts(Protocol):
    """What a ``MemberRow`` does not carry and a ``MemberFilter`` may ask."""

    def birth_date(self, member_id: int) -> date | None: ...

    def holding(self, kinds: frozenset[str] | None, on: date) -> frozenset[int]:
        """Members holding a post of ``kinds`` (None: any post) on ``on``: asked once per
        filter, so the test of a row is one set lookup."""
        ...

    def in_team(self, team_id: int, on: date) -> frozenset[int]: ...

    def on_books(self, member_id: int, on: date) -> bool: ...

    def branch_category(self, branch_id: int | None) -> str | None: ...

    def branch_station_kind(self, branch_id: int | None) -> str | None: ...


@dataclass(frozen=True)
class LedgerFacts:
    """The facts as plain mappings by member id (``db/queries/filters.member_facts``)."""

    births: Mapping[int, date] = field(default_factory=dict)
    retired: Mapping[int, date] = field(default_factory=dict)
    posts: Mapping[int, Sequence[tuple[str, Span]]] = field(default_factory=dict)
    teams: Mapping[int, Sequence[tuple[int, Span]]] = field(default_factory=dict)
    categories: Mapping[int, str] = field(default_factory=dict)
    station_kinds: Mapping[int, str] = field(default_factory=dict)
    """branch id -> kind of the station the branch belongs to (``Branch.station_id``)"""

    def birth_date(self, member_id: int) -> date | None:
        return self.births.get(member_id)

    def holding(self, kinds: frozenset[str] | None, on: date) -> frozenset[int]:
        return frozenset(
            member
            for member, held in self.posts.items()
            if any(
                (kinds is None or kind in kinds) and span.covers(on, end_included=True)
                for kind, span in held
            )
        )

    def in_team(self, team_id: int, on: date) -> frozenset[int]:
        return frozenset(
            member
            for member, places in self.teams.items()
            if any(t == team_id and s.covers(on, end_included=False) for t, s in places)
        )

    def on_books(self, member_id: int, on: date) -> bool:
        """Born and retired by ``on`` (the summary's rule; the rows are never deleted ones)."""
        born = self.births.get(member_id)
        retired = self.retired.get(member_id)
        return born is not None and born <= on and (retired is None or retired <= on)

    def branch_category(self, branch_id: int | None) -> str | None:
        return self.categories.get(branch_id) if branch_id is not None else None

    def branch_station_kind(self, branch_id: int | None) -> str | None:
        return self.station_kinds.get(branch_id) if branch_id is not None else None


class LookupFacts:
    """The desk's facts: posts held today and birth dates from its ``MemberLookup`` (a
    birth date not read yet is missing: outside any age band until it is), branches and
    stations from its choices. Posts on another day, teams and the books need
    ``LedgerFacts`` (``MemberFilter.needs_ledger``)."""

    __slots__ = ("_categories", "_kinds", "lookup")

    def __init__(
        self, lookup: MemberLookup, stations: Sequence[Choice], branches: Sequence[Choice]
    ) -> None:
        self.lookup = lookup
        self._categories = {b.id: b.kind for b in branches}
        station_kind = {s.id: s.kind for s in stations}
        self._kinds = {
            b.id: station_kind[b.parent_id] for b in branches if b.parent_id in station_kind
        }

    def birth_date(self, member_id: int) -> date | None:
        found = self.lookup.details.get(member_id)
        return found.birth_date if found is not None else None

    def holding(self, kinds: frozenset[str] | None, on: date) -> frozenset[int]:
        """Posts held today (the lookup knows no other day)."""
        held = self.lookup.held
        if kinds is None:
            return frozenset(held)
        return frozenset(m for m, h in held.items() if not kinds.isdisjoint(held_kinds(h)))

    def in_team(self, team_id: int, on: date) -> frozenset[int]:
        return frozenset()

    def on_books(self, member_id: int, on: date) -> bool:
        return True

    def branch_category(self, branch_id: int | None) -> str | None:
        return self._categories.get(branch_id) if branch_id is not None else None

    def branch_station_kind(self, branch_id: int | None) -> str | None:
        return self._kinds.get(branch_id) if branch_id is not None else None


RowTest = Callable[[MemberRow], bool]


@dataclass(frozen=True)
class MemberFilter:
    """Which members (never those in the recycle bin). Every field is a test; None or
    empty is "any". ``member_ids`` (an explicit selection) overrides all the others.

    ``post_kind`` is the filter bar's single choice: ``ANY_POST`` or one GridPostKind /
    CommunityPostKind value; ``post_kinds`` is "any of these" (a figure such as 网格长和楼长).
    Posts are held on ``post_on``, team places on ``team_on``, ages are taken on ``age_on``
    (each: today when None); ``books_on`` keeps those on the books that day (born and
    retired by then), as the summary counts them.
    """

    station_id: int | None = None
    branch_id: int | None = None
    community_id: int | None = None
    grid_id: int | None = None
    post_kind: str | None = None
    team_id: int | None = None
    is_party_member: bool | None = None
    retirement_kind: str | None = None
    member_ids: tuple[int, ...] | None = None
    gender: str | None = None
    age_min: int | None = None
    age_max: int | None = None
    age_on: date | None = None
    post_kinds: tuple[str, ...] = ()
    post_on: date | None = None
    team_on: date | None = None
    books_on: date | None = None
    branch_category: str | None = None
    station_kind: str | None = None
    """the kind of the station the member's *branch* belongs to (how the summary counts
    branch members), not of ``Member.station_id``"""

    @property
    def needs_ledger(self) -> bool:
        """True when the desk's lookup cannot answer: posts on another day than today, a
        team, or the books on a day (``LookupFacts`` knows only today's posts)."""
        return (
            self.team_id is not None
            or self.books_on is not None
            or (self.post_on is not None and bool(self.post_kind or self.post_kinds))
        )

    def test(self, facts: MemberFacts, today: date) -> RowTest | None:
        """One closure over the tests this filter makes (locals for speed: the desk runs
        it over 100,000 rows); None when it lets everyone through."""
        tests: list[RowTest] = []
        if self.member_ids is not None:
            chosen = frozenset(self.member_ids)
            return lambda r: r.id in chosen
        for name in ("station_id", "branch_id", "community_id", "grid_id"):
            value = getattr(self, name)
            if value is not None:
                tests.append(_same(name, value))
        if self.is_party_member is not None:
            party = self.is_party_member
            tests.append(lambda r: r.is_party_member == party)
        if self.retirement_kind is not None:
            retirement = kind_label(RetirementKind, self.retirement_kind)
            tests.append(lambda r: r.retirement_kind == retirement)
        if self.gender is not None:
            gender = kind_label(Gender, self.gender)
            tests.append(lambda r: r.gender == gender)
        post_day = self.post_on or today
        if self.post_kind is not None:
            kind = None if self.post_kind == ANY_POST else frozenset({self.post_kind})
            holding = facts.holding(kind, post_day)
            tests.append(lambda r: r.id in holding)
        if self.post_kinds:
            holding_any = facts.holding(frozenset(self.post_kinds), post_day)
            tests.append(lambda r: r.id in holding_any)
        if self.team_id is not None:
            in_team = facts.in_team(self.team_id, self.team_on or today)
            tests.append(lambda r: r.id in in_team)
        if self.books_on is not None:
            books_on, books_day = facts.on_books, self.books_on
            tests.append(lambda r: books_on(r.id, books_day))
        if self.age_min is not None or self.age_max is not None:
            low = self.age_min if self.age_min is not None else -1
            high = self.age_max if self.age_max is not None else 10**4
            birth, age_day = facts.birth_date, self.age_on or today

            def in_band(r: MemberRow) -> bool:
                age = age_years(birth(r.id), age_day)
                return age is not None and low <= age <= high

            tests.append(in_band)
        if self.branch_category is not None:
            category, of_branch = self.branch_category, facts.branch_category
            tests.append(lambda r: of_branch(r.branch_id) == category)
        if self.station_kind is not None:
            kind_wanted, station_kind = self.station_kind, facts.branch_station_kind
            tests.append(lambda r: station_kind(r.branch_id) == kind_wanted)
        if not tests:
            return None
        test = tests[0]
        for more in tests[1:]:
            test = _both(test, more)
        return test

    def matches(self, row: MemberRow, facts: MemberFacts, today: date) -> bool:
        test = self.test(facts, today)
        return test is None or test(row)


@dataclass(frozen=True)
class ActivityFilter:
    """Which service activities (never those in the recycle bin, nor of a deleted team):
    of a team, of the teams of a station, of a category ("" is a real group: 未分类),
    held between ``start`` and ``end`` (both included, either open)."""

    team_id: int | None = None
    station_id: int | None = None
    category: str | None = None
    start: date | None = None
    end: date | None = None

    def matches(self, row: ActivityRow, team_stations: Mapping[int, int | None]) -> bool:
        """``team_stations``: team id -> its station id (the tab's teams)."""
        return (
            (self.team_id is None or row.team_id == self.team_id)
            and (self.station_id is None or team_stations.get(row.team_id) == self.station_id)
            and (self.category is None or row.category == self.category)
            and _within(row.held_on, self.start, self.end)
        )


@dataclass(frozen=True)
class EventFilter:
    """Which cultural events (never those in the recycle bin): of a kind, of a station,
    held between ``start`` and ``end``, with a title of a training course (``title_stem``),
    where ``speaker_id`` spoke (主讲), or exactly ``event_ids``."""

    kind: str | None = None
    station_id: int | None = None
    start: date | None = None
    end: date | None = None
    title_stem: str | None = None
    speaker_id: int | None = None
    event_ids: tuple[int, ...] | None = None

    def matches(
        self,
        row: EventRow,
        speakers: Mapping[int, frozenset[int]],
        stem: Callable[[str], str] = lambda title: title,
    ) -> bool:
        """``speakers``: event id -> the members who spoke at it; ``stem`` the training
        course of a title (``summary_activity.training_stem``)."""
        return (
            (self.kind is None or row.kind == self.kind)
            and (self.station_id is None or row.station_id == self.station_id)
            and _within(row.held_on, self.start, self.end)
            and (self.title_stem is None or stem(row.title) == self.title_stem)
            and (self.speaker_id is None or self.speaker_id in speakers.get(row.id, ()))
            and (self.event_ids is None or row.id in self.event_ids)
        )


def _both(first: RowTest, second: RowTest) -> RowTest:
    """Two tests as one closure: a chain of ``and`` costs a third of ``all()`` over a
    generator, per row, at 100,000 rows a keystroke."""
    return lambda r: first(r) and second(r)


def _within(day: date, start: date | None, end: date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


def _same(name: str, value: int) -> RowTest:
    if name == "station_id":
        return lambda r: r.station_id == value
    if name == "branch_id":
        return lambda r: r.branch_id == value
    if name == "community_id":
        return lambda r: r.community_id == value
    return lambda r: r.grid_id == value


def kind_value(cls: type[Gender] | type[RetirementKind], text: str) -> str:
    """An enum's value from its value or its Chinese label (the rows show labels, the
    ledger stores values); unknown text stays as it is and matches nothing."""
    try:
        return cls.from_label(text).value
    except ValueError:
        return text


def kind_label(cls: type[LabeledEnum], text: str) -> str:
    """An enum's label from its value or its label; unknown text stays as it is."""
    try:
        return cls.from_label(text).label
    except ValueError:
        return text

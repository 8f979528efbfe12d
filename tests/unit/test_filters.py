"""The typed filters' Python side on hand-made rows (the SQL side: tests/db/test_filters_*)."""

from __future__ import annotations

from datetime import date

from station_desk.domain.filters import (
    ANY_POST,
    ActivityFilter,
    LedgerFacts,
    LookupFacts,
    MemberFilter,
    Span,
)
from station_desk.domain.records import (
    ActivityRow,
    Choice,
    MemberDetails,
    MemberLookup,
    MemberRow,
)

TODAY = date(2024, 6, 1)
ROWS = [
    MemberRow(1, "甲", 1, 1, None, 10, 1, 1, 5, ""),  # 男 党员 离休, branch 10
    MemberRow(2, "乙", 2, None, None, 11, 0, 2, None, ""),  # 女 群众 退休, branch 11
]
STATIONS = [Choice(5, "县老年人大学", None, "shared_branch")]
BRANCHES = [Choice(10, "一支部", 5, "county"), Choice(11, "二支部", None, "township")]


def chosen(flt: MemberFilter, facts: object) -> list[int]:
    return [r.id for r in ROWS if flt.matches(r, facts, TODAY)]  # type: ignore[arg-type]


def test_a_birth_date_not_read_yet_is_outside_every_age_band() -> None:
    lookup = MemberLookup(details={1: MemberDetails(1, "1950-01-01", "", "", "", None)})
    desk = LookupFacts(lookup, STATIONS, BRANCHES)
    assert chosen(MemberFilter(age_min=70), desk) == [1]
    assert chosen(MemberFilter(age_max=200), desk) == [1]  # 乙 has no birth date yet


def test_labels_and_values_name_the_same_kind() -> None:
    desk = LookupFacts(MemberLookup(), STATIONS, BRANCHES)
    assert chosen(MemberFilter(retirement_kind="离休"), desk) == [1]
    assert chosen(MemberFilter(retirement_kind="lixiu"), desk) == [1]
    assert chosen(MemberFilter(gender="female"), desk) == [2]
    assert chosen(MemberFilter(gender="女"), desk) == [2]


def test_branch_category_and_the_kind_of_the_branchs_station() -> None:
    desk = LookupFacts(MemberLookup(), STATIONS, BRANCHES)
    assert chosen(MemberFilter(branch_category="township"), desk) == [2]
    assert chosen(MemberFilter(station_kind="shared_branch"), desk) == [1]


def test_posts_held_today_on_the_desk_and_on_any_day_in_the_ledger() -> None:
    desk = LookupFacts(MemberLookup(held={2: "grid_leader"}), STATIONS, BRANCHES)
    assert chosen(MemberFilter(post_kind=ANY_POST), desk) == [2]
    assert chosen(MemberFilter(post_kind="building_leader"), desk) == []
    ledger = LedgerFacts(posts={1: [("first_secretary", Span(date(2020, 1, 1), TODAY))]})
    assert chosen(MemberFilter(post_kinds=("first_secretary",)), ledger) == [1]
    after = MemberFilter(post_kinds=("first_secretary",), post_on=date(2024, 6, 2))
    assert chosen(after, ledger) == []
    assert after.needs_ledger and not MemberFilter(post_kind=ANY_POST).needs_ledger


def test_an_explicit_selection_overrides_the_other_tests() -> None:
    desk = LookupFacts(MemberLookup(), STATIONS, BRANCHES)
    assert chosen(MemberFilter(member_ids=(2,), is_party_member=True), desk) == [2]


def test_an_empty_category_is_a_group_of_its_own() -> None:
    rows = [
        ActivityRow(1, 7, "义诊", "", date(2024, 3, 1), "", 0, 0, 0),
        ActivityRow(2, 7, "防疫", "疫情防控", date(2024, 3, 1), "", 0, 0, 0),
    ]
    unnamed = ActivityFilter(category="")
    assert [a.id for a in rows if unnamed.matches(a, {7: None})] == [1]
    assert [a.id for a in rows if ActivityFilter().matches(a, {})] == [1, 2]

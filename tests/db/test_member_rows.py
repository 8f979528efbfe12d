"""The members list (``member_rows``, ``member_list``) against the ORM, member by member.

The list is read with hand-written SQL for speed (labels by CASE, posts by a CTE, order from
the sort-key index, shown-only columns apart), so every field is checked against what the
models say.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from station_desk.db.queries.members import member_details, member_list, member_rows
from station_desk.db.schema.ledger import Ledger, open_ledger
from station_desk.db.schema.models import Branch, Community, CommunityPost, Grid, GridPost, Member
from station_desk.domain.enums import CommunityPostKind, GridPostKind
from station_desk.domain.records import MemberLookup, MemberRow, post_labels
from station_desk.services.members import delete_member


def expected_rows(ledger: Ledger, today: date) -> list[dict[str, object]]:
    """What each row must hold, worked out from the ORM objects."""
    with ledger.reading() as session:
        names = {
            model: {r.id: r.name for r in session.scalars(select(model))}
            for model in (Community, Grid, Branch)
        }
        held: dict[int, set[str]] = {}
        for model in (GridPost, CommunityPost):
            for post in session.scalars(select(model)):
                if post.since <= today and (post.until is None or post.until >= today):
                    held.setdefault(post.member_id, set()).add(post.kind.value)
        members = session.scalars(select(Member).where(Member.deleted_at.is_(None))).all()
        return [
            {
                "id": m.id,
                "name": m.name,
                "gender": m.gender.label,
                "birth_date": m.birth_date,
                "id_number": m.id_number,
                "phone": m.phone,
                "community": names[Community].get(m.community_id or 0, ""),
                "grid": names[Grid].get(m.grid_id or 0, ""),
                "former_unit": m.former_unit,
                "branch": names[Branch].get(m.branch_id or 0, ""),
                "is_party_member": m.is_party_member,
                "joined_party_on": m.joined_party_on,
                "retirement_kind": m.retirement_kind.label,
                "post_kinds": frozenset(held.get(m.id, ())),
                "posts": post_labels(held.get(m.id, ())),
                "station_id": m.station_id,
                "branch_id": m.branch_id,
                "community_id": m.community_id,
                "grid_id": m.grid_id,
                "search_keys": m.search_keys,
            }
            for m in sorted(members, key=lambda m: (m.sort_key, m.id))
        ]


def as_dict(row: MemberRow, lookup: MemberLookup) -> dict[str, object]:
    details = lookup.detail(row)
    assert details is not None, row
    return {
        "id": row.id,
        "name": row.name,
        "gender": row.gender,
        "birth_date": details.birth_date,
        "id_number": details.id_number,
        "phone": details.phone,
        "community": lookup.community(row),
        "grid": lookup.grid(row),
        "former_unit": details.former_unit,
        "branch": lookup.branch(row),
        "is_party_member": row.is_party_member,
        "joined_party_on": details.joined_party_on,
        "retirement_kind": row.retirement_kind,
        "post_kinds": lookup.post_kinds(row),
        "posts": lookup.posts(row),
        "station_id": row.station_id,
        "branch_id": row.branch_id,
        "community_id": row.community_id,
        "grid_id": row.grid_id,
        "search_keys": row.search_keys,
    }


def test_every_field_of_every_demo_member_matches_the_orm(demo_copy: Path) -> None:
    ledger = open_ledger(demo_copy)
    try:
        with ledger.reading() as session:
            members = member_rows(session)
            listed = member_list(session, first=50)
            details = member_details(session)
        expected = expected_rows(ledger, date.today())
    finally:
        ledger.close()
    rows, lookup = members
    assert lookup.complete and not listed.lookup.complete
    assert len(rows) == len(expected) > 100
    for rank, (row, wanted) in enumerate(zip(rows, expected, strict=True)):
        assert as_dict(row, lookup) == wanted
        assert lookup.rank(row) == rank  # expected rows are in (sort_key, id) order
    # The list read first: the same rows and ranks, the details of the first 50 rows only.
    assert listed.rows == rows
    assert listed.lookup.ranks == lookup.ranks
    assert set(listed.lookup.details) == {r.id for r in rows[:50]}
    assert all(listed.lookup.detail(r) == lookup.detail(r) for r in rows[:50])
    assert listed.lookup.birth_date(rows[60]) is None
    assert details == lookup.details
    assert any(lookup.posts(row) for row in rows), "the demo has post holders"


def test_posts_ended_or_not_yet_begun_are_not_shown_and_the_bin_is_left_out(
    demo_copy: Path,
) -> None:
    ledger = open_ledger(demo_copy)
    today = date.today()
    try:
        with ledger.reading() as session:
            before = member_rows(session)
            holder, ended, future, binned = [
                r.id for r in before.rows if not before.lookup.holds_post(r)
            ][:4]
        with ledger.unit_of_work() as session:
            grid = session.scalars(select(Grid)).first()
            assert grid is not None
            session.add_all(
                [
                    GridPost(
                        member_id=holder,
                        grid_id=grid.id,
                        kind=GridPostKind.BUILDING_LEADER,
                        building="9号楼",
                        since=today,
                    ),
                    GridPost(
                        member_id=holder,
                        grid_id=grid.id,
                        kind=GridPostKind.BUILDING_LEADER,
                        building="10号楼",
                        since=today - timedelta(days=30),
                    ),
                    GridPost(
                        member_id=holder,
                        grid_id=grid.id,
                        kind=GridPostKind.GRID_LEADER,
                        since=today - timedelta(days=3),
                        until=today,
                    ),
                    CommunityPost(
                        member_id=holder,
                        community_id=grid.community_id,
                        kind=CommunityPostKind.PUBLICITY_OFFICER,
                        since=today,
                    ),
                    GridPost(
                        member_id=ended,
                        grid_id=grid.id,
                        kind=GridPostKind.GRID_LEADER,
                        since=today - timedelta(days=30),
                        until=today - timedelta(days=1),
                    ),
                    CommunityPost(
                        member_id=future,
                        community_id=grid.community_id,
                        kind=CommunityPostKind.FIRST_SECRETARY,
                        since=today + timedelta(days=1),
                    ),
                ]
            )
            delete_member(session, binned)
        with ledger.reading() as session:
            after = member_rows(session)
    finally:
        ledger.close()
    rows, lookup = {r.id: r for r in after.rows}, after.lookup
    assert lookup.posts(rows[holder]) == "网格长、楼长、宣传员"
    assert lookup.post_kinds(rows[holder]) == {
        "grid_leader",
        "building_leader",
        "publicity_officer",
    }
    assert (lookup.posts(rows[ended]), lookup.posts(rows[future])) == ("", "")
    assert binned not in rows


def test_post_labels_read_grid_posts_first_in_enum_order() -> None:
    kinds = ["publicity_officer", "building_leader", "grid_leader", "building_leader"]
    assert post_labels(kinds) == "网格长、楼长、宣传员"
    assert post_labels([]) == ""

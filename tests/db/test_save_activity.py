"""Saving an activity is one use case: the outing, its participants' hours and its donations
in one service call that commits whole or leaves the ledger as it was (ARCHITECTURE.md §Flows).

Before, the dialog strung update_activity, delete_donation and add_donation together itself."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text

from station_desk.db.schema.ledger import Ledger
from station_desk.domain.enums import DonationKind, TeamKind
from station_desk.domain.inputs import ActivityData, DonationData, MemberData, TeamData
from station_desk.domain.problems import ValidationError
from station_desk.domain.units import parse_hours
from station_desk.services.activities import save_activity
from station_desk.services.members import add_member
from station_desk.services.teams import add_team, add_team_members
from tests.db.conftest import an_id
from tests.db.test_services_members import dump

TODAY = date(2026, 11, 27)


@pytest.fixture
def books(ledger: Ledger) -> dict[str, int]:
    """Two members (a, b) in a volunteer team since 2020."""
    with ledger.unit_of_work() as s:
        a, b = (
            add_member(s, MemberData(name=n, id_number=an_id(i)), today=TODAY)
            for i, n in ((1, "王一"), (2, "王二"))
        )
        team = add_team(s, TeamData(name="银发志愿队", kind=TeamKind.VOLUNTEER), today=TODAY)
        add_team_members(s, team, [a, b], joined_on=date(2020, 1, 1), today=TODAY)
    return {"team": team, "a": a, "b": b}


def money(member_id: int, amount: str) -> DonationData:
    """A donation of ``amount`` yuan; a third decimal becomes a fraction of a fen, which the
    service refuses (as a caller's own arithmetic might hand it over)."""
    fen = Decimal(amount) * 100
    return DonationData(
        DonationKind.MONEY,
        date(2026, 3, 1),
        member_id=member_id,
        amount_fen=int(fen) if fen == int(fen) else fen,
    )


def outing(books: dict[str, int], *donations: DonationData, hours: str = "2") -> ActivityData:
    return ActivityData(
        team_id=books["team"],
        title="入户排查",
        held_on=date(2026, 3, 1),
        minutes={books["a"]: parse_hours(hours), books["b"]: parse_hours("1.5")},
        donations=donations,
    )


def saved(ledger: Ledger, books: dict[str, int]) -> tuple[int, int]:
    """A saved outing with one donation: (activity id, donation id)."""
    with ledger.unit_of_work() as s:
        activity_id = save_activity(s, outing(books, money(books["a"], "100")), today=TODAY)
    with ledger.reading() as s:
        donation_id = s.execute(text("SELECT id FROM donation")).scalar_one()
    return activity_id, donation_id


def test_an_edit_replaces_hours_drops_and_adds_donations_in_one_call(
    ledger: Ledger, books: dict[str, int]
) -> None:
    activity_id, old_donation = saved(ledger, books)
    with ledger.unit_of_work() as s:
        got = save_activity(
            s,
            outing(books, money(books["b"], "20.5"), hours="3"),
            activity_id=activity_id,
            dropped_donations=[old_donation],
            today=TODAY,
        )
    assert got == activity_id
    with ledger.reading() as s:
        fen = s.execute(text("SELECT member_id, amount_fen FROM donation")).all()
        minutes = s.execute(
            text("SELECT minutes FROM service_record WHERE member_id = :m"), {"m": books["a"]}
        ).scalar_one()
    assert [tuple(r) for r in fen] == [(books["b"], 2050)]
    assert minutes == 180


def test_a_bad_donation_leaves_the_ledger_unchanged_even_if_the_caller_commits(
    ledger: Ledger, books: dict[str, int]
) -> None:
    activity_id, old_donation = saved(ledger, books)
    before = dump(ledger)
    bad = outing(books, money(books["b"], "20"), money(books["b"], "12.345"), hours="3")
    with ledger.unit_of_work() as s, pytest.raises(ValidationError) as caught:
        save_activity(
            s, bad, activity_id=activity_id, dropped_donations=[old_donation], today=TODAY
        )
        # the caller's unit of work goes on and commits: the savepoint already undid the edit
    assert "amount" in {p.field for p in caught.value.problems}
    assert dump(ledger) == before


def test_a_new_outing_with_a_bad_donation_is_not_recorded(
    ledger: Ledger, books: dict[str, int]
) -> None:
    before = dump(ledger)
    with ledger.unit_of_work() as s, pytest.raises(ValidationError):
        save_activity(s, outing(books, money(books["a"], "0")), today=TODAY)
    assert dump(ledger) == before


def test_a_donation_of_another_activity_cannot_be_dropped(
    ledger: Ledger, books: dict[str, int]
) -> None:
    first, donation = saved(ledger, books)
    with ledger.unit_of_work() as s:
        second = save_activity(s, outing(books), today=TODAY)
    before = dump(ledger)
    with pytest.raises(ValidationError) as caught, ledger.unit_of_work() as s:
        save_activity(
            s, outing(books), activity_id=second, dropped_donations=[donation], today=TODAY
        )
    assert "donation" in {p.field for p in caught.value.problems}
    assert dump(ledger) == before
    assert first != second

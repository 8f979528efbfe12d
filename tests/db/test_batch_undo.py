"""Many members in one step, and 撤销 of the last change from the change log (issue 13 item 7)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from station_desk.db.schema.ledger import Ledger, open_ledger
from station_desk.db.schema.models import Branch, Grid, Member, Team, TeamMembership
from station_desk.domain.inputs import MemberData
from station_desk.domain.problems import ValidationError
from station_desk.services.batch import BatchEdit, batch_update_members
from station_desk.services.members import add_member, update_member
from station_desk.services.undo import last_change, undo_last
from tests.db.conftest import an_id
from tests.db.test_services_members import dump

TODAY = date(2026, 12, 2)


@pytest.fixture
def demo(demo_copy: Path) -> Any:
    opened = open_ledger(demo_copy)
    yield opened
    opened.close()


def members_of(ledger: Ledger, n: int) -> list[int]:
    with ledger.reading() as s:
        return list(
            s.scalars(
                select(Member.id).where(Member.deleted_at.is_(None)).order_by(Member.id).limit(n)
            )
        )


def other_branch(ledger: Ledger, ids: list[int]) -> int:
    with ledger.reading() as s:
        used = set(s.scalars(select(Member.branch_id).where(Member.id.in_(ids))))
        return next(b for b in s.scalars(select(Branch.id)) if b not in used)


def members_table(ledger: Ledger) -> list[tuple[Any, ...]]:
    """Every member row without ``updated_at`` (an undo is a write, and says when)."""
    with ledger.reading() as s:
        columns = [c for c in Member.__table__.c if c.name != "updated_at"]
        return sorted(map(tuple, s.execute(select(*columns))), key=repr)


def batch(ledger: Ledger, ids: list[int], edit: BatchEdit) -> int:
    with ledger.unit_of_work(operator="测试员") as s:
        return batch_update_members(s, ids, edit, what="党支部", today=TODAY)


def undo(ledger: Ledger) -> str:
    with ledger.unit_of_work(operator="测试员") as s:
        return undo_last(s)


def test_batch_sets_the_branch_of_every_member_and_undo_restores_exactly(demo: Ledger) -> None:
    ids = members_of(demo, 12)
    branch = other_branch(demo, ids)
    before = dump(demo)
    members = members_table(demo)
    assert batch(demo, ids, BatchEdit({"branch_id": branch})) == 12
    with demo.reading() as s:
        assert set(s.scalars(select(Member.branch_id).where(Member.id.in_(ids)))) == {branch}
        step = last_change(s)
    assert step is not None and step.label.startswith("批量修改 12 位老同志")
    assert undo(demo).startswith("批量修改 12 位老同志")
    assert members_table(demo) == members
    assert len(dump(demo)["change_log"]) > len(before["change_log"])
    with demo.reading() as s:
        again = last_change(s)
    assert again is None or not again.label.startswith("批量修改")


def test_a_branch_deleted_meanwhile_leaves_the_ledger_unchanged(demo: Ledger) -> None:
    ids = members_of(demo, 5)
    with demo.unit_of_work() as s:
        gone = Branch(name="已撤销的支部", category=s.scalars(select(Branch.category)).first())
        s.add(gone)
        s.flush()
        gone_id = gone.id
    with demo.unit_of_work() as s:
        s.delete(s.get(Branch, gone_id))
    before = dump(demo)
    with pytest.raises(ValidationError) as caught:
        batch(demo, ids, BatchEdit({"branch_id": gone_id}))
    assert str(caught.value) == "党支部：所选记录不存在或已删除"
    assert dump(demo) == before


def test_a_member_deleted_meanwhile_refuses_the_whole_batch(demo: Ledger) -> None:
    ids = members_of(demo, 5)
    with demo.unit_of_work() as s:
        s.get(Member, ids[2]).deleted_at = TODAY  # type: ignore[union-attr]
    before = dump(demo)
    with pytest.raises(ValidationError, match="1 位已被删除"):
        batch(demo, ids, BatchEdit({"branch_id": other_branch(demo, ids)}))
    assert dump(demo) == before


def test_grid_sets_its_community_and_a_team_is_joined_then_undone(demo: Ledger) -> None:
    ids = members_of(demo, 4)
    with demo.reading() as s:
        found = s.execute(select(Grid.id, Grid.community_id)).first()
        assert found is not None
        grid_id, community_id = found
        team = s.scalars(
            select(Team.id).where(
                ~Team.id.in_(
                    select(TeamMembership.team_id).where(TeamMembership.member_id.in_(ids))
                )
            )
        ).first()
    before = dump(demo)
    members = members_table(demo)
    edit = BatchEdit({"grid_id": grid_id}, team_id=team, joined_on=TODAY)
    batch(demo, ids, edit)
    with demo.reading() as s:
        rows = s.execute(select(Member.community_id, Member.grid_id).where(Member.id.in_(ids)))
        assert set(rows) == {(community_id, grid_id)}
        joined = s.scalars(
            select(TeamMembership.member_id).where(TeamMembership.team_id == team)
        ).all()
        assert set(ids) <= set(joined)
    undo(demo)
    assert members_table(demo) == members
    assert dump(demo)["team_membership"] == before["team_membership"]


def test_undo_an_edit_then_an_add_then_nothing_left(ledger: Ledger) -> None:
    with ledger.unit_of_work() as s:
        first = add_member(s, MemberData(name="张三", id_number=an_id(1)), today=TODAY)
    state = members_table(ledger)
    with ledger.unit_of_work() as s:
        update_member(
            s,
            first,
            MemberData(name="张山", id_number=an_id(1), former_unit="县档案局"),
            today=TODAY,
        )
    with ledger.reading() as s:
        step = last_change(s)
    assert step is not None and step.label == "修改老同志“张山”"
    undo(ledger)
    assert members_table(ledger) == state
    with ledger.reading() as s:
        step = last_change(s)
    assert step is not None and step.label == "新增老同志“张三”"
    undo(ledger)
    with ledger.reading() as s:
        member = s.get(Member, first)
        assert member is not None and member.deleted_at is not None  # in the recycle bin
        assert last_change(s) is None
    with pytest.raises(ValidationError, match="没有可以撤销的操作"):
        undo(ledger)


def test_an_edit_of_a_masked_number_is_refused_in_words(ledger: Ledger) -> None:
    with ledger.unit_of_work() as s:
        first = add_member(s, MemberData(name="张三", id_number=an_id(1)), today=TODAY)
    with ledger.unit_of_work() as s:
        update_member(
            s, first, MemberData(name="张三", id_number=an_id(1), phone="13812345678"), today=TODAY
        )
    before = dump(ledger)
    with ledger.reading() as s:
        step = last_change(s)
    assert step is not None and "联系电话" in step.problem
    with pytest.raises(ValidationError, match="联系电话"):
        undo(ledger)
    assert dump(ledger) == before

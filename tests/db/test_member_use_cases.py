"""The member dialog's two jobs are one service call each (issue 17 item 5): saving a member,
new or stored, and logging the numbers the clerk asked to see."""

from __future__ import annotations

from dataclasses import replace

import pytest

from station_desk.db.queries.core import member_full
from station_desk.db.schema.ledger import Ledger
from station_desk.domain.enums import ChangeAction
from station_desk.domain.inputs import MemberData
from station_desk.domain.problems import ValidationError
from station_desk.services import history, members
from tests.db.conftest import an_id

DATA = MemberData(name="刘东军", id_number=an_id(7), phone="13905310001")


def test_save_member_adds_then_updates_the_same_member(ledger: Ledger) -> None:
    with ledger.unit_of_work() as s:
        member_id = members.save_member(s, DATA, confirmed=True)
    with ledger.unit_of_work() as s:
        again = members.save_member(
            s, replace(DATA, phone="13905310002"), member_id=member_id, confirmed=True
        )
    assert again == member_id
    with ledger.reading() as s:
        assert member_full(s, member_id).phone == "13905310002"
        actions = [line.action for line in history.record_history(s, "member", member_id)]
    assert actions == [ChangeAction.CREATE, ChangeAction.UPDATE]


def test_save_member_refuses_bad_input_and_keeps_the_member(ledger: Ledger) -> None:
    with ledger.unit_of_work() as s:
        member_id = members.save_member(s, DATA, confirmed=True)
    with pytest.raises(ValidationError, match="姓名"), ledger.unit_of_work() as s:
        members.save_member(s, replace(DATA, name=""), member_id=member_id, confirmed=True)
    with ledger.reading() as s:
        assert member_full(s, member_id).name == "刘东军"


def test_log_reveals_logs_each_field_or_none(ledger: Ledger) -> None:
    with ledger.unit_of_work() as s:
        member_id = members.save_member(s, DATA, confirmed=True)
    with ledger.unit_of_work() as s:
        history.log_reveals(s, member_id, ["id_number", "phone"])
    with pytest.raises(ValidationError, match="字段"), ledger.unit_of_work() as s:
        history.log_reveals(s, member_id, ["phone", "address"])
    with ledger.reading() as s:
        lines = history.record_history(s, "member", member_id)
    reveals = [line.summary() for line in lines if line.action is ChangeAction.REVEAL]
    assert reveals == ["字段：身份证号", "字段：联系电话"]


def test_delete_members_moves_all_or_none(ledger: Ledger) -> None:
    """The members tab's 删除 of a selection is one service call: a member gone meanwhile (say
    deleted for good from another window) refuses the whole batch and moves nobody."""
    with ledger.unit_of_work() as s:
        first = members.save_member(s, DATA, confirmed=True)
        second = members.save_member(
            s, replace(DATA, name="王秀兰", id_number=an_id(8), phone="13905310003"), confirmed=True
        )
    with pytest.raises(ValidationError), ledger.unit_of_work() as s:
        members.delete_members(s, [first, 999_999, second])
    with ledger.reading() as s:
        assert member_full(s, first) is not None and member_full(s, second) is not None
    with ledger.unit_of_work() as s:
        assert members.delete_members(s, [first, second, first]) == 2
    with ledger.reading() as s:
        assert member_full(s, first) is None and member_full(s, second) is None

"""History of a record and of the whole ledger; reveals and exports in the change log."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from station_desk.db.schema.ledger import Ledger, open_ledger
from station_desk.db.schema.models import ChangeLog
from station_desk.domain.enums import ChangeAction, Gender, RetirementKind
from station_desk.domain.ids import make_id_number
from station_desk.domain.inputs import MemberData
from station_desk.domain.problems import ValidationError
from station_desk.services import history, members

NUMBER = make_id_number("370124", date(1949, 8, 1), 41, Gender.MALE)


@pytest.fixture
def ledger(tmp_path: Path) -> Ledger:
    ledger = open_ledger(tmp_path / "ledger.sqlite3")
    yield ledger
    ledger.close()


def _member(ledger: Ledger) -> int:
    data = MemberData(name="刘东军", id_number=NUMBER, phone="13905310001")
    with ledger.unit_of_work("王会计") as s:
        member_id = members.add_member(s, data, confirmed=True)
    with ledger.unit_of_work("李主任") as s:
        changed = replace(
            data, name="刘东君", phone="13905310002", retirement_kind=RetirementKind.LIXIU
        )
        members.update_member(s, member_id, changed, confirmed=True)
    return member_id


def test_record_history_says_who_when_what_from_what_to_what(ledger: Ledger) -> None:
    member_id = _member(ledger)
    with ledger.reading() as s:
        lines = history.record_history(s, "member", member_id)
    assert [(line.action, line.operator) for line in lines] == [
        (ChangeAction.CREATE, "王会计"),
        (ChangeAction.UPDATE, "李主任"),
    ]
    update_line = lines[1]
    by_field = {c.field: c for c in update_line.changes}
    assert (by_field["name"].label, by_field["name"].old, by_field["name"].new) == (
        "姓名",
        "刘东军",
        "刘东君",
    )
    assert (by_field["retirement_kind"].old, by_field["retirement_kind"].new) == ("退休", "离休")
    assert NUMBER not in update_line.summary() and "13905310002" not in update_line.summary()
    assert "姓名：刘东军 → 刘东君" in update_line.summary()
    assert abs(lines[0].at - datetime.now()) < timedelta(minutes=5), "shown in local time"
    assert update_line.table_label == "老同志" and update_line.action_label == "修改"


def test_record_history_of_unknown_record_is_clear(ledger: Ledger) -> None:
    with ledger.reading() as s, pytest.raises(ValidationError, match="老同志：记录不存在"):
        history.record_history(s, "member", 999)


def test_whole_log_filters_by_operator_and_date(ledger: Ledger) -> None:
    _member(ledger)
    with ledger.unit_of_work() as s:
        s.execute(
            update(ChangeLog)
            .where(ChangeLog.operator == "王会计")
            .values(at=datetime(2023, 3, 1, 2, 0))
        )
    with ledger.reading() as s:
        assert history.operators(s) == sorted(["李主任", "王会计"])
        assert [line.operator for line in history.change_log(s, operator="王会计")] == ["王会计"]
        today = date.today()
        recent = history.change_log(
            s, since=today - timedelta(days=1), until=today + timedelta(days=1)
        )
        assert [line.operator for line in recent] == ["李主任"]
        old = history.change_log(s, since=date(2023, 2, 28), until=date(2023, 3, 1))
        assert [line.operator for line in old] == ["王会计"]
        assert history.change_log(s, since=date(2023, 3, 3), until=date(2023, 3, 5)) == []


def test_reveal_and_export_are_logged_without_the_number(ledger: Ledger) -> None:
    member_id = _member(ledger)
    with ledger.unit_of_work("王会计") as s:
        history.log_reveal(s, member_id, "id_number")
        history.log_export(s, "花名册（Excel）", full_numbers=True, rows=1200)
    with ledger.reading() as s:
        reveal = history.record_history(s, "member", member_id)[-1]
        export = history.change_log(s, limit=1)[0]
    assert reveal.action is ChangeAction.REVEAL and reveal.operator == "王会计"
    assert reveal.summary() == "字段：身份证号"
    assert export.action is ChangeAction.EXPORT and export.row_label == "花名册（Excel）"
    assert "含完整号码：是" in export.summary() and "行数：1200" in export.summary()
    with ledger.reading() as s:
        texts = [row.changes for row in s.query(ChangeLog)]
    assert not any(NUMBER in text for text in texts)


def test_reveal_of_other_fields_refused(ledger: Ledger) -> None:
    member_id = _member(ledger)
    with ledger.unit_of_work() as s, pytest.raises(ValidationError, match="字段"):
        history.log_reveal(s, member_id, "address")


def test_purge_blanks_the_member_history(ledger: Ledger) -> None:
    member_id = _member(ledger)
    with ledger.unit_of_work() as s:
        history.log_reveal(s, member_id, "phone")
        members.delete_member(s, member_id)
    with ledger.unit_of_work() as s:
        members.purge_member(s, member_id)
    with ledger.reading() as s:
        lines = history.change_log(s)
    assert lines[0].action is ChangeAction.PURGE
    assert all(not line.changes for line in lines)

"""A commit after a dry run: it writes the dry run's verdicts without checking every row
again, but only while the ledger still holds what they rested on; anything changed in
between (a member added or binned, a grid renamed, other options) means a full re-check."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from station_desk.db.schema.ledger import Ledger, LedgerError, open_ledger
from station_desk.db.schema.models import ChangeLog, Grid, Member
from station_desk.domain import ids, people, search
from station_desk.domain.inputs import MemberData
from station_desk.exchange.reading import Sheet
from station_desk.exchange.rows import parse_sheet
from station_desk.services import imports_lookup, imports_members
from station_desk.services.imports import ImportOptions, RowStatus, commit_import, dry_run
from station_desk.services.imports_members import MemberImport
from station_desk.services.members import add_member, delete_member
from station_desk.services.org import add_community, add_grid, rename_grid
from tests.db.conftest import an_id
from tests.db.test_imports import members
from tests.db.test_services_members import dump

TODAY = date(2026, 11, 27)
HEADERS = ["姓名", "身份证号", "联系电话", "社区", "网格", "是否党员", "入党时间", "志愿者编号"]
VOLATILE = {"id", "uuid", "created_at", "updated_at"}


def row(n: int, name: str = "张三", **cells: object) -> list[object]:
    values = {"姓名": name, "身份证号": an_id(n), "社区": "翠屏社区", "网格": "第一网格", **cells}
    return [values.get(h) for h in HEADERS]


def roster(*rows: list[object]) -> Sheet:
    return Sheet("名单", [list(HEADERS), *rows])


def options(**chosen: Any) -> ImportOptions:
    return ImportOptions(today=TODAY, **chosen)


def with_org(ledger: Ledger) -> Ledger:
    """翠屏社区 with 第一网格 and 第二网格."""
    with ledger.unit_of_work() as session:
        cuiping = add_community(session, "翠屏社区")
        add_grid(session, cuiping, "第一网格")
        add_grid(session, cuiping, "第二网格")
    return ledger


@pytest.fixture
def org(ledger: Ledger) -> Ledger:
    return with_org(ledger)


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many rows each full check pass looked at."""
    passes: list[int] = []
    real = MemberImport.check_all

    def counted(self: MemberImport, step: Any) -> Any:
        passes.append(len(self.rows))
        return real(self, step)

    monkeypatch.setattr(MemberImport, "check_all", counted)
    return passes


@pytest.fixture
def twin(empty_ledger_file: Path, tmp_path: Path) -> Iterator[Ledger]:
    """A second ledger set up as ``org`` is."""
    target = tmp_path / "twin.sqlite3"
    shutil.copyfile(empty_ledger_file, target)
    opened = open_ledger(target)
    yield with_org(opened)
    opened.close()


def comparable(ledger: Ledger) -> tuple[dict[str, dict[str, Any]], list[tuple[str, str, str]]]:
    """Members without their random or clock columns, and the change log's words."""
    stored = {
        key: {k: v for k, v in vars(m).items() if k not in VOLATILE}
        for key, m in members(ledger).items()
    }
    with ledger.reading() as session:
        logs = session.execute(select(ChangeLog.row_label, ChangeLog.action, ChangeLog.changes))
        return stored, sorted((label, str(action), changes) for label, action, changes in logs)


def seed_member(ledger: Ledger, n: int, name: str, **fields: Any) -> int:
    with ledger.unit_of_work() as session:
        return add_member(session, MemberData(name=name, id_number=an_id(n), **fields), today=TODAY)


def test_commit_writes_the_dry_runs_verdicts_as_a_full_check_would(
    org: Ledger,
    twin: Ledger,
    checks: list[int],
) -> None:
    for ledger in (org, twin):
        seed_member(ledger, 9, "赵六", phone="13800000009")
    raw = roster(
        row(1, 志愿者编号="V001"),
        row(2, "李四", 联系电话="13812345678"),
        row(3, "王五", 联系电话="12345"),
        row(9, "赵六", 联系电话="13900000009"),
        row(4, "钱七", 是否党员="党员", 入党时间="1965.01"),
    )
    chosen = options(on_duplicate="update", skip_errors=True, accept_warnings=True)
    parsed = parse_sheet(raw, "members")
    preview = dry_run(org, raw, parsed, chosen)
    done = commit_import(org, raw, parsed, chosen, backup=False, checked=preview)
    assert checks == [5]
    assert done.committed and done.rows == preview.rows
    assert [r.status for r in done.rows] == [
        RowStatus.NEW,
        RowStatus.NEW,
        RowStatus.ERROR,
        RowStatus.UPDATE,
        RowStatus.NEW,
    ]
    full = commit_import(twin, raw, parse_sheet(raw, "members"), chosen, backup=False)
    assert checks == [5, 5] and full.rows == done.rows
    assert comparable(org) == comparable(twin)
    assert members(org)[an_id(9)].phone == "13900000009"


def test_latest_dry_run_of_the_same_parsed_sheet_is_reused_without_being_handed_over(
    org: Ledger,
    checks: list[int],
) -> None:
    raw = roster(row(1), row(2, "李四"))
    parsed = parse_sheet(raw, "members")
    dry_run(org, raw, parsed, options())
    assert commit_import(org, raw, parsed, options(), backup=False).written == 2
    assert checks == [2]
    again = roster(row(3, "王五"))
    dry_run(org, again, parse_sheet(again, "members"), options())
    other = parse_sheet(again, "members")
    assert commit_import(org, again, other, options(), backup=False).written == 1
    assert checks == [2, 1, 1]


def test_a_dry_run_of_another_ledger_is_not_reused(
    org: Ledger,
    twin: Ledger,
    checks: list[int],
) -> None:
    raw = roster(row(1))
    parsed = parse_sheet(raw, "members")
    preview = dry_run(twin, raw, parsed, options())
    assert commit_import(org, raw, parsed, options(), backup=False, checked=preview).committed
    assert checks == [1, 1]


def test_same_id_added_since_the_dry_run_is_reported_not_written_twice(
    org: Ledger,
    checks: list[int],
) -> None:
    raw = roster(row(1), row(2, "李四"))
    parsed = parse_sheet(raw, "members")
    preview = dry_run(org, raw, parsed, options())
    assert [r.status for r in preview.rows] == [RowStatus.NEW, RowStatus.NEW]
    seed_member(org, 2, "李四")
    done = commit_import(org, raw, parsed, options(), backup=False, checked=preview)
    assert checks == [2, 2]
    assert [r.status for r in done.rows] == [RowStatus.NEW, RowStatus.SKIP]
    assert "台账中已有此人" in done.rows[1].reasons()
    with org.reading() as session:
        owners = session.scalars(select(Member.name).where(Member.id_number == an_id(2)))
        assert list(owners) == ["李四"]
    assert set(members(org)) == {an_id(1), an_id(2)}


def test_volunteer_number_taken_since_the_dry_run_stops_the_commit(
    org: Ledger,
    checks: list[int],
) -> None:
    raw = roster(row(1, 志愿者编号="V001"), row(2, "李四"))
    parsed = parse_sheet(raw, "members")
    preview = dry_run(org, raw, parsed, options())
    assert not preview.blocked and preview.written == 2
    seed_member(org, 7, "孙八", volunteer_number="V001")
    before = dump(org)
    done = commit_import(org, raw, parsed, options(), backup=False, checked=preview)
    assert checks == [2, 2]
    assert done.blocked and not done.committed
    assert done.rows[0].status is RowStatus.ERROR
    assert any(p.column == "志愿者编号" and "已被" in p.message for p in done.rows[0].problems)
    assert dump(org) == before


def test_member_binned_since_the_dry_run_is_not_updated(
    org: Ledger,
    checks: list[int],
) -> None:
    member_id = seed_member(org, 1, "张三")
    raw = roster(row(1, 联系电话="13812345678"))
    parsed = parse_sheet(raw, "members")
    chosen = options(on_duplicate="update")
    preview = dry_run(org, raw, parsed, chosen)
    assert preview.rows[0].status is RowStatus.UPDATE
    with org.unit_of_work() as session:
        delete_member(session, member_id)
    done = commit_import(org, raw, parsed, chosen, backup=False, checked=preview)
    assert done.rows[0].status is RowStatus.ERROR and "回收站" in done.rows[0].reasons()
    assert members(org)[an_id(1)].phone == "" and checks == [1, 1]


def test_grid_renamed_since_the_dry_run_is_found_missing(
    org: Ledger,
    checks: list[int],
) -> None:
    raw = roster(row(1, 网格="第二网格"))
    parsed = parse_sheet(raw, "members")
    preview = dry_run(org, raw, parsed, options())
    with org.unit_of_work() as session:
        grid_id = session.scalar(select(Grid.id).where(Grid.name == "第二网格"))
        assert grid_id is not None
        rename_grid(session, grid_id, "第三网格")
    done = commit_import(org, raw, parsed, options(), backup=False, checked=preview)
    assert done.rows[0].status is RowStatus.ERROR and "第二网格" in done.rows[0].reasons()
    assert members(org) == {} and checks == [1, 1]


def test_other_options_at_commit_mean_a_new_check(
    org: Ledger,
    checks: list[int],
) -> None:
    raw = roster(row(1, 是否党员="党员", 入党时间="1965.01"))
    parsed = parse_sheet(raw, "members")
    preview = dry_run(org, raw, parsed, options())
    assert preview.rows[0].status is RowStatus.WARNING and preview.blocked
    accepted = options(accept_warnings=True)
    done = commit_import(org, raw, parsed, accepted, backup=False, checked=preview)
    assert done.rows[0].status is RowStatus.NEW and done.committed and checks == [1, 1]


def test_a_reused_commit_failing_midway_writes_nothing(
    org: Ledger,
    checks: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    raw = roster(row(1), row(2, "李四"))
    parsed = parse_sheet(raw, "members")
    preview = dry_run(org, raw, parsed, options())
    before = dump(org)
    real = imports_members.bulk_insert

    def failing(session: Any, table: str, rows: list[dict[str, Any]]) -> None:
        if table == "change_log":
            raise RuntimeError("disk unplugged")
        real(session, table, rows)

    monkeypatch.setattr(imports_members, "bulk_insert", failing)
    with pytest.raises(RuntimeError):
        commit_import(org, raw, parsed, options(), backup=False, checked=preview)
    assert dump(org) == before and checks == [2]


def test_backup_is_still_taken_before_a_reused_commit(org: Ledger, checks: list[int]) -> None:
    seed_member(org, 9, "赵六")
    raw = roster(row(1), row(2, "李四"))
    parsed = parse_sheet(raw, "members")
    preview = dry_run(org, raw, parsed, options())
    done = commit_import(org, raw, parsed, options(), checked=preview)
    assert done.committed and done.backup_path is not None and checks == [2]
    backup = open_ledger(done.backup_path, create=False)
    try:
        with backup.reading() as session:
            assert list(session.scalars(select(Member.name))) == ["赵六"]
    finally:
        backup.close()
    assert len(members(org)) == 3


def test_a_failed_backup_stops_a_reused_commit(
    org: Ledger, checks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from station_desk.db.safekeeping import backup

    def full_disk(*_args: object, **_kwargs: object) -> object:
        raise LedgerError("磁盘已满，备份未完成。")

    raw = roster(row(1))
    parsed = parse_sheet(raw, "members")
    preview = dry_run(org, raw, parsed, options())
    monkeypatch.setattr(backup, "make_backup", full_disk)
    before = dump(org)
    with pytest.raises(LedgerError, match="备份"):
        commit_import(org, raw, parsed, options(), checked=preview)
    assert dump(org) == before


def test_each_id_number_is_parsed_once_per_row(
    org: Ledger, checks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed_ids: list[str] = []
    real = ids.parse_id_number

    def counted(raw: str, **kwargs: Any) -> Any:
        parsed_ids.append(raw)
        return real(raw, **kwargs)

    monkeypatch.setattr(people, "parse_id_number", counted)
    monkeypatch.setattr(imports_lookup, "parse_id_number", counted)
    imports_lookup._normalized.cache_clear()
    raw = roster(*(row(n, "张三") for n in range(20)))
    parsed = parse_sheet(raw, "members")
    preview = dry_run(org, raw, parsed, options())
    assert commit_import(org, raw, parsed, options(), backup=False, checked=preview).written == 20
    assert sorted(parsed_ids) == sorted(an_id(n) for n in range(20))


def test_pinyin_is_worked_out_once_per_distinct_name(org: Ledger) -> None:
    names = ["张三", "李四", "欧阳修", "王五", "赵六"]
    raw = roster(*(row(n, names[n % len(names)]) for n in range(20)))
    parsed = parse_sheet(raw, "members")
    search._readings.cache_clear()
    preview = dry_run(org, raw, parsed, options())
    assert search._readings.cache_info().currsize == 0
    assert commit_import(org, raw, parsed, options(), backup=False, checked=preview).written == 20
    assert search._readings.cache_info().misses == len(names)

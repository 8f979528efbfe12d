"""The import service: verdicts per row, the same rules as add_member, dry runs that change
nothing, commits that write everything or nothing, and messy sheets from Hypothesis."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select
from sqlalchemy import inspect as sa_inspect

from station_desk.db.schema.ledger import Ledger
from station_desk.db.schema.models import (
    ChangeLog,
    CulturalEvent,
    EventParticipation,
    Member,
    ServiceActivity,
    ServiceRecord,
    TeamMembership,
)
from station_desk.domain.enums import EventKind, Gender, ParticipationRole, RetirementKind, TeamKind
from station_desk.domain.inputs import MemberData, TeamData
from station_desk.domain.problems import NeedsConfirmation, ValidationError
from station_desk.exchange.reading import Sheet
from station_desk.exchange.rows import parse_sheet
from station_desk.services import imports_groups, imports_members
from station_desk.services.common import audit_values, snapshot
from station_desk.services.imports import ImportOptions, RowStatus, commit_import, dry_run
from station_desk.services.members import add_member, column_values, delete_member, member_rules
from station_desk.services.org import add_community, add_grid
from station_desk.services.teams import add_team
from tests.db.conftest import an_id
from tests.db.test_services_members import dump

TODAY = date(2026, 11, 27)
HEADERS = [
    "姓名",
    "身份证号",
    "性别",
    "出生日期",
    "联系电话",
    "社区",
    "网格",
    "是否党员",
    "入党时间",
]


@pytest.fixture
def org(ledger: Ledger) -> Iterator[Ledger]:
    """An empty ledger with 翠屏社区 (第一网格, 第二网格) and 环秀社区 (第一网格)."""
    with ledger.unit_of_work() as session:
        cuiping = add_community(session, "翠屏社区")
        add_grid(session, cuiping, "第一网格")
        add_grid(session, cuiping, "第二网格")
        add_grid(session, add_community(session, "环秀社区"), "第一网格")
    yield ledger


def sheet(*rows: list[object], headers: list[str] = HEADERS) -> Sheet:
    return Sheet("名单", [["翠屏社区老同志花名册"], list(headers), *[list(r) for r in rows]])


def person(n: int, name: str = "张三", **cells: object) -> list[object]:
    values = {"姓名": name, "身份证号": an_id(n), "社区": "翠屏社区", "网格": "第一网格", **cells}
    return [values.get(h) for h in HEADERS]


def run(ledger: Ledger, raw: Sheet, commit: bool = False, kind: str = "members", **opts: Any):  # type: ignore[no-untyped-def]
    options = ImportOptions(today=TODAY, **opts)
    parsed = parse_sheet(raw, kind)
    if commit:
        return commit_import(ledger, raw, parsed, options, backup=False)
    return dry_run(ledger, raw, parsed, options)


def members(ledger: Ledger) -> dict[str, SimpleNamespace]:
    """Every member's columns, read back through the model."""
    keys = [c.key for c in sa_inspect(Member).column_attrs]
    with ledger.reading() as session:
        return {
            m.id_number: SimpleNamespace(**{k: getattr(m, k) for k in keys})
            for m in session.scalars(select(Member))
        }


def test_new_members_are_written_with_their_grid_and_a_change_log_line(org: Ledger) -> None:
    raw = sheet(person(1, phone=None), person(2, "李 四", 联系电话="13812345678"))
    preview = run(org, raw, commit=True)
    assert preview.committed and preview.summary() == "新增 2，更新 0，跳过 0，错误 0"
    stored = members(org)
    assert stored[an_id(2)].name == "李四" and stored[an_id(2)].phone == "13812345678"
    assert stored[an_id(1)].grid_id is not None and stored[an_id(1)].community_id is not None
    assert stored[an_id(1)].birth_date == date(1950, 3, 5)
    assert "zs" in stored[an_id(1)].search_keys
    with org.reading() as session:
        assert (session.scalar(select(func.count()).select_from(ChangeLog)) or 0) >= 2


def test_unknown_community_names_the_column_and_value(org: Ledger) -> None:
    preview = run(org, sheet(person(1, 社区="翠平社区")))
    (row,) = preview.rows
    assert row.status is RowStatus.ERROR and row.row == 3
    assert any(p.column == "社区" and "翠平社区" in p.message for p in row.problems)


def test_grid_shared_by_two_communities_needs_the_community(org: Ledger) -> None:
    preview = run(org, sheet(person(1, 社区=None)))
    assert preview.rows[0].status is RowStatus.ERROR
    assert "请同时填写“社区”" in preview.rows[0].reasons()
    assert run(org, sheet(person(1, 社区=None, 网格="第二网格"))).rows[0].status is RowStatus.NEW


def test_match_by_id_number_update_or_skip_and_blank_cells_keep_values(org: Ledger) -> None:
    run(org, sheet(person(1, 联系电话="13812345678")), commit=True)
    again = sheet(person(1, 联系电话=None, 网格="第二网格"))
    skipped = run(org, again, commit=True)
    assert skipped.rows[0].status is RowStatus.SKIP and not skipped.committed
    updated = run(org, again, commit=True, on_duplicate="update")
    assert updated.rows[0].status is RowStatus.UPDATE and "网格" in updated.rows[0].reasons()
    member = members(org)[an_id(1)]
    assert member.phone == "13812345678"
    assert run(org, again, on_duplicate="update").rows[0].notes == ("与台账中的记录相同",)


def test_member_in_recycle_bin_is_reported_not_revived(org: Ledger) -> None:
    run(org, sheet(person(1)), commit=True)
    with org.unit_of_work() as session:
        delete_member(session, members(org)[an_id(1)].id)
    preview = run(org, sheet(person(1, 联系电话="13812345678")), commit=True, on_duplicate="update")
    assert preview.rows[0].status is RowStatus.ERROR and "回收站" in preview.rows[0].reasons()
    assert members(org)[an_id(1)].deleted_at is not None
    assert members(org)[an_id(1)].phone == ""


def test_warnings_need_explicit_acceptance(org: Ledger) -> None:
    raw = sheet(person(1, 是否党员="党员", 入党时间="1965.01"))
    warned = run(org, raw, commit=True)
    assert warned.rows[0].status is RowStatus.WARNING and warned.blocked
    assert "十八岁" in warned.rows[0].reasons() and an_id(1) not in members(org)
    accepted = run(org, raw, commit=True, accept_warnings=True)
    assert accepted.rows[0].status is RowStatus.NEW and accepted.committed
    assert members(org)[an_id(1)].joined_party_on == date(1965, 1, 1)


def test_one_bad_row_stops_the_commit_unless_errors_are_skipped(org: Ledger) -> None:
    raw = sheet(person(1), person(2, "李四", 联系电话="12345"), person(3, "王五"))
    blocked = run(org, raw, commit=True)
    assert blocked.blocked and not blocked.committed and members(org) == {}
    bad = blocked.rows[1]
    assert (bad.row, bad.problems[0].column) == (4, "联系电话")
    partial = run(org, raw, commit=True, skip_errors=True)
    assert partial.committed and set(members(org)) == {an_id(1), an_id(3)}


def test_same_person_twice_in_the_file_even_15_and_18_digits(org: Ledger) -> None:
    eighteen = an_id(1, birth=date(1950, 3, 5))
    fifteen = eighteen[:6] + eighteen[8:17]
    raw = sheet(person(1), [*person(1)[:1], fifteen, *person(1)[2:]])
    preview = run(org, raw)
    assert preview.rows[0].status is RowStatus.NEW
    assert preview.rows[1].status is RowStatus.ERROR and "第 3 行" in preview.rows[1].reasons()


@st.composite
def member_data(draw: st.DrawFn) -> MemberData:
    birth = draw(st.dates(date(1925, 1, 1), date(2010, 12, 31)))
    gender = draw(st.sampled_from(Gender))
    id_number = draw(
        st.one_of(
            st.just(an_id(draw(st.integers(0, 99)), birth=birth, gender=gender)),
            st.text("0123456789X", min_size=0, max_size=19),
        )
    )
    return MemberData(
        name=draw(st.sampled_from(["张三", "欧阳 修", "A1", "", "阿依古丽.买买提", "张" * 31])),
        id_number=id_number,
        gender=draw(st.sampled_from([None, gender, Gender.FEMALE])),
        birth_date=draw(st.sampled_from([None, birth, date(1960, 1, 1)])),
        phone=draw(st.sampled_from(["", "13812345678", "0531-87654321", "12345", "138ab"])),
        address=draw(st.sampled_from(["", "一号楼", "地" * 201])),
        retirement_kind=draw(st.sampled_from(list(RetirementKind))),
        retired_on=draw(st.sampled_from([None, date(2000, 1, 1), date(2030, 1, 1)])),
        honorary_retirement_on=draw(st.sampled_from([None, date(1999, 1, 1)])),
        is_party_member=draw(st.booleans()),
        joined_party_on=draw(st.sampled_from([None, date(1940, 1, 1), date(1975, 7, 1)])),
        volunteer_number=draw(st.sampled_from(["", "V001"])),
    )


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=member_data())
def test_bulk_rules_give_the_verdicts_of_add_member(ledger: Ledger, data: MemberData) -> None:
    """The import's member_rules and add_member agree on errors, warnings and the result."""
    clean, problems = member_rules(data, TODAY, None)
    with ledger.unit_of_work() as session:
        try:
            member_id = add_member(session, data, today=TODAY)
            outcome = "ok"
        except ValidationError as exc:
            outcome = "error"
            assert {p.field for p in exc.problems} == {p.field for p in problems.errors}
        except NeedsConfirmation as exc:
            outcome = "warn"
            assert {p.message for p in exc.warnings} == {p.message for p in problems.warnings}
        if outcome == "ok":
            stored = session.get(Member, member_id)
            assert clean is not None and stored is not None
            values = column_values(clean)
            for name, value in values.items():
                assert getattr(stored, name) == value, name
            logged = select(func.count()).where(ChangeLog.row_uuid == stored.uuid)
            assert session.scalar(logged) == 1
            assert audit_values(Member, {**values, "deleted_at": None}) == snapshot(stored)
        session.rollback()
    assert (outcome == "error") == bool(problems.errors)
    assert (outcome == "warn") == (not problems.errors and bool(problems.warnings))


def test_a_failure_in_the_middle_of_a_commit_writes_nothing(
    org: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = dump(org)
    calls: list[str] = []

    def failing(session: Any, table: str, rows: list[dict[str, Any]]) -> None:
        calls.append(table)
        if table == "change_log":
            raise RuntimeError("disk unplugged")
        original(session, table, rows)

    original = imports_members.bulk_insert
    monkeypatch.setattr(imports_members, "bulk_insert", failing)
    with pytest.raises(RuntimeError):
        run(org, sheet(person(1), person(2, "李四")), commit=True)
    assert calls == ["member", "change_log"]
    assert dump(org) == before


def test_group_import_failing_midway_writes_nothing(
    org: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(org, sheet(person(1), person(2, "李四"), person(3, "王五")), commit=True)
    with org.unit_of_work() as session:
        add_team(session, TeamData("银发志愿队", TeamKind.VOLUNTEER))
    before = dump(org)
    real = imports_groups.add_team_members
    seen: list[int] = []

    def third_fails(*args: Any, **kwargs: Any) -> list[int]:
        seen.append(1)
        if len(seen) == 3:
            raise OSError("power cut")
        return real(*args, **kwargs)

    monkeypatch.setattr(imports_groups, "add_team_members", third_fails)
    raw = Sheet(
        "队员",
        [["服务队", "姓名", "身份证号", "加入时间"]]  # type: ignore[arg-type]
        + [
            ["银发志愿队", n, an_id(i), "2020.05"]
            for i, n in ((1, "张三"), (2, "李四"), (3, "王五"))
        ],
    )
    with pytest.raises(OSError):
        run(org, raw, commit=True, kind="team_members")
    assert dump(org) == before
    monkeypatch.setattr(imports_groups, "add_team_members", real)
    done = run(org, raw, commit=True, kind="team_members")
    assert done.summary() == "新增 3，更新 0，跳过 0，错误 0"
    with org.reading() as session:
        assert session.scalar(select(func.count()).select_from(TeamMembership)) == 3
    assert run(org, raw, kind="team_members").count(RowStatus.SKIP) == 3


CELLS = st.one_of(
    st.none(),
    st.sampled_from(
        [
            an_id(1),
            an_id(2),
            an_id(3, gender=Gender.FEMALE),
            "３７０１２４１９５００３０５０１１Ｘ",
            3.70124e17,
            370124195003050000,
            "张\u200b三",
            " 李  四 ",
            "翠屏社区",
            "环秀社区",
            "第一网格",
            "第九网格",
            "党员",
            "群众",
            "1950.3",
            "1950年3月5日",
            "19500305",
            18327.0,
            "13812345678",
            "合计",
            "=SUM(A1)",
            "\x00",
            True,
            -1,
            datetime(1950, 3, 5),
        ]
    ),
    st.text(max_size=8),
)


@st.composite
def messy_sheets(draw: st.DrawFn) -> Sheet:
    rows: list[list[object]] = [["翠屏社区老同志花名册"], []] if draw(st.booleans()) else []
    rows.append(list(HEADERS))
    rows += draw(st.lists(st.lists(CELLS, min_size=0, max_size=len(HEADERS)), max_size=12))
    return Sheet("messy", rows, date1904=draw(st.booleans()))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=messy_sheets())
def test_messy_sheets_are_reported_row_by_row_and_dry_runs_change_nothing(
    org: Ledger, raw: Sheet
) -> None:
    before = dump(org)
    preview = run(org, raw, on_duplicate="update")
    assert dump(org) == before
    parsed = parse_sheet(raw, "members")
    assert [r.row for r in preview.rows] == [r.row for r in parsed.rows]
    for row in preview.rows:
        if row.status is RowStatus.ERROR:
            assert row.problems and all(p.row == row.row for p in row.problems)
            assert all(
                p.column for p in row.problems if p.field in set(parsed.header.mapping.values())
            )
    committed = run(org, raw, commit=True, on_duplicate="update")
    after = dump(org)
    if committed.blocked or committed.written == 0:
        assert after == before
    else:
        assert len(after["member"]) == len(before["member"]) + committed.count(RowStatus.NEW)
    with org.unit_of_work() as session:
        session.execute(delete(ChangeLog))
        session.execute(delete(Member))


def test_backup_is_taken_before_a_committing_import(org: Ledger) -> None:
    raw = sheet(person(1))
    preview = commit_import(org, raw, parse_sheet(raw, "members"), ImportOptions(today=TODAY))
    assert preview.committed and preview.backup_path is not None
    assert preview.backup_path.is_file() and "import" in preview.backup_path.name
    assert Path(preview.backup_path).parent.name == "backups"


@pytest.fixture
def team_ledger(org: Ledger) -> Ledger:
    """Three members (张三, 李四, and a second 张三 without a team) and one team of two."""
    run(org, sheet(person(1), person(2, "李四"), person(4, "张三")), commit=True)
    with org.unit_of_work() as session:
        add_team(session, TeamData("银发志愿队", TeamKind.VOLUNTEER))
    raw = Sheet(
        "队员",
        [["服务队", "姓名", "身份证号", "加入时间"]]  # type: ignore[arg-type]
        + [["银发志愿队", n, an_id(i), "2020.05"] for i, n in ((1, "张三"), (2, "李四"))],
    )
    assert run(org, raw, commit=True, kind="team_members").committed
    return org


def test_activity_rows_become_one_activity_with_each_members_hours(team_ledger: Ledger) -> None:
    head: list[object] = ["服务队", "活动名称", "活动日期", "地点", "姓名", "身份证号", "服务时长"]
    raw = Sheet(
        "活动",
        [
            head,
            ["银发志愿队", "爱心义诊", "2021.05.20", "广场", "张三", an_id(1), "2.5"],
            ["银发志愿队", "爱心义诊", "2021.05.20", "", "李四", an_id(2), "1小时30分"],
            ["银发志愿队", "清扫楼道", "2019.01.02", "", "李四", an_id(2), "1"],
            ["银发志愿队", "清扫楼道", "2021.06.01", "", "王五", an_id(9), "1"],
        ],
    )
    preview = run(team_ledger, raw, commit=True, kind="activities", skip_errors=True)
    statuses = [r.status for r in preview.rows]
    assert statuses == [RowStatus.NEW, RowStatus.NEW, RowStatus.ERROR, RowStatus.ERROR]
    assert "不是“银发志愿队”的队员" in preview.rows[2].reasons()
    assert preview.rows[3].problems[0].column == "身份证号"
    with team_ledger.reading() as session:
        minutes = session.execute(
            select(ServiceRecord.minutes).order_by(ServiceRecord.minutes)
        ).scalars()
        assert list(minutes) == [90, 150]
        assert session.scalar(select(ServiceActivity.place)) == "广场"
    again = run(team_ledger, raw, kind="activities")
    assert again.rows[0].status is RowStatus.SKIP


def test_events_match_people_by_name_and_report_namesakes(team_ledger: Ledger) -> None:
    head: list[object] = ["活动名称", "类型", "日期", "姓名", "角色"]
    raw = Sheet(
        "活动",
        [
            head,
            ["学党史", "党课", "2021.06.18", "李四", "主讲"],
            ["学党史", "", "2021.06.18", "张三", ""],
            ["学党史", "演出", "2021.06.18", "", ""],
        ],
    )
    preview = run(team_ledger, raw, kind="events")
    assert preview.rows[0].status is RowStatus.NEW
    assert "2 位“张三”" in preview.rows[1].reasons()
    assert (
        preview.rows[2].status is RowStatus.ERROR and preview.rows[2].problems[0].column == "类型"
    )
    done = run(team_ledger, raw, commit=True, kind="events", skip_errors=True)
    assert done.committed
    with team_ledger.reading() as session:
        event = session.scalars(select(CulturalEvent)).one()
        assert event.kind is EventKind.PARTY_LECTURE
        role = session.scalar(select(EventParticipation.role))
        assert role is ParticipationRole.SPEAKER


def test_grid_posts_need_a_known_grid_and_are_not_doubled(team_ledger: Ledger) -> None:
    head: list[object] = ["社区", "网格", "姓名", "身份证号", "职务", "楼栋", "任职时间"]
    raw = Sheet(
        "任职",
        [
            head,
            ["翠屏社区", "第一网格", "张三", an_id(1), "楼长", "3号楼", "2020.02"],
            ["翠屏社区", "第九网格", "李四", an_id(2), "网格长", "", "2020.02"],
            ["翠屏社区", "第一网格", "李四", an_id(2), "楼长", "", "2020.02"],
        ],
    )
    preview = run(team_ledger, raw, commit=True, kind="grid_posts", skip_errors=True)
    assert [r.status for r in preview.rows] == [RowStatus.NEW, RowStatus.ERROR, RowStatus.ERROR]
    assert "第九网格" in preview.rows[1].reasons()
    assert preview.rows[2].problems[0].column == "楼栋"
    assert run(team_ledger, raw, kind="grid_posts").rows[0].status is RowStatus.SKIP

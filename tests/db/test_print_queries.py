"""The read side of prints: who is on each roster, hours only from recorded service."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from station_desk.db.queries.printing import MemberFilter, grid_post_lines, roster_members
from station_desk.db.queries.printing_service import (
    hours_candidates,
    service_lines,
    signin_event,
    team_candidates,
    team_roster,
)
from station_desk.db.schema.ledger import Ledger
from station_desk.db.schema.models import ChangeLog
from station_desk.domain.enums import ChangeAction, CommunityPostKind, GridPostKind
from station_desk.domain.privacy import mask_id_number
from station_desk.domain.problems import ValidationError
from station_desk.domain.units import hours_text
from station_desk.services.printing import (
    ROSTER_FIELDS,
    grid_post_table,
    roster_field,
    roster_table,
    team_table,
)
from tests.db.print_ledger import RARE, RARE2, TODAY, UNIT, PrintLedger, build_print_ledger

Y2021 = (date(2021, 1, 1), date(2021, 12, 31))


@pytest.fixture
def books(ledger: Ledger) -> PrintLedger:
    return build_print_ledger(ledger)


def names(rows: list) -> list[str]:  # type: ignore[type-arg]
    return [r.name for r in rows]


def test_filters_select_members_and_never_the_recycle_bin(
    ledger: Ledger, books: PrintLedger
) -> None:
    with ledger.reading() as s:
        everyone = names(roster_members(s, MemberFilter(), TODAY))
        in_grid = names(roster_members(s, MemberFilter(grid_id=books.grid), TODAY))
        other = names(roster_members(s, MemberFilter(community_id=books.other_community), TODAY))
        leaders = roster_members(s, MemberFilter(post_kind=GridPostKind.GRID_LEADER.value), TODAY)
        any_post = names(roster_members(s, MemberFilter(post_kind="*"), TODAY))
        first_sec = names(
            roster_members(
                s, MemberFilter(post_kind=CommunityPostKind.FIRST_SECRETARY.value), TODAY
            )
        )
        team = names(roster_members(s, MemberFilter(team_id=books.team), TODAY))
    assert sorted(everyone) == sorted(["张建国", RARE, RARE2, "王秀英"])
    assert sorted(in_grid) == sorted(["张建国", RARE, RARE2])
    assert other == ["王秀英"]
    assert names(leaders) == ["张建国"] and leaders[0].posts == "网格长"
    assert sorted(any_post) == sorted(everyone)
    assert first_sec == ["王秀英"]
    assert sorted(team) == sorted(["张建国", RARE, RARE2])


def test_explicit_selection_keeps_the_clerks_order(ledger: Ledger, books: PrintLedger) -> None:
    chosen = (books.members["王秀英"], books.members[RARE], books.members["赵已删"])
    with ledger.reading() as s:
        rows = roster_members(
            s, MemberFilter(member_ids=chosen, community_id=books.community), TODAY
        )
    assert names(rows) == ["王秀英", RARE]


def test_grid_post_roster_is_current_and_ordered_by_building(
    ledger: Ledger, books: PrintLedger
) -> None:
    with ledger.reading() as s:
        lines = grid_post_lines(s, TODAY, community_id=books.community)
        before = grid_post_lines(s, date(2019, 6, 1))
    assert [(x.kind_label, x.building, x.name) for x in lines] == [
        ("网格长", "", "张建国"),
        ("楼长", "3号楼", RARE),
        ("楼长", "12号楼", RARE2),
    ]
    assert before == []


def test_team_roster_counts_only_recorded_live_hours_in_the_period(
    ledger: Ledger, books: PrintLedger
) -> None:
    with ledger.reading() as s:
        lines = {x.name: x for x in team_roster(s, books.team, *Y2021)}
        best = hours_candidates(s, *Y2021, min_minutes=6 * 60)
        all_team = team_candidates(s, books.team, *Y2021)
    assert {n: x.minutes for n, x in lines.items()} == books.minutes
    assert lines[RARE].activities == 3
    assert "赵已删" not in lines
    assert [(c.name, c.minutes) for c in best] == [(RARE, 465)]
    assert sorted(c.name for c in all_team) == sorted(books.minutes)


def test_service_lines_are_the_period_records_oldest_first(
    ledger: Ledger, books: PrintLedger
) -> None:
    with ledger.reading() as s:
        lines = service_lines(s, books.members[RARE], *Y2021)
    assert [(x.held_on, x.minutes) for x in lines] == [
        (date(2021, 1, 1), 90),
        (date(2021, 6, 1), 240),
        (date(2021, 12, 31), 135),
    ]
    assert all(x.content == "为社区老人测量血压" for x in lines)
    assert sum(x.minutes for x in lines) == books.minutes[RARE]


def test_signin_lists_speakers_first_and_skips_the_bin(ledger: Ledger, books: PrintLedger) -> None:
    with ledger.reading() as s:
        event = signin_event(s, books.event)
    assert event is not None
    assert [(p[0], p[1]) for p in event.participants] == [(RARE, "主讲"), ("王秀英", "参与")]
    assert event.place == "翠屏社区党群服务中心"


def test_roster_table_masks_numbers_unless_asked_and_logs_the_full_print(
    ledger: Ledger, books: PrintLedger
) -> None:
    columns = ("index", "姓名", "身份证号", "phone", "age", "党龄", "职务")
    with ledger.reading() as s:
        masked = roster_table(s, MemberFilter(grid_id=books.grid), columns, on=TODAY)
    with ledger.unit_of_work(operator="李会计") as s:
        full = roster_table(
            s, MemberFilter(grid_id=books.grid), columns, on=TODAY, full_numbers=True
        )
    with ledger.reading() as s:
        logged = [
            (row.operator, json.loads(row.changes))
            for row in s.scalars(select(ChangeLog).where(ChangeLog.action == ChangeAction.PRINT))
        ]
    assert masked.unit_name == UNIT
    assert masked.headers == ("序号", "姓名", "身份证号", "联系电话", "年龄", "党龄", "职务")
    by_name = {r[1]: r for r in masked.rows}
    full_by_name = {r[1]: r for r in full.rows}
    assert [r[0] for r in masked.rows] == ["1", "2", "3"]
    assert by_name["张建国"][3] == "138****5678" and full_by_name["张建国"][3] == "13812345678"
    assert by_name[RARE2][3] == "0531-****4321"
    assert "*" in by_name[RARE][2] and "*" not in full_by_name[RARE][2]
    # 年龄 and 党龄 are on the page: the ID keeps its area code and last character only
    assert by_name[RARE][2] == mask_id_number(full_by_name[RARE][2], birth_shown=True)
    assert by_name[RARE][2] == full_by_name[RARE][2][:6] + "*" * 11 + full_by_name[RARE][2][-1]
    assert by_name["张建国"][4] == "76" and by_name["张建国"][5] == "51"
    assert by_name[RARE][6] == "楼长"
    assert logged == [("李会计", {"full_numbers": True, "rows": 3})]


def test_bad_columns_are_refused_by_name() -> None:
    with pytest.raises(ValidationError) as caught:
        roster_field("血型")
    assert caught.value.field == "columns" and "血型" in caught.value.message
    assert {f.header for f in ROSTER_FIELDS} >= {"序号", "姓名", "身份证号", "党龄", "志愿者编号"}


def test_team_table_totals_and_period_checks(ledger: Ledger, books: PrintLedger) -> None:
    with ledger.reading() as s:
        table = team_table(s, books.team, *Y2021, on=TODAY)
        posts = grid_post_table(s, TODAY)
        with pytest.raises(ValidationError) as caught:
            team_table(s, books.team, date(2021, 2, 1), date(2021, 1, 1), on=TODAY)
    assert caught.value.field == "period"
    assert table.rows[-1][0] == "合计"
    assert table.rows[-1][-1] == hours_text(sum(books.minutes.values())) == "14.25小时"
    assert len(posts.rows) == 3 and posts.rows[0][4] == ""


def test_hours_text_is_exact_and_reads_as_on_screen() -> None:
    """Issue 14: three services of 100 minutes printed "1.67" each under a total of 5."""
    got = [hours_text(m) for m in (0, 60, 90, 135, 100, 40, 300)]
    assert got == ["0小时", "1小时", "1.5小时", "2.25小时", "1小时40分", "40分", "5小时"]

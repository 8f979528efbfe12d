"""Headings, order, counts and empty periods on paper (issue 14)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from station_desk.db.queries.printing import MemberFilter
from station_desk.db.schema.ledger import Ledger, open_ledger
from station_desk.domain.enums import GridPostKind
from station_desk.domain.inputs import GridPostData
from station_desk.domain.problems import ValidationError, displayed
from station_desk.print_jobs import (
    GridPostRequest,
    RegisterRequest,
    RosterRequest,
    ServiceRecordRequest,
    TeamRequest,
    run_print,
)
from station_desk.services.org import add_community, add_grid
from station_desk.services.posts import assign_grid_post
from tests.db.print_ledger import RARE, RARE2, TODAY, PrintLedger, build_print_ledger
from tests.reports.pdf_probe import compact, page_texts


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    opened = open_ledger(tmp_path / "h.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def books(ledger: Ledger) -> PrintLedger:
    return build_print_ledger(ledger)


def text_of(path: Path) -> str:
    return compact("".join(page_texts(path)))


def test_filtered_roster_heading_names_the_filter(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    out = tmp_path / "r.pdf"
    run_print(ledger, RosterRequest(MemberFilter(community_id=books.community)), out, today=TODAY)
    assert "（社区：翠屏社区）" in text_of(out)
    run_print(ledger, RosterRequest(MemberFilter(team_id=books.team)), out, today=TODAY)
    assert "（队伍：老干部博爱驿站）" in text_of(out)


def test_names_sort_in_pinyin_order_beyond_the_bmp(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    """𠮷祥 (ji xiang) sorted after 邹 (its character has no pypinyin reading)."""
    out = tmp_path / "r.pdf"
    run_print(ledger, RosterRequest(), out, today=TODAY)
    text = text_of(out)
    assert text.index(RARE2) < text.index(RARE) < text.index("王秀英") < text.index("张建国")


def test_grid_post_roster_lists_communities_in_pinyin_order(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    with ledger.unit_of_work() as s:
        # 阿 (a) sorts before 翠 (cui) in pinyin, after it by character code
        other = add_grid(s, add_community(s, "阿胶社区"), "第一网格")
        assign_grid_post(
            s,
            GridPostData(
                books.members["王秀英"], other, GridPostKind.GRID_LEADER, date(2020, 1, 1)
            ),
            today=TODAY,
        )
    out = tmp_path / "g.pdf"
    run_print(ledger, GridPostRequest(), out, today=TODAY)
    text = text_of(out)
    assert text.index("阿胶社区") < text.index("翠屏社区")


def test_team_roster_counts_people_not_its_total_row(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    out = tmp_path / "t.pdf"
    result = run_print(
        ledger, TeamRequest(books.team, date(2021, 1, 1), date(2021, 12, 31)), out, today=TODAY
    )
    assert result.rows == 3 and "共 3 条" in text_of(out) and "合计" in text_of(out)


def test_an_empty_period_gives_a_message_not_an_empty_sheet(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    out = tmp_path / "e.pdf"
    with pytest.raises(ValidationError) as team:
        run_print(ledger, TeamRequest(books.team, date(2010, 1, 1), date(2010, 12, 31)), out)
    assert "没有队员" in str(team.value) and "2010.01.01" in str(team.value)
    with pytest.raises(ValidationError) as register:
        run_print(ledger, RegisterRequest(year=2019), out, today=TODAY)
    assert "2019年还没有登记证书" in str(register.value)
    # issue 13: shown to the clerk as it reads, not led by another field's label
    # (it said 证书编号：证书登记簿：…)
    assert [displayed(p) for p in register.value.problems] == [
        "证书登记簿：2019年还没有登记证书，没有可打印的登记簿"
    ]
    assert not out.exists()


def test_register_has_a_column_for_the_recipients_signature(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    request = ServiceRecordRequest(
        (books.members[RARE],), date(2021, 1, 1), date(2021, 12, 31), issuer="平阴县老干部局"
    )
    run_print(ledger, request, tmp_path / "c.pdf", today=TODAY)
    run_print(ledger, RegisterRequest(), tmp_path / "reg.pdf", today=TODAY)
    text = text_of(tmp_path / "reg.pdf")
    assert "领取人签名" in text and "累计7.75小时" in text

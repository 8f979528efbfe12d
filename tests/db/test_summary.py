"""The year in figures, correct to the record: every figure against plain SQL, and the
article's figures (docs/ARCHITECTURE.md §Demo figures) out of the demo ledger."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from station_desk.db.demo import build_demo
from station_desk.db.queries.summary import summary_figures
from station_desk.db.queries.summary_activity import training_stem
from station_desk.db.schema.ledger import Ledger, open_ledger
from station_desk.domain.problems import ValidationError
from station_desk.domain.units import format_wan
from station_desk.summary.records import Period, SummaryFigures
from tests.db.summary_oracle import expected, flatten

PERIODS = (
    (date(2021, 1, 1), date(2021, 12, 31)),
    (date(2020, 1, 1), date(2021, 12, 31)),
    (date(2020, 1, 1), date(2020, 3, 31)),
    (date(2020, 2, 15), date(2020, 3, 27)),
    (date(2001, 1, 1), date(2021, 12, 31)),
)


@pytest.fixture(scope="module", params=[7, 2024])
def seeded_demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp(f"seed{request.param}") / "demo.sqlite3"
    build_demo(path, members=1000, seed=request.param)
    return path


def figures(path: Path, start: date, end: date, *stations: int | None) -> SummaryFigures:
    """The summary of one station (or all, with no station given)."""
    (only,) = many(path, start, end, *(stations or (None,)))
    return only


def many(path: Path, start: date, end: date, *stations: int | None) -> list[SummaryFigures]:
    ledger = open_ledger(path, create=False)
    try:
        with ledger.reading() as session:
            return [summary_figures(session, start, end, s) for s in stations]
    finally:
        ledger.close()


@pytest.mark.parametrize(("start", "end"), PERIODS)
def test_every_figure_matches_plain_sql(seeded_demo: Path, start: date, end: date) -> None:
    assert flatten(figures(seeded_demo, start, end)) == expected(seeded_demo, start, end)


def test_every_station_matches_plain_sql(demo_file: Path) -> None:
    start, end = date(2020, 1, 1), date(2021, 12, 31)
    for station, got in enumerate(many(demo_file, start, end, *range(1, 18)), start=1):
        assert got.station_name, station
        assert flatten(got) == expected(demo_file, start, end, station), station


def test_station_figures_add_up_to_the_whole(demo_file: Path) -> None:
    start, end = date(2021, 1, 1), date(2021, 12, 31)
    whole = figures(demo_file, start, end)
    parts = many(demo_file, start, end, *range(1, 18))
    assert sum(p.events.events for p in parts) == whole.events.events
    assert sum(p.service.minutes for p in parts) == whole.service.minutes
    assert sum(len(p.teams) for p in parts) == len(whole.teams)
    assert sum(p.branches.total for p in parts) == whole.branches.total


def test_the_article_figures_come_out_of_the_demo(demo_file: Path) -> None:
    """The demo figures (docs/ARCHITECTURE.md), read from the summary for 2020–2021 (and all years where the
    article counts all years: lectures since 2001, 腰鼓 training since 2019)."""
    f = figures(demo_file, date(2020, 1, 1), date(2021, 12, 31))
    assert (f.station_count("shared_branch"), f.station_count("grid")) == (3, 7)
    assert (f.station_count("volunteer_center"), f.station_count("volunteer_post")) == (1, 6)
    assert (f.branches.shared_branches, f.branches.shared_party_members) == (31, 596)
    assert {c.kind for c in f.branches.by_category if c.branches} >= {
        "county",
        "township",
        "enterprise",
    }
    assert f.posts.of("first_secretary").members == 20
    assert f.posts.of("party_instructor").members == 26
    assert f.posts.leaders >= 160
    boai = f.team("老干部博爱驿站")
    assert boai is not None
    assert boai.members == 50 and boai.beneficiaries >= 1000 and boai.goods_items >= 4000
    silver = f.team("社区银发抗疫队伍")
    assert silver is not None
    assert (silver.building_leaders, silver.grid_leaders) == (120, 10)
    assert silver.average_age is not None and silver.average_age >= 65
    assert f.service.category("疫情防控").participations >= 2000
    assert f.works.theme("抗疫") >= 800
    assert f.donations.purpose("疫情防控").goods_items == 316
    arts = f.team("乐康艺术团")
    assert arts is not None and arts.community == "翠屏社区"
    always = figures(demo_file, date(2001, 1, 1), date(2021, 12, 31))
    top = always.events.lecturers[0]
    assert top.name == "刘东军" and top.lectures >= 200
    yaogu = [t for t in always.events.trainings if "腰鼓" in t.title]
    assert len(yaogu) == 1 and yaogu[0].audience >= 400


def test_the_demo_epidemic_money_is_20_51_wan(demo_file: Path) -> None:
    f = figures(demo_file, date(2020, 1, 1), date(2021, 12, 31))
    assert format_wan(f.donations.purpose("疫情防控").money_fen) == "20.51万元"


def test_bad_period_names_the_field() -> None:
    with pytest.raises(ValidationError) as caught:
        Period(date(2021, 5, 1), date(2021, 4, 30))
    assert caught.value.field == "period_end"
    with pytest.raises(ValidationError) as caught:
        Period.quarter(2021, 5)
    assert caught.value.field == "quarter" and "1 至 4" in caught.value.message


def test_period_labels() -> None:
    assert Period.year(2021).label == "2021年"
    assert Period.quarter(2021, 4) == Period(date(2021, 10, 1), date(2021, 12, 31))
    assert Period.quarter(2020, 1).label == "2020年第一季度"
    assert Period(date(2020, 1, 1), date(2021, 12, 31)).label == "2020—2021年"
    assert Period(date(2020, 2, 15), date(2020, 3, 27)).end_label == "截至2020年3月27日"
    assert Period.year(2021).end_label == "截至2021年底"


def test_training_course_names() -> None:
    assert training_stem("玫乡腰鼓培训（第12期）") == "玫乡腰鼓培训"
    assert training_stem("书法培训(第三期)") == "书法培训"
    assert training_stem("（第1期）") == "（第1期）"


def test_empty_ledger_has_zero_figures(ledger: Ledger) -> None:
    with ledger.reading() as session:
        f = summary_figures(session, date(2021, 1, 1), date(2021, 12, 31))
    assert f.members.total == 0 and f.members.average_age is None
    assert f.service.minutes == 0 and len(f.service.by_month) == 12
    assert f.teams == () and f.events.lecturers == ()

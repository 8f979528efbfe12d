"""The members tab takes a typed ``MemberFilter``: its rows are the filter's ``matches()``,
the same as its SQL twin selects; the combos show what they can and stay the clerk's."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from pytestqt.qtbot import QtBot

from station_desk.db.queries.filters import member_ids
from station_desk.domain.filters import MemberFilter
from station_desk.ui.main_window import MainWindow
from tests.ui.conftest import wait_idle


def shown(window: MainWindow) -> set[int]:
    return {r.id for r in window.members_tab.model.shown_records()}


def test_a_typed_filter_shows_what_its_sql_twin_selects(window: MainWindow, qtbot: QtBot) -> None:
    tab = window.members_tab
    base = MemberFilter(is_party_member=True, post_kinds=("building_leader",), age_min=70)
    with window.ctx.ledger.reading() as s:
        everywhere = member_ids(s, base, date.today())
    stations = Counter(r.station_id for r in tab.model.all_records() if r.id in everywhere)
    station = next(sid for sid, _n in stations.most_common() if sid is not None)
    flt = replace(base, station_id=station)
    tab.apply_drilldown(flt)
    wait_idle(qtbot, window.ctx)
    with window.ctx.ledger.reading() as s:
        expected = member_ids(s, flt, date.today())
    assert expected and shown(window) == expected
    assert tab.station_filter.currentData() == station
    assert tab.party_filter.currentData() is True
    assert "楼长" in tab.banner.label.text() and "70岁及以上" in tab.banner.label.text()
    # the clerk widens the station: the rest of the filter (post, age) still holds
    tab.station_filter.setCurrentIndex(0)
    wait_idle(qtbot, window.ctx)
    with window.ctx.ledger.reading() as s:
        wider = member_ids(s, replace(flt, station_id=None), date.today())
    assert shown(window) == wider and wider > expected

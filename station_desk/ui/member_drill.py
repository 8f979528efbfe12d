"""The members tab's drill-down: the members behind a figure of the 统计 tab.

A figure hands over its typed filter (``domain/filters``); the combos that exist show its
station, party and retirement, and the rest is one extra test over the rows, named in the
banner until 清除. Kept apart from ``ui/members_tab.py`` (the table, search and selection)
so the way a figure reaches the rows can change without touching the tab's layout.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from station_desk.db.queries.filters import member_facts
from station_desk.domain.filters import LookupFacts, MemberFacts, MemberFilter
from station_desk.domain.records import MemberRow
from station_desk.summary.drill import member_filter_of
from station_desk.ui.drilldown import describe, member_items

if TYPE_CHECKING:
    from station_desk.ui.members_tab import MembersTab


def apply_member_drilldown(tab: MembersTab, filters: MemberFilter | Mapping[str, object]) -> None:
    """Show on ``tab`` the members ``filters`` selects, applied by ``matches``. The gender,
    age band, branch category, posts held on a day and the books on the period's end are
    the extra test. Posts on another day and the books need the ledger's facts: read once,
    then the same Python test runs over the rows; a later drill-down or 清除 wins over a
    read still under way (the token)."""
    tab._drill_token += 1
    token = tab._drill_token
    flt = filters if isinstance(filters, MemberFilter) else member_filter_of(filters)
    tab.filters.show_filter(flt)
    tab.search.blockSignals(True)
    tab.search.clear()
    tab.search.blockSignals(False)
    tab._query = ""
    rest = replace(flt, station_id=None, is_party_member=None, retirement_kind=None)
    names = {"station_id": tab.station_filter.currentText()}
    tab.banner.show_text(describe(member_items(flt), names))
    # the grids follow the community quietly: the drill below refilters once
    tab.filters.blockSignals(True)
    tab.filters.fill_grids()
    tab.filters.blockSignals(False)
    if not rest.needs_ledger:
        facts = LookupFacts(tab.lookup, tab.ctx.choices("station"), tab.ctx.choices("branch"))
        tab._set_drill(token, drill_test(rest, facts))
        return
    tab._set_drill(token, lambda _r: False)
    tab.ctx.read(
        member_facts,
        lambda facts: tab._set_drill(token, drill_test(rest, facts)),
        parent=tab,
    )


def drill_test(flt: MemberFilter, facts: MemberFacts) -> Callable[[MemberRow], bool]:
    """The filter's test of a row on today's date; a filter that selects on nothing
    left (all in the combos) passes every row."""
    return flt.test(facts, date.today()) or _everyone


def _everyone(_row: MemberRow) -> bool:
    return True

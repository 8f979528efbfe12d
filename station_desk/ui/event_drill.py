"""The events tab's drill-down: the events behind a figure of the 统计 tab.

Kind, year and station go into the combos; what they cannot say (the exact days, a speaker,
a training course, the works counted) is one extra ``EventFilter`` named in the banner until
清除. A speaker's lectures and the events holding works need the ledger: read once, and a
later drill-down or 清除 wins over a read still under way (the token). Kept apart from
``ui/events_tab.py`` (the tables, combos and actions) like ``ui/member_drill.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from station_desk.db.queries.drilldown import events_with_works
from station_desk.db.queries.filters import event_speakers
from station_desk.domain.filters import EventFilter
from station_desk.summary.drill import event_filter_of
from station_desk.ui.drilldown import choose, describe, number, span, text
from station_desk.ui.tab_forms import member_name

if TYPE_CHECKING:
    from station_desk.ui.events_tab import EventsTab


def apply_event_drilldown(tab: EventsTab, filters: Mapping[str, object]) -> None:
    """Show on ``tab`` the events behind a figure: kind, year and station in the combos;
    the exact days, a speaker, a training course or the works counted (works are counted by
    their author and date, so the events holding them are shown) as one extra filter."""
    tab._drill_token += 1
    token = tab._drill_token
    start, end = span(filters)
    works = "works_kind" in filters or text(filters, "theme") is not None
    station = number(filters, "station_id")
    combos = (tab.kind_filter, tab.year_filter, tab.station_filter)
    for combo in combos:
        combo.blockSignals(True)
    choose(tab.kind_filter, text(filters, "kind"))
    same_year = start is not None and end is not None and start.year == end.year
    choose(tab.year_filter, start.year if same_year and start is not None else None)
    choose(tab.station_filter, None if works else station)
    for combo in combos:
        combo.blockSignals(False)
    speaker = number(filters, "speaker_id")
    # the figure's own filter (summary/drill); kind and station are in the combos
    flt = event_filter_of(filters)
    drill = EventFilter() if flt is None else replace(flt, kind=None, station_id=None)
    names = {"station_id": tab.ctx.choice_label("station", station)}

    def ready(
        ids: frozenset[int] | None,
        extra: dict[str, str],
        speakers: Mapping[int, frozenset[int]] | None = None,
    ) -> None:
        if token != tab._drill_token:
            return
        if speakers is not None:
            tab._speakers = speakers
        tab._drill = drill if ids is None else replace(drill, event_ids=tuple(sorted(ids)))
        tab.banner.show_text(describe(filters, {**names, **extra}))
        tab.apply_filter()

    if speaker is None and not works:
        ready(None, {})
        return
    kind, theme = text(filters, "works_kind"), text(filters, "theme")

    def load(session: Any) -> tuple[Any, ...]:
        if speaker is not None:
            name = member_name(session, speaker)
            return None, {"speaker_id": name}, event_speakers(session)
        ids, loose = events_with_works(
            session, kind=kind, theme=theme, start=start, end=end, station_id=station
        )
        return ids, {"works_loose": str(loose)}

    tab._drill = EventFilter(event_ids=())
    tab.apply_filter()
    tab.ctx.read(load, lambda found: ready(*found), parent=tab)

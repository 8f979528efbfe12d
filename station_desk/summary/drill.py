"""A figure's drill-down keys read as its book's typed filter (``domain/filters``).

A figure of the summary says where it leads with a few keys (``records.Drilldown``: the
tab's words for the banner, the combos it sets); ``Drilldown.book_filter`` is the same
selection as a ``MemberFilter``, ``ActivityFilter`` or ``EventFilter``, read here by the one
conversion the members tab also uses for keys it is handed. So the rows a drill-down shows
are the typed filter applied (``matches()`` on the desk, ``member_where`` & co. in SQL), and
``tests/db/test_figures_drill.py`` checks, figure by figure, that they number what the
figure says. A value of the wrong type is ignored: a drill-down never raises.

Figures with no book filter (their rows are not members, activities or events, or the
figure is not a selection of them): stations and branches (the stations dialog), teams and
the members of a team over a period, the volunteers who served, donations, works (the tab
shows the events that hold them).
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Mapping
from datetime import date

from station_desk.domain.filters import ActivityFilter, EventFilter, MemberFilter

Items = Mapping[str, object]
BookFilter = MemberFilter | ActivityFilter | EventFilter


def day(items: Items, key: str) -> date | None:
    """The ISO date (or date) under ``key``; None when absent or not a date."""
    value = items.get(key)
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def number(items: Items, key: str) -> int | None:
    value = items.get(key)
    if isinstance(value, bool) or value is None:
        return None
    try:
        return int(str(value))
    except ValueError:
        return None


def text(items: Items, key: str) -> str | None:
    """The string under ``key`` ("" kept: an empty category or theme is a real group)."""
    value = items.get(key)
    return value if isinstance(value, str) else None


def span(items: Items) -> tuple[date | None, date | None]:
    """The days asked for: ``from``/``to``, narrowed to ``month`` ("2021-03") when given."""
    start, end = day(items, "from"), day(items, "to")
    month = text(items, "month")
    if month:
        try:
            year, mo = (int(part) for part in month.split("-")[:2])
            first, last = date(year, mo, 1), date(year, mo, monthrange(year, mo)[1])
        except ValueError:
            return start, end
        start = max(start, first) if start else first
        end = min(end, last) if end else last
    return start, end


def member_filter_of(items: Items) -> MemberFilter:
    """The members a members drill-down's keys select."""
    party = items.get("is_party_member")
    kinds = text(items, "post_kind")
    return MemberFilter(
        station_id=number(items, "station_id"),
        is_party_member=party if isinstance(party, bool) else None,
        retirement_kind=text(items, "retirement_kind"),
        gender=text(items, "gender"),
        age_min=number(items, "age_min"),
        age_max=number(items, "age_max"),
        age_on=day(items, "age_on"),
        post_kinds=tuple(k.strip() for k in kinds.split(",") if k.strip()) if kinds else (),
        post_on=day(items, "post_on"),
        books_on=day(items, "books_on"),
        branch_category=text(items, "branch_category"),
        station_kind=text(items, "station_kind"),
    )


def activity_filter_of(items: Items) -> ActivityFilter | None:
    """The activities a teams drill-down's keys select; None when it leads to a team, its
    members or donations rather than to activities."""
    if any(k in items for k in ("team_id", "donation_kind", "purpose")):
        return None
    start, end = span(items)
    category = text(items, "category")
    if start is None and end is None and category is None:
        return None
    return ActivityFilter(
        station_id=number(items, "station_id"), category=category, start=start, end=end
    )


def event_filter_of(items: Items) -> EventFilter | None:
    """The events an events drill-down's keys select; None for works (the tab shows the
    events holding the works counted, not a selection of events)."""
    if "works_kind" in items or text(items, "theme") is not None:
        return None
    start, end = span(items)
    return EventFilter(
        kind=text(items, "kind"),
        station_id=number(items, "station_id"),
        start=start,
        end=end,
        title_stem=text(items, "title"),
        speaker_id=number(items, "speaker_id"),
    )


def book_filter_of(tab: str, items: Items) -> BookFilter | None:
    """The typed filter of a drill-down to ``tab``, or None (see the module's list)."""
    if tab == "members":
        return member_filter_of(items)
    if tab == "teams":
        return activity_filter_of(items)
    if tab == "events":
        return event_filter_of(items)
    return None

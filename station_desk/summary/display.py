"""What the summary shows of its figures: lines, sections, bar charts, and where each leads.

``records`` holds the figures as counted (``SummaryFigures``); ``sections`` and ``charts``
turn them into these display records, which the tab, the report and the workbook all draw.
A ``Drilldown`` is a figure's way into its tab, read as the book's typed filter by ``drill``.
Split out of ``records`` (issue 17: files under 400 lines); ``records`` re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass

from station_desk.summary.drill import BookFilter, book_filter_of


@dataclass(frozen=True)
class Drilldown:
    """Where a figure leads: a tab of the main window and the filter to apply there.

    Tabs: "members", "grids", "teams", "events", "stations". Filter keys (all optional):
    ``station_id``, ``station_kind``, ``branch_category``, ``is_party_member``,
    ``retirement_kind``, ``gender``, ``age_min``/``age_max``/``age_on`` (ISO date),
    ``post_kind``/``post_on`` (held on that ISO date), ``team_id``, ``category`` (service),
    ``kind`` (event kind), ``works_kind``, ``theme``, ``from``/``to`` (ISO dates), ``month``
    ("2021-03"), ``speaker_id``, ``purpose`` (donations), ``title`` (event title stem).
    """

    tab: str
    items: tuple[tuple[str, object], ...] = ()

    @property
    def filter(self) -> dict[str, object]:
        return dict(self.items)

    @property
    def book_filter(self) -> BookFilter | None:
        """The same selection as the typed filter of the tab's book (``summary/drill``):
        what the tab applies, so the rows shown are those the figure counts."""
        return book_filter_of(self.tab, self.filter)


def drilldown(tab: str, **items: object) -> Drilldown:
    """A Drilldown with the keys whose value is not None, in a stable order."""
    return Drilldown(tab, tuple(sorted((k, v) for k, v in items.items() if v is not None)))


@dataclass(frozen=True)
class Figure:
    """One line of a section: label, value as shown ("596人"), the raw number, where it leads."""

    key: str
    label: str
    text: str
    value: float
    unit: str
    drilldown: Drilldown | None = None


@dataclass(frozen=True)
class Section:
    title: str
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class Series:
    """One series of a bar chart; ``drilldowns[i]`` is where bar ``i`` leads."""

    name: str
    values: tuple[float, ...]
    drilldowns: tuple[Drilldown | None, ...]


@dataclass(frozen=True)
class Chart:
    """A bar chart: categories along one axis, one or more series (the pyramid has two)."""

    key: str
    title: str
    unit: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]

    @property
    def is_empty(self) -> bool:
        return not any(v for s in self.series for v in s.values)

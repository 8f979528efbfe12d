"""The year in figures: the records the summary tab, report and workbook are made from.

``station_desk.db.queries.summary.summary_figures`` fills these from the ledger; everything that
shows them (Qt, reportlab, openpyxl) reads only these plain values. Counts are whole
numbers, hours are kept in minutes and money in fen, so nothing is rounded until display.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from station_desk.domain.problems import ValidationError

# The display records moved to ``display``; imported from here as before.
from station_desk.summary.display import Chart as Chart
from station_desk.summary.display import Drilldown as Drilldown
from station_desk.summary.display import Figure as Figure
from station_desk.summary.display import Section as Section
from station_desk.summary.display import Series as Series
from station_desk.summary.display import drilldown as drilldown

_QUARTER_NAMES = "一二三四"


@dataclass(frozen=True)
class Period:
    """The days a summary covers, both ends included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(
                "period_end",
                f"统计截止日期：不能早于起始日期（{self.start.isoformat()}）",
            )

    @classmethod
    def year(cls, year: int) -> Period:
        """1 January to 31 December of ``year``."""
        _check_year(year)
        return cls(date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """Quarter 1..4 of ``year``."""
        _check_year(year)
        if quarter not in (1, 2, 3, 4):
            raise ValidationError("quarter", f"季度：应为 1 至 4，实际为 {quarter}")
        start = date(year, 3 * quarter - 2, 1)
        following = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
        return cls(start, following - timedelta(days=1))

    @property
    def counted_on(self) -> date:
        """The day things held (posts) are counted at: the period's end, or today while the
        period still runs (a post "held on 2026-12-31" on 2 December is a guess)."""
        return min(self.end, today())

    @property
    def label(self) -> str:
        """2021年, 2021年第一季度, or 2020年1月1日至2021年12月31日."""
        s, e = self.start, self.end
        if (s.month, s.day, e.month, e.day) == (1, 1, 12, 31):
            return f"{s.year}年" if s.year == e.year else f"{s.year}—{e.year}年"
        for q in range(1, 5):
            if s.year == e.year and self == Period.quarter(s.year, q):
                return f"{s.year}年第{_QUARTER_NAMES[q - 1]}季度"
        return f"{_day(s)}至{_day(e)}"

    @property
    def end_label(self) -> str:
        """截至2021年底 / 截至2021年3月31日: how the county's reports open.

        A period still running is counted up to today, so the words say today's date
        (截至2026年12月2日), not the end of a year that has not ended.
        """
        e = min(self.end, today())
        if (e.month, e.day) == (12, 31):
            return f"截至{e.year}年底"
        return f"截至{_day(e)}"


def today() -> date:
    """Today, looked up here so tests can fix it."""
    return date.today()


def _check_year(year: int) -> None:
    if not 1900 <= year <= 2200:
        raise ValidationError("year", f"年份：应在 1900 至 2200 之间，实际为 {year}")


def _day(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


@dataclass(frozen=True)
class KindCount:
    """How many rows of one kind (an enum value with its Chinese label)."""

    kind: str
    label: str
    count: int


@dataclass(frozen=True)
class BranchCategoryCount:
    """Branches of one category and the party members on their books."""

    kind: str
    label: str
    branches: int
    party_members: int


@dataclass(frozen=True)
class BranchFigures:
    """Branches by category; ``shared_*`` count those served by shared-branch stations."""

    total: int
    by_category: tuple[BranchCategoryCount, ...]
    shared_branches: int
    shared_party_members: int


@dataclass(frozen=True)
class AgeBand:
    """Members whose age at the period's end lies in ``low..high`` (``high`` None: no limit)."""

    label: str
    low: int
    high: int | None
    male: int
    female: int

    @property
    def total(self) -> int:
        return self.male + self.female


@dataclass(frozen=True)
class MemberFigures:
    total: int
    party_members: int
    lixiu: int
    tuixiu: int
    male: int
    female: int
    age_bands: tuple[AgeBand, ...]
    average_age: float | None


@dataclass(frozen=True)
class PostCount:
    """Posts of one kind held at the period's end, and the distinct members holding them."""

    kind: str
    label: str
    posts: int
    members: int


@dataclass(frozen=True)
class PostFigures:
    by_kind: tuple[PostCount, ...]
    leaders: int

    def of(self, kind: str) -> PostCount:
        """The count for one post kind value ("first_secretary", "building_leader" …)."""
        return next(p for p in self.by_kind if p.kind == kind)


@dataclass(frozen=True)
class TeamFigure:
    """One team in the period: people, what they did, and the posts its members hold."""

    id: int
    name: str
    kind: str
    kind_label: str
    station: str
    community: str
    members: int
    grid_leaders: int
    building_leaders: int
    average_age: float | None
    activities: int
    participations: int
    minutes: int
    beneficiaries: int
    money_fen: int
    goods_items: int


@dataclass(frozen=True)
class CategoryService:
    """Service activities of one category (疫情防控, 扶贫帮困 …) in the period."""

    category: str
    activities: int
    participations: int
    minutes: int
    beneficiaries: int


@dataclass(frozen=True)
class MonthMinutes:
    year: int
    month: int
    minutes: int


@dataclass(frozen=True)
class ServiceFigures:
    activities: int
    minutes: int
    participations: int
    volunteers: int
    beneficiaries: int
    by_category: tuple[CategoryService, ...]
    by_month: tuple[MonthMinutes, ...]

    def category(self, name: str) -> CategoryService:
        """The figures of one category; zeros when nothing of it happened."""
        found = [c for c in self.by_category if c.category == name]
        return found[0] if found else CategoryService(name, 0, 0, 0, 0)


@dataclass(frozen=True)
class PurposeDonation:
    """Donations made for one purpose: money in fen, goods in items."""

    purpose: str
    donations: int
    money_fen: int
    goods_items: int


@dataclass(frozen=True)
class DonationFigures:
    money_fen: int
    money_donations: int
    goods_items: int
    goods_donations: int
    by_purpose: tuple[PurposeDonation, ...]

    def purpose(self, name: str) -> PurposeDonation:
        found = [p for p in self.by_purpose if p.purpose == name]
        return found[0] if found else PurposeDonation(name, 0, 0, 0)


@dataclass(frozen=True)
class EventKindCount:
    kind: str
    label: str
    events: int
    audience: int


@dataclass(frozen=True)
class Lecturer:
    """A member who spoke at party lectures in the period, with how many."""

    member_id: int
    name: str
    lectures: int


@dataclass(frozen=True)
class Training:
    """Training sessions of one course (titles differing only in "（第N期）"), and audience."""

    title: str
    sessions: int
    audience: int


@dataclass(frozen=True)
class EventFigures:
    events: int
    audience: int
    by_kind: tuple[EventKindCount, ...]
    lecturers: tuple[Lecturer, ...]
    trainings: tuple[Training, ...]

    def of(self, kind: str) -> EventKindCount:
        return next(e for e in self.by_kind if e.kind == kind)

    @property
    def party_lectures(self) -> int:
        return self.of("party_lecture").events


@dataclass(frozen=True)
class ThemeCount:
    theme: str
    count: int


@dataclass(frozen=True)
class WorkFigures:
    total: int
    by_kind: tuple[KindCount, ...]
    by_theme: tuple[ThemeCount, ...]

    def theme(self, name: str) -> int:
        return sum(t.count for t in self.by_theme if t.theme == name)


@dataclass(frozen=True)
class SummaryFigures:
    """Every figure of one period, for one station (``station_id``) or all (None)."""

    period: Period
    station_id: int | None
    station_name: str
    unit_name: str
    stations: tuple[KindCount, ...]
    branches: BranchFigures
    members: MemberFigures
    posts: PostFigures
    teams: tuple[TeamFigure, ...]
    team_members: int
    service: ServiceFigures
    donations: DonationFigures
    events: EventFigures
    works: WorkFigures

    @property
    def scope(self) -> str:
        """Whose figures these are: the station's name, or 全部驿站."""
        return self.station_name or "全部驿站"

    def station_count(self, kind: str) -> int:
        return sum(s.count for s in self.stations if s.kind == kind)

    def team(self, name: str) -> TeamFigure | None:
        return next((t for t in self.teams if t.name == name), None)

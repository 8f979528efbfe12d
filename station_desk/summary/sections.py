"""The figures as the clerk reads them: sections of labelled lines, four charts, one paragraph.

The summary tab, the PDF report and the workbook all show the same lines in the same order
with the same words, so they are built once here from :class:`SummaryFigures`. Every line
and every bar carries the :class:`Drilldown` that leads to the records behind it.

Every fixed word goes through ``tr``: as written (Chinese) for the report and the
workbook, the county's documents; the desk passes Qt's lookup, so its 统计 tab reads in the
clerk's language. ``scripts/translations.py`` files each literal passed to ``tr`` here, in
``summary.charts`` and in ``units.hours_text`` under the Summary context. The
paragraph is the county report's own sentence and stays Chinese.
"""

from __future__ import annotations

from station_desk.domain.units import Translate, as_written, hours_text, wan_text
from station_desk.summary.paragraph import paragraph as paragraph
from station_desk.summary.records import (
    AgeBand,
    Drilldown,
    Figure,
    Section,
    SummaryFigures,
    drilldown,
)


def age_band_label(band: AgeBand, tr: Translate = as_written) -> str:
    """60岁以下, 70—79岁, 90岁及以上."""
    if band.high is None:
        return tr("{low}岁及以上").format(low=band.low)
    if band.low == 0:
        return tr("{high}岁以下").format(high=band.high + 1)
    return tr("{low}—{high}岁").format(low=band.low, high=band.high)


#: The units of the lines and charts; their words, and ``COUNT_TEMPLATES``', reach the
#: catalogue from here (``tr(unit)`` is no literal the translations script could see).
UNITS = ("个", "人", "岁", "支", "次", "人次", "小时", "万元", "件", "笔", "场")
#: A number with each unit ("{n}人"), for ``_Builder.count``.
COUNT_TEMPLATES = {unit: "{n}" + unit for unit in UNITS}


class _Builder:
    """Shared filter keys (station, period) for every drill-down of one summary."""

    def __init__(self, figures: SummaryFigures, tr: Translate) -> None:
        self.f = figures
        self.tr = tr
        self.station = figures.station_id
        self.start = figures.period.start.isoformat()
        self.end = figures.period.end.isoformat()
        self.posts_on = figures.period.counted_on

    def members(self, **items: object) -> Drilldown:
        """Members on the books at the period's end, as the figures count them."""
        return drilldown("members", station_id=self.station, books_on=self.end, **items)

    def on_end(self, **items: object) -> Drilldown:
        """Members filtered by something held or measured on the period's last day."""
        return self.members(**items)

    def held(self, **items: object) -> Drilldown:
        """Members holding a post on the day the posts are counted at (today while the
        period runs), as the figures count them."""
        on = self.posts_on.isoformat()
        return drilldown("members", station_id=self.station, books_on=on, post_on=on, **items)

    def dated(self, tab: str, **items: object) -> Drilldown:
        return drilldown(
            tab, station_id=self.station, **{"from": self.start, "to": self.end}, **items
        )

    def count(self, value: float, unit: str) -> str:
        """596人, 12个: a number with its unit, in the words of ``tr``."""
        return self.tr(COUNT_TEMPLATES[unit]).format(n=f"{value:g}")

    def line(
        self, key: str, label: str, value: float, unit: str, to: Drilldown | None, text: str = ""
    ) -> Figure:
        shown = text or self.count(value, unit)
        return Figure(key, label, shown, value, self.tr(unit), to)


def sections(figures: SummaryFigures, tr: Translate = as_written) -> tuple[Section, ...]:
    """The figures grouped as the county's forms group them, in display order."""
    b, f = _Builder(figures, tr), figures
    stations = tuple(
        b.line(
            f"stations.{s.kind}",
            tr(s.label),
            s.count,
            "个",
            drilldown("stations", station_kind=s.kind),
        )
        for s in f.stations
    )
    br = f.branches
    branches = (
        *(
            b.line(
                f"branches.{c.kind}",
                tr("{category}支部").format(category=tr(c.label)),
                c.branches,
                "个",
                drilldown("stations", station_id=b.station, branch_category=c.kind),
                tr("{n}个（党员{m}人）").format(n=c.branches, m=c.party_members),
            )
            for c in br.by_category
        ),
        b.line(
            "branches.shared",
            tr("共享式驿站辐射支部"),
            br.shared_branches,
            "个",
            drilldown("stations", station_id=b.station, station_kind="shared_branch"),
        ),
        b.line(
            "branches.shared_party_members",
            tr("辐射支部党员"),
            br.shared_party_members,
            "人",
            b.members(station_kind="shared_branch", is_party_member=True),
        ),
    )
    m = f.members
    members = (
        b.line("members.total", tr("老同志总数"), m.total, "人", b.members()),
        b.line("members.party", tr("党员"), m.party_members, "人", b.members(is_party_member=True)),
        b.line("members.lixiu", tr("离休"), m.lixiu, "人", b.members(retirement_kind="lixiu")),
        b.line("members.tuixiu", tr("退休"), m.tuixiu, "人", b.members(retirement_kind="tuixiu")),
        b.line("members.male", tr("男"), m.male, "人", b.members(gender="male")),
        b.line("members.female", tr("女"), m.female, "人", b.members(gender="female")),
        b.line(
            "members.average_age",
            tr("平均年龄"),
            m.average_age or 0,
            "岁",
            None,
            tr("{n}岁").format(n=m.average_age) if m.average_age is not None else "—",
        ),
        *(
            b.line(
                f"members.age.{a.low}",
                age_band_label(a, tr),
                a.total,
                "人",
                b.on_end(age_min=a.low, age_max=a.high, age_on=b.end),
            )
            for a in m.age_bands
        ),
    )
    posts = (
        *(
            b.line(
                f"posts.{p.kind}",
                tr(p.label),
                p.members,
                "人",
                b.held(post_kind=p.kind),
                tr("{n}人").format(n=p.members)
                if p.posts == p.members
                else tr("{n}人（{posts}个职务）").format(n=p.members, posts=p.posts),
            )
            for p in f.posts.by_kind
        ),
        b.line(
            "posts.leaders",
            tr("楼长或网格长（不重复计人）"),
            f.posts.leaders,
            "人",
            b.held(post_kind="building_leader,grid_leader"),
        ),
    )
    teams = (
        b.line(
            "teams.count", tr("队伍"), len(f.teams), "支", drilldown("teams", station_id=b.station)
        ),
        b.line(
            "teams.members",
            tr("队员（不重复计人）"),
            f.team_members,
            "人",
            drilldown("teams", station_id=b.station),
        ),
        *(
            b.line(
                f"teams.{t.id}",
                t.name,
                t.members,
                "人",
                drilldown("teams", team_id=t.id),
                _team_text(t.members, t.building_leaders, t.grid_leaders, t.average_age, tr),
            )
            for t in f.teams
        ),
    )
    s = f.service
    service = (
        b.line("service.activities", tr("志愿服务活动"), s.activities, "次", b.dated("teams")),
        b.line(
            "service.minutes",
            tr("服务时长"),
            s.minutes / 60,
            "小时",
            b.dated("teams"),
            hours_text(s.minutes, tr),
        ),
        b.line(
            "service.participations", tr("参与服务"), s.participations, "人次", b.dated("teams")
        ),
        b.line("service.volunteers", tr("参与老同志"), s.volunteers, "人", b.dated("teams")),
        b.line("service.beneficiaries", tr("帮扶群众"), s.beneficiaries, "人次", b.dated("teams")),
        *(
            b.line(
                f"service.category.{c.category}",
                tr(c.category) if c.category else tr("未分类"),
                c.participations,
                "人次",
                b.dated("teams", category=c.category),
                tr("{activities}次，{n}人次，{hours}").format(
                    activities=c.activities, n=c.participations, hours=hours_text(c.minutes, tr)
                ),
            )
            for c in s.by_category
        ),
    )
    d = f.donations
    donations = (
        b.line(
            "donations.money",
            tr("捐款"),
            d.money_fen / 1000000,
            "万元",
            b.dated("teams", donation_kind="money"),
            wan_text(d.money_fen, tr) if d.money_fen else tr("0元"),
        ),
        b.line(
            "donations.goods",
            tr("捐物"),
            d.goods_items,
            "件",
            b.dated("teams", donation_kind="goods"),
        ),
        *(
            b.line(
                f"donations.purpose.{p.purpose}",
                p.purpose or tr("未注明用途"),
                p.donations,
                "笔",
                b.dated("teams", purpose=p.purpose),
                _gift_text(p.money_fen, p.goods_items, tr),
            )
            for p in d.by_purpose
        ),
    )
    e = f.events
    events = (
        b.line("events.count", tr("文化活动"), e.events, "场", b.dated("events")),
        b.line("events.audience", tr("受众"), e.audience, "人次", b.dated("events")),
        *(
            b.line(
                f"events.{k.kind}",
                tr(k.label),
                k.events,
                "场",
                b.dated("events", kind=k.kind),
                tr("{n}场，{audience}人次").format(n=k.events, audience=k.audience),
            )
            for k in e.by_kind
        ),
        *(
            b.line(
                f"events.lecturer.{x.member_id}",
                tr("主讲党课：{name}").format(name=x.name),
                x.lectures,
                "次",
                b.dated("events", kind="party_lecture", speaker_id=x.member_id),
            )
            for x in e.lecturers
        ),
        *(
            b.line(
                f"events.training.{t.title}",
                tr("培训：{title}").format(title=t.title),
                t.audience,
                "人次",
                b.dated("events", kind="training", title=t.title),
                tr("{sessions}期，{n}人次").format(sessions=t.sessions, n=t.audience),
            )
            for t in e.trainings
        ),
    )
    w = f.works
    works = (
        b.line("works.total", tr("作品"), w.total, "件", b.dated("events", works_kind="")),
        *(
            b.line(
                f"works.{k.kind}",
                tr(k.label),
                k.count,
                "件",
                b.dated("events", works_kind=k.kind),
            )
            for k in w.by_kind
        ),
        *(
            b.line(
                f"works.theme.{t.theme}",
                tr("主题：{theme}").format(theme=t.theme or tr("未注明")),
                t.count,
                "件",
                b.dated("events", theme=t.theme),
            )
            for t in w.by_theme
        ),
    )
    return (
        Section(tr("驿站"), stations),
        Section(tr("离退休干部党支部"), branches),
        Section(tr("老同志"), members),
        Section(
            tr("担任职务（{day}在任）").format(
                day=tr("{year}年{month}月{day}日").format(
                    year=b.posts_on.year, month=b.posts_on.month, day=b.posts_on.day
                )
            ),
            posts,
        ),
        Section(tr("志愿服务队伍"), teams),
        Section(tr("志愿服务"), service),
        Section(tr("捐款捐物"), donations),
        Section(tr("文化活动"), events),
        Section(tr("作品"), works),
    )


def _team_text(members: int, building: int, grid: int, average: float | None, tr: Translate) -> str:
    parts = [tr("{n}人").format(n=members)]
    if building or grid:
        parts.append(tr("楼长{building}人、网格长{grid}人").format(building=building, grid=grid))
    if average is not None:
        parts.append(tr("平均年龄{n}岁").format(n=average))
    return tr("，").join(parts)


def _gift_text(fen: int, items: int, tr: Translate) -> str:
    parts = ([wan_text(fen, tr)] if fen else []) + ([tr("{n}件").format(n=items)] if items else [])
    return tr("、").join(parts) or "0"

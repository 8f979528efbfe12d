"""The four charts of a summary as plain data: hours by month, events by kind, the members'
age pyramid and posts by kind. The tab draws them with QtCharts, the report with
reportlab.graphics; both read the same categories, values and drill-downs from here.
"""

from __future__ import annotations

from station_desk.records_summary import Chart, Series, SummaryFigures, drilldown

MONTHS_SHOWN = 24


def hours_by_month(figures: SummaryFigures) -> Chart:
    """Volunteer hours per month; per year when the period spans more than 24 months."""
    sid = figures.station_id
    months = figures.service.by_month
    if len(months) > MONTHS_SHOWN:
        years: dict[int, int] = {}
        for mm in months:
            years[mm.year] = years.get(mm.year, 0) + mm.minutes
        first, last = figures.period.start, figures.period.end
        cats = tuple(f"{y}年" for y in years)
        values = tuple(round(v / 60, 1) for v in years.values())
        downs = tuple(
            drilldown(
                "teams",
                station_id=sid,
                **{
                    "from": max(first, first.replace(year=y, month=1, day=1)).isoformat(),
                    "to": min(last, last.replace(year=y, month=12, day=31)).isoformat(),
                },
            )
            for y in years
        )
        title = "各年志愿服务时长"
    else:
        one_year = len({mm.year for mm in months}) == 1
        cats = tuple(
            f"{mm.month}月" if one_year else f"{mm.year % 100:02d}年{mm.month}月" for mm in months
        )
        values = tuple(round(mm.minutes / 60, 1) for mm in months)
        downs = tuple(
            drilldown("teams", station_id=sid, month=f"{mm.year:04d}-{mm.month:02d}")
            for mm in months
        )
        title = "各月志愿服务时长"
    return Chart("hours_by_month", title, "小时", cats, (Series("服务时长", values, downs),))


def events_by_kind(figures: SummaryFigures) -> Chart:
    """Cultural events of each kind held in the period."""
    kinds = figures.events.by_kind
    start, end = figures.period.start.isoformat(), figures.period.end.isoformat()
    downs = tuple(
        drilldown(
            "events", station_id=figures.station_id, kind=k.kind, **{"from": start, "to": end}
        )
        for k in kinds
    )
    return Chart(
        "events_by_kind",
        "各类文化活动场次",
        "场",
        tuple(k.label for k in kinds),
        (Series("场次", tuple(float(k.events) for k in kinds), downs),),
    )


def age_pyramid(figures: SummaryFigures) -> Chart:
    """Members by age band (at the period's end), men and women side by side."""
    bands = figures.members.age_bands
    on = figures.period.end.isoformat()

    def series(name: str, gender: str, values: tuple[float, ...]) -> Series:
        downs = tuple(
            drilldown(
                "members",
                station_id=figures.station_id,
                gender=gender,
                age_min=a.low,
                age_max=a.high,
                age_on=on,
            )
            for a in bands
        )
        return Series(name, values, downs)

    return Chart(
        "age_pyramid",
        "老同志年龄结构",
        "人",
        tuple(a.label for a in bands),
        (
            series("男", "male", tuple(float(a.male) for a in bands)),
            series("女", "female", tuple(float(a.female) for a in bands)),
        ),
    )


def posts_by_kind(figures: SummaryFigures) -> Chart:
    """Members holding each post on the period's last day."""
    posts = figures.posts.by_kind
    on = figures.period.end.isoformat()
    downs = tuple(
        drilldown("members", station_id=figures.station_id, post_kind=p.kind, post_on=on)
        for p in posts
    )
    return Chart(
        "posts_by_kind",
        "担任职务人数",
        "人",
        tuple(p.label for p in posts),
        (Series("人数", tuple(float(p.members) for p in posts), downs),),
    )


def charts(figures: SummaryFigures) -> tuple[Chart, ...]:
    """The four charts, in display order."""
    return (
        hours_by_month(figures),
        events_by_kind(figures),
        age_pyramid(figures),
        posts_by_kind(figures),
    )

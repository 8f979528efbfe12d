"""The four charts of a summary as plain data: hours by month, events by kind, the members'
age pyramid and posts by kind. The tab draws them with QtCharts, the report with
reportlab.graphics; both read the same categories, values and drill-downs from here.
"""

from __future__ import annotations

from station_desk.domain.units import Translate, as_written
from station_desk.summary.records import Chart, Series, SummaryFigures, drilldown
from station_desk.summary.sections import age_band_label

MONTHS_SHOWN = 24


def hours_by_month(figures: SummaryFigures, tr: Translate = as_written) -> Chart:
    """Volunteer hours per month; per year when the period spans more than 24 months."""
    sid = figures.station_id
    months = figures.service.by_month
    if len(months) > MONTHS_SHOWN:
        years: dict[int, int] = {}
        for mm in months:
            years[mm.year] = years.get(mm.year, 0) + mm.minutes
        first, last = figures.period.start, figures.period.end
        cats = tuple(tr("{year}年").format(year=y) for y in years)
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
        title = tr("各年志愿服务时长")
    else:
        one_year = len({mm.year for mm in months}) == 1
        cats = tuple(
            tr("{month}月").format(month=mm.month)
            if one_year
            else tr("{yy}年{month}月").format(yy=f"{mm.year % 100:02d}", month=mm.month)
            for mm in months
        )
        values = tuple(round(mm.minutes / 60, 1) for mm in months)
        downs = tuple(
            drilldown("teams", station_id=sid, month=f"{mm.year:04d}-{mm.month:02d}")
            for mm in months
        )
        title = tr("各月志愿服务时长")
    return Chart(
        "hours_by_month", title, tr("小时"), cats, (Series(tr("服务时长"), values, downs),)
    )


def events_by_kind(figures: SummaryFigures, tr: Translate = as_written) -> Chart:
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
        tr("各类文化活动场次"),
        tr("场"),
        tuple(tr(k.label) for k in kinds),
        (Series(tr("场次"), tuple(float(k.events) for k in kinds), downs),),
    )


def age_pyramid(figures: SummaryFigures, tr: Translate = as_written) -> Chart:
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
        tr("老同志年龄结构"),
        tr("人"),
        tuple(age_band_label(a, tr) for a in bands),
        (
            series(tr("男"), "male", tuple(float(a.male) for a in bands)),
            series(tr("女"), "female", tuple(float(a.female) for a in bands)),
        ),
    )


def posts_by_kind(figures: SummaryFigures, tr: Translate = as_written) -> Chart:
    """Members holding each post on the period's last day."""
    posts = figures.posts.by_kind
    on = figures.period.end.isoformat()
    downs = tuple(
        drilldown("members", station_id=figures.station_id, post_kind=p.kind, post_on=on)
        for p in posts
    )
    return Chart(
        "posts_by_kind",
        tr("担任职务人数"),
        tr("人"),
        tuple(tr(p.label) for p in posts),
        (Series(tr("人数"), tuple(float(p.members) for p in posts), downs),),
    )


def charts(figures: SummaryFigures, tr: Translate = as_written) -> tuple[Chart, ...]:
    """The four charts, in display order, in the words of ``tr`` (see ``summary.sections``)."""
    return (
        hours_by_month(figures, tr),
        events_by_kind(figures, tr),
        age_pyramid(figures, tr),
        posts_by_kind(figures, tr),
    )

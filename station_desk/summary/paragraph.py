"""The summary's paragraph: the figures written out as the county's reports write them."""

from __future__ import annotations

from station_desk.domain.units import format_wan, hours_text
from station_desk.summary.records import SummaryFigures


def _span(figures: SummaryFigures) -> str:
    """全年 for a calendar year, 本季度 for a quarter, 期间 otherwise."""
    label = figures.period.label
    if label.endswith("季度"):
        return "本季度"
    return "全年" if label.endswith("年") and "—" not in label else "期间"


def _teams_text(figures: SummaryFigures) -> str:
    """组建志愿服务队7支、艺术团2支，队员329人: the kinds the teams are, counted."""
    kinds: dict[str, int] = {}
    for team in figures.teams:
        kinds[team.kind_label] = kinds.get(team.kind_label, 0) + 1
    made = "、".join(f"{label}{n}支" for label, n in kinds.items())
    members = f"，队员{figures.team_members}人" if figures.team_members else ""
    return f"组建{made}{members}"


def _service_text(figures: SummaryFigures) -> str:
    """Each number beside what it counts: turnouts (人次 of volunteers) apart from the
    people helped (帮扶群众 is beneficiaries); the epidemic's share of each, when there is one."""
    s = figures.service
    epidemic = s.category("疫情防控")
    turnout = f"参与服务{s.participations}人次"
    if 0 < epidemic.participations < s.participations:
        turnout += f"（其中疫情防控{epidemic.participations}人次）"
    text = (
        f"{_span(figures)}开展志愿服务活动{s.activities}次，{turnout}，"
        f"累计服务{hours_text(s.minutes)}"
    )
    if s.beneficiaries:
        text += f"，帮扶群众{s.beneficiaries}人次"
        if 0 < epidemic.beneficiaries < s.beneficiaries:
            text += f"（其中疫情防控{epidemic.beneficiaries}人次）"
    return text


def _events_text(figures: SummaryFigures) -> str:
    """文化活动 with their audience; 党课 named once, with who gave them."""
    e = figures.events
    audience = f"、受众{e.audience}人次" if e.audience else ""
    if e.party_lectures == e.events:
        text = f"开展党课{e.events}场{audience}"
    else:
        text = f"开展文化活动{e.events}场{audience}"
        if e.party_lectures:
            text += f"，其中党课{e.party_lectures}场"
    if e.lecturers and e.party_lectures:
        top = e.lecturers[0]
        if top.lectures >= e.party_lectures:
            text += f"，均由{top.name}同志主讲"
        else:
            text += f"，{top.name}同志主讲其中{top.lectures}场"
    return text


def paragraph(figures: SummaryFigures) -> str:
    """The figures written out as the county's reports write them, clauses for zeros left out.

    "截至2021年底，驿站共辐射离退休干部党支部31个、党员596人；……" — generated, never typed.
    Each clause names the figure it states, and the figures choose the words: nothing is
    said of a zero, and what one clause said the next does not repeat.
    """
    f = figures
    who = f.station_name or "驿站"
    clauses: list[str] = []
    br = f.branches
    if br.shared_branches:
        clauses.append(
            f"{who}共辐射离退休干部党支部{br.shared_branches}个、党员{br.shared_party_members}人"
        )
    elif br.total:
        clauses.append(f"{who}共有离退休干部党支部{br.total}个")
    m = f.members
    if m.total:
        text = f"在册老同志{m.total}人"
        inner = ([f"党员{m.party_members}人"] if m.party_members else []) + (
            [f"离休干部{m.lixiu}人"] if m.lixiu else []
        )
        if inner:
            text += "，其中" + "、".join(inner)
        if m.average_age is not None:
            text += f"，平均年龄{m.average_age}岁"
        clauses.append(text)
    posts = f.posts
    held = [
        f"{p.members}人担任{p.label}"
        for p in posts.by_kind
        if p.members and p.kind in ("first_secretary", "party_instructor")
    ]
    if posts.leaders:
        held.append(f"{posts.leaders}人担任楼长或网格长")
    if held:
        clauses.append("，".join(held))
    if f.teams:
        clauses.append(_teams_text(f))
    if f.service.activities:
        clauses.append(_service_text(f))
    d = f.donations
    gifts = ([f"捐款{format_wan(d.money_fen)}"] if d.money_fen else []) + (
        [f"捐物{d.goods_items}件"] if d.goods_items else []
    )
    if gifts:
        clauses.append("、".join(gifts))
    if f.events.events:
        clauses.append(_events_text(f))
    if f.works.total:
        kinds = "、".join(k.label for k in f.works.by_kind if k.count and k.kind != "other")
        clauses.append(
            f"创作{kinds}等作品{f.works.total}件" if kinds else f"创作作品{f.works.total}件"
        )
    if not clauses:
        return f"{f.period.end_label}，{who}台账中没有本期的记录。"
    return f"{f.period.end_label}，" + "；".join(clauses) + "。"

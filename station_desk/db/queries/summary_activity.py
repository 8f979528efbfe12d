"""Service, donations, cultural events and works of a period: the "what was done" figures.

Part of the summary read side (``station_desk.db.queries.summary``); the same recycle-bin and
station rules apply, stated in each function's docstring.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from station_desk.db.schema.models import (
    CulturalEvent,
    Donation,
    EventParticipation,
    Member,
    ServiceActivity,
    ServiceRecord,
    Team,
    Work,
)
from station_desk.domain.enums import DonationKind, EventKind, ParticipationRole, WorkKind
from station_desk.summary.records import (
    CategoryService,
    DonationFigures,
    EventFigures,
    EventKindCount,
    KindCount,
    Lecturer,
    MonthMinutes,
    Period,
    PurposeDonation,
    ServiceFigures,
    ThemeCount,
    Training,
    WorkFigures,
)

TOP_LECTURERS = 10
_SESSION_SUFFIX = re.compile(
    r"\s*[（(]\s*第?\s*[0-9一二三四五六七八九十百]+\s*[期次场]?\s*[)）]\s*$"
)


def team_filter(station_id: int | None) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [Team.deleted_at.is_(None)]
    if station_id is not None:
        where.append(Team.station_id == station_id)
    return where


def _activity_where(period: Period, station_id: int | None) -> list[ColumnElement[bool]]:
    """Activities held in the period, not in the recycle bin, of teams not in it either."""
    return [
        *team_filter(station_id),
        ServiceActivity.deleted_at.is_(None),
        ServiceActivity.held_on >= period.start,
        ServiceActivity.held_on <= period.end,
    ]


def _service_groups(
    session: Session, period: Period, station_id: int | None, *keys: Any
) -> tuple[list[Any], list[Any]]:
    """Activity rows (keys…, count, beneficiaries) and record rows (keys…, count, minutes)."""
    where = _activity_where(period, station_id)
    activities = session.execute(
        select(*keys, func.count(), func.coalesce(func.sum(ServiceActivity.beneficiaries), 0))
        .join(Team, Team.id == ServiceActivity.team_id)
        .where(*where)
        .group_by(*keys)
    ).all()
    records = session.execute(
        select(*keys, func.count(), func.coalesce(func.sum(ServiceRecord.minutes), 0))
        .select_from(ServiceRecord)
        .join(ServiceActivity, ServiceActivity.id == ServiceRecord.activity_id)
        .join(Team, Team.id == ServiceActivity.team_id)
        .join(Member, Member.id == ServiceRecord.member_id)
        .where(*where, Member.deleted_at.is_(None))
        .group_by(*keys)
    ).all()
    return list(activities), list(records)


def team_service(
    session: Session, period: Period, station_id: int | None
) -> dict[int, tuple[int, int, int, int]]:
    activities, records = _service_groups(session, period, station_id, ServiceActivity.team_id)
    done = {tid: (n, 0, 0, b) for tid, n, b in activities}
    for tid, n, minutes in records:
        acts, _, _, benefit = done[tid]
        done[tid] = (acts, n, minutes, benefit)
    return done


def service_figures(session: Session, period: Period, station_id: int | None) -> ServiceFigures:
    """Service activities held in the period (of the station's teams, by ``Team.station_id``):
    activities, beneficiaries 人次 (sum of ``beneficiaries``), participation 人次 (service
    records of members on the books) and their minutes, per category and per month."""
    month = func.substr(ServiceActivity.held_on, 1, 7)
    activities, records = _service_groups(
        session, period, station_id, ServiceActivity.category, month
    )
    cats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    months: dict[str, int] = defaultdict(int)
    for category, _, n, benefit in activities:
        cats[category][0] += n
        cats[category][3] += benefit
    for category, ym, n, minutes in records:
        cats[category][1] += n
        cats[category][2] += minutes
        months[ym] += minutes
    volunteers = session.scalar(
        select(func.count(func.distinct(ServiceRecord.member_id)))
        .join(ServiceActivity, ServiceActivity.id == ServiceRecord.activity_id)
        .join(Team, Team.id == ServiceActivity.team_id)
        .join(Member, Member.id == ServiceRecord.member_id)
        .where(*_activity_where(period, station_id), Member.deleted_at.is_(None))
    )
    by_category = sorted(
        (CategoryService(c, *v) for c, v in cats.items()),
        key=lambda c: (-c.participations, c.category),
    )
    return ServiceFigures(
        activities=sum(c.activities for c in by_category),
        minutes=sum(c.minutes for c in by_category),
        participations=sum(c.participations for c in by_category),
        volunteers=volunteers or 0,
        beneficiaries=sum(c.beneficiaries for c in by_category),
        by_category=tuple(by_category),
        by_month=tuple(
            MonthMinutes(y, mo, months.get(f"{y:04d}-{mo:02d}", 0)) for y, mo in _months(period)
        ),
    )


def _months(period: Period) -> list[tuple[int, int]]:
    y, mo = period.start.year, period.start.month
    out = []
    while (y, mo) <= (period.end.year, period.end.month):
        out.append((y, mo))
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return out


def _donation_rows(
    session: Session, period: Period, station_id: int | None, *keys: Any
) -> list[Any]:
    """(keys…, kind, count, fen, items) of donations made in the period by donors not in the
    recycle bin, not tied to an activity in it; a station's are those whose donor (member
    or team) belongs to it."""
    donor_member = Member.__table__.alias("donor_member")
    donor_team = Team.__table__.alias("donor_team")
    activity = ServiceActivity.__table__.alias("gift_activity")
    stmt = (
        select(
            *keys,
            Donation.kind,
            func.count(),
            func.coalesce(func.sum(Donation.amount_fen), 0),
            func.coalesce(func.sum(Donation.item_count), 0),
        )
        .outerjoin(donor_member, donor_member.c.id == Donation.member_id)
        .outerjoin(donor_team, donor_team.c.id == Donation.team_id)
        .outerjoin(activity, activity.c.id == Donation.activity_id)
        .where(
            Donation.donated_on >= period.start,
            Donation.donated_on <= period.end,
            donor_member.c.deleted_at.is_(None),
            donor_team.c.deleted_at.is_(None),
            activity.c.deleted_at.is_(None),
        )
        .group_by(*keys, Donation.kind)
    )
    if station_id is not None:
        stmt = stmt.where(
            func.coalesce(donor_member.c.station_id, donor_team.c.station_id) == station_id
        )
    return list(session.execute(stmt))


def team_donations(
    session: Session, period: Period, station_id: int | None
) -> dict[int, tuple[int, int]]:
    gifts: dict[int, tuple[int, int]] = {}
    for tid, _, _, fen, items in _donation_rows(session, period, station_id, Donation.team_id):
        if tid is not None:
            money, goods = gifts.get(tid, (0, 0))
            gifts[tid] = (money + fen, goods + items)
    return gifts


def donation_figures(session: Session, period: Period, station_id: int | None) -> DonationFigures:
    """Money (fen) and goods (items) donated in the period, in all and by purpose."""
    purposes: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    counts = {DonationKind.MONEY.value: 0, DonationKind.GOODS.value: 0}
    for purpose, kind, n, fen, items in _donation_rows(
        session, period, station_id, Donation.purpose
    ):
        purposes[purpose][0] += n
        purposes[purpose][1] += fen
        purposes[purpose][2] += items
        counts[str(kind)] += n
    by_purpose = sorted(
        (PurposeDonation(p, *v) for p, v in purposes.items()),
        key=lambda p: (-p.money_fen, -p.goods_items, p.purpose),
    )
    return DonationFigures(
        money_fen=sum(p.money_fen for p in by_purpose),
        money_donations=counts[DonationKind.MONEY.value],
        goods_items=sum(p.goods_items for p in by_purpose),
        goods_donations=counts[DonationKind.GOODS.value],
        by_purpose=tuple(by_purpose),
    )


def event_figures(session: Session, period: Period, station_id: int | None) -> EventFigures:
    """Cultural events held in the period, not in the recycle bin (``CulturalEvent.station_id``
    for a station): by kind with audience 人次; party-lecture speakers (members on the books)
    by lectures given; training courses by title with "（第N期）" removed."""
    where = [
        CulturalEvent.deleted_at.is_(None),
        CulturalEvent.held_on >= period.start,
        CulturalEvent.held_on <= period.end,
    ]
    if station_id is not None:
        where.append(CulturalEvent.station_id == station_id)
    counts = {
        str(k): (n, a)
        for k, n, a in session.execute(
            select(
                CulturalEvent.kind, func.count(), func.coalesce(func.sum(CulturalEvent.audience), 0)
            )
            .where(*where)
            .group_by(CulturalEvent.kind)
        )
    }
    by_kind = tuple(
        EventKindCount(k.value, k.label, *counts.get(k.value, (0, 0))) for k in EventKind
    )
    lectures = func.count(func.distinct(CulturalEvent.id))
    lecturers = session.execute(
        select(Member.id, Member.name, lectures)
        .select_from(EventParticipation)
        .join(CulturalEvent, CulturalEvent.id == EventParticipation.event_id)
        .join(Member, Member.id == EventParticipation.member_id)
        .where(
            *where,
            CulturalEvent.kind == EventKind.PARTY_LECTURE,
            EventParticipation.role == ParticipationRole.SPEAKER,
            Member.deleted_at.is_(None),
        )
        .group_by(Member.id, Member.name)
        .order_by(lectures.desc(), Member.sort_key)
        .limit(TOP_LECTURERS)
    )
    courses: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for title, n, audience in session.execute(
        select(
            CulturalEvent.title, func.count(), func.coalesce(func.sum(CulturalEvent.audience), 0)
        )
        .where(*where, CulturalEvent.kind == EventKind.TRAINING)
        .group_by(CulturalEvent.title)
    ):
        stem = training_stem(title)
        courses[stem][0] += n
        courses[stem][1] += audience
    return EventFigures(
        events=sum(e.events for e in by_kind),
        audience=sum(e.audience for e in by_kind),
        by_kind=by_kind,
        lecturers=tuple(Lecturer(i, name, n) for i, name, n in lecturers),
        trainings=tuple(
            sorted(
                (Training(t, *v) for t, v in courses.items()), key=lambda t: (-t.audience, t.title)
            )
        ),
    )


def training_stem(title: str) -> str:
    """The course a training session belongs to: "玫乡腰鼓培训（第3期）" -> "玫乡腰鼓培训"."""
    return _SESSION_SUFFIX.sub("", title).strip() or title


def work_figures(session: Session, period: Period, station_id: int | None) -> WorkFigures:
    """Works made in the period (``made_on`` inside it; undated works are not counted) by
    members on the books (of the station, by the author's ``Member.station_id``)."""
    stmt = (
        select(Work.kind, Work.theme, func.count())
        .join(Member, Member.id == Work.author_id)
        .where(
            Member.deleted_at.is_(None), Work.made_on >= period.start, Work.made_on <= period.end
        )
        .group_by(Work.kind, Work.theme)
    )
    if station_id is not None:
        stmt = stmt.where(Member.station_id == station_id)
    kinds: dict[str, int] = defaultdict(int)
    themes: dict[str, int] = defaultdict(int)
    for kind, theme, n in session.execute(stmt):
        kinds[str(kind)] += n
        themes[theme] += n
    return WorkFigures(
        total=sum(kinds.values()),
        by_kind=tuple(KindCount(k.value, k.label, kinds.get(k.value, 0)) for k in WorkKind),
        by_theme=tuple(
            sorted((ThemeCount(t, n) for t, n in themes.items()), key=lambda t: (-t.count, t.theme))
        ),
    )

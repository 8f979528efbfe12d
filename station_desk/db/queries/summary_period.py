"""The day a summary is true to: who is on the books then, and which periods make sense.

A report counts people as of its period's end. A period the ledger cannot speak for (in
the future, or ended before the ledger's first dated record) is refused with the reason,
instead of printing the whole roster as "截至1990年底" with ages 35 years too young.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from station_desk.db.schema.models import (
    CommunityPost,
    CulturalEvent,
    Donation,
    GridPost,
    Member,
    ServiceActivity,
    Team,
    TeamMembership,
    Work,
)
from station_desk.domain.messages import msg
from station_desk.domain.problems import ValidationError


def on_books(on: date) -> list[ColumnElement[bool]]:
    """Conditions for a member on the books on day ``on``: born and retired by then, and
    not deleted before the day was over (a later deletion does not rewrite the past)."""
    after = datetime.combine(on + timedelta(days=1), time())
    return [
        Member.birth_date <= on,
        or_(Member.retired_on.is_(None), Member.retired_on <= on),
        or_(Member.deleted_at.is_(None), Member.deleted_at >= after),
    ]


def ledger_first_day(session: Session) -> date | None:
    """The day of the ledger's first dated record (an activity, event, work, donation, post
    held, team joined or founded); None for a ledger with none."""
    firsts = [
        session.scalar(select(func.min(column)))
        for column in (
            ServiceActivity.held_on,
            CulturalEvent.held_on,
            Work.made_on,
            Donation.donated_on,
            GridPost.since,
            CommunityPost.since,
            TeamMembership.joined_on,
            Team.founded_on,
        )
    ]
    found = [d for d in firsts if d is not None]
    return min(found) if found else None


def check_period(session: Session, period_start: date, period_end: date, today: date) -> None:
    """Refuse a period that starts after ``today`` or ends before the ledger's first record:
    its figures would describe a time the ledger knows nothing of."""
    if period_start > today:
        raise ValidationError(
            "period",
            msg(
                "起止日期：{start}还没有到（今天是{today}），不能统计将来的期间",
                start=_cn(period_start),
                today=_cn(today),
            ),
        )
    first = ledger_first_day(session)
    if first is not None and period_end < first:
        raise ValidationError(
            "period",
            msg(
                "起止日期：台账最早的记录在{first}，所选期间（截至{end}）早于台账，没有可统计的数字",
                first=_cn(first),
                end=_cn(period_end),
            ),
        )


def _cn(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"

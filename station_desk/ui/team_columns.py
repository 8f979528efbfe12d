"""The columns of the 志愿服务队 tab's three tables: teams, a team's members, its activities."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from station_desk.domain import books, units
from station_desk.domain.books import Book
from station_desk.domain.records import ActivityRow, TeamMemberRow
from station_desk.domain.records_desk import TeamSummary
from station_desk.ui.i18n import shown, shown_message, summary_words
from station_desk.ui.tab_forms import day_text, masked_phone
from station_desk.ui.table_model import CENTER, RIGHT, Column
from station_desk.ui.terms import shown_term

translate = QCoreApplication.translate


def _head(book: Book, field: str) -> str:
    """A column headed by the book's label of ``field``, as its export heads it."""
    return shown_message(book.fields[field])


def team_columns() -> list[Column[TeamSummary]]:
    return [
        Column(_head(books.TEAM, "name"), lambda t: t.name, width=200),
        Column(_head(books.TEAM, "kind"), lambda t: shown(t.kind_label), align=CENTER, width=110),
        Column(_head(books.TEAM, "station"), lambda t: t.station, width=250),
        Column(_head(books.TEAM, "leader"), lambda t: t.leader, width=80),
        Column(
            translate("TeamsTab", "队员数"),
            lambda t: str(t.member_count),
            lambda t: t.member_count,
            RIGHT,
            60,
        ),
        Column(
            translate("TeamsTab", "本年时长（小时）"),
            lambda t: units.hours_cell(t.minutes_this_year, summary_words),
            lambda t: t.minutes_this_year,
            RIGHT,
            120,
        ),
        Column(
            translate("TeamsTab", "累计时长（小时）"),
            lambda t: units.hours_cell(t.minutes_total, summary_words),
            lambda t: t.minutes_total,
            RIGHT,
            120,
        ),
        Column(
            translate("TeamsTab", "活动次数"),
            lambda t: str(t.activity_count),
            lambda t: t.activity_count,
            RIGHT,
            70,
        ),
    ]


def team_member_columns() -> list[Column[TeamMemberRow]]:
    return [
        Column(translate("TeamsTab", "姓名"), lambda m: m.name, width=90),
        Column(translate("TeamsTab", "角色"), lambda m: shown_term(m.role), align=CENTER, width=70),
        Column(
            translate("TeamsTab", "加入时间"),
            lambda m: day_text(m.joined_on),
            align=CENTER,
            width=100,
        ),
        Column(
            translate("TeamsTab", "离队时间"),
            lambda m: day_text(m.left_on) or translate("TeamsTab", "在队"),
            lambda m: m.left_on or date.max,
            CENTER,
            100,
        ),
        Column(translate("TeamsTab", "联系电话"), lambda m: masked_phone(m.phone), width=120),
    ]


def activity_columns() -> list[Column[ActivityRow]]:
    return [
        Column(
            translate("TeamsTab", "日期"), lambda a: day_text(a.held_on), align=CENTER, width=100
        ),
        Column(_head(books.ACTIVITY, "title"), lambda a: a.title, width=200),
        Column(_head(books.ACTIVITY, "category"), lambda a: shown_term(a.category), width=90),
        Column(_head(books.ACTIVITY, "place"), lambda a: a.place, width=160),
        Column(
            _head(books.ACTIVITY, "people"),
            lambda a: str(a.participants),
            lambda a: a.participants,
            RIGHT,
            70,
        ),
        Column(
            translate("TeamsTab", "服务时长（小时）"),
            lambda a: units.hours_cell(a.minutes, summary_words),
            lambda a: a.minutes,
            RIGHT,
            120,
        ),
        Column(
            _head(books.ACTIVITY, "beneficiaries"),
            lambda a: str(a.beneficiaries),
            lambda a: a.beneficiaries,
            RIGHT,
            70,
        ),
    ]

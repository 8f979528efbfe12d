"""Print use cases: the cells of each roster, the settings on paper, and issued certificates.

Each function runs in one session and returns plain records (``PrintTable``, issued
certificates whose ``content`` is exactly what the paper says), never report objects:
``station_desk.print_jobs`` turns them into PDFs. ID numbers and phones are masked unless
the clerk asks for full numbers, and that request is written to the change log.
The member roster's column catalogue lives in ``printing_columns`` (re-exported here).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from sqlalchemy.orm import Session

from station_desk.db.queries.printing import (
    MemberFilter,
    grid_post_lines,
    roster_members,
)
from station_desk.db.queries.printing_service import team_name, team_roster
from station_desk.domain.date_rules import age_on
from station_desk.domain.dates import format_date
from station_desk.domain.enums import ChangeAction
from station_desk.domain.messages import msg
from station_desk.domain.privacy import mask_id_number, mask_phone
from station_desk.domain.problems import ValidationError, label_of
from station_desk.domain.units import hours_text
from station_desk.services.common import get_setting, log_event, set_setting
from station_desk.services.printing_columns import DEFAULT_ROSTER_COLUMNS as DEFAULT_ROSTER_COLUMNS
from station_desk.services.printing_columns import ROSTER_FIELDS as ROSTER_FIELDS
from station_desk.services.printing_columns import Align, roster_fields
from station_desk.services.printing_columns import month as month
from station_desk.services.printing_columns import roster_field as roster_field
from station_desk.services.printing_scope import filter_subtitle

DEFAULT_UNIT = "离退休干部党支部驿站"
ID_DOCUMENT_TYPE = "居民身份证"


def day(d: date | None) -> str:
    return format_date(d)


@dataclass(frozen=True)
class PrintSettings:
    """What the paper says about the issuer; kept in ``ledger_setting`` between prints."""

    unit_name: str = DEFAULT_UNIT
    issuer: str = ""
    person_in_charge: str = ""
    handler: str = ""
    contact: str = ""


_SETTING_KEYS = {
    "issuer": "print_issuer",
    "person_in_charge": "print_person_in_charge",
    "handler": "print_handler",
    "contact": "print_contact",
}


def print_settings(session: Session) -> PrintSettings:
    unit = get_setting(session, "unit_name").strip() or DEFAULT_UNIT
    values = {name: get_setting(session, key).strip() for name, key in _SETTING_KEYS.items()}
    values["issuer"] = values["issuer"] or unit
    return PrintSettings(unit_name=unit, **values)


def remember_print_settings(session: Session, settings: PrintSettings) -> None:
    """Keep the issuer, person in charge, handler and contact for the next certificate."""
    for name, key in _SETTING_KEYS.items():
        set_setting(session, key, getattr(settings, name).strip())


@dataclass(frozen=True)
class PrintTable:
    """A roster as plain cells: what ``RosterDocument`` is made from."""

    title: str
    unit_name: str
    headers: tuple[str, ...]
    weights: tuple[float, ...]
    aligns: tuple[Align, ...]
    rows: Sequence[tuple[str, ...]]
    printed_on: date
    subtitle: str = ""
    note: str = ""
    orientation: Literal["auto", "portrait", "landscape"] = "auto"
    signature_line: bool = True
    member_ids: tuple[int, ...] = field(default=())
    count: int | None = None
    """The rows that are entries ("共 N 条"), when a total row follows them."""
    two_lines: bool = False
    """Each person on two lines (reports/two_lines.py)."""


def log_full_numbers(session: Session, what: str, rows: int) -> None:
    """The clerk printed full ID numbers/phones: PIPL wants to know who, what, how many."""
    log_event(session, "export", ChangeAction.PRINT, what, full_numbers=True, rows=rows)


def numbers(full: bool) -> tuple[Callable[[str], str], Callable[[str], str]]:
    same: Callable[[str], str] = str
    return (same, same) if full else (mask_id_number, mask_phone)


def roster_table(
    session: Session,
    flt: MemberFilter,
    columns: Sequence[str],
    *,
    on: date,
    full_numbers: bool = False,
    title: str = "",
    subtitle: str = "",
) -> PrintTable:
    """The member roster (花名册) with the chosen columns in the chosen order."""
    fields = roster_fields(columns)
    members = roster_members(session, flt, on)
    if not members:
        raise ValidationError(
            "member",
            msg("{label}：所选范围内没有老同志，没有可打印的花名册", label=label_of("member")),
        )
    settings = print_settings(session)
    title = title.strip() or "离退休干部花名册"
    rows = []
    for number, m in enumerate(members, start=1):
        cells = []
        for f in fields:
            text = str(number) if f.key == "index" else f.value(m, on)
            if f.masked is not None and not full_numbers and text:
                text = f.masked(text)
            cells.append(text)
        rows.append(tuple(cells))
    if full_numbers and any(f.masked for f in fields):
        log_full_numbers(session, title, len(rows))
    return PrintTable(
        title=title,
        unit_name=settings.unit_name,
        headers=tuple(f.header for f in fields),
        weights=tuple(f.weight for f in fields),
        aligns=tuple(f.align for f in fields),
        rows=rows,
        printed_on=on,
        subtitle=subtitle.strip() or filter_subtitle(session, flt),
        member_ids=tuple(m.id for m in members),
    )


def grid_post_table(
    session: Session,
    on: date,
    *,
    community_id: int | None = None,
    grid_id: int | None = None,
    full_numbers: bool = False,
    subtitle: str = "",
) -> PrintTable:
    """网格职务花名册: grid leaders, grid branch secretaries and building leaders in office."""
    _, phone = numbers(full_numbers)
    lines = grid_post_lines(session, on, community_id=community_id, grid_id=grid_id)
    if not lines:
        raise ValidationError(
            "grid",
            msg(
                "{label}：{day}所选范围内没有在任的网格长、网格党支部书记或楼长",
                label=label_of("grid"),
                day=day(on),
            ),
        )
    rows = [
        (
            str(n),
            p.community,
            p.grid,
            p.kind_label,
            p.building,
            p.name,
            p.gender,
            str(age_on(p.birth_date, on)),
            phone(p.phone) if p.phone else "",
            day(p.since),
        )
        for n, p in enumerate(lines, start=1)
    ]
    title = "网格长、网格党支部书记、楼长花名册"
    if full_numbers:
        log_full_numbers(session, title, len(rows))
    return PrintTable(
        title=title,
        unit_name=print_settings(session).unit_name,
        headers=(
            "序号",
            "社区",
            "网格",
            "职务",
            "楼栋",
            "姓名",
            "性别",
            "年龄",
            "联系电话",
            "任职时间",
        ),
        weights=(0.55, 1.3, 1.0, 1.3, 1.0, 1.0, 0.5, 0.5, 1.3, 1.1),
        aligns=(
            "center",
            "left",
            "left",
            "center",
            "center",
            "center",
            "center",
            "center",
            "center",
            "center",
        ),
        rows=rows,
        printed_on=on,
        subtitle=subtitle or f"（截至 {day(on)} 在任）",
        orientation="landscape",
        member_ids=tuple(p.member_id for p in lines),
    )


def team_table(
    session: Session,
    team_id: int,
    start: date,
    end: date,
    *,
    on: date,
    full_numbers: bool = False,
) -> PrintTable:
    """A team's roster with each member's recorded hours for the team in the period."""
    name = team_name(session, team_id)
    if name is None:
        raise ValidationError(
            "team", msg("{label}：所选队伍不存在或已删除", label=label_of("team"))
        )
    if end < start:
        raise ValidationError("period", msg("起止日期：截止日期早于起始日期"))
    _, phone = numbers(full_numbers)
    lines = team_roster(session, team_id, start, end)
    if not lines:
        raise ValidationError(
            "team",
            msg(
                "{label}：{name}在{start}至{end}期间没有队员，没有可打印的花名册",
                label=label_of("team"),
                name=name,
                start=day(start),
                end=day(end),
            ),
        )
    rows = [
        (
            str(n),
            x.name,
            x.gender,
            str(age_on(x.birth_date, on)),
            phone(x.phone) if x.phone else "",
            x.role,
            day(x.joined_on),
            day(x.left_on),
            str(x.activities),
            hours_text(x.minutes),
        )
        for n, x in enumerate(lines, start=1)
    ]
    total = sum(x.minutes for x in lines)
    rows.append(
        (
            "合计",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            str(sum(x.activities for x in lines)),
            hours_text(total),
        )
    )
    title = f"{name}队员花名册"
    if full_numbers:
        log_full_numbers(session, title, len(lines))
    return PrintTable(
        title=title,
        unit_name=print_settings(session).unit_name,
        headers=(
            "序号",
            "姓名",
            "性别",
            "年龄",
            "联系电话",
            "队内职务",
            "入队时间",
            "离队时间",
            "服务次数",
            "服务时长",
        ),
        weights=(0.55, 1.0, 0.5, 0.5, 1.3, 0.9, 1.0, 1.0, 0.8, 1.1),
        aligns=("center",) * 10,
        rows=rows,
        printed_on=on,
        subtitle=f"（服务时长统计期间：{day(start)}—{day(end)}）",
        note="服务时长按志愿服务活动的时长记录统计。",
        member_ids=tuple(x.member_id for x in lines),
        count=len(lines),
    )

"""The member roster's columns: which a clerk may choose, how each cell reads, what is masked.

The catalogue (``ROSTER_FIELDS``, the default choice) is shared by the desk's column picker,
the command line and ``printing.roster_table``; ``roster_fields`` turns a clerk's choice into
the fields to print, refusing an unknown, empty or doubled choice, and applies the rules for
an ID number or an age printed beside the birth date (see ``domain/privacy.py``). Plain
definitions: no session. ``services.printing`` re-exports the names it used to hold.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from station_desk.db.queries.printing import RosterMember
from station_desk.domain.date_rules import age_on, years_since
from station_desk.domain.dates import MONTH, YEAR, format_date
from station_desk.domain.messages import msg
from station_desk.domain.privacy import mask_id_number, mask_phone
from station_desk.domain.problems import ValidationError

Align = Literal["left", "center", "right"]


def month(d: date | None, precision: str = "day") -> str:
    """1950-03-05 -> "1950.03", the way rosters write a birth or joining month; a date
    known only to its year (``precision``) stays "1950"."""
    return format_date(d, YEAR if precision == YEAR else MONTH)


@dataclass(frozen=True)
class RosterField:
    """A column the clerk may put on a member roster."""

    key: str
    header: str
    weight: float
    align: Align
    value: Callable[[RosterMember, date], str]
    masked: Callable[[str], str] | None = None


def _party_years(m: RosterMember, on: date) -> str:
    return str(max(years_since(m.joined_party_on, on), 0)) if m.joined_party_on else ""


ROSTER_FIELDS: tuple[RosterField, ...] = (
    RosterField("index", "序号", 0.65, "center", lambda _m, _on: ""),
    RosterField("name", "姓名", 1.0, "center", lambda m, _on: m.name),
    RosterField("gender", "性别", 0.5, "center", lambda m, _on: m.gender),
    RosterField("birth", "出生年月", 0.9, "center", lambda m, _on: month(m.birth_date)),
    RosterField("age", "年龄", 0.5, "center", lambda m, on: str(age_on(m.birth_date, on))),
    RosterField("id_number", "身份证号", 1.9, "center", lambda m, _on: m.id_number, mask_id_number),
    RosterField("phone", "联系电话", 1.3, "center", lambda m, _on: m.phone, mask_phone),
    RosterField("address", "住址", 2.2, "left", lambda m, _on: m.address),
    RosterField("station", "所在驿站", 2.0, "left", lambda m, _on: m.station),
    RosterField("community", "社区", 1.0, "left", lambda m, _on: m.community),
    RosterField("grid", "网格", 0.9, "left", lambda m, _on: m.grid),
    RosterField("former_unit", "原工作单位", 1.8, "left", lambda m, _on: m.former_unit),
    RosterField("former_post", "原职务", 1.1, "left", lambda m, _on: m.former_post),
    RosterField("retirement", "离退休类别", 0.8, "center", lambda m, _on: m.retirement_kind),
    RosterField("party", "党员", 0.5, "center", lambda m, _on: "是" if m.is_party_member else "否"),
    RosterField(
        "joined_party",
        "入党时间",
        0.9,
        "center",
        lambda m, _on: month(m.joined_party_on, m.joined_party_on_precision),
    ),
    RosterField("party_years", "党龄", 0.5, "center", _party_years),
    RosterField("branch", "所在支部", 2.7, "left", lambda m, _on: m.branch),
    RosterField("posts", "职务", 1.4, "left", lambda m, _on: m.posts),
    RosterField("volunteer_number", "志愿者编号", 1.3, "center", lambda m, _on: m.volunteer_number),
)
DEFAULT_ROSTER_COLUMNS = (
    "index",
    "name",
    "gender",
    "birth",
    "id_number",
    "phone",
    "community",
    "grid",
    "former_unit",
    "branch",
    "posts",
)


BIRTH_KEYS = frozenset({"birth", "age", "joined_party", "party_years", "retirement"})
"""Roster columns that narrow the birth date: an ID beside them is masked more."""


def _age_by_month(m: RosterMember, on: date) -> str:
    """Whole years from the birth month to the print month (the birth month counts as
    the birthday): all that 出生年月 beside it states, and nothing about the day."""
    born = m.birth_date
    return str(on.year - born.year - (on.month < born.month)) if born else ""


def _mask_id_beside_birth(value: str) -> str:
    return mask_id_number(value, birth_shown=True)


def roster_field(key_or_header: str) -> RosterField:
    """A column by key ("name") or by its Chinese header ("姓名")."""
    text = key_or_header.strip()
    for f in ROSTER_FIELDS:
        if text in (f.key, f.header):
            return f
    known = "、".join(f.header for f in ROSTER_FIELDS)
    raise ValidationError(
        "columns", msg("花名册列：没有“{text}”这一列（可选：{known}）", text=text, known=known)
    )


def roster_fields(columns: Sequence[str]) -> list[RosterField]:
    """The fields of the chosen columns, in order, as they print side by side."""
    fields = [roster_field(c) for c in columns]
    if not fields:
        raise ValidationError("columns", msg("花名册列：请至少选择一列"))
    if len({f.key for f in fields}) != len(fields):
        raise ValidationError("columns", msg("花名册列：同一列选了两次"))
    keys = {f.key for f in fields}
    if keys & BIRTH_KEYS:
        # the birth date is (partly) on the page: the ID keeps less (see privacy.py)
        fields = [
            replace(f, masked=_mask_id_beside_birth) if f.key == "id_number" else f for f in fields
        ]
    if "birth" in keys and "id_number" in keys:
        # an age by the day beside the birth month would tell the day's half of the month
        fields = [replace(f, value=_age_by_month) if f.key == "age" else f for f in fields]
    return fields

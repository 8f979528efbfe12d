"""Columns of the tables of people: name, gender and age as every such table shows them,
and the members table's ten columns."""

from __future__ import annotations

from datetime import date
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication

from station_desk.privacy import mask_id_number, mask_phone
from station_desk.records import MemberRow
from station_desk.ui.i18n import shown, shown_list
from station_desk.ui.table_model import CENTER, RIGHT, Column
from station_desk.validation import age_on, years_since


class Person(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def sort_key(self) -> str: ...
    @property
    def gender(self) -> str: ...
    @property
    def birth_date(self) -> date: ...


P = TypeVar("P", bound=Person)


def person_columns(
    today: date, name: str, gender: str, age: str, *, name_width: int = 80, age_width: int = 44
) -> list[Column[P]]:
    """姓名 (sorted in pinyin order), 性别 in the clerk's language, 年龄 on ``today`` (sorted
    by birth date, so equal ages keep their order); the headers come translated."""
    return [
        Column(name, lambda r: r.name, lambda r: r.sort_key, width=name_width),
        Column(gender, lambda r: shown(r.gender), align=CENTER, width=56),
        Column(
            age,
            lambda r: str(age_on(r.birth_date, today)),
            lambda r: -r.birth_date.toordinal(),
            RIGHT,
            age_width,
        ),
    ]


def member_columns(today: date) -> list[Column[MemberRow]]:
    """The ten columns of the members table; names sort in pinyin order."""

    def party_years(r: MemberRow) -> str:
        if not r.is_party_member or r.joined_party_on is None:
            return ""
        return str(years_since(r.joined_party_on, today))

    return [
        *person_columns(
            today,
            QCoreApplication.translate("MembersTab", "姓名"),
            QCoreApplication.translate("MembersTab", "性别"),
            QCoreApplication.translate("MembersTab", "年龄"),
        ),
        Column(
            QCoreApplication.translate("MembersTab", "身份证号"),
            lambda r: mask_id_number(r.id_number),
            lambda r: r.id_number,
            width=140,
        ),
        Column(
            QCoreApplication.translate("MembersTab", "联系电话"),
            lambda r: mask_phone(r.phone),
            lambda r: r.phone,
            width=100,
        ),
        Column(
            QCoreApplication.translate("MembersTab", "社区/网格"),
            lambda r: f"{r.community} {r.grid}".strip(),
            width=130,
        ),
        Column(
            QCoreApplication.translate("MembersTab", "原工作单位"),
            lambda r: r.former_unit,
            width=110,
        ),
        Column(QCoreApplication.translate("MembersTab", "所在支部"), lambda r: r.branch, width=140),
        Column(
            QCoreApplication.translate("MembersTab", "党龄"),
            party_years,
            lambda r: (
                r.joined_party_on.toordinal() * -1 if r.joined_party_on and r.is_party_member else 1
            ),
            RIGHT,
            60,
        ),
        Column(
            QCoreApplication.translate("MembersTab", "职务"),
            lambda r: shown_list(r.posts),
            width=130,
        ),
    ]

"""Columns of the tables of people: name, gender and age as every such table shows them,
and the members table's ten columns."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication

from station_desk.domain.date_rules import age_on, years_since
from station_desk.domain.privacy import mask_id_number, mask_phone
from station_desk.domain.records import MemberDetails, MemberLookup, MemberRow
from station_desk.ui.i18n import shown, shown_list
from station_desk.ui.table_model import CENTER, RIGHT, Column


class Person(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def gender(self) -> str: ...


P = TypeVar("P", bound=Person)


def person_columns(
    today: date,
    name: str,
    gender: str,
    age: str,
    *,
    name_width: int = 80,
    age_width: int = 44,
    order: Callable[[P], Any],
    birth: Callable[[P], date | None],
) -> list[Column[P]]:
    """姓名 (sorted in pinyin order: ``order``), 性别 in the clerk's language, 年龄 on
    ``today`` (sorted by birth date, so equal ages keep their order; blank while ``birth``
    is not known); the headers come translated."""

    def age_text(r: P) -> str:
        born = birth(r)
        return "" if born is None else str(age_on(born, today))

    def age_order(r: P) -> int:
        born = birth(r)
        return 1 if born is None else -born.toordinal()

    return [
        Column(name, lambda r: r.name, order, width=name_width),
        Column(gender, lambda r: shown(r.gender), align=CENTER, width=56),
        Column(age, age_text, age_order, RIGHT, age_width),
    ]


def member_person_columns(
    today: date, lookup: MemberLookup, *, name_width: int = 80, age_width: int = 44
) -> list[Column[MemberRow]]:
    """``person_columns`` of the members list, reading order and birth date in ``lookup``."""
    return person_columns(
        today,
        QCoreApplication.translate("MembersTab", "姓名"),
        QCoreApplication.translate("MembersTab", "性别"),
        QCoreApplication.translate("MembersTab", "年龄"),
        name_width=name_width,
        age_width=age_width,
        order=lookup.rank,
        birth=lookup.birth_date,
    )


def place_text(lookup: MemberLookup) -> Callable[[MemberRow], str]:
    """社区/网格 of a member: "community grid"."""
    return lambda r: f"{lookup.community(r)} {lookup.grid(r)}".strip()


def detail_text(
    lookup: MemberLookup, field: Callable[[MemberDetails], str]
) -> Callable[[MemberRow], str]:
    """A column's text from a row's shown-only columns; blank until ``lookup`` has them."""
    detail = lookup.detail

    def value(r: MemberRow) -> str:
        found = detail(r)
        return "" if found is None else field(found)

    return value


def member_columns(today: date, lookup: MemberLookup) -> list[Column[MemberRow]]:
    """The ten columns of the members table; names sort in pinyin order. What a row does
    not hold is read in ``lookup``; the shown-only columns stay blank until it has them."""
    detail = lookup.detail

    def text(field: Callable[[MemberDetails], str]) -> Callable[[MemberRow], str]:
        return detail_text(lookup, field)

    def party_years(d: MemberDetails, r: MemberRow) -> str:
        joined = d.joined_party_on
        return str(years_since(joined, today)) if r.party and joined is not None else ""

    def party_order(r: MemberRow) -> int:
        found = detail(r)
        joined = found.joined_party_on if found is not None and r.party else None
        return -joined.toordinal() if joined is not None else 1

    def party_text(r: MemberRow) -> str:
        found = detail(r)
        return "" if found is None else party_years(found, r)

    return [
        *member_person_columns(today, lookup),
        Column(
            QCoreApplication.translate("MembersTab", "身份证号"),
            text(lambda d: mask_id_number(d.id_number)),
            text(lambda d: d.id_number),
            width=140,
        ),
        Column(
            QCoreApplication.translate("MembersTab", "联系电话"),
            text(lambda d: mask_phone(d.phone)),
            text(lambda d: d.phone),
            width=100,
        ),
        Column(
            QCoreApplication.translate("MembersTab", "社区/网格"), place_text(lookup), width=130
        ),
        Column(
            QCoreApplication.translate("MembersTab", "原工作单位"),
            text(lambda d: d.former_unit),
            width=110,
        ),
        Column(QCoreApplication.translate("MembersTab", "所在支部"), lookup.branch, width=140),
        Column(
            QCoreApplication.translate("MembersTab", "党龄"), party_text, party_order, RIGHT, 60
        ),
        Column(
            QCoreApplication.translate("MembersTab", "职务"),
            lambda r: shown_list(lookup.posts(r)),
            width=130,
        ),
    ]

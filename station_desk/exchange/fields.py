"""How each import field is read from its cell.

Text, name, ID, phone, date, yes/no, count,
or one of the glossary's closed choices (性别, 离退休类别, 网格职务, 活动类型, 角色)."""

from __future__ import annotations

import re
from collections.abc import Callable

from station_desk.domain.enums import (
    EventKind,
    Gender,
    GridPostKind,
    LabeledEnum,
    ParticipationRole,
    RetirementKind,
)
from station_desk.domain.messages import msg
from station_desk.exchange.cells import (
    clean_id_number,
    clean_phone,
    clean_text,
    id_number_damage,
    parse_bool_cell,
    parse_count_cell,
    parse_date_cell,
    parse_partial_date_cell,
    phone_damage,
)
from station_desk.exchange.errors import CellError, listed
from station_desk.exchange.mapping import FIELD_LABELS_BY_KIND

Parser = Callable[[object, bool], object]

DATE_FIELDS = frozenset(
    {
        "birth_date",
        "retired_on",
        "honorary_retirement_on",
        "joined_party_on",
        "joined_on",
        "since",
        "date",
    }
)
#: A member's dates keep the precision they were written with (1968.05 stays a month).
PARTIAL_DATE_FIELDS = frozenset(
    {"birth_date", "retired_on", "honorary_retirement_on", "joined_party_on"}
)
CHOICES: dict[tuple[str, str], tuple[type[LabeledEnum], dict[str, str]]] = {
    ("members", "gender"): (Gender, {"男性": "男", "m": "男", "女性": "女", "f": "女"}),
    ("members", "retirement_kind"): (
        RetirementKind,
        {"离休干部": "离休", "退休干部": "退休", "已退休": "退休", "已离休": "离休"},
    ),
    ("grid_posts", "post"): (
        GridPostKind,
        {
            "网格支部书记": "网格党支部书记",
            "支部书记": "网格党支部书记",
            "楼栋长": "楼长",
            "单元长": "楼长",
            "楼长(单元长)": "楼长",
        },
    ),
    ("events", "kind"): (
        EventKind,
        {
            "讲党课": "党课",
            "专题党课": "党课",
            "文艺演出": "演出",
            "学习会": "学习讨论会",
            "讨论会": "学习讨论会",
            "学习": "学习讨论会",
            "展": "展览",
            "作品展": "展览",
            "培训班": "培训",
        },
    ),
    ("events", "role"): (
        ParticipationRole,
        {
            "主讲人": "主讲",
            "演员": "演员",
            "表演": "演员",
            "组织者": "组织",
            "参加": "参与",
            "参与者": "参与",
            "参加人员": "参与",
            "观众": "参与",
        },
    ),
}
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff·]) +(?=[\u3400-\u9fff·])")


def _text(value: object, _: bool) -> object:
    return clean_text(value)


def _name(value: object, _: bool) -> object:
    return _CJK_GAP.sub("", clean_text(value))


def _id_number(value: object, _: bool) -> object:
    damage = id_number_damage(value)
    if damage:
        raise CellError(damage)
    return clean_id_number(value)


def _phone(value: object, _: bool) -> object:
    damage = phone_damage(value)
    if damage:
        raise CellError(damage)
    return clean_phone(value)


def _date(value: object, date1904: bool) -> object:
    return parse_date_cell(value, date1904=date1904)


def _partial_date(value: object, date1904: bool) -> object:
    return parse_partial_date_cell(value, date1904=date1904)


def _bool(value: object, _: bool) -> object:
    return parse_bool_cell(value)


def _count(value: object, _: bool) -> object:
    return parse_count_cell(value)


def _choice(enum: type[LabeledEnum], aliases: dict[str, str], label: str) -> Parser:
    allowed = listed([member.label for member in enum], quoted=True)

    def parse(value: object, _: bool) -> object:
        text = "".join(clean_text(value).split())
        if not text:
            return None
        text = aliases.get(text.lower(), text)
        try:
            return enum.from_label(text)
        except ValueError:
            raise CellError(
                msg(
                    "{label}只能填 {allowed}，这里是“{value}”",
                    label=label,
                    allowed=allowed,
                    value=clean_text(value),
                )
            ) from None

    return parse


# Fields that differ from person to person: remembering their cells would only cost.
_PERSONAL = frozenset({"name", "id_number", "phone", "volunteer_number", "address", "notes"})


class _Unreadable:
    """A cell value already found unreadable, with the reason."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason


def remembering(parse: Parser) -> Parser:
    """``parse`` run once per distinct cell value (a roster repeats its communities, grids,
    units, choices and dates thousands of times); the same value, or CellError, each time.

    Values are told apart by type too (1, 1.0 and True are different cells). A cell that
    cannot be hashed, or a failure other than CellError, is simply parsed every time.
    """
    seen: dict[tuple[type, object, bool], object] = {}

    def parse_once(value: object, date1904: bool) -> object:
        key = (type(value), value, date1904)
        try:
            found = seen[key]
        except KeyError:
            try:
                found = parse(value, date1904)
            except CellError as error:
                found = _Unreadable(error.reason)
            seen[key] = found
        except TypeError:
            return parse(value, date1904)
        if type(found) is _Unreadable:
            raise CellError(found.reason)
        return found

    return parse_once


def sheet_parser_for(kind: str, name: str) -> Parser:
    """``parser_for``, remembering repeated cells for fields people share (one sheet's use)."""
    parse = parser_for(kind, name)
    return parse if name in _PERSONAL else remembering(parse)


def parser_for(kind: str, name: str) -> Parser:
    """How one field of one import kind is read from its cell."""
    if (kind, name) in CHOICES:
        enum, aliases = CHOICES[kind, name]
        return _choice(enum, aliases, FIELD_LABELS_BY_KIND[kind][name])
    if name == "name":
        return _name
    if name == "id_number":
        return _id_number
    if name == "phone":
        return _phone
    if kind == "members" and name in PARTIAL_DATE_FIELDS:
        return _partial_date
    if name in DATE_FIELDS:
        return _date
    if name == "is_party_member":
        return _bool
    if name in ("beneficiaries", "audience"):
        return _count
    return _text

"""Problems with what a clerk typed: the field labels, the errors and the warnings.

Every check of the domain (``ids``, ``phones``, ``names``, ``units``, ``date_rules``,
``people``) names its field by the label here and raises ``ValidationError``; services
collect several with ``Problems`` and ask for confirmation with ``NeedsConfirmation``; the
desk shows each message beside its field. Every message starts with the field's Chinese
label, because the same text also lands in import error reports where there is no field
beside it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

from station_desk.domain import books
from station_desk.domain.messages import msg

P = ParamSpec("P")
T = TypeVar("T")

FIELD_LABELS: dict[str, str] = {
    # each book by its key ("activity"), named as the book (station_desk.domain.books)
    **{book.key: book.label for book in books.BOOKS},
    "name": "姓名",
    "gender": "性别",
    "birth_date": "出生日期",
    "id_number": "身份证号",
    "phone": "联系电话",
    "address": "住址",
    "former_unit": "原工作单位",
    "former_post": "原职务",
    "retirement_kind": "离退休类别",
    "retired_on": "离退休时间",
    "honorary_retirement_on": "荣誉退休时间",
    "joined_party_on": "入党时间",
    "volunteer_number": "志愿者编号",
    "hours": "服务时长",
    "amount": "金额",
    "item_count": "数量",
    "title": "标题",
    "date": "日期",
    "beneficiaries": "服务人次",
    "audience": "观众人次",
    "building": "楼栋",
    "since": "任职时间",
    "until": "离任时间",
    "subdistrict": "街道（镇）",
    "kind": "类别",
    "category": "类别",
    "place": "地点",
    "description": "内容",
    "note": "备注",
    "role": "角色",
    "issuer": "颁发单位",
    "issued_on": "颁发日期",
    "serial_number": "证书编号",
    "out_file": "PDF 文件",
    "period": "起止日期",
    "started_on": "开始日期",
    "ended_on": "结束日期",
    "held_on": "活动日期",
    "founded_on": "成立时间",
    "joined_on": "加入时间",
    "left_on": "离队时间",
    "made_on": "创作时间",
    "donated_on": "捐赠日期",
    "donor": "捐赠人",
    "author": "作者",
    "leader": "负责人",
    "secretary": "支部书记",
    "contact": "联系人",
    "post": "职务",
    "theme": "主题",
    "focus": "服务重点",
    "purpose": "用途",
    "content": "内容",
    "notes": "备注",
    "health": "健康状况",
    "participants": "参加人员",
    "operator": "操作员",
}


@functools.cache
def label_of(field: str) -> str:
    """The Chinese label of ``field`` (a ``Message``, so the desk can show it in English;
    ``scripts/translations.py`` collects ``FIELD_LABELS``); the field name itself when none
    is known. One object per field: the checks ask for it on every call."""
    label = FIELD_LABELS.get(field)
    return msg(label) if label is not None else field


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a second look) with one field."""

    field: str
    message: str
    warning: bool = False


#: How several problems read in one line.
PROBLEM_SEPARATOR = "；"


def displayed(problem: Problem) -> str:
    """The problem as the clerk reads it away from its field: led by the field's label.

    A field without a label is an internal name ("min_hours"): the clerk never reads it,
    the message alone names what is wrong."""
    if problem.field not in FIELD_LABELS:
        return problem.message
    label = label_of(problem.field)
    if problem.message.startswith(label):
        return problem.message
    return msg("{label}：{message}", label=label, message=problem.message)


class ValidationError(Exception):
    """Raised by services; carries one or more problems (errors only)."""

    problems: tuple[Problem, ...]

    def __init__(self, field: str, message: str) -> None:
        self.problems = (Problem(field, message),)
        super().__init__(str(self))

    @classmethod
    def many(cls, problems: Iterable[Problem]) -> ValidationError:
        """One error carrying every problem, so the clerk sees them all at once."""
        found = tuple(problems)
        if not found:
            raise ValueError("ValidationError.many needs at least one problem")
        error = cls(found[0].field, found[0].message)
        error.problems = found
        error.args = (str(error),)
        return error

    @property
    def field(self) -> str:
        return self.problems[0].field

    @property
    def message(self) -> str:
        return self.problems[0].message

    def __str__(self) -> str:
        return PROBLEM_SEPARATOR.join(displayed(p) for p in self.problems)


class NeedsConfirmation(Exception):
    """Raised when only warnings remain and the caller did not confirm them."""

    warnings: tuple[Problem, ...]

    def __init__(self, warnings: Iterable[Problem]) -> None:
        self.warnings = tuple(warnings)
        super().__init__(str(self))

    def __str__(self) -> str:
        return PROBLEM_SEPARATOR.join(displayed(p) for p in self.warnings)


class Problems:
    """Collects errors and warnings across a record's fields before deciding once."""

    def __init__(self) -> None:
        self._items: list[Problem] = []

    def error(self, field: str, message: str) -> None:
        self._items.append(Problem(field, message))

    def warn(self, field: str, message: str) -> None:
        self._items.append(Problem(field, message, warning=True))

    def check(self, func: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T | None:
        """Run one check; record its ValidationError instead of stopping at it."""
        try:
            return func(*args, **kwargs)
        except ValidationError as exc:
            self._items.extend(exc.problems)
            return None

    def extend(self, other: Problems) -> None:
        """Add every problem another collector found."""
        self._items.extend(other._items)

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self._items if not p.warning)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self._items if p.warning)

    def has_error(self, field: str) -> bool:
        return any(p.field == field for p in self.errors)

    def raise_if_errors(self) -> None:
        if self.errors:
            raise ValidationError.many(self.errors)

    def raise_unconfirmed(self, confirmed: bool) -> None:
        if self.warnings and not confirmed:
            raise NeedsConfirmation(self.warnings)

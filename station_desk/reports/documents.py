"""The records a print is made from: plain frozen dataclasses, checked when built.

The read side of the ledger fills these; reports never see the database. Each record
validates itself so that a bad row fails before any page is written, with a message that
names the field (and the row) so the desk can show it to the clerk.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

DEFAULT_HONOR_TEMPLATE = (
    "{name}同志：\n    在{reason}中表现突出，被评为“{honour}”。\n    特发此证，以资鼓励。"
)

Alignment = Literal["left", "center", "right"]
Orientation = Literal["auto", "portrait", "landscape"]

_ALIGNMENTS = ("left", "center", "right")
_ORIENTATIONS = ("auto", "portrait", "landscape")


def _require(value: str, field_name: str, where: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}：{field_name} 不能为空")


_HOURS = re.compile(r"\d+(\.\d+)?(小时)?|(\d+小时)?\d+分")


def _require_hours(value: str, field_name: str, where: str) -> None:
    """Hours as the desk writes them ("2.5小时", "1小时40分"), or a bare number (registers
    written before hours were printed in words)."""
    if not isinstance(value, str) or not _HOURS.fullmatch(value.strip()):
        raise ValueError(
            f"{where}：{field_name} 应为时长（如 2.5小时、1小时40分），实际为 {value!r}"
        )


def hours_words(value: str) -> str:
    """A stored duration as printed: a bare number from an older register gains 小时."""
    text = value.strip()
    return f"{text}小时" if text and text[-1].isdigit() else text


@dataclass(frozen=True)
class RosterColumn:
    """One column of a roster: its header, its share of the width and its alignment."""

    header: str
    weight: float = 1.0
    align: Alignment = "left"

    def __post_init__(self) -> None:
        _require(self.header, "header 列标题", "花名册列")
        if not self.weight > 0:
            raise ValueError(f"花名册列“{self.header}”：weight 应大于 0，实际为 {self.weight}")
        if self.align not in _ALIGNMENTS:
            raise ValueError(
                f"花名册列“{self.header}”：align 应为 {_ALIGNMENTS}，实际为 {self.align!r}"
            )


@dataclass(frozen=True)
class RosterDocument:
    """A 花名册: a table of people (or anything else) with a title and a signature line."""

    title: str
    unit_name: str
    columns: Sequence[RosterColumn]
    rows: Sequence[Sequence[str]]
    printed_on: date
    subtitle: str = ""
    orientation: Orientation = "auto"
    signature_line: bool = True
    note: str = ""
    count: int | None = None
    """The entries ("共 N 条") when a total row follows them; all rows otherwise."""
    two_lines: bool = False
    """Each person on two lines (the columns folded in half) when one line is too wide."""

    def __post_init__(self) -> None:
        _require(self.title, "title 标题", "花名册")
        _require(self.unit_name, "unit_name 单位名称", "花名册")
        if not self.columns:
            raise ValueError("花名册：columns 至少要有一列")
        if self.orientation not in _ORIENTATIONS:
            raise ValueError(
                f"花名册：orientation 应为 {_ORIENTATIONS}，实际为 {self.orientation!r}"
            )
        width = len(self.columns)
        for number, row in enumerate(self.rows, start=1):
            if isinstance(row, str) or len(row) != width:
                count = "一个字符串" if isinstance(row, str) else f"{len(row)} 个单元格"
                raise ValueError(f"花名册第 {number} 行：应有 {width} 个单元格，实际为 {count}")
            for cell in row:
                if not isinstance(cell, str):
                    raise ValueError(f"花名册第 {number} 行：单元格应为文字，实际为 {cell!r}")


@dataclass(frozen=True)
class HonorCertificate:
    """A 荣誉证书 for one person: the body is ``template`` filled with name/reason/honour."""

    serial: str
    recipient_name: str
    reason: str
    honour: str
    issuer: str
    issued_on: date
    reprint: bool = False
    template: str = DEFAULT_HONOR_TEMPLATE
    reprinted_on: date | None = None
    """The day of this reprint (``reprint``): printed beside the original number and date."""

    def __post_init__(self) -> None:
        where = f"荣誉证书 {self.serial or '(无编号)'}"
        for name in ("serial", "recipient_name", "reason", "honour", "issuer", "template"):
            _require(getattr(self, name), name, where)
        try:
            self.body()
        except (KeyError, IndexError, ValueError) as exc:
            raise ValueError(
                f"{where}：template 只能使用 {{name}} {{reason}} {{honour}}：{exc}"
            ) from None

    def body(self) -> str:
        """The certificate text with the placeholders filled."""
        return self.template.format(
            name=self.recipient_name, reason=self.reason, honour=self.honour
        )


@dataclass(frozen=True)
class ServiceLine:
    """One row of a service-record certificate; ``hours`` already in words, e.g. "1小时40分"."""

    on: date
    activity: str
    content: str
    hours: str


@dataclass(frozen=True)
class ServiceRecordCertificate:
    """A 志愿服务记录证明 (fields as the national 志愿服务记录与证明出具办法 asks)."""

    serial: str
    name: str
    id_document_type: str
    id_number: str
    volunteer_number: str
    period_start: date
    period_end: date
    total_hours: str
    lines: Sequence[ServiceLine]
    issuer_org: str
    person_in_charge: str
    handler: str
    contact: str
    issued_on: date
    reprint: bool = False
    reprinted_on: date | None = None

    def __post_init__(self) -> None:
        where = f"志愿服务记录证明 {self.serial or '(无编号)'}"
        for name in ("serial", "name", "id_document_type", "id_number", "issuer_org"):
            _require(getattr(self, name), name, where)
        if self.period_end < self.period_start:
            raise ValueError(f"{where}：period_end 早于 period_start")
        _require_hours(self.total_hours, "total_hours 累计时长", where)
        for number, line in enumerate(self.lines, start=1):
            row = f"{where} 第 {number} 条记录"
            _require(line.activity, "activity 活动名称", row)
            _require_hours(line.hours, "hours 时长", row)


@dataclass(frozen=True)
class SignInSheet:
    """A 签到表: ``expected`` rows are (name, *extra columns); blank rows follow for walk-ins."""

    unit_name: str
    title: str
    on: date
    place: str
    expected: Sequence[tuple[str, ...]]
    extra_headers: Sequence[str] = ()
    blank_rows: int = 10

    def __post_init__(self) -> None:
        _require(self.unit_name, "unit_name 单位名称", "签到表")
        _require(self.title, "title 标题", "签到表")
        if self.blank_rows < 0:
            raise ValueError(f"签到表：blank_rows 不能为负数，实际为 {self.blank_rows}")
        width = 1 + len(self.extra_headers)
        for number, row in enumerate(self.expected, start=1):
            if isinstance(row, str) or len(row) != width:
                count = "一个字符串" if isinstance(row, str) else f"{len(row)} 项"
                raise ValueError(
                    f"签到表第 {number} 行：应有 {width} 项（姓名 + {len(self.extra_headers)} 个附加列），"
                    f"实际为 {count}"
                )

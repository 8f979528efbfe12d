"""Which column holds which field: header synonyms per import kind, and finding the header row.

Clerks name columns as they please (身份证号码, 公民身份号码, 身份证号（必填）) and put a
merged title row or two above them. We score the first rows of the sheet against a generous
list of synonyms and take the row that maps the most fields; the clerk confirms or changes
the guess in the desk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from station_desk.domain.books import SHEETS
from station_desk.domain.messages import msg
from station_desk.domain.problems import label_of
from station_desk.exchange.cells import clean_text
from station_desk.exchange.errors import ExchangeError, listed
from station_desk.exchange.reading import Sheet

HEADER_SCAN_ROWS = 20

_NAME = ("姓名", "名字", "老同志姓名", "老干部姓名", "人员姓名", "党员姓名", "干部姓名")
_ID_NUMBER = (
    "身份证号",
    "身份证号码",
    "公民身份号码",
    "身份证",
    "公民身份证号码",
    "公民身份证号",
    "身份证件号码",
    "证件号码",
    "身份号码",
)
_COMMUNITY = ("社区", "所在社区", "社区名称", "居住社区", "社区（居委会）", "居委会")
_GRID = ("网格", "所在网格", "网格名称", "居住网格", "所属网格", "社区网格")
_TEAM = (
    "服务队",
    "队伍",
    "团队名称",
    "志愿服务队",
    "队名",
    "所在队伍",
    "团队",
    "服务队名称",
    "队伍名称",
)

HEADER_SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "members": {
        "name": _NAME,
        "gender": ("性别",),
        "birth_date": ("出生年月", "出生日期", "出生时间", "出生年月日", "生日"),
        "id_number": _ID_NUMBER,
        "phone": (
            "联系电话",
            "手机号码",
            "手机",
            "电话",
            "联系方式",
            "手机号",
            "电话号码",
            "联系电话(手机)",
        ),
        "address": ("住址", "家庭住址", "现住址", "居住地址", "家庭地址", "现居住地址", "地址"),
        "community": _COMMUNITY,
        "grid": _GRID,
        "former_unit": (
            "原工作单位",
            "工作单位",
            "原单位",
            "退休前单位",
            "离退休前单位",
            "原所在单位",
            "单位",
        ),
        "former_post": ("原职务", "职务", "原任职务", "退休前职务"),
        "retirement_kind": ("离退休类别", "离退休", "类别", "离退休类型", "离休/退休", "离退类别"),
        "retired_on": (
            "离退休时间",
            "退休时间",
            "离休时间",
            "离退休日期",
            "退休日期",
            "离休日期",
            "离退休年月",
            "退休年月",
        ),
        "honorary_retirement_on": ("荣誉退休时间", "荣誉退休日期"),
        "is_party_member": ("是否党员", "政治面貌", "是否中共党员", "党员"),
        "joined_party_on": ("入党时间", "入党日期", "入党年月"),
        "branch": (
            "所在支部",
            "党支部",
            "支部",
            "所在党支部",
            "支部名称",
            "所属支部",
            "所属党支部",
        ),
        "volunteer_number": ("志愿者编号", "志愿者证号", "志愿者注册号"),
        "health": ("健康状况", "身体状况", "身体情况"),
        "notes": ("备注", "说明"),
        "station": ("驿站", "所在驿站", "驿站名称"),
    },
    "team_members": {
        "team": _TEAM,
        "name": (*_NAME, "队员姓名"),
        "id_number": _ID_NUMBER,
        "role": ("角色", "职务", "队内职务", "担任职务"),
        "joined_on": ("加入时间", "入队时间", "加入日期", "入队日期"),
    },
    "grid_posts": {
        "community": _COMMUNITY,
        "grid": _GRID,
        "name": _NAME,
        "id_number": _ID_NUMBER,
        "post": ("职务", "岗位", "担任职务", "任职岗位", "网格职务"),
        "building": ("楼栋", "楼号", "负责楼栋", "楼栋号"),
        "since": ("任职时间", "任职日期", "上岗时间"),
    },
    "activities": {
        "team": _TEAM,
        "title": ("活动名称", "活动主题", "活动内容", "服务内容", "服务项目"),
        "date": ("活动日期", "日期", "活动时间", "服务日期", "服务时间"),
        "place": ("地点", "活动地点", "服务地点"),
        "category": ("类别", "活动类别", "服务类别", "服务类型"),
        "beneficiaries": ("服务人次", "帮扶人次", "受益人次", "帮扶群众人次", "服务对象人次"),
        "name": (*_NAME, "参与人", "参加人员", "志愿者姓名"),
        "id_number": _ID_NUMBER,
        "hours": ("时长", "服务时长", "小时", "服务小时数", "时长(小时)", "服务时长(小时)"),
    },
    "events": {
        "title": ("活动名称", "活动主题", "名称"),
        "kind": ("类别", "类型", "活动类型"),
        "date": ("日期", "活动日期", "活动时间", "时间"),
        "place": ("地点", "活动地点"),
        "station": ("驿站", "所在驿站", "驿站名称"),
        "audience": ("观众人次", "人次", "参与人次", "参加人次", "受众人次"),
        "name": (*_NAME, "主讲人", "参与人"),
        "role": ("角色", "身份"),
    },
}

REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {
    "members": ("name", "id_number"),
    "team_members": ("team", "name", "id_number"),
    "grid_posts": ("grid", "name", "id_number", "post"),
    "activities": ("title", "date", "name", "id_number"),
    "events": ("title", "date"),
}

#: Each import kind as the wizard offers it and its template's sheet is named: the sheet of
#: the book it fills (``station_desk.domain.books.SHEETS``).
KIND_LABELS: dict[str, str] = {
    kind: SHEETS[kind].sheet
    for kind in ("members", "team_members", "grid_posts", "activities", "events")
}

#: Import labels that read otherwise than ``problems.label_of``: messages of their own.
_OWN_LABELS: dict[str, str] = {
    label: label
    for label in (
        msg("出生年月"),
        msg("是否党员"),
        msg("所在支部"),
        msg("服务队"),
        msg("活动名称"),
        msg("活动日期"),
        msg("时长"),
    )
}


def _label(name: str, text: str) -> str:
    """``text``, the label of field ``name``, as a message the desk can show in English."""
    known = label_of(name)
    return known if known == text else _OWN_LABELS.get(text, text)


#: Each import field's label (a ``Message``): the first header synonym, as the template
#: and its 填写说明 name the column.
FIELD_LABELS_BY_KIND: dict[str, dict[str, str]] = {
    kind: {name: _label(name, texts[0]) for name, texts in fields.items()}
    for kind, fields in HEADER_SYNONYMS.items()
}
FIELD_LABELS_BY_KIND["activities"]["name"] = label_of("name")
FIELD_LABELS_BY_KIND["events"]["name"] = label_of("name")

_MARKS = re.compile(r"[*＊※]|\((?:必填|必须填写|选填|可选|必填项)\)|必填$")
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]|【[^】]*】")
_MIN_CONTAINED = 3
_MAX_HEADER_FOR_CONTAINS = 15


@dataclass(frozen=True)
class HeaderGuess:
    """The header row (0-based index into ``Sheet.rows``) and what each column holds."""

    row_index: int
    mapping: dict[int, str]
    unmapped: list[tuple[int, str]] = field(default_factory=list)


def normalize_header(value: object) -> str:
    """Header text as compared with synonyms: NFKC, no spaces or line breaks, marks dropped."""
    text = "".join(clean_text(value).split())
    return _MARKS.sub("", text).rstrip(":：")


def _lookup(kind: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for name, texts in HEADER_SYNONYMS[kind].items():
        for text in texts:
            table.setdefault(normalize_header(text), name)
    return table


_EXACT: dict[str, dict[str, str]] = {kind: _lookup(kind) for kind in HEADER_SYNONYMS}


def field_for_header(kind: str, header: object) -> tuple[str | None, bool]:
    """(field, exact) for one header cell: exact synonym first, then the longest contained one."""
    text = normalize_header(header)
    if not text:
        return None, False
    exact = _EXACT[kind]
    for candidate in (text, _BRACKETS.sub("", text)):
        if candidate in exact:
            return exact[candidate], True
    if len(text) > _MAX_HEADER_FOR_CONTAINS:
        return None, False
    best: tuple[int, str] | None = None
    for synonym, name in exact.items():
        longer = best is None or len(synonym) > best[0]
        if len(synonym) >= _MIN_CONTAINED and synonym in text and longer:
            best = (len(synonym), name)
    return (best[1], False) if best else (None, False)


def map_header_row(row: list[object], kind: str) -> HeaderGuess:
    """Map one candidate header row; each field goes to one column (exact matches win)."""
    found: list[tuple[int, int, str]] = []
    unmapped: list[tuple[int, str]] = []
    for column, cell in enumerate(row):
        name, exact = field_for_header(kind, cell)
        if name is None:
            if clean_text(cell):
                unmapped.append((column, clean_text(cell)))
            continue
        found.append((0 if exact else 1, column, name))
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for _, column, name in sorted(found):
        if name in taken:
            unmapped.append((column, clean_text(row[column])))
            continue
        taken.add(name)
        mapping[column] = name
    unmapped.sort()
    return HeaderGuess(row_index=0, mapping=dict(sorted(mapping.items())), unmapped=unmapped)


def _check_kind(kind: str) -> None:
    if kind not in HEADER_SYNONYMS:
        raise ExchangeError(msg("不认识的导入类型“{kind}”", kind=kind))


def best_header(sheet: Sheet, kind: str) -> tuple[HeaderGuess, bool]:
    """The best-scoring row among the first ones, and whether it has every required field."""
    _check_kind(kind)
    required = set(REQUIRED_FIELDS[kind])
    best: tuple[tuple[bool, int], HeaderGuess] | None = None
    for index, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS]):
        guess = map_header_row(row, kind)
        complete = required <= set(guess.mapping.values())
        score = (complete, len(guess.mapping))
        if best is None or score > best[0]:
            best = (score, HeaderGuess(index, guess.mapping, guess.unmapped))
    if best is None:
        return HeaderGuess(0, {}, []), False
    return best[1], best[0][0]


def find_header(sheet: Sheet, kind: str) -> HeaderGuess:
    """Find the header row in the first 20 rows; ExchangeError naming the expected headers."""
    guess, complete = best_header(sheet, kind)
    if complete:
        return guess
    labels = FIELD_LABELS_BY_KIND[kind]
    if not sheet.rows:
        raise ExchangeError(msg("工作表“{sheet}”是空的，没有可导入的内容", sheet=sheet.name))
    found = set(guess.mapping.values())
    raise ExchangeError(
        msg(
            "在工作表“{sheet}”的前 {rows} 行里没有找到表头：{kind}需要 {required} 这几列，最接近的一行缺少 {missing}。可用的表头有：{headers}",
            sheet=sheet.name,
            rows=HEADER_SCAN_ROWS,
            kind=KIND_LABELS[kind],
            required=listed([labels[name] for name in REQUIRED_FIELDS[kind]], quoted=True),
            missing=listed(
                [labels[name] for name in REQUIRED_FIELDS[kind] if name not in found], quoted=True
            ),
            headers=listed(labels.values()),
        )
    )

"""Invented people for report tests and the roster benchmark (no real person is named)."""

from __future__ import annotations

import random
from datetime import date

from station_desk.reports.documents import RosterColumn, RosterDocument

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "建国华明秀英桂兰志强玉珍淑芬德福永红卫东文海春梅丽娟金凤国庆振兴"
UNITS = [
    "平阴县教育和体育局",
    "平阴县人民医院",
    "榆山街道办事处",
    "平阴县农业农村局（原县农业局、县畜牧局合并后新设单位）",
    "县供销合作社",
    "玫瑰镇人民政府",
]
POSTS = ["科员", "副局长", "主任", "校长", "党支部书记", "会计", "工程师"]
COMMUNITIES = ["翠屏社区", "环秀社区", "会仙山社区", "青龙社区"]

ROSTER_HEADERS = (
    "序号",
    "姓名",
    "性别",
    "出生年月",
    "原工作单位",
    "原职务",
    "联系电话",
    "所在社区",
)
ROSTER_WEIGHTS = (0.6, 1.0, 0.5, 1.0, 3.0, 1.2, 1.5, 1.2)


def person_name(rng: random.Random) -> str:
    """A two- or three-character invented name."""
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def masked_phone(rng: random.Random) -> str:
    """A phone number already masked by the read side, e.g. 138****1234."""
    return f"1{rng.choice('3589')}{rng.randint(0, 9)}****{rng.randint(0, 9999):04d}"


def roster_rows(count: int, seed: int = 7) -> list[tuple[str, ...]]:
    """``count`` rows for the 8-column roster."""
    rng = random.Random(seed)
    return [
        (
            str(i),
            person_name(rng),
            rng.choice("男女"),
            f"{rng.randint(1935, 1965)}年{rng.randint(1, 12)}月",
            rng.choice(UNITS),
            rng.choice(POSTS),
            masked_phone(rng),
            rng.choice(COMMUNITIES),
        )
        for i in range(1, count + 1)
    ]


def roster(count: int, **overrides: object) -> RosterDocument:
    """An 8-column roster of ``count`` invented members."""
    fields: dict[str, object] = {
        "title": "离退休干部花名册",
        "unit_name": "平阴县榆山街道翠屏社区共享式党支部驿站",
        "columns": [
            RosterColumn(h, w, "center" if h in ("序号", "性别") else "left")
            for h, w in zip(ROSTER_HEADERS, ROSTER_WEIGHTS, strict=True)
        ],
        "rows": roster_rows(count),
        "printed_on": date(2026, 11, 27),
    }
    fields.update(overrides)
    return RosterDocument(**fields)  # type: ignore[arg-type]

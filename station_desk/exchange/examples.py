"""The fictitious example row each import template carries, and how we recognise it again.

A clerk who forgets to delete the example row must not import 张三 into the ledger, so the
parser knows the example ID number and reports that row instead of passing it on.
"""

from __future__ import annotations

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def id_check_digit(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character of a mainland ID number's first 17 digits."""
    return _CHECK[
        sum(int(digit) * weight for digit, weight in zip(first17, _WEIGHTS, strict=True)) % 11
    ]


_EXAMPLE_BODY = "37012419500305123"
EXAMPLE_ID_NUMBER = _EXAMPLE_BODY + id_check_digit(_EXAMPLE_BODY)
EXAMPLE_NAME = "张三"

_PERSON: dict[str, object] = {"name": EXAMPLE_NAME, "id_number": EXAMPLE_ID_NUMBER}

EXAMPLE_ROWS: dict[str, dict[str, object]] = {
    "members": {
        **_PERSON,
        "gender": "男",
        "birth_date": "1950.03.05",
        "phone": "13800000000",
        "address": "榆山街道翠屏社区1号楼2单元301",
        "community": "翠屏社区",
        "grid": "第二网格",
        "former_unit": "县财政局",
        "former_post": "科长",
        "retirement_kind": "退休",
        "retired_on": "2010.03",
        "honorary_retirement_on": "2010.04.01",
        "is_party_member": "党员",
        "joined_party_on": "1975.07",
        "branch": "县直机关离退休干部第一党支部",
        "volunteer_number": "",
        "health": "良好",
        "notes": "示例行，导入前请删除",
    },
    "team_members": {
        "team": "老干部博爱驿站",
        **_PERSON,
        "role": "队员",
        "joined_on": "2020.05",
    },
    "grid_posts": {
        "community": "翠屏社区",
        "grid": "第二网格",
        **_PERSON,
        "post": "楼长",
        "building": "1号楼",
        "since": "2020.02",
    },
    "activities": {
        "team": "老干部博爱驿站",
        "title": "爱心义诊",
        "date": "2021.05.20",
        "place": "翠屏社区广场",
        "category": "健康服务",
        "beneficiaries": "120",
        "name": EXAMPLE_NAME,
        "id_number": EXAMPLE_ID_NUMBER,
        "hours": "2.5",
    },
    "events": {
        "title": "学党史 悟思想",
        "kind": "党课",
        "date": "2021.06.18",
        "place": "县老年人大学",
        "station": "县老年人大学共享式党支部驿站",
        "audience": "60",
        "name": EXAMPLE_NAME,
        "role": "主讲",
    },
}

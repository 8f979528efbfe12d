"""The demo's organisations and places: they keep the 2021 Pingyin County report's names
(docs/ARCHITECTURE.md §Demo figures), while the people are invented (``people.py``)."""

from __future__ import annotations

from station_desk.domain.enums import BranchCategory

UNIT_NAME = "平阴县离退休干部党支部驿站"

COMMUNITIES: tuple[tuple[str, str, int], ...] = (
    ("翠屏社区", "榆山街道", 6),
    ("环秀社区", "榆山街道", 8),
    ("会仙山社区", "榆山街道", 5),
    ("东关社区", "榆山街道", 4),
    ("府前社区", "榆山街道", 4),
    ("锦东社区", "锦水街道", 5),
    ("青龙社区", "锦水街道", 4),
    ("玫瑰社区", "锦水街道", 4),
)
GRID_NUMERALS = "一二三四五六七八九十"
WEAK_BRANCHES: tuple[tuple[BranchCategory, tuple[str, ...]], ...] = (
    (
        BranchCategory.COUNTY,
        (
            "县教育和体育局",
            "县卫生健康局",
            "县财政局",
            "县农业农村局",
            "县水务局",
            "县交通运输局",
            "县民政局",
            "县供销社",
            "县粮食局",
            "县文化和旅游局",
            "县总工会",
            "县市场监管局",
        ),
    ),
    (
        BranchCategory.TOWNSHIP,
        (
            "榆山街道",
            "锦水街道",
            "孔村镇",
            "孝直镇",
            "东阿镇",
            "洪范池镇",
            "安城镇",
            "玫瑰镇",
            "栾湾镇",
            "榆山街道机关",
            "锦水街道机关",
        ),
    ),
    (
        BranchCategory.ENTERPRISE,
        (
            "玫瑰集团",
            "县电力公司",
            "县建筑公司",
            "县纺织厂",
            "县酒厂",
            "县化肥厂",
            "县水泥厂",
            "县运输公司",
        ),
    ),
)
WEAK_PARTY_MEMBERS = 596

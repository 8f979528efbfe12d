"""Invented people for the demo ledger: names, ID numbers, phones, units — all fictitious.

Deterministic for a seed, so a figure a test computes today is the figure it computes
tomorrow. Includes rare characters (䶮, 𠮷) and surnames that pypinyin misreads (曾, 单 …).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from station_desk.domain.enums import Gender
from station_desk.domain.ids import make_id_number

AREA_CODE = "370124"  # 平阴县

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤单解仇区朴查翟盖"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官")
GIVEN_MALE = "建国军华明强伟志刚海东平文斌永庆德福贵祥宝山林春生胜利振兴家俊杰峰涛成民"
GIVEN_FEMALE = "秀英兰芳桂珍玉梅凤霞红丽萍娟敏静淑华琴云莲翠荣燕雪慧洁美爱月春香"
RARE_NAMES = (
    "刘䶮",
    "𠮷祥",
    "曾志",
    "单雄",
    "解放",
    "仇建华",
    "区桂芳",
    "朴春生",
    "查文斌",
    "翟玉梅",
)

FORMER_UNITS = (
    "平阴县教育和体育局",
    "平阴县人民医院",
    "平阴县财政局",
    "平阴县公安局",
    "平阴县人民法院",
    "平阴县供销社",
    "平阴县粮食局",
    "榆山街道办事处",
    "锦水街道办事处",
    "平阴县第一中学",
    "平阴县农业农村局",
    "平阴县水务局",
    "平阴县交通运输局",
    "平阴县总工会",
    "平阴县文化馆",
    "平阴县卫生健康局",
    "平阴县民政局",
    "平阴县税务局",
    "平阴县电力公司",
    "平阴县玫瑰集团",
    "孔村镇人民政府",
    "孝直镇人民政府",
    "东阿镇人民政府",
    "洪范池镇人民政府",
    "安城镇人民政府",
)
FORMER_POSTS = (
    "科员",
    "副科长",
    "科长",
    "副局长",
    "局长",
    "教师",
    "校长",
    "医生",
    "主任",
    "会计",
    "工程师",
    "副镇长",
    "镇党委书记",
    "所长",
    "车间主任",
)
HEALTH = ("良好", "良好", "良好", "一般", "高血压", "行动不便")


@dataclass(frozen=True)
class Person:
    name: str
    gender: Gender
    birth_date: date
    id_number: str
    phone: str
    former_unit: str
    former_post: str
    health: str


class PeopleFactory:
    """Makes unique fictitious people; IDs are valid (GB 11643 check digit) and unique."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self._ids: set[str] = set()
        self._phones: set[str] = set()
        self._rare = list(RARE_NAMES)

    def birth_between(self, first_year: int, last_year: int) -> date:
        start = date(first_year, 1, 1)
        span = (date(last_year, 12, 31) - start).days
        return start + timedelta(days=self.rng.randrange(span + 1))

    def name(self, gender: Gender) -> str:
        rng = self.rng
        if self._rare and rng.random() < 0.02:
            return self._rare.pop()
        surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.01 else rng.choice(SURNAMES)
        pool = GIVEN_MALE if gender is Gender.MALE else GIVEN_FEMALE
        given = rng.choice(pool) + (rng.choice(pool) if rng.random() < 0.7 else "")
        return surname + given

    def person(
        self,
        first_year: int = 1938,
        last_year: int = 1964,
        *,
        name: str | None = None,
        gender: Gender | None = None,
        birth_date: date | None = None,
    ) -> Person:
        rng = self.rng
        gender = gender or (Gender.MALE if rng.random() < 0.55 else Gender.FEMALE)
        birth = birth_date or self.birth_between(first_year, last_year)
        while True:
            id_number = make_id_number(AREA_CODE, birth, rng.randrange(100), gender)
            if id_number not in self._ids:
                break
            birth += timedelta(days=1)
        self._ids.add(id_number)
        while True:
            phone = rng.choice(("138", "139", "135", "137", "150", "158", "186", "131")) + "".join(
                rng.choice("0123456789") for _ in range(8)
            )
            if phone not in self._phones:
                break
        self._phones.add(phone)
        return Person(
            name=name or self.name(gender),
            gender=gender,
            birth_date=birth,
            id_number=id_number,
            phone=phone,
            former_unit=rng.choice(FORMER_UNITS),
            former_post=rng.choice(FORMER_POSTS),
            health=rng.choice(HEALTH),
        )

    def day_in(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randrange((last - first).days + 1))

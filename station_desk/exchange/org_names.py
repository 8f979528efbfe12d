"""Organisation names the way clerks write them: split, compared loosely, their kind guessed.

A roster's 居住网格 often holds the community too ("翠屏社区第一网格"); one clerk writes
"一网格", another "第一网格" or "第1网格"; 社区 and 居委会 name the same place; a branch's
name tells whether it is a county (县直), township (街镇) or enterprise (企业) branch. These
helpers read such names without the database, so the import can list what the ledger lacks
and offer near-misses as matches.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from station_desk.domain.enums import BranchCategory, StationKind

_NUMERALS = "零一二三四五六七八九"
_COMMUNITY_END = r"(?:社区居委会|社区居民委员会|居民委员会|居委会|社区|村委会|村)"
_COMBINED = re.compile(rf"^(?P<community>.+?{_COMMUNITY_END})(?P<grid>.*?网格)$")
_SUBDISTRICT = re.compile(r"^(?P<subdistrict>.+?(?:街道办事处|街道|镇|乡))(?P<rest>.+)$")
_DIGITS = re.compile(r"\d+")
_ORDINAL = re.compile(rf"第(?=[{_NUMERALS}十百]+)")
_SYNONYMS = (
    ("社区居民委员会", "社区"),
    ("社区居委会", "社区"),
    ("居民委员会", "社区"),
    ("居委会", "社区"),
    ("村民委员会", "村"),
    ("村委会", "村"),
    ("离退休干部党支部", "支部"),
    ("离退休党支部", "支部"),
    ("老干部党支部", "支部"),
    ("党支部", "支部"),
    ("街道办事处", "街道"),
)
_COUNTY = ("县直", "县委", "县政府", "县人大", "县政协", "机关", "县")
_TOWNSHIP = ("街道", "镇", "乡", "社区", "村")
_ENTERPRISE = ("企业", "公司", "集团", "厂", "银行", "矿", "电力", "供电", "烟草", "邮政")


def compact(text: object) -> str:
    """A name without spaces or invisible characters, full-width turned half-width."""
    clean = unicodedata.normalize("NFKC", str(text or ""))
    return "".join(ch for ch in clean if not ch.isspace() and ch.isprintable())


def _chinese_number(digits: str) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (how grids and branches are numbered)."""
    number = int(digits)
    if number < 10:
        return _NUMERALS[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        head = "" if tens == 1 else _NUMERALS[tens]
        return f"{head}十{_NUMERALS[ones] if ones else ''}"
    return digits


@functools.lru_cache(maxsize=1 << 12)
def name_key(text: str) -> str:
    """What two ways of writing one name share: "翠屏社区一网格", "翠屏社区第1网格" and
    "翠屏居委会第一网格" all give the key of "翠屏社区第一网格"."""
    key = compact(text)
    key = _DIGITS.sub(lambda m: _chinese_number(m.group()), key)
    key = _ORDINAL.sub("", key)
    for long, short in _SYNONYMS:
        key = key.replace(long, short)
    return key


def split_grid(text: str) -> tuple[str, str] | None:
    """A grid cell naming its community too: "翠屏社区第一网格" → ("翠屏社区", "第一网格");
    None when it names a grid alone."""
    match = _COMBINED.match(compact(text))
    if match is None or not match.group("grid") or match.group("grid") == "网格":
        return None
    return match.group("community"), match.group("grid")


def split_subdistrict(text: str) -> tuple[str, str]:
    """ "榆山街道翠屏社区" → ("榆山街道", "翠屏社区"); ("", name) when there is no 街道/镇 in
    front of a community name."""
    name = compact(text)
    match = _SUBDISTRICT.match(name)
    if match is None or not re.search(_COMMUNITY_END + "$", match.group("rest")):
        return "", name
    return match.group("subdistrict"), match.group("rest")


def guess_branch_category(name: str) -> BranchCategory:
    """县直 / 街镇 / 企业 from the words of a branch's name; 其他 when none tells."""
    text = compact(name)
    if any(word in text for word in _ENTERPRISE):
        return BranchCategory.ENTERPRISE
    if any(word in text for word in _TOWNSHIP):
        return BranchCategory.TOWNSHIP
    if any(word in text for word in _COUNTY):
        return BranchCategory.COUNTY
    return BranchCategory.OTHER


def guess_station_kind(name: str) -> StationKind:
    """A station's kind from its name; a shared-branch station when the name does not say."""
    text = compact(name)
    if "推进中心" in text:
        return StationKind.VOLUNTEER_CENTER
    if "推进站" in text:
        return StationKind.VOLUNTEER_POST
    if "网格" in text:
        return StationKind.GRID
    return StationKind.SHARED_BRANCH

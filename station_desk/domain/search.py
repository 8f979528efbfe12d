"""Search keys for people, computed once when a record is written.

pypinyin costs about 200 ms to import and 23 µs a name (docs/ARCHITECTURE.md §Data), so it runs here, at
write time, and is imported lazily; typing in the search box only does substring tests
over the stored key string. pypinyin reads several surnames with their common-word
reading (曾 ceng, 单 dan), so surnames come from ``SURNAME_READINGS``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate, count, islice
from operator import add

KEY_SEPARATOR = "\x1f"
ROW_SEPARATOR = "\x1e"

SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    # compound surnames, matched before single characters; syllables spaced for initials.
    # 单于 is left out: 单 followed by a given name starting 于 is far more common.
    "欧阳": ("ou yang",),
    "司马": ("si ma",),
    "诸葛": ("zhu ge",),
    "上官": ("shang guan",),
    "夏侯": ("xia hou",),
    "东方": ("dong fang",),
    "慕容": ("mu rong",),
    "令狐": ("ling hu",),
    "尉迟": ("yu chi",),
    "万俟": ("mo qi",),
    "长孙": ("zhang sun",),
    "皇甫": ("huang fu",),
    "公孙": ("gong sun",),
    "宇文": ("yu wen",),
    "澹台": ("tan tai",),
    "司徒": ("si tu",),
    "司空": ("si kong",),
    "端木": ("duan mu",),
    "独孤": ("du gu",),
    "南宫": ("nan gong",),
    "西门": ("xi men",),
    "轩辕": ("xuan yuan",),
    "呼延": ("hu yan",),
    "闻人": ("wen ren",),
    "申屠": ("shen tu",),
    "太史": ("tai shi",),
    "公冶": ("gong ye",),
    "赫连": ("he lian",),
    "濮阳": ("pu yang",),
    "钟离": ("zhong li",),
    "宗政": ("zong zheng",),
    "百里": ("bai li",),
    "东郭": ("dong guo",),
    "拓跋": ("tuo ba",),
    "第五": ("di wu",),
    "乐正": ("yue zheng",),
    "梁丘": ("liang qiu",),
    "左丘": ("zuo qiu",),
    # single surnames whose surname reading differs from the everyday one
    "曾": ("zeng",),
    "单": ("shan",),
    "解": ("xie",),
    "仇": ("qiu",),
    "区": ("ou",),
    "朴": ("piao",),
    "查": ("zha",),
    "翟": ("zhai", "di"),
    "盖": ("ge", "gai"),
    "尉": ("yu", "wei"),
    "覃": ("qin", "tan"),
    "缪": ("miao",),
    "乐": ("yue", "le"),
    "召": ("shao",),
    "折": ("she",),
    "种": ("chong",),
    "蕃": ("pi",),
    "句": ("gou",),
    "阚": ("kan",),
    "莘": ("shen",),
    "隗": ("wei", "kui"),
    "宓": ("mi", "fu"),
    "繁": ("po",),
    "眭": ("sui",),
    "冼": ("xian",),
    "洗": ("xian",),
    "牟": ("mou", "mu"),
    "秘": ("bi",),
    "柏": ("bai",),
    "万": ("wan",),
    "员": ("yun",),
    "车": ("che",),
    "沈": ("shen",),
    "石": ("shi",),
    "重": ("chong",),
    "黑": ("he",),
    "卜": ("bu",),
    "薄": ("bo",),
    "都": ("du",),
    "盛": ("sheng",),
    "纪": ("ji",),
    "华": ("hua",),
    "过": ("guo",),
    "任": ("ren",),
    "贾": ("jia",),
    "葛": ("ge",),
    "朝": ("chao",),
    "能": ("nai",),
    "佴": ("nai",),
    "祭": ("zhai",),
    "逄": ("pang",),
    "厍": ("she",),
    "粘": ("nian",),
    "曲": ("qu",),
    "费": ("fei", "bi"),
    "谌": ("chen", "shen"),
    "郇": ("huan", "xun"),
    "藏": ("zang",),
    "臧": ("zang",),
    "乜": ("nie",),
    "禚": ("zhuo",),
    "相": ("xiang",),
    "褚": ("chu",),
    "和": ("he",),
    "强": ("qiang",),
    "隽": ("juan", "jun"),
    "长": ("chang",),
    "朱": ("zhu",),
    "行": ("xing", "hang"),
    "应": ("ying",),
    "燕": ("yan",),
    "那": ("na",),
}

_COMPOUND_SURNAMES = frozenset(s for s in SURNAME_READINGS if len(s) > 1)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_CONTROLS = dict.fromkeys([*range(0x20), *range(0x7F, 0xA0)])
_DROP = {**_INVISIBLE, **_CONTROLS}
_TOKEN = re.compile(r"[a-z]+|\S")
_NOT_DIGIT = re.compile(r"\D")


def _surname_of(name: str) -> str:
    # every compound surname in the table has two characters (tested)
    if name[:2] in _COMPOUND_SURNAMES:
        return name[:2]
    return name[:1] if name[:1] in SURNAME_READINGS else ""


#: Readings of name characters pypinyin has none for (beyond the BMP): without one, 𠮷祥
#: sorted after every pinyin name (after 邹) instead of under j.
RARE_READINGS = {"𠮷": "ji"}


def _syllables(text: str) -> list[str]:
    """Lowercase syllables of ``text``: pinyin for Han characters, words for Latin runs."""
    from pypinyin import Style, lazy_pinyin

    def unreadable(run: str) -> list[str]:
        return [RARE_READINGS.get(t, t) for t in _TOKEN.findall(run.lower())]

    # pypinyin accepts a list from ``errors`` although its stubs say str.
    raw = lazy_pinyin(text, style=Style.NORMAL, errors=unreadable)  # type: ignore[arg-type]
    return [s.lower() for s in raw if s.strip() and s != "·"]


@functools.lru_cache(maxsize=16384)
def _part_syllables(part: str) -> tuple[str, ...]:
    """``_syllables`` of a surname or a given name, cached: names differ far more often than
    their parts do (10,000 imported names held 2,343 given names), and pypinyin costs
    ~50 µs a call."""
    return tuple(_syllables(part))


def _is_han(char: str) -> bool:
    return unicodedata.category(char) == "Lo" and unicodedata.name(char, "").startswith("CJK")


@functools.lru_cache(maxsize=1024)
def _readings(name: str) -> tuple[tuple[str, ...], ...]:
    """The syllables of ``name`` once per surname reading, the usual reading first.

    The surname is read apart from the given name, as a word of its own; a name that does
    not start with a Han character (John Smith) is read whole. Cached because a write
    computes both the search keys and the sort key of one name.
    """
    clean = unicodedata.normalize("NFKC", name or "").translate(_DROP).lower().strip()
    if not clean:
        return ()
    surname = _surname_of(clean)
    if not surname:
        if len(clean) == 1 or not _is_han(clean[0]):
            return (_part_syllables(clean),)
        return ((*_part_syllables(clean[0]), *_part_syllables(clean[1:])),)
    given = _part_syllables(clean[len(surname) :])
    return tuple((*reading.split(), *given) for reading in SURNAME_READINGS[surname])


def name_pinyin_variants(name: str) -> list[tuple[str, str]]:
    """Every (full pinyin, initials) a clerk might type for ``name``, usual reading first.

    A character pypinyin cannot read (𠮷) stays itself in both.
    """
    variants: list[tuple[str, str]] = []
    for syllables in _readings(name):
        pair = ("".join(syllables), "".join(s[:1] for s in syllables))
        if pair not in variants:
            variants.append(pair)
    return variants


def normalize_query(text: str) -> str:
    """NFKC, lowercase, no spaces, no invisible or control characters."""
    text = text or ""
    if text.isascii():  # NFKC leaves ASCII as it is
        return "".join(text.translate(_DROP).lower().split())
    folded = unicodedata.normalize("NFKC", text).translate(_DROP).lower()
    return "".join(folded.split())


@functools.lru_cache(maxsize=4096)
def _normalized_unit(text: str) -> str:
    """``normalize_query`` of a former unit: a roster names a few hundred units."""
    return normalize_query(text)


def member_search_keys(
    *,
    name: str,
    phone: str = "",
    id_number: str = "",
    former_unit: str = "",
    extra: Iterable[str] = (),
) -> str:
    """All keys of one member in one string, separated so a match cannot span two keys."""
    # A key equal to the one before it is not normalized twice (repeats are dropped
    # below anyway); a former unit repeats across a roster, so its form is cached.
    keys: list[str] = [name]
    plain = name.replace("·", "")
    if plain != name:
        keys.append(plain)
    if phone:
        keys.append(phone)
        if not (phone.isascii() and phone.isdigit()):
            keys.append(_NOT_DIGIT.sub("", phone))
    normalized = [k for k in map(normalize_query, keys) if k]
    unit = _normalized_unit(former_unit) if former_unit else ""
    if unit:
        normalized.append(unit)
    normalized.extend(k for k in map(normalize_query, extra) if k)
    # Pinyin read from the normalized name is plain lowercase ASCII as stored; only an
    # unreadable character (𠮷, a combining mark) needs normalizing again.
    for variant in name_pinyin_variants(name):
        normalized += variant if "".join(variant).isascii() else map(normalize_query, variant)
    id_clean = normalize_query(id_number)
    if id_clean:
        normalized += [id_clean[-4:], id_clean[-6:]]
    return KEY_SEPARATOR.join(dict.fromkeys(k for k in normalized if k))


def matches(keys: str, query: str) -> bool:
    """Whether a normalized query occurs in one member's keys; an empty query matches all."""
    return not query or query in keys


def sort_key(name: str) -> str:
    """Pinyin order for names: syllables spaced (李安 before 连), the name breaking ties."""
    readings = _readings(name)
    first = readings[0] if readings else ()
    return " ".join(first) + KEY_SEPARATOR + normalize_query(name)


class KeyIndex:
    """The rows whose keys contain a query, exactly as ``matches`` decides, found fast.

    At 100,000 members a Python test per row costs ~60 ms in the desk (the key strings lie
    scattered in memory); here every row's keys sit in one string, ``ROW_SEPARATOR`` between
    rows, so ``str.find`` scans at C speed and ``bisect`` maps each hit to its row. The row
    separator cannot occur in a normalized query, so no hit spans two rows. When hits turn
    out dense (a first keystroke such as "1"), testing the rest row by row is cheaper than
    a find per hit: the keys are re-split from the one string, so they lie together in
    memory and that scan is fast too.
    """

    #: Switch to the row-by-row test once more than one row in ``DENSE`` holds a hit.
    DENSE = 8

    def __init__(self, keys: Sequence[str]) -> None:
        self._text = ROW_SEPARATOR.join(keys)
        self._keys = self._text.split(ROW_SEPARATOR) if keys else []
        # A key holding the row separator itself would shift the rows: test row by row then.
        self._joined = len(self._keys) == len(keys)
        if not self._joined:
            self._keys = list(keys)
        # Row i starts after the lengths of the rows before it plus i separators.
        lengths = accumulate(map(len, self._keys[:-1]), initial=0)
        self._starts = list(map(add, lengths, count()))

    def __len__(self) -> int:
        return len(self._keys)

    def rows_matching(self, query: str, within: Sequence[int] | None = None) -> list[int]:
        """Positions (ascending) of the rows whose keys contain ``query``.

        ``within``: the ascending positions of an earlier query's hits that ``query``
        contains, as the clerk types on; only those rows are tested when they are few.
        """
        rows = len(self._keys)
        if not query:
            return list(range(rows))
        keys = self._keys
        if within is not None and len(within) * 4 <= rows:
            return [i for i in within if query in keys[i]]
        if not self._joined or ROW_SEPARATOR in query:
            return self._scan(query, 0)
        find, starts, dense = self._text.find, self._starts, self.DENSE
        hits: list[int] = []
        position = find(query)
        while position >= 0:
            row = bisect_right(starts, position)
            hits.append(row - 1)
            if row == rows:
                break
            if not len(hits) & 255 and len(hits) * dense > row:
                hits += self._scan(query, row)
                break
            position = find(query, starts[row])
        return hits

    def _scan(self, query: str, start: int) -> list[int]:
        keys = islice(self._keys, start, None)
        return [i for i, k in enumerate(keys, start) if query in k]

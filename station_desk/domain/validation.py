"""The ledger's rules for single values: what a clerk may type and what it means.

Plain Python, no database and no Qt, so every rule is testable on its own. Services call
these checks and raise ``ValidationError``/``NeedsConfirmation``; the desk shows each
problem's message beside its field. Every message starts with the field's Chinese label,
because the same text also lands in import error reports where there is no field beside it.
"""

from __future__ import annotations

import functools
import operator
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import ParamSpec, TypeVar

from station_desk.domain import books
from station_desk.domain.dates import DAY, DatePrecision, format_date, partial
from station_desk.domain.enums import Gender
from station_desk.domain.messages import msg

# Hours and money are kept and shown by one rule each (``station_desk.domain.units``); re-exported
# here for the callers that import them with the checks.
from station_desk.domain.units import Translate as Translate
from station_desk.domain.units import format_hours as format_hours
from station_desk.domain.units import format_wan as format_wan
from station_desk.domain.units import format_yuan as format_yuan
from station_desk.domain.units import hours_text as hours_text

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

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SPACES = re.compile(r"\s+")


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


def normalize_text(value: str | None) -> str:
    """NFKC plus removal of the invisible characters NFKC keeps (pasted from web pages)."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", value).translate(_INVISIBLE)
    return _SPACES.sub(" ", text).strip()


# ---------------------------------------------------------------- 公民身份号码 (GB 11643-1999)

_ID_WEIGHTS = tuple(2 ** (17 - i) % 11 for i in range(17))
_ID_CHECK = "10X98765432"
_EXCEL_NUMBER = re.compile(r"^\d(\.\d+)?E\+?\d+$")


@dataclass(frozen=True)
class IdNumber:
    """A parsed citizen ID number and what it says about its holder."""

    value: str
    birth_date: date
    gender: Gender
    area_code: str


def id_check_digit(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character for the first 17 digits."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError(f"need 17 digits, got {first17!r}")
    total = sum(map(operator.mul, map(int, first17), _ID_WEIGHTS))  # 17 of each, checked
    return _ID_CHECK[total % 11]


def make_id_number(area_code: str, birth: date, sequence: int, gender: Gender) -> str:
    """A valid but fictitious number, for demo data and tests."""
    if len(area_code) != 6 or not area_code.isdigit() or area_code[0] not in "12345678":
        raise ValueError(f"bad area code {area_code!r}")
    if not 0 <= sequence <= 99:
        raise ValueError(f"sequence must be 0..99, got {sequence}")
    digit17 = (sequence % 5) * 2 + (1 if gender is Gender.MALE else 0)
    first17 = f"{area_code}{birth:%Y%m%d}{sequence:02d}{digit17}"
    return first17 + id_check_digit(first17)


def parse_id_number(raw: str, *, field: str = "id_number", today: date | None = None) -> IdNumber:
    """Check a citizen ID number and upgrade 15-digit old numbers to 18 digits."""
    label = label_of(field)
    today = today or date.today()
    text = normalize_text(raw).replace(" ", "").upper()

    def fail(reason: str) -> ValidationError:
        return ValidationError(field, msg("{label}：{message}", label=label, message=reason))

    if not text:
        raise fail(msg("不能为空"))
    if _EXCEL_NUMBER.match(text):
        raise fail(
            msg(
                "“{text}”是被表格软件当作数字保存的号码，后几位已丢失，无法还原；请核对原件重新录入",
                text=text,
            )
        )
    if len(text) not in (15, 18):
        raise fail(msg("应为18位，实为{n}位", n=len(text)))
    digits = text[:17] if len(text) == 18 else text
    if not (digits.isascii() and digits.isdigit()):  # name the first that is not a digit
        for position, char in enumerate(digits, start=1):
            if not ("0" <= char <= "9"):
                raise fail(msg("第{position}位“{char}”不是数字", position=position, char=char))
    if len(text) == 18 and not ("0" <= text[17] <= "9" or text[17] == "X"):
        raise fail(msg("第18位“{char}”应为数字或 X", char=text[17]))
    if text[0] not in "12345678":
        raise fail(msg("地区码首位应为1～8，实为 {char}", char=text[0]))
    if len(text) == 15:
        first17 = text[:6] + "19" + text[6:]
        value = first17 + id_check_digit(first17)
    else:
        value = text
    birth_text = value[6:14]
    try:
        birth = date(int(birth_text[:4]), int(birth_text[4:6]), int(birth_text[6:]))
    except ValueError:
        raise fail(msg("出生日期 {day} 不是有效日期", day=birth_text)) from None
    if birth > today:
        raise fail(msg("出生日期 {day} 晚于今天", day=birth.isoformat()))
    if birth.year < 1900:
        raise fail(msg("出生日期 {day} 早于1900年", day=birth.isoformat()))
    expected = id_check_digit(value[:17])
    if value[17] != expected:
        raise fail(msg("校验位应为 {expected}，实为 {actual}", expected=expected, actual=value[17]))
    gender = Gender.MALE if int(value[16]) % 2 else Gender.FEMALE
    return IdNumber(value=value, birth_date=birth, gender=gender, area_code=value[:6])


# ---------------------------------------------------------------- phone

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_PHONE_SEPARATORS = re.compile(r"[\s\-()]+")


def check_phone(raw: str, *, field: str = "phone") -> str:
    """Canonical mobile ("13812345678") or landline ("0531-87654321"); "" when empty."""
    label = label_of(field)
    text = normalize_text(raw)
    if not text:
        return ""
    for prefix in ("+86", "0086"):
        if text.startswith(prefix):
            text = text[len(prefix) :].lstrip(" -")
    if re.fullmatch(r"861[3-9]\d{9}", text):
        text = text[2:]
    groups = [g for g in _PHONE_SEPARATORS.split(text) if g]
    digits = "".join(groups)
    bad = next((c for c in digits if not ("0" <= c <= "9")), None)
    if bad is not None:
        raise ValidationError(
            field, msg("{label}：含有不能出现在号码中的字符“{char}”", label=label, char=bad)
        )
    if digits.startswith("1"):
        if len(digits) != 11:
            raise ValidationError(
                field, msg("{label}：手机号应为11位，实为{n}位", label=label, n=len(digits))
            )
        if not _MOBILE.match(digits):
            raise ValidationError(
                field,
                msg("{label}：手机号第二位应为3～9，实为 {digit}", label=label, digit=digits[1]),
            )
        return digits
    if not digits.startswith("0"):
        raise ValidationError(
            field, msg("{label}：固定电话须带区号，如 0531-87654321", label=label)
        )
    if len(groups) >= 2 and groups[0].startswith("0") and len(groups[0]) <= 4:
        area, local = groups[0], "".join(groups[1:])
    else:
        area_length = 3 if digits[1] in "12" else 4
        area, local = digits[:area_length], digits[area_length:]
    if not 3 <= len(area) <= 4:
        raise ValidationError(
            field, msg("{label}：区号应为3～4位，实为{n}位", label=label, n=len(area))
        )
    if not 7 <= len(local) <= 8:
        raise ValidationError(
            field, msg("{label}：区号后的号码应为7～8位，实为{n}位", label=label, n=len(local))
        )
    return f"{area}-{local}"


# ---------------------------------------------------------------- name

_MIDDLE_DOTS = dict.fromkeys(map(ord, "・•‧∙⋅･·᛫⸱"), "·")
_HAN_RANGES = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2FA1F),
    (0x30000, 0x323AF),
)


_HAN_CLASS = "[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _HAN_RANGES) + "]"
_HAN_PERIOD = re.compile(rf"(?<={_HAN_CLASS})\s*\.\s*(?={_HAN_CLASS})")


def is_han(char: str) -> bool:
    """A CJK ideograph in any block, rare extensions included (䶮, 𠮷)."""
    code = ord(char)
    return any(low <= code <= high for low, high in _HAN_RANGES)


def _is_latin_letter(char: str) -> bool:
    return char.isalpha() and unicodedata.name(char, "").startswith("LATIN")


def check_name(raw: str, *, field: str = "name") -> str:
    """A person's name: Chinese characters, Latin letters and the ethnic-name middle dot.

    Spaces between Chinese characters are dropped: rosters pad two-character names
    ("张  三") to line up with three-character ones. A period between Chinese characters
    is the middle dot typed on a keyboard without one ("阿依古丽.买买提").
    """
    label = label_of(field)
    text = _HAN_PERIOD.sub("·", normalize_text(raw).translate(_MIDDLE_DOTS))
    text = re.sub(r"\s*·\s*", "·", text)
    text = "".join(
        c
        for i, c in enumerate(text)
        if c != " " or (_is_latin_letter(text[i - 1]) and _is_latin_letter(text[i + 1]))
    )
    if not text:
        raise ValidationError(field, msg("{label}：不能为空", label=label))
    for char in text:
        if char.isdigit():
            raise ValidationError(
                field, msg("{label}：不能含有数字“{char}”", label=label, char=char)
            )
        if not (is_han(char) or _is_latin_letter(char) or char in "· "):
            raise ValidationError(
                field, msg("{label}：不能含有符号“{char}”", label=label, char=char)
            )
    if text.startswith("·") or text.endswith("·") or "··" in text:
        raise ValidationError(field, msg("{label}：间隔号“·”只能出现在两段名字之间", label=label))
    if len(text) > 30:
        raise ValidationError(
            field, msg("{label}：不能超过30个字，实为{n}个字", label=label, n=len(text))
        )
    return text


# ---------------------------------------------------------------- dates


def _shown(value: date, precision: DatePrecision) -> str:
    """A date in a message: ISO for a day (as before), as written for a month or a year."""
    return value.isoformat() if precision is DAY else format_date(value, precision)


def check_date(
    value: date | None,
    *,
    field: str,
    today: date,
    not_before: date | None = None,
    not_before_label: str = label_of("birth_date"),
    required: bool = False,
    precision: DatePrecision = DAY,
) -> date | None:
    """A date that has happened, and not before ``not_before`` (usually the birth date).

    A month or a year (``precision``) is before ``not_before`` only when all of it is: a
    party date written 1968.05 is not refused for a birth on 1968-05-12.
    """
    label = label_of(field)
    if value is None:
        if required:
            raise ValidationError(field, msg("{label}：不能为空", label=label))
        return None
    if value > today:
        raise ValidationError(
            field, msg("{label}：{day} 不能晚于今天", label=label, day=_shown(value, precision))
        )
    last = value if precision is DAY else partial(value, precision).last  # type: ignore[union-attr]
    if not_before is not None and last < not_before:
        raise ValidationError(
            field,
            msg(
                "{label}：{day} 不能早于{before}（{before_day}）",
                label=label,
                day=_shown(value, precision),
                before=not_before_label,
                before_day=not_before.isoformat(),
            ),
        )
    return value


def age_on(birth: date, on: date) -> int:
    """Whole years of age on ``on`` (a 29 February birthday counts from 1 March)."""
    return years_since(birth, on)


def years_since(start: date, on: date) -> int:
    """Whole years from ``start`` to ``on`` (party years); negative if ``on`` is earlier."""
    years = on.year - start.year
    if (on.month, on.day) < (start.month, start.day):
        years -= 1
    return years


def check_member_dates(
    problems: Problems,
    *,
    birth_date: date | None,
    joined_party_on: date | None,
    retired_on: date | None,
    honorary_retirement_on: date | None,
    today: date,
    precisions: dict[str, DatePrecision] | None = None,
) -> None:
    """Dates of a member's life: none in the future, none before birth.

    ``precisions`` says how much of each date (by field) is known; a day when missing.
    Joining the party before eighteen is only a warning: the party constitution asks for
    eighteen, yet the files of 离休 cadres who joined during the war record younger ages.
    """
    known = precisions or {}
    birth = problems.check(
        check_date,
        birth_date,
        field="birth_date",
        today=today,
        not_before=date(1900, 1, 1),
        not_before_label=msg("1900年"),
        precision=known.get("birth_date", DAY),
    )
    joined, retired, honorary = (
        problems.check(
            check_date,
            value,
            field=field,
            today=today,
            not_before=birth,
            precision=known.get(field, DAY),
        )
        for field, value in (
            ("joined_party_on", joined_party_on),
            ("retired_on", retired_on),
            ("honorary_retirement_on", honorary_retirement_on),
        )
    )
    if birth is not None and joined is not None and age_on(birth, joined) < 18:
        problems.warn(
            "joined_party_on",
            msg(
                "{label}：入党时未满十八岁（{age}岁），党章规定年满十八岁；离休干部档案中确有此类情况，请核对档案后确认",
                label=label_of("joined_party_on"),
                age=max(age_on(birth, joined), 0),
            ),
        )
    if retired is not None and honorary is not None and honorary < retired:
        problems.warn(
            "honorary_retirement_on",
            msg(
                "{label}：早于离退休时间（{day}），请核对后确认",
                label=label_of("honorary_retirement_on"),
                day=_shown(retired, known.get("retired_on", DAY)),
            ),
        )


def check_member_identity(
    problems: Problems,
    *,
    id_number: str,
    birth_date: date | None,
    gender: Gender | None,
    today: date,
    birth_precision: DatePrecision = DAY,
) -> tuple[str, date, Gender] | None:
    """The ID number, and the birth date and gender the clerk typed agree with it.

    A birth date written as a month (出生年月 "1946.03") or a year agrees with an ID number
    whose birth day falls in it; the ID number then gives the day.
    """
    parsed = problems.check(parse_id_number, id_number, today=today)
    if parsed is None:
        return None
    if birth_precision is DAY:
        agrees = birth_date is None or birth_date == parsed.birth_date
    else:
        typed = partial(birth_date, birth_precision)
        agrees = typed is None or typed.contains(parsed.birth_date)
    if not agrees:
        problems.error(
            "birth_date",
            msg(
                "出生日期与身份证号不符：身份证号中为 {day}",
                day=parsed.birth_date.isoformat(),
            ),
        )
    if gender is not None and gender is not parsed.gender:
        problems.error(
            "gender", msg("性别与身份证号不符：身份证号中为 {gender}", gender=parsed.gender.label)
        )
    return parsed.value, parsed.birth_date, parsed.gender


# ---------------------------------------------------------------- hours and money

_NUMBER = r"(?:-?\d+(?:\.\d*)?|-?\.\d+)"
_HOUR_UNIT = r"(?:小时|个小时|钟头|hours?|hrs?|h|时)"
_MINUTE_UNIT = r"(?:分钟|分|minutes?|mins?|m)"
_HOURS = re.compile(
    rf"^(?P<h>{_NUMBER})\s*{_HOUR_UNIT}?$"
    rf"|^(?:(?P<hm>{_NUMBER})\s*{_HOUR_UNIT}\s*)?(?P<m>\d+)\s*{_MINUTE_UNIT}$"
)
_MAX_MINUTES = 24 * 60


def _decimal_of(raw: str | float | Decimal) -> Decimal | None:
    """A number given as a number; floats cut to the 15 significant digits Excel keeps,
    so binary noise (205100.00000000003) is not mistaken for a third decimal."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, Decimal | int):
        return Decimal(raw)
    if isinstance(raw, float):
        return Decimal(f"{raw:.15g}")
    return None


def parse_hours(raw: str | float | Decimal, *, field: str = "hours") -> int:
    """Service hours as whole MINUTES; a fraction of a minute is an error, never rounded."""
    label = label_of(field)
    hours = _decimal_of(raw)
    minutes = Decimal(0)
    shown = str(raw)
    if hours is None:
        text = normalize_text(str(raw)).lower()
        shown = text
        match = _HOURS.match(text)
        if match is None:
            raise ValidationError(
                field,
                msg("{label}：“{text}”不是时长，应填小时数，如 2 或 1.5", label=label, text=text),
            )
        hours = Decimal(match["h"] or match["hm"] or 0)
        minutes = Decimal(match["m"] or 0)
    if not hours.is_finite():
        raise ValidationError(field, msg("{label}：“{text}”不是时长", label=label, text=shown))
    total = hours * 60 + minutes
    if total <= 0:
        raise ValidationError(field, msg("{label}：应大于0", label=label))
    if total != total.to_integral_value():
        raise ValidationError(
            field,
            msg("{label}：最小单位为分钟，{hours} 小时不是整分钟", label=label, hours=f"{hours:f}"),
        )
    if total > _MAX_MINUTES:
        whole, rest = divmod(int(total), 60)
        over = (
            msg(
                "{label}：一次服务不能超过24小时，实为 {hours} 小时",
                label=label,
                hours=format_hours(int(total)),
            )
            if total % 3 == 0
            else msg(
                "{label}：一次服务不能超过24小时，实为{h}小时{m}分", label=label, h=whole, m=rest
            )
        )
        raise ValidationError(field, over)
    return int(total)


_MONEY_NOISE = re.compile(r"人民币|rmb|¥|元|,|\s")
_MAX_FEN = 10**8 * 100


def parse_yuan(raw: str | float | Decimal, *, field: str = "amount") -> int:
    """An amount in yuan as integer FEN; more than two decimals is an error, never rounded."""
    label = label_of(field)
    amount = _decimal_of(raw)
    shown = str(raw)
    if amount is None:
        text = normalize_text(str(raw)).lower()
        shown = text
        plain = _MONEY_NOISE.sub("", text)
        scale = Decimal(1)
        if plain.endswith("万"):
            plain, scale = plain[:-1], Decimal(10000)
        if not re.fullmatch(r"-?(?:\d+(?:\.\d*)?|\.\d+)", plain):
            raise ValidationError(
                field,
                msg("{label}：“{text}”不是金额，应填元数，如 1200.50", label=label, text=text),
            )
        amount = Decimal(plain) * scale
    if not amount.is_finite():
        raise ValidationError(field, msg("{label}：“{text}”不是金额", label=label, text=shown))
    fen = amount * 100
    if fen <= 0:
        raise ValidationError(field, msg("{label}：应大于0", label=label))
    if fen != fen.to_integral_value():
        raise ValidationError(
            field,
            msg("{label}：最多两位小数（到分），{amount} 不能精确记账", label=label, amount=shown),
        )
    if fen > _MAX_FEN:
        raise ValidationError(field, msg("{label}：超过1亿元，请核对", label=label))
    return int(fen)

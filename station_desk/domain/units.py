"""Hours and money: one rule each for how they are kept and how they read.

Kept as whole numbers, never rounded: service time in MINUTES, money in FEN. Shown as hours
and yuan. Before this module the forms were written again where they were shown (the teams
tab had its own "1小时40分"; printing, the member pane, the team columns and the summary
kept wrappers), and could drift; now every screen and paper form comes from here
(docs/ARCHITECTURE.md §Data, "Units").
Reading what a clerk typed ("1.5", "2小时30分钟", "20.51万") is ``parse_hours`` /
``parse_yuan`` here too, each naming its field in its refusals; they are called by the
layers that hold text (the dialogs, the spreadsheet readers, the command line), and the
services take the minutes and fen they return. Plain Python (docs/ARCHITECTURE.md §Data):
the desk, the services, the read side and paper may all use it.

The named forms, each used where it is used today:

- ``format_hours``: the number a clerk types back ("2.25", "1小时40分"), edit fields and
  exports; ``hours_cell`` is the same in a column headed (小时), translated when in words;
- ``hours_text``: time in words on screen and paper ("2.5小时", "1小时40分");
- ``format_yuan``: yuan with two decimals ("20510.00"); ``format_wan``/``wan_text``: 万元.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from station_desk.domain.messages import msg
from station_desk.domain.problems import ValidationError, label_of
from station_desk.domain.text import normalize_text

MINUTES_PER_HOUR = 60
FEN_PER_YUAN = 100

#: How words reach a text: the Chinese source as written, or the desk's translation of it.
Translate = Callable[[str], str]


def as_written(text: str) -> str:
    """The words as written (Chinese): the ``Translate`` of paper and exports."""
    return text


def _exact(amount: Decimal) -> str:
    """A decimal as written, trailing zeros dropped: 2.250 -> "2.25", 3.00 -> "3"."""
    text = f"{amount:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_hours(minutes: int) -> str:
    """Minutes as hours: "2.25"; when hours would repeat (100 min) as "1小时40分".

    A multiple of three minutes is an exact decimal of an hour (3 min = 0.05 h); any other
    would print as a rounded or repeating number (1.6666…), so it is written in words.
    """
    if minutes % 3:
        whole, rest = divmod(minutes, MINUTES_PER_HOUR)
        return f"{whole}小时{rest}分" if whole else f"{rest}分"
    return _exact(Decimal(minutes) / MINUTES_PER_HOUR)


def _words(minutes: int, tr: Translate) -> str:
    whole, rest = divmod(minutes, MINUTES_PER_HOUR)
    if not whole:
        return tr("{m}分").format(m=rest)
    return tr("{h}小时{m}分").format(h=whole, m=rest)


def hours_text(minutes: int, tr: Translate = as_written) -> str:
    """Volunteer time in words: "12105小时", "2.5小时", "1小时40分" (minutes when hours
    would repeat); ``tr`` gives the words in the clerk's language on screen."""
    if minutes % 3:
        return _words(minutes, tr)
    return tr("{hours}小时").format(hours=format_hours(minutes))


def hours_cell(minutes: int, tr: Translate = as_written) -> str:
    """Time in a column whose header already says (小时): "2.25", or "1小时40分" in words
    when the hours would repeat."""
    return format_hours(minutes) if minutes % 3 == 0 else _words(minutes, tr)


def format_yuan(fen: int) -> str:
    """Fen as yuan with two decimals: 2051000 -> "20510.00"."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), FEN_PER_YUAN)
    return f"{sign}{whole}.{cents:02d}"


def yuan_digits(fen: int | Decimal) -> str:
    """Fen as the yuan a clerk types, exact, trailing zeros dropped: 30000 -> "300",
    2050 -> "20.5" (a donation not yet saved, echoed back in the activity's list)."""
    return _exact(Decimal(fen) / FEN_PER_YUAN)


def format_wan(fen: int) -> str:
    """Fen as 万元, exact, trailing zeros dropped: 20510000 -> "20.51万元"."""
    return f"{_exact(Decimal(fen) / (10000 * FEN_PER_YUAN))}万元"


def wan_text(fen: int, tr: Translate = as_written) -> str:
    """Money as 万元, exact, in the clerk's language on screen: 20510000 fen -> "20.51万元"."""
    return tr("{n}万元").format(n=format_wan(fen).removesuffix("万元"))


# ---------------------------------------------------------------- reading what was typed

_NUMBER = r"(?:-?\d+(?:\.\d*)?|-?\.\d+)"
_HOUR_UNIT = r"(?:小时|个小时|钟头|hours?|hrs?|h|时)"
_MINUTE_UNIT = r"(?:分钟|分|minutes?|mins?|m)"
_HOURS = re.compile(
    rf"^(?P<h>{_NUMBER})\s*{_HOUR_UNIT}?$"
    rf"|^(?:(?P<hm>{_NUMBER})\s*{_HOUR_UNIT}\s*)?(?P<m>\d+)\s*{_MINUTE_UNIT}$"
)
#: One service at one outing lasts at most a day.
MAX_MINUTES = 24 * MINUTES_PER_HOUR


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
    return check_minutes(int(total), field=field)


def _whole(value: object) -> Decimal | int | None:
    """A count of minutes or fen as handed over: an int, or (from a caller that computed it)
    a Decimal or float, which the checks refuse in words when it holds a fraction; None
    when it is no finite number at all."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    number = _decimal_of(value) if isinstance(value, float | Decimal) else None
    return number if number is not None and number.is_finite() else None


def check_minutes(minutes: int, *, field: str = "hours") -> int:
    """One participant's time at one outing, as the services take it: whole minutes, more
    than none and at most a day. ``parse_hours`` ends here too, so typed hours and minutes
    handed over by the importer or the command line are held to the same bounds."""
    label = label_of(field)
    given = _whole(minutes)
    if given is None:
        raise ValidationError(field, msg("{label}：“{text}”不是时长", label=label, text=minutes))
    if given != int(given):
        hours = _exact(Decimal(given) / MINUTES_PER_HOUR)
        raise ValidationError(
            field, msg("{label}：最小单位为分钟，{hours} 小时不是整分钟", label=label, hours=hours)
        )
    minutes = int(given)
    if minutes <= 0:
        raise ValidationError(field, msg("{label}：应大于0", label=label))
    if minutes > MAX_MINUTES:
        whole, rest = divmod(minutes, MINUTES_PER_HOUR)
        over = (
            msg(
                "{label}：一次服务不能超过24小时，实为 {hours} 小时",
                label=label,
                hours=format_hours(minutes),
            )
            if minutes % 3 == 0
            else msg(
                "{label}：一次服务不能超过24小时，实为{h}小时{m}分", label=label, h=whole, m=rest
            )
        )
        raise ValidationError(field, over)
    return minutes


_MONEY_NOISE = re.compile(r"人民币|rmb|¥|元|,|\s")
#: The largest amount one donation may be: 1亿元.
MAX_FEN = 10**8 * FEN_PER_YUAN


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
    fen = amount * FEN_PER_YUAN
    if fen <= 0:
        raise ValidationError(field, msg("{label}：应大于0", label=label))
    if fen != fen.to_integral_value():
        raise ValidationError(
            field,
            msg("{label}：最多两位小数（到分），{amount} 不能精确记账", label=label, amount=shown),
        )
    return check_fen(int(fen), field=field)


def check_fen(fen: int, *, field: str = "amount") -> int:
    """An amount of money as the services take it: whole fen, more than none, at most 1亿元
    (a larger gift is a typing slip). ``parse_yuan`` ends here too."""
    label = label_of(field)
    given = _whole(fen)
    if given is None:
        raise ValidationError(field, msg("{label}：“{text}”不是金额", label=label, text=fen))
    if given != int(given):
        raise ValidationError(
            field,
            msg(
                "{label}：最多两位小数（到分），{amount} 不能精确记账",
                label=label,
                amount=yuan_digits(given),
            ),
        )
    fen = int(given)
    if fen <= 0:
        raise ValidationError(field, msg("{label}：应大于0", label=label))
    if fen > MAX_FEN:
        raise ValidationError(field, msg("{label}：超过1亿元，请核对", label=label))
    return fen

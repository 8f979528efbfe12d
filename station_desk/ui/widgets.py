"""Small shared widgets: a date field that may stay empty, and an error label for a field."""

from __future__ import annotations

import datetime
import re

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QWidget

from station_desk.domain.dates import DAY, DatePrecision, DateTextError, PartialDate, format_date
from station_desk.domain.dates import parse_date_text as parse_partial_text
from station_desk.domain.messages import message_of

_DATE = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*(?:[-./月]\s*(\d{1,2})\s*日?)?\s*月?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def parse_date_text(text: str) -> datetime.date | None:
    """ "1950-03-05", "1950.3.5", "1950年3月5日", "19500305"; a month alone means its 1st.

    Raises ``ValueError`` with a Chinese reason for text that is not a date.
    """
    clean = text.strip()
    if not clean:
        return None
    match = _DATE.match(clean) or _COMPACT.match(clean)
    if match is None:
        raise ValueError(QCoreApplication.translate("DateField", "日期格式应为 1950-03-05"))
    year, month, day = int(match[1]), int(match[2]), int(match[3] or 1)
    try:
        return datetime.date(year, month, day)
    except ValueError as exc:
        raise ValueError(QCoreApplication.translate("DateField", "没有这一天")) from exc


class DateField(QLineEdit):
    """A date typed as text, empty allowed; ``date_changed`` fires on every edit.

    With ``partial`` (a member's dates) it keeps the precision typed: "1968.05" is a month,
    "1968" a year (``station_desk.domain.dates``); ``date`` is then the first day of it.
    """

    date_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, partial: bool = False) -> None:
        super().__init__(parent)
        self._partial = partial
        self.setPlaceholderText(
            QCoreApplication.translate("DateField", "如 1950-03-05 或 1950.03")
            if partial
            else QCoreApplication.translate("DateField", "如 1950-03-05")
        )
        self.setMaximumWidth(160)
        self.textChanged.connect(lambda _t: self.date_changed.emit())

    def partial_date(self) -> PartialDate | None:
        """The date with its precision, or ``None`` when empty or not a date."""
        try:
            if self._partial:
                return parse_partial_text(self.text())
            day = parse_date_text(self.text())
        except ValueError:
            return None
        return PartialDate(day, DAY) if day is not None else None

    def date(self) -> datetime.date | None:
        """The date (the first day of a month or year typed alone), or ``None`` when empty
        or not a date (see ``problem``)."""
        found = self.partial_date()
        return found.start if found is not None else None

    def precision(self) -> DatePrecision:
        """How much of the date was typed (a day when empty)."""
        found = self.partial_date()
        return found.precision if found is not None else DAY

    def problem(self) -> str:
        """Why the text is not a date; empty when fine."""
        try:
            if self._partial:
                parse_partial_text(self.text())
            else:
                parse_date_text(self.text())
        except DateTextError as exc:
            return message_of(exc)
        except ValueError as exc:
            return message_of(exc)
        return ""

    def set_date(self, value: datetime.date | None, precision: object = DAY) -> None:
        """Show ``value`` as ISO (a day) or as written ("1968.05", "1968")."""
        if value is None:
            self.setText("")
        elif precision in (None, DAY, "day"):
            self.setText(value.isoformat())
        else:
            self.setText(format_date(value, precision))


class FieldError(QLabel):
    """Red text under a field; an orange one for a warning. Hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def reserve_space(self) -> FieldError:
        """Keep one line for the message even while there is none.

        A form checked as the clerk types must not move: an error appearing under one
        field would push the fields below it down, under the clerk's next click. The
        line is a little smaller than the form's text, to cost less height.
        """
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.setFont(font)
        text = self.text()
        self.setText("应为18位")  # one line of the usual message, measured as shown
        line = max(self.sizeHint().height(), self.fontMetrics().lineSpacing())
        self.setText(text)
        self.setMinimumHeight(line)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)
        return self

    def show_error(self, text: str) -> None:
        self._show(text, "#c62828")

    def show_warning(self, text: str) -> None:
        self._show(text, "#b26a00")

    def _show(self, text: str, color: str) -> None:
        self.setStyleSheet(f"color: {color};")
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()

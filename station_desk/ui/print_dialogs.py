"""Short options dialogs before a print: columns and their order, period, masking, template.

Each dialog has ``ask(parent, ...) -> Options | None`` (docs/ARCHITECTURE.md §Desk), so callers are one
line and tests drive the real dialog. Full ID numbers and phones are off unless ticked;
the tick's label says that the choice is logged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_desk.ui.member_scope import MemberScope, ScopeChoice

FULL_NUMBERS_LABEL = str(
    QT_TRANSLATE_NOOP("_OptionsDialog", "显示完整身份证号和电话（将记入操作日志）")
)
"""The tick's Chinese source text; shown through ``tr`` in the _OptionsDialog context."""
MASK_RULE = str(
    QT_TRANSLATE_NOOP(
        "_OptionsDialog",
        "不勾选时：身份证号只留前6位和后4位，电话只留前3位和后4位；"
        "同页印有出生年月、年龄、入党时间、党龄或离退休类别时，身份证号只留前6位和最后1位，"
        "使每个号码都对应上千种可能。",
    )
)
"""The masking rule (``privacy.py``), stated where the clerk chooses."""
KEY_ROLE = Qt.ItemDataRole.UserRole


def _date_edit(parent: QWidget, value: date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day), parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _as_date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class _OptionsDialog(QDialog):
    """A form with 确定/取消 and an error line under it."""

    def __init__(self, parent: QWidget | None, title: str, intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.box = QVBoxLayout(self)
        if intro:
            label = QLabel(intro, self)
            label.setObjectName("printIntro")
            label.setWordWrap(True)
            self.box.addWidget(label)
        self.form = QFormLayout()
        self.box.addLayout(self.form)
        self.error = QLabel(self)
        self.error.setObjectName("printOptionsError")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.box.addWidget(self.error)
        self.box.addWidget(self.buttons)

    def problem(self) -> str:
        """What is wrong with the entries, or "" (subclasses check their fields)."""
        return ""

    def _try_accept(self) -> None:
        text = self.problem()
        self.error.setText(text)
        if not text:
            self.accept()

    def add_full_numbers(self) -> QCheckBox:
        box = QCheckBox(self.tr(FULL_NUMBERS_LABEL), self)
        box.setObjectName("fullNumbersCheck")
        self.form.addRow("", box)
        rule = QLabel(self.tr(MASK_RULE), self)
        rule.setObjectName("maskRuleNote")
        rule.setWordWrap(True)
        rule.setStyleSheet("color: palette(mid); font-size: small;")
        self.form.addRow("", rule)
        return box

    def add_period(self, start: date, end: date) -> tuple[QDateEdit, QDateEdit]:
        first, last = _date_edit(self, start, "periodStart"), _date_edit(self, end, "periodEnd")
        row = QHBoxLayout()
        row.addWidget(first)
        row.addWidget(QLabel(self.tr("至"), self))
        row.addWidget(last)
        row.addStretch(1)
        self.form.addRow(self.tr("统计期间："), row)
        return first, last

    def period_problem(self, first: QDateEdit, last: QDateEdit) -> str:
        return self.tr("截止日期早于起始日期") if _as_date(last) < _as_date(first) else ""


@dataclass(frozen=True)
class RosterOptions:
    columns: tuple[str, ...]
    title: str
    full_numbers: bool
    member_ids: tuple[int, ...] = ()
    """The members chosen in the dialog (shown or selected), when it offered the choice."""
    orientation: str = "auto"
    """auto, portrait or landscape (``RosterDocument.orientation``)."""
    two_lines: bool = False
    """Each person on two lines, for more columns than one line holds."""


ORIENTATIONS = (
    ("auto", str(QT_TRANSLATE_NOOP("RosterOptionsDialog", "自动（放不下时横向）"))),
    ("portrait", str(QT_TRANSLATE_NOOP("RosterOptionsDialog", "纵向"))),
    ("landscape", str(QT_TRANSLATE_NOOP("RosterOptionsDialog", "横向"))),
)


class RosterOptionsDialog(_OptionsDialog):
    """Which columns, in which order (tick and move up/down), the title, masking."""

    def __init__(
        self,
        parent: QWidget | None,
        fields: Sequence[tuple[str, str]],
        chosen: Sequence[str],
        title: str,
        intro: str,
        scope: MemberScope | None = None,
    ) -> None:
        super().__init__(parent, self.tr("打印花名册"), intro)
        self.scope: ScopeChoice | None = None
        if scope is not None:
            self.scope = ScopeChoice(scope, self)
            self.form.addRow(self.tr("打印范围："), self.scope)
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setObjectName("rosterTitle")
        self.form.addRow(self.tr("标题："), self.title_edit)
        self.columns = QListWidget(self)
        self.columns.setObjectName("rosterColumns")
        headers = dict(fields)
        order = [k for k in chosen if k in headers] + [k for k, _ in fields if k not in chosen]
        for key in order:
            item = QListWidgetItem(headers[key], self.columns)
            item.setData(KEY_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = key in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.columns.setCurrentRow(0)
        self.up_button = QPushButton(self.tr("上移"), self)
        self.up_button.setObjectName("columnUp")
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("下移"), self)
        self.down_button.setObjectName("columnDown")
        self.down_button.clicked.connect(lambda: self.move_current(1))
        side = QVBoxLayout()
        side.addWidget(self.up_button)
        side.addWidget(self.down_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.columns, 1)
        row.addLayout(side)
        self.form.addRow(self.tr("列（勾选并排序）："), row)
        self.orientation = QComboBox(self)
        self.orientation.setObjectName("rosterOrientation")
        for key, text in ORIENTATIONS:
            self.orientation.addItem(self.tr(text), key)
        self.two_lines = QCheckBox(self.tr("每人印两行（列多时）"), self)
        self.two_lines.setObjectName("rosterTwoLines")
        self.two_lines.setToolTip(
            self.tr("把所选的列分成上下两行，序号跨两行；数字和日期仍不拆行，字号不小于 8 磅")
        )
        paper = QHBoxLayout()
        paper.addWidget(self.orientation)
        paper.addWidget(self.two_lines)
        paper.addStretch(1)
        self.form.addRow(self.tr("纸张："), paper)
        self.paper_note = QLabel(self.paper_text(), self)
        self.paper_note.setObjectName("rosterPaperNote")
        self.paper_note.setWordWrap(True)
        self.paper_note.setStyleSheet("color: palette(mid); font-size: small;")
        self.form.addRow("", self.paper_note)
        self.full_numbers = self.add_full_numbers()
        self.finish()
        self.resize(460, 590)

    def paper_text(self) -> str:
        """The room on the paper in millimetres (what a ruler and the clerk know)."""
        from station_desk.reports.page import Sheet

        millimetre = 72 / 25.4
        upright, across = Sheet().body_width, Sheet(landscape=True).body_width
        return self.tr(
            "A4 纸可印宽度：纵向 {portrait} 毫米，横向 {landscape} 毫米。数字和日期不拆行，"
            "字号不小于 8 磅（比小五号字略小）；放不下时会询问改为横向、每人两行或减少列。"
        ).format(portrait=round(upright / millimetre), landscape=round(across / millimetre))

    def keep(self, previous: RosterOptions) -> None:
        """Reopened after a refusal: the title, masking and paper as they were."""
        self.title_edit.setText(previous.title)
        self.full_numbers.setChecked(previous.full_numbers)
        found = self.orientation.findData(previous.orientation)
        self.orientation.setCurrentIndex(max(found, 0))
        self.two_lines.setChecked(previous.two_lines)

    def move_current(self, step: int) -> None:
        row = self.columns.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.columns.count():
            return
        item = self.columns.takeItem(row)
        self.columns.insertItem(target, item)
        self.columns.setCurrentRow(target)

    def chosen_columns(self) -> tuple[str, ...]:
        return tuple(
            str(item.data(KEY_ROLE))
            for item in (self.columns.item(i) for i in range(self.columns.count()))
            if item is not None and item.checkState() == Qt.CheckState.Checked
        )

    def problem(self) -> str:
        return "" if self.chosen_columns() else self.tr("请至少勾选一列")

    def options(self) -> RosterOptions:
        return RosterOptions(
            self.chosen_columns(),
            self.title_edit.text().strip(),
            self.full_numbers.isChecked(),
            self.scope.ids() if self.scope is not None else (),
            str(self.orientation.currentData()),
            self.two_lines.isChecked(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        fields: Sequence[tuple[str, str]],
        chosen: Sequence[str],
        title: str = "",
        intro: str = "",
        scope: MemberScope | None = None,
        previous: RosterOptions | None = None,
    ) -> RosterOptions | None:
        dialog = cls(parent, fields, chosen, title, intro, scope)
        if previous is not None:
            dialog.keep(previous)
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class PeriodOptions:
    start: date
    end: date
    full_numbers: bool


class PeriodOptionsDialog(_OptionsDialog):
    """A period and the masking choice (team rosters)."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, start: date, end: date):
        super().__init__(parent, title, intro)
        self.start, self.end = self.add_period(start, end)
        self.full_numbers = self.add_full_numbers()
        self.finish()

    def problem(self) -> str:
        return self.period_problem(self.start, self.end)

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, intro: str, start: date, end: date
    ) -> PeriodOptions | None:
        dialog = cls(parent, title, intro, start, end)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return PeriodOptions(
            _as_date(dialog.start), _as_date(dialog.end), dialog.full_numbers.isChecked()
        )


@dataclass(frozen=True)
class ServiceRecordOptions:
    start: date
    end: date
    full_numbers: bool
    issuer: str
    person_in_charge: str
    handler: str
    contact: str


class ServiceRecordDialog(_OptionsDialog):
    """志愿服务记录证明: period, the issuing organisation and its people, masking."""

    def __init__(
        self, parent: QWidget | None, intro: str, start: date, end: date, saved: dict[str, str]
    ) -> None:
        super().__init__(parent, self.tr("志愿服务记录证明"), intro)
        self.start, self.end = self.add_period(start, end)
        self.edits: dict[str, QLineEdit] = {}
        for key, label in (
            ("issuer", self.tr("出具单位：")),
            ("person_in_charge", self.tr("负责人：")),
            ("handler", self.tr("经办人：")),
            ("contact", self.tr("联系电话：")),
        ):
            edit = QLineEdit(saved.get(key, ""), self)
            edit.setObjectName(f"{key}Edit")
            self.edits[key] = edit
            self.form.addRow(label, edit)
        self.full_numbers = self.add_full_numbers()
        self.finish()
        self.resize(520, 0)

    def problem(self) -> str:
        if not self.edits["issuer"].text().strip():
            return self.tr("出具单位：不能为空")
        return self.period_problem(self.start, self.end)

    @classmethod
    def ask(
        cls, parent: QWidget | None, intro: str, start: date, end: date, saved: dict[str, str]
    ) -> ServiceRecordOptions | None:
        dialog = cls(parent, intro, start, end, saved)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        text = {k: e.text().strip() for k, e in dialog.edits.items()}
        return ServiceRecordOptions(
            _as_date(dialog.start), _as_date(dialog.end), dialog.full_numbers.isChecked(), **text
        )

"""荣誉证书: choose who gets one from a list of members with their hours, then issue.

The clerk once guessed an hours threshold blind: nobody qualified, the dialog closed and
the typed reason was lost. Now the dialog lists the members of the chosen source (the
members tab's shown or selected rows, a team, everyone with recorded service) with their
hours in the chosen period, exactly ("1小时40分", never rounded); the threshold only
filters that list, the clerk ticks who gets a certificate, and only the ticked members'
ids leave the dialog. Every refusal is shown under the form, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)

from station_desk.db.queries.printing_service import Candidate
from station_desk.domain.units import hours_text
from station_desk.reports import DEFAULT_HONOR_TEMPLATE
from station_desk.ui.context import DeskContext
from station_desk.ui.i18n import summary_words
from station_desk.ui.print_dialogs import _as_date, _date_edit, _OptionsDialog
from station_desk.ui.table_model import RIGHT, Column, RecordTableModel, setup_table_view

Fetch = Callable[[Any, date, date], list[Candidate]]
"""Read the candidates of one source for a period: ``fetch(session, start, end)``."""

CHECK = Qt.ItemDataRole.CheckStateRole
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class HonorSource:
    """One way to find candidates: its key, the label the clerk reads, the read query."""

    key: str
    label: str
    fetch: Fetch


@dataclass(frozen=True)
class HonorOptions:
    member_ids: tuple[int, ...]
    """The members ticked in the list (shown under the threshold), in list order."""
    reason: str
    honour: str
    issuer: str
    issued_on: date
    template: str
    source: str = ""
    start: date | None = None
    end: date | None = None
    min_hours: float = 0


class CandidateModel(RecordTableModel[Candidate]):
    """Candidates with a tick in the first column; everyone is ticked until unticked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column[Candidate](
                    QCoreApplication.translate("HonorDialog", "姓名"), lambda c: c.name, width=160
                ),
                Column[Candidate](
                    QCoreApplication.translate("HonorDialog", "服务时长"),
                    lambda c: hours_text(c.minutes, summary_words),
                    sort_key=lambda c: c.minutes,
                    align=RIGHT,
                    width=120,
                ),
            ],
            parent,
        )
        self.unticked: set[int] = set()

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == CHECK and index.isValid() and index.column() == 0:
            ticked = self.record_at(index.row()).member_id not in self.unticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: AnyIndex, value: Any, role: int = CHECK) -> bool:
        if role != CHECK or not index.isValid() or index.column() != 0:
            return False
        member_id = self.record_at(index.row()).member_id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.unticked.discard(member_id)
        else:
            self.unticked.add(member_id)
        self.dataChanged.emit(index, index, [CHECK])
        return True

    def tick_all(self, ticked: bool) -> None:
        shown = {c.member_id for c in self.shown_records()}
        if ticked:
            self.unticked -= shown
        else:
            self.unticked |= shown
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0), [CHECK])

    def ticked_ids(self) -> tuple[int, ...]:
        return tuple(c.member_id for c in self.shown_records() if c.member_id not in self.unticked)


def default_year(today: date) -> int:
    """Certificates early in a year are for the year before."""
    return today.year - 1 if today.month < 3 else today.year


class HonorDialog(_OptionsDialog):
    """Source, period and threshold over a tickable list; why, which honour, by whom."""

    def __init__(
        self,
        parent: QWidget | None,
        ctx: DeskContext,
        sources: Sequence[HonorSource],
        issuer: str,
        today: date,
    ) -> None:
        super().__init__(parent, self.tr("荣誉证书"))
        self.ctx = ctx
        self.sources = list(sources)
        self._token = 0
        self._wanted: set[int] | None = None
        self.loading = False
        self.source = QComboBox(self)
        self.source.setObjectName("honorSource")
        for source in self.sources:
            self.source.addItem(source.label, source.key)
        self.form.addRow(self.tr("从谁中挑选："), self.source)
        year = default_year(today)
        self.year = QSpinBox(self)
        self.year.setObjectName("honorYear")
        self.year.setRange(1990, 2100)
        self.year.setValue(year)
        self.year.setSuffix(self.tr(" 年"))
        self.start, self.end = self.add_period(date(year, 1, 1), date(year, 12, 31))
        self.start.setObjectName("honorStart")
        self.end.setObjectName("honorEnd")
        period_row = self.form.itemAt(self.form.rowCount() - 1, self.form.ItemRole.FieldRole)
        period_layout = period_row.layout() if period_row is not None else None
        if isinstance(period_layout, QHBoxLayout):
            period_layout.insertWidget(0, self.year)
        self.min_hours = QDoubleSpinBox(self)
        self.min_hours.setObjectName("honorMinHours")
        self.min_hours.setRange(0, 100000)
        self.min_hours.setDecimals(2)
        self.min_hours.setValue(0)
        self.min_hours.setSuffix(self.tr(" 小时"))
        threshold = QHBoxLayout()
        threshold.addWidget(QLabel(self.tr("只列出服务时长不少于"), self))
        threshold.addWidget(self.min_hours)
        threshold.addWidget(QLabel(self.tr("的老同志"), self))
        threshold.addStretch(1)
        self.form.addRow(self.tr("筛选："), threshold)
        self.model = CandidateModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("honorCandidates")
        setup_table_view(self.table, self.model)
        self.table.setMinimumHeight(180)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("honorCount")
        self.count_label.setWordWrap(True)
        # two lines kept: the refusal (没有人达到…，可降低时长或换一个期间) wraps beside the
        # buttons, and a one-line row cut both lines in half
        self.count_label.setMinimumHeight(2 * self.count_label.fontMetrics().lineSpacing() + 2)
        tick_all = QPushButton(self.tr("全选"), self)
        tick_all.setObjectName("honorTickAll")
        tick_all.clicked.connect(lambda: self._tick_all(True))
        tick_none = QPushButton(self.tr("全不选"), self)
        tick_none.setObjectName("honorTickNone")
        tick_none.clicked.connect(lambda: self._tick_all(False))
        under = QHBoxLayout()
        under.addWidget(self.count_label, 1)
        under.addWidget(tick_all)
        under.addWidget(tick_none)
        self.form.addRow(self.tr("发给（勾选）："), self.table)
        self.form.addRow("", under)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("honorReason")
        self.reason.setPlaceholderText(self.tr("如：2021年社区疫情防控志愿服务"))
        self.form.addRow(self.tr("事由："), self.reason)
        self.honour = QLineEdit(self.tr("优秀志愿者"), self)
        self.honour.setObjectName("honorHonour")
        self.form.addRow(self.tr("荣誉称号："), self.honour)
        self.issuer = QLineEdit(issuer, self)
        self.issuer.setObjectName("honorIssuer")
        self.form.addRow(self.tr("发证单位："), self.issuer)
        self.issued_on = _date_edit(self, today, "honorDate")
        self.form.addRow(self.tr("发证日期："), self.issued_on)
        self.template = QPlainTextEdit(DEFAULT_HONOR_TEMPLATE, self)
        self.template.setObjectName("honorTemplate")
        self.template.setFixedHeight(72)
        self.form.addRow(self.tr("正文模板："), self.template)
        hint = QLabel(self.tr("可用 {name} 姓名、{reason} 事由、{honour} 荣誉称号"), self)
        hint.setStyleSheet("color: #757575;")
        self.form.addRow("", hint)
        self.finish()
        self.year.valueChanged.connect(self._year_changed)
        self.source.currentIndexChanged.connect(lambda _i: self.load())
        self.start.dateChanged.connect(lambda _d: self.load())
        self.end.dateChanged.connect(lambda _d: self.load())
        self.min_hours.valueChanged.connect(lambda _v: self._apply_threshold())
        self.model.dataChanged.connect(lambda *_a: self._update_count())
        self.resize(600, 660)
        self.load()

    # ------------------------------------------------------------------ the list

    def current_source(self) -> HonorSource:
        return self.sources[max(self.source.currentIndex(), 0)]

    def choose_source(self, key: str) -> None:
        index = self.source.findData(key)
        if index >= 0:
            self.source.setCurrentIndex(index)

    def _year_changed(self, year: int) -> None:
        for edit in (self.start, self.end):
            edit.blockSignals(True)
        self.start.setDate(QDate(year, 1, 1))
        self.end.setDate(QDate(year, 12, 31))
        for edit in (self.start, self.end):
            edit.blockSignals(False)
        self.load()

    def load(self) -> None:
        """Read the source's candidates for the period (on the worker); the last ask wins."""
        start, end = _as_date(self.start), _as_date(self.end)
        if end < start:
            self.model.set_records([])
            self.count_label.setText(self.period_problem(self.start, self.end))
            return
        self._token += 1
        token, fetch = self._token, self.current_source().fetch
        self.loading = True
        self.count_label.setText(self.tr("正在读取服务时长…"))
        self.ctx.read(
            lambda s: fetch(s, start, end), lambda found: self._loaded(token, found), parent=self
        )

    def _loaded(self, token: int, found: list[Candidate]) -> None:
        if token != self._token:
            return
        self.loading = False
        if self._wanted is not None:
            wanted, self._wanted = self._wanted, None
            self.model.unticked = {c.member_id for c in found if c.member_id not in wanted}
        self.model.set_records(found)
        self._apply_threshold()

    def _apply_threshold(self) -> None:
        least = round(self.min_hours.value() * 60)
        self.model.set_filter((lambda c: c.minutes >= least) if least else None)
        self._update_count()

    def _tick_all(self, ticked: bool) -> None:
        self.model.tick_all(ticked)
        self._update_count()

    def _update_count(self) -> None:
        if self.loading:
            return
        listed, total = self.model.rowCount(), self.model.total_count()
        if not listed:
            text = (
                self.tr("这一期间没有人达到 {hours}，可降低时长或换一个期间。").format(
                    hours=hours_text(round(self.min_hours.value() * 60), summary_words)
                )
                if total
                else self.tr("这一期间没有可列出的老同志。")
            )
        else:
            text = self.tr("列出 {listed} 人（共 {total} 人），已勾选 {ticked} 人").format(
                listed=listed, total=total, ticked=len(self.model.ticked_ids())
            )
        self.count_label.setText(text)
        if self.model.ticked_ids() and self.error.text() == self._nobody_ticked():
            # the refusal no longer holds once someone is ticked: it stayed red under the list
            self.error.clear()

    def _nobody_ticked(self) -> str:
        return self.tr("发给：请在名单中至少勾选一位老同志")

    # ------------------------------------------------------------------ checks

    def problem(self) -> str:
        if self.loading:
            return self.tr("发给：正在读取服务时长，请稍候")
        for edit, label in (
            (self.reason, self.tr("事由")),
            (self.honour, self.tr("荣誉称号")),
            (self.issuer, self.tr("发证单位")),
        ):
            if not edit.text().strip():
                return self.tr("{label}：不能为空").format(label=label)
        period = self.period_problem(self.start, self.end)
        if period:
            return self.tr("统计期间：{problem}").format(problem=period)
        if not self.model.ticked_ids():
            return self._nobody_ticked()
        try:
            self.template.toPlainText().format(name="某", reason="某", honour="某")
        except (KeyError, IndexError, ValueError):
            return self.tr("正文模板：只能使用 {name} {reason} {honour} 三个占位符")
        return ""

    def restore(self, options: HonorOptions, refusal: str = "") -> None:
        """The form as the clerk left it (the list read again, the same people ticked) and
        the ledger's refusal under it."""
        self._wanted = set(options.member_ids)
        for edit, text in (
            (self.reason, options.reason),
            (self.honour, options.honour),
            (self.issuer, options.issuer),
        ):
            edit.setText(text)
        self.template.setPlainText(options.template)
        self.issued_on.setDate(
            QDate(options.issued_on.year, options.issued_on.month, options.issued_on.day)
        )
        self.min_hours.setValue(options.min_hours)
        if options.start is not None and options.end is not None:
            self.year.blockSignals(True)
            self.year.setValue(options.start.year)
            self.year.blockSignals(False)
            for date_edit, day in ((self.start, options.start), (self.end, options.end)):
                date_edit.blockSignals(True)
                date_edit.setDate(QDate(day.year, day.month, day.day))
                date_edit.blockSignals(False)
        self.source.blockSignals(True)
        self.choose_source(options.source)
        self.source.blockSignals(False)
        self.load()
        self.error.setText(refusal)

    def options(self) -> HonorOptions:
        return HonorOptions(
            member_ids=self.model.ticked_ids(),
            reason=self.reason.text().strip(),
            honour=self.honour.text().strip(),
            issuer=self.issuer.text().strip(),
            issued_on=_as_date(self.issued_on),
            template=self.template.toPlainText(),
            source=self.current_source().key,
            start=_as_date(self.start),
            end=_as_date(self.end),
            min_hours=self.min_hours.value(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx: DeskContext,
        sources: Sequence[HonorSource],
        issuer: str,
        today: date,
        *,
        source: str = "",
        previous: HonorOptions | None = None,
        refusal: str = "",
    ) -> HonorOptions | None:
        """The options chosen; ``previous`` and ``refusal`` reopen the form as it was,
        with the reason the ledger refused it."""
        dialog = cls(parent, ctx, sources, issuer, today)
        if previous is not None:
            dialog.restore(previous, refusal)
        elif source:
            dialog.choose_source(source)
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None

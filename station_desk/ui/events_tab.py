"""文化活动: events filtered by kind, year and station; participants and works of one event.

The events are few (hundreds a year at most), so all are loaded once and the filters run in
the model, like the members table.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_desk.db.queries.events import event_full, event_participants, event_rows, event_works
from station_desk.db.queries.summary_activity import training_stem
from station_desk.domain import books
from station_desk.domain.enums import EventKind
from station_desk.domain.filters import EventFilter
from station_desk.domain.records import EventRow, ParticipantRow, WorkLine
from station_desk.domain.records_desk import EventFull
from station_desk.services.events import delete_event, delete_work
from station_desk.ui import errors
from station_desk.ui.context import DeskContext
from station_desk.ui.drilldown import (
    DrilldownBanner,
)
from station_desk.ui.event_dialogs import EventDialog, WorkDialog
from station_desk.ui.event_drill import apply_event_drilldown
from station_desk.ui.i18n import shown, shown_message
from station_desk.ui.tab_forms import (
    GreyingModel,
    bind_key,
    current_record,
    day_text,
    make_button,
    masked_phone,
    reselect,
    select_record,
    setup_view,
)
from station_desk.ui.table_model import CENTER, RIGHT, Column

EventDetail = tuple[list[ParticipantRow], list[WorkLine]]


class EventsTab(QWidget):
    """The events tab; tests find its parts by object name."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._event_id: int | None = None
        self._drill: EventFilter | None = None
        self._speakers: Mapping[int, frozenset[int]] = {}
        self._drill_token = 0
        self._build()
        ctx.changed.connect(self._on_changed)
        ctx.choices_changed.connect(self._fill_stations)
        self.reload()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        return combo

    def _build(self) -> None:
        self.kind_filter = self._combo("eventKindFilter")
        self.kind_filter.addItem(self.tr("全部类别"), None)
        for kind in EventKind:
            self.kind_filter.addItem(shown(kind.label), kind.value)
        self.year_filter = self._combo("eventYearFilter")
        self.station_filter = self._combo("eventStationFilter")
        self.station_filter.setMinimumWidth(240)
        self._fill_stations()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("eventCount")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("类别："), self))
        filters.addWidget(self.kind_filter)
        filters.addWidget(QLabel(self.tr("年份："), self))
        filters.addWidget(self.year_filter)
        filters.addWidget(QLabel(self.tr("驿站："), self))
        filters.addWidget(self.station_filter)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(make_button(self, self.tr("新建活动…"), "addEventButton", self.add_event))
        buttons.addWidget(
            make_button(self, self.tr("编辑活动…"), "editEventButton", self.edit_event)
        )
        buttons.addWidget(
            make_button(self, self.tr("删除活动"), "deleteEventButton", self.delete_event)
        )
        buttons.addStretch(1)

        self.events_model = GreyingModel(self._event_columns(), lambda _e: False, self)
        self.events_view = QTableView(self)
        self.events_view.setObjectName("eventsView")
        setup_view(self.events_view, self.events_model)
        self.events_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._event_changed()
        )
        self.events_view.doubleClicked.connect(lambda _i: self.edit_event())
        top = QWidget(self)
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        top_box.addLayout(filters)
        top_box.addLayout(buttons)
        top_box.addWidget(self.events_view, 1)

        self.summary = QLabel(self)
        self.summary.setObjectName("eventSummary")
        self.summary.setWordWrap(True)
        self.people_model = GreyingModel(self._people_columns(), lambda _p: False, self)
        self.people_view = QTableView(self)
        self.people_view.setObjectName("eventParticipantsView")
        setup_view(self.people_view, self.people_model)
        people_group = QGroupBox(self.tr("参加人员"), self)
        people_box = QVBoxLayout(people_group)
        people_box.addWidget(self.people_view)
        self.works_model = GreyingModel(self._work_columns(), lambda _w: False, self)
        self.works_view = QTableView(self)
        self.works_view.setObjectName("eventWorksView")
        setup_view(self.works_view, self.works_model)
        self.works_view.doubleClicked.connect(lambda _i: self.edit_work())
        works_group = QGroupBox(self.tr("作品"), self)
        works_box = QVBoxLayout(works_group)
        row = QHBoxLayout()
        row.addWidget(make_button(self, self.tr("添加作品…"), "addWorkButton", self.add_work))
        row.addWidget(make_button(self, self.tr("编辑作品…"), "editWorkButton", self.edit_work))
        row.addWidget(make_button(self, self.tr("删除作品"), "deleteWorkButton", self.delete_work))
        row.addStretch(1)
        works_box.addLayout(row)
        works_box.addWidget(self.works_view)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(people_group)
        lower.addWidget(works_group)
        lower.setSizes([500, 600])
        bottom = QWidget(self)
        bottom_box = QVBoxLayout(bottom)
        bottom_box.setContentsMargins(0, 0, 0, 0)
        bottom_box.addWidget(self.summary)
        bottom_box.addWidget(lower, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("eventsSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setSizes([380, 320])
        self.banner = DrilldownBanner(self)
        self.banner.cleared.connect(self.clear_drilldown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter)
        for combo in (self.kind_filter, self.year_filter, self.station_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        bind_key(self.events_view, "Ctrl+N", self.add_event)
        bind_key(self.events_view, "Del", self.delete_event)
        bind_key(self.works_view, "Ctrl+N", self.add_work)
        bind_key(self.works_view, "Del", self.delete_work)

    def _event_columns(self) -> list[Column[EventRow]]:
        """The book's columns headed by its field labels, as its export heads them."""
        head = {name: shown_message(label) for name, label in books.EVENT.fields.items()}
        return [
            Column(head["held_on"], lambda e: day_text(e.held_on), align=CENTER, width=100),
            Column(head["title"], lambda e: e.title, width=220),
            Column(head["kind"], lambda e: shown(e.kind_label), align=CENTER, width=110),
            Column(head["place"], lambda e: e.place, width=150),
            Column(head["station"], lambda e: e.station, width=220),
            Column(self.tr("承办队伍"), lambda e: e.team, width=120),
            Column(head["audience"], lambda e: str(e.audience), lambda e: e.audience, RIGHT, 70),
            Column(
                head["people"],
                lambda e: str(e.participants),
                lambda e: e.participants,
                RIGHT,
                70,
            ),
            Column(self.tr("作品数"), lambda e: str(e.works), lambda e: e.works, RIGHT, 60),
        ]

    def _people_columns(self) -> list[Column[ParticipantRow]]:
        return [
            Column(self.tr("姓名"), lambda p: p.name, width=90),
            Column(self.tr("角色"), lambda p: shown(p.role_label), align=CENTER, width=90),
            Column(self.tr("社区"), lambda p: p.community, width=100),
            Column(self.tr("联系电话"), lambda p: masked_phone(p.phone), width=110),
        ]

    def _work_columns(self) -> list[Column[WorkLine]]:
        return [
            Column(self.tr("作品名称"), lambda w: w.title, width=160),
            Column(self.tr("类别"), lambda w: shown(w.kind_label), align=CENTER, width=80),
            Column(self.tr("作者"), lambda w: w.author_name, width=80),
            Column(self.tr("创作时间"), lambda w: day_text(w.made_on), align=CENTER, width=100),
            Column(self.tr("主题"), lambda w: w.theme, width=120),
        ]

    # ------------------------------------------------------------------ loading and filters

    def _fill_stations(self) -> None:
        keep = self.station_filter.currentData()
        self.station_filter.blockSignals(True)
        self.station_filter.clear()
        self.station_filter.addItem(self.tr("全部驿站"), None)
        for choice in self.ctx.choices("station"):
            self.station_filter.addItem(choice.label, choice.id)
        self.station_filter.setCurrentIndex(max(0, self.station_filter.findData(keep)))
        self.station_filter.blockSignals(False)

    def reload(self) -> None:
        self.ctx.read(event_rows, self._events_loaded, parent=self)

    def _on_changed(self, topic: str) -> None:
        if topic in ("events", "members", "teams", "org"):
            self.reload()

    def _events_loaded(self, rows: list[EventRow]) -> None:
        keep = self.year_filter.currentData()
        years = sorted({r.held_on.year for r in rows}, reverse=True)
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("全部年份"), None)
        for year in years:
            self.year_filter.addItem(str(year), year)
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(keep)))
        self.year_filter.blockSignals(False)
        self.events_model.set_records(rows)
        self.apply_filter()

    def event_filter(self) -> EventFilter:
        """The combos' choices as the one typed filter (a year is its first to last day)."""
        year = self.year_filter.currentData()
        return EventFilter(
            kind=self.kind_filter.currentData(),
            station_id=self.station_filter.currentData(),
            start=date(year, 1, 1) if year is not None else None,
            end=date(year, 12, 31) if year is not None else None,
        )

    def filter_predicate(self) -> Callable[[EventRow], bool] | None:
        """The combos' filter and the drill-down's, each applied by ``EventFilter.matches``."""
        combos, drill, speakers = self.event_filter(), self._drill, self._speakers
        if combos == EventFilter() and drill is None:
            return None
        return lambda e: (
            combos.matches(e, speakers, training_stem)
            and (drill is None or drill.matches(e, speakers, training_stem))
        )

    # ------------------------------------------------------------------ drill-down

    def apply_drilldown(self, filters: Mapping[str, object]) -> None:
        """Show the events behind a figure of the 统计 tab (``ui/event_drill.py``)."""
        apply_event_drilldown(self, filters)

    def clear_drilldown(self) -> None:
        """清除: drop the extra test; the combos stay as the clerk sees them."""
        self._drill_token += 1
        self._drill = None
        self.banner.hide()
        self.apply_filter()

    def apply_filter(self) -> None:
        keep = self._event_id
        self.events_model.set_filter(self.filter_predicate())
        self.count_label.setText(
            self.tr("显示 {shown} / {total}").format(
                shown=self.events_model.rowCount(), total=self.events_model.total_count()
            )
        )
        if self.events_model.rowCount():
            reselect(self.events_view, self.events_model, keep)
        else:
            self._event_changed()

    def current_event(self) -> EventRow | None:
        return current_record(self.events_view, self.events_model)

    def select_event(self, event_id: int) -> bool:
        return select_record(self.events_view, self.events_model, event_id)

    def _event_changed(self) -> None:
        event = self.current_event()
        self._event_id = event.id if event else None
        if event is None:
            self.summary.setText(self.tr("没有符合条件的活动"))
            self.people_model.set_records([])
            self.works_model.set_records([])
            return
        self.summary.setText(
            self.tr("{day}　{title}（{kind}）　地点：{place}　观众 {audience} 人次").format(
                day=event.held_on.isoformat(),
                title=event.title,
                kind=shown(event.kind_label),
                place=event.place or self.tr("未填"),
                audience=event.audience,
            )
        )
        event_id = event.id

        def load(session: Any) -> EventDetail:
            return event_participants(session, event_id), event_works(session, event_id)

        self.ctx.read(load, lambda d: self._detail_loaded(event_id, d), parent=self)

    def _detail_loaded(self, event_id: int, detail: EventDetail) -> None:
        if event_id != self._event_id:
            return
        self.people_model.set_records(detail[0])
        self.works_model.set_records(detail[1])

    # ------------------------------------------------------------------ actions

    def add_event(self) -> None:
        event_id = EventDialog.ask(self, self.ctx)
        if event_id is not None and not self.select_event(event_id):
            self._event_id = event_id

    def edit_event(self) -> None:
        event = self.current_event()
        if event is None:
            return
        event_id = event.id
        self.ctx.read(lambda s: event_full(s, event_id), self._edit_loaded, parent=self)

    def _edit_loaded(self, full: EventFull | None) -> None:
        if full is not None:
            EventDialog.ask(self, self.ctx, full)

    def delete_event(self) -> None:
        event = self.current_event()
        if event is None or not errors.ask_yes_no(
            self,
            self.tr("删除活动"),
            self.tr("把 {day} 的“{title}”移入回收站吗？").format(
                day=event.held_on.isoformat(), title=event.title
            ),
        ):
            return
        event_id = event.id
        self.ctx.write(lambda s: delete_event(s, event_id), topic="events", confirm_parent=self)

    def selected_work(self) -> WorkLine | None:
        return current_record(self.works_view, self.works_model)

    def add_work(self) -> None:
        if self._event_id is not None:
            WorkDialog.ask(self, self.ctx, self._event_id)

    def edit_work(self) -> None:
        work = self.selected_work()
        if work is not None:
            WorkDialog.ask(self, self.ctx, self._event_id, work)

    def delete_work(self) -> None:
        work = self.selected_work()
        if work is None or not errors.ask_yes_no(
            self,
            self.tr("删除作品"),
            self.tr("删除{author}的作品“{title}”吗？").format(
                author=work.author_name, title=work.title
            ),
        ):
            return
        work_id = work.id
        self.ctx.write(lambda s: delete_work(s, work_id), topic="events", confirm_parent=self)

"""Dialogs of the events tab: an event with its participants and their roles, and a work."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.enums import EventKind, ParticipationRole, WorkKind
from station_desk.domain.inputs import EventData, WorkData
from station_desk.domain.records import WorkLine
from station_desk.domain.records_desk import EventFull
from station_desk.services.events import add_event, add_work, update_event, update_work
from station_desk.ui.context import DeskContext
from station_desk.ui.i18n import shown
from station_desk.ui.tab_forms import (
    MemberChooser,
    SavingDialog,
    cell,
    count_box,
    date_problems,
    enum_of,
    member_names,
    translate,
)
from station_desk.ui.widgets import DateField, FieldError

MEMBER_ROLE_ID = Qt.ItemDataRole.UserRole


def _choice_combo(parent: QWidget, name: str, kind: str, ctx: DeskContext) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.addItem(translate("EventDialog", "（无）"), None)
    for choice in ctx.choices(kind):
        combo.addItem(choice.label, choice.id)
    return combo


class EventDialog(SavingDialog):
    """新建/编辑文化活动: its fields and who took part in which role."""

    topic = "events"

    def __init__(
        self, ctx: DeskContext, existing: EventFull | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.existing = existing
        self.setObjectName("eventDialog")
        self.setWindowTitle(self.tr("编辑文化活动") if existing else self.tr("新建文化活动"))
        self.resize(640, 600)
        self.title = QLineEdit(self)
        self.title.setObjectName("eventTitle")
        self.title.setMaxLength(100)
        self.add_field(self.tr("活动名称："), self.title, "title")
        self.kind = QComboBox(self)
        self.kind.setObjectName("eventKind")
        for kind in EventKind:
            self.kind.addItem(shown(kind.label), kind.value)
        self.add_field(self.tr("类别："), self.kind, "kind")
        self.held_on = DateField(self)
        self.held_on.setObjectName("eventDate")
        self.held_on.set_date(date.today())
        self.add_field(self.tr("活动日期："), self.held_on, "held_on")
        self.place = QLineEdit(self)
        self.place.setObjectName("eventPlace")
        self.place.setMaxLength(100)
        self.add_field(self.tr("地点："), self.place, "place")
        self.station = _choice_combo(self, "eventStation", "station", ctx)
        self.add_field(self.tr("驿站："), self.station, "station")
        self.team = _choice_combo(self, "eventTeam", "team", ctx)
        self.add_field(self.tr("承办队伍："), self.team, "team")
        self.audience = count_box(self, "eventAudience", self.tr(" 人次"))
        self.add_field(self.tr("观众人次："), self.audience, "audience")
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("eventDescription")
        self.description.setFixedHeight(56)
        self.add_field(self.tr("内容："), self.description, "description")
        self.layout_.addWidget(self._participants_box(), 1)
        self.finish_layout()
        if existing is not None:
            self._load(existing)

    def _participants_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("参加人员"), self)
        self.people = QTableWidget(0, 2, box)
        self.people.setObjectName("eventPeopleTable")
        self.people.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("角色")])
        self.people.verticalHeader().setVisible(False)
        self.people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.people.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        add = QPushButton(self.tr("添加人员…"), box)
        add.setObjectName("addPeopleButton")
        add.clicked.connect(self.pick_people)
        remove = QPushButton(self.tr("移除"), box)
        remove.setObjectName("removePersonButton")
        remove.clicked.connect(lambda: self.people.removeRow(self.people.currentRow()))
        self.people_error = FieldError(box)
        self.people_error.setObjectName("peopleError")
        self.field_errors["member"] = self.people_error
        self.field_errors["role"] = self.people_error
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.people, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.people_error)
        return box

    def _load(self, full: EventFull) -> None:
        self.title.setText(full.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(full.kind)))
        self.held_on.set_date(full.held_on)
        self.place.setText(full.place)
        self.station.setCurrentIndex(max(0, self.station.findData(full.station_id)))
        self.team.setCurrentIndex(max(0, self.team.findData(full.team_id)))
        self.audience.setValue(full.audience)
        self.description.setPlainText(full.description)
        for member_id, name, role in full.participants:
            self.add_person(member_id, name, enum_of(ParticipationRole, role))

    def add_person(
        self, member_id: int, name: str, role: ParticipationRole = ParticipationRole.PARTICIPANT
    ) -> None:
        """One row: the member's name and a role chooser (主讲, 演员, 组织, 参与)."""
        row = self.people.rowCount()
        self.people.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(MEMBER_ROLE_ID, member_id)
        self.people.setItem(row, 0, item)
        combo = QComboBox(self.people)
        combo.setObjectName(f"roleCombo{row}")
        for choice in ParticipationRole:
            combo.addItem(shown(choice.label), choice.value)
        combo.setCurrentIndex(combo.findData(role.value))
        self.people.setCellWidget(row, 1, combo)

    def pick_people(self) -> None:
        from station_desk.ui.member_picker import MemberPicker

        chosen = MemberPicker.ask(self, self.ctx, multi=True)
        if not chosen:
            return
        ids = [i for i in chosen if i not in {m for m, _r in self.participants()}]
        self.ctx.read(
            lambda s: member_names(s, ids),
            self._add_people,
            parent=self,
        )

    def _add_people(self, pairs: list[tuple[int, str]]) -> None:
        for member_id, name in pairs:
            self.add_person(member_id, name)

    def participants(self) -> list[tuple[int, ParticipationRole]]:
        found = []
        for row in range(self.people.rowCount()):
            member_id = int(cell(self.people, row, 0).data(MEMBER_ROLE_ID))
            combo = self.people.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            found.append((member_id, enum_of(ParticipationRole, str(combo.currentData()))))
        return found

    def local_problems(self) -> list[tuple[str, str]]:
        problems = []
        if not self.title.text().strip():
            problems.append(("title", self.tr("活动名称：必填")))
        return problems + date_problems(self.held_on, "held_on", self.tr("活动日期："), True)

    def data(self) -> EventData:
        held_on = self.held_on.date()
        assert held_on is not None
        station, team = self.station.currentData(), self.team.currentData()
        return EventData(
            title=self.title.text(),
            kind=enum_of(EventKind, str(self.kind.currentData())),
            held_on=held_on,
            place=self.place.text(),
            station_id=int(station) if station is not None else None,
            team_id=int(team) if team is not None else None,
            audience=self.audience.value(),
            description=self.description.toPlainText(),
            participants=tuple(self.participants()),
        )

    def save_job(self) -> Callable[[Any], int]:
        data = self.data()
        if self.existing is None:
            return lambda session: add_event(session, data)
        event_id = self.existing.id

        def update(session: Any) -> int:
            update_event(session, event_id, data)
            return event_id

        return update

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx: DeskContext, existing: EventFull | None = None
    ) -> int | None:
        """The saved event's id, or None when the clerk cancelled."""
        dialog = cls(ctx, existing, parent)
        if dialog.exec() != SavingDialog.DialogCode.Accepted:
            return None
        return int(dialog.saved)


class WorkDialog(SavingDialog):
    """添加/编辑作品: author, title, kind, date, theme; linked to the event shown."""

    topic = "events"

    def __init__(
        self,
        ctx: DeskContext,
        event_id: int | None,
        existing: WorkLine | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.event_id = event_id
        self.existing = existing
        self.setObjectName("workDialog")
        self.setWindowTitle(self.tr("编辑作品") if existing else self.tr("添加作品"))
        self.setMinimumWidth(420)
        self.author = MemberChooser(ctx, self)
        self.author.setObjectName("workAuthor")
        self.add_field(self.tr("作者："), self.author, "author")
        self.title = QLineEdit(self)
        self.title.setObjectName("workTitle")
        self.title.setMaxLength(100)
        self.add_field(self.tr("作品名称："), self.title, "title")
        self.kind = QComboBox(self)
        self.kind.setObjectName("workKind")
        for kind in WorkKind:
            self.kind.addItem(shown(kind.label), kind.value)
        self.add_field(self.tr("类别："), self.kind, "kind")
        self.made_on = DateField(self)
        self.made_on.setObjectName("workMadeOn")
        self.add_field(self.tr("创作时间："), self.made_on, "made_on")
        self.theme = QLineEdit(self)
        self.theme.setObjectName("workTheme")
        self.theme.setMaxLength(100)
        self.add_field(self.tr("主题："), self.theme, "theme")
        self.finish_layout()
        if existing is not None:
            self.author.set_member(existing.author_id, existing.author_name)
            self.title.setText(existing.title)
            self.kind.setCurrentIndex(
                max(0, self.kind.findData(WorkKind.from_label(existing.kind_label).value))
            )
            self.made_on.set_date(existing.made_on)
            self.theme.setText(existing.theme)

    def local_problems(self) -> list[tuple[str, str]]:
        problems = []
        if self.author.member_id is None:
            problems.append(("author", self.tr("作者：请先选择作者")))
        if not self.title.text().strip():
            problems.append(("title", self.tr("作品名称：必填")))
        return problems + date_problems(self.made_on, "made_on", self.tr("创作时间："), False)

    def data(self) -> WorkData:
        assert self.author.member_id is not None
        return WorkData(
            author_id=self.author.member_id,
            title=self.title.text(),
            kind=enum_of(WorkKind, str(self.kind.currentData())),
            made_on=self.made_on.date(),
            theme=self.theme.text(),
            event_id=self.event_id,
        )

    def save_job(self) -> Callable[[Any], int]:
        data = self.data()
        old = self.existing.id if self.existing is not None else None

        def save(session: Any) -> int:
            """An edit changes the work in place: its id and change history are kept."""
            if old is not None:
                update_work(session, old, data)
                return old
            return add_work(session, data)

        return save

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx: DeskContext,
        event_id: int | None,
        existing: WorkLine | None = None,
    ) -> int | None:
        dialog = cls(ctx, event_id, existing, parent)
        if dialog.exec() != SavingDialog.DialogCode.Accepted:
            return None
        return int(dialog.saved)

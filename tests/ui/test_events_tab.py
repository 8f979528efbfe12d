"""The events tab: filters, an event with a speaker and a work, editing and refusals."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from station_desk.db.queries.core import member_detail
from station_desk.db.schema.models import CulturalEvent, Work
from station_desk.domain.enums import EventKind, ParticipationRole, WorkKind
from station_desk.domain.text import normalize_text
from station_desk.ui import errors
from station_desk.ui.context import DeskContext
from station_desk.ui.event_dialogs import EventDialog, WorkDialog
from station_desk.ui.events_tab import EventsTab
from station_desk.ui.tab_forms import SavingDialog
from tests.ui.conftest import drive, shown_tab, wait_idle


@pytest.fixture
def tab(ctx: DeskContext, qtbot: QtBot) -> EventsTab:
    return shown_tab(qtbot, ctx, EventsTab(ctx))


def _two_members(ctx: DeskContext) -> list[tuple[int, str]]:
    from station_desk.db.queries.members import member_rows

    with ctx.ledger.reading() as s:
        rows = member_rows(s).rows[:2]
    return [(r.id, r.name) for r in rows]


def _shown(tab: EventsTab) -> list[Any]:
    return [tab.events_model.record_at(r) for r in range(tab.events_model.rowCount())]


def test_filters_by_kind_year_and_station(tab: EventsTab, qtbot: QtBot) -> None:
    total = tab.events_model.total_count()
    with tab.ctx.ledger.reading() as s:
        assert total == s.scalar(select(func.count()).select_from(CulturalEvent))
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData(EventKind.PARTY_LECTURE.value))
    lectures = _shown(tab)
    assert lectures and {e.kind for e in lectures} == {"party_lecture"}
    assert len(lectures) < total
    assert tab.count_label.text() == f"显示 {len(lectures)} / {total}"
    tab.year_filter.setCurrentIndex(1)
    year = tab.year_filter.currentData()
    assert {e.held_on.year for e in _shown(tab)} <= {year}
    tab.kind_filter.setCurrentIndex(0)
    tab.year_filter.setCurrentIndex(0)
    station = next(e.station_id for e in tab.events_model.all_records() if e.station_id)
    tab.station_filter.setCurrentIndex(tab.station_filter.findData(station))
    assert {e.station_id for e in _shown(tab)} == {station}
    wait_idle(qtbot, tab.ctx)
    current = tab.current_event()
    assert current is not None and current.station_id == station


def test_create_event_with_speaker_and_work(
    tab: EventsTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    (speaker_id, speaker), (other_id, other) = _two_members(tab.ctx)
    from station_desk.ui import member_picker

    monkeypatch.setattr(member_picker.MemberPicker, "ask", lambda *_a, **_k: [other_id])

    def fill_event(dialog: EventDialog) -> None:
        dialog.title.setText("学习贯彻党的二十大精神宣讲")
        dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.PARTY_LECTURE.value))
        dialog.held_on.setText("2026-07-01")
        dialog.place.setText("翠屏社区党群服务中心")
        dialog.audience.setValue(120)
        dialog.add_person(speaker_id, speaker, ParticipationRole.SPEAKER)
        dialog.pick_people()
        qtbot.waitUntil(lambda: dialog.people.rowCount() == 2)

    drive(monkeypatch, qtbot, EventDialog, fill_event)
    tab.add_event()
    wait_idle(qtbot, tab.ctx)
    wait_idle(qtbot, tab.ctx)
    event = tab.current_event()
    assert event is not None and event.title == "学习贯彻党的二十大精神宣讲"
    assert (event.audience, event.participants, event.kind_label) == (120, 2, "党课")
    people = {p.name: p.role_label for p in tab.people_model.all_records()}
    assert people == {speaker: "主讲", other: "参与"}
    assert tab.people_model.record_at(0).name == speaker

    monkeypatch.setattr(member_picker.MemberPicker, "ask", lambda *_a, **_k: [speaker_id])

    def fill_work(dialog: WorkDialog) -> None:
        dialog.author.pick_button.click()
        qtbot.waitUntil(lambda: dialog.author.member_id == speaker_id)
        dialog.title.setText("沁园春·初心")
        dialog.kind.setCurrentIndex(dialog.kind.findData(WorkKind.CALLIGRAPHY.value))
        dialog.made_on.setText("2026-06-20")

    drive(monkeypatch, qtbot, WorkDialog, fill_work)
    tab.add_work()
    wait_idle(qtbot, tab.ctx)
    wait_idle(qtbot, tab.ctx)
    works = tab.works_model.all_records()
    assert [(w.title, w.kind_label, w.author_name) for w in works] == [
        ("沁园春·初心", "书法", speaker)
    ]
    current = tab.current_event()
    assert current is not None and current.id == event.id and current.works == 1
    with tab.ctx.ledger.reading() as s:
        detail = member_detail(s, speaker_id)
    assert any(e.event_id == event.id and e.role_label == "主讲" for e in detail.events)
    assert any(w.title == "沁园春·初心" for w in detail.works)


def test_edit_event_changes_roles_and_edit_work_replaces_it(
    tab: EventsTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_works = tab.events_model.row_of(lambda e: e.works > 0)
    tab.events_view.selectRow(with_works)
    wait_idle(qtbot, tab.ctx)
    event = tab.current_event()
    assert event is not None
    tab.works_view.selectRow(0)
    work = tab.works_model.record_at(0)
    with tab.ctx.ledger.reading() as s:
        before = s.scalar(select(func.count()).select_from(Work))

    def fill_work(dialog: WorkDialog) -> None:
        assert dialog.author.member_id == work.author_id
        assert dialog.title.text() == work.title
        dialog.title.setText(work.title + "（修订）")

    drive(monkeypatch, qtbot, WorkDialog, fill_work)
    tab.edit_work()
    wait_idle(qtbot, tab.ctx)
    titles = [w.title for w in tab.works_model.all_records()]
    assert normalize_text(work.title + "（修订）") in titles and work.title not in titles
    with tab.ctx.ledger.reading() as s:
        assert s.scalar(select(func.count()).select_from(Work)) == before

    (member_id, name), _ = _two_members(tab.ctx)

    def fill_event(dialog: EventDialog) -> None:
        assert dialog.title.text() == event.title
        dialog.add_person(member_id, name, ParticipationRole.ORGANIZER)

    drive(monkeypatch, qtbot, EventDialog, fill_event)
    tab.edit_event()
    wait_idle(qtbot, tab.ctx)
    wait_idle(qtbot, tab.ctx)
    roles = {p.member_id: p.role_label for p in tab.people_model.all_records()}
    assert roles.get(member_id) == "组织"
    assert len(roles) == event.participants + 1


def test_event_needs_a_title_and_a_real_date(tab: EventsTab, qtbot: QtBot) -> None:
    before = tab.events_model.total_count()
    dialog = EventDialog(tab.ctx)
    qtbot.addWidget(dialog)
    dialog.held_on.setText("2026-02-30")
    dialog.save_button.click()
    wait_idle(qtbot, tab.ctx)
    assert "活动名称" in dialog.field_errors["title"].text()
    assert "没有这一天" in dialog.field_errors["held_on"].text()
    dialog.title.setText("迎新春联欢")
    dialog.held_on.setText("2099-01-01")
    dialog.save_button.click()
    wait_idle(qtbot, tab.ctx)
    assert not dialog.field_errors["held_on"].isHidden()
    assert dialog.result() != SavingDialog.DialogCode.Accepted
    assert tab.events_model.total_count() == before


def test_event_models_pass_qmodeltester(tab: EventsTab, qtbot: QtBot, qtmodeltester: Any) -> None:
    row = tab.events_model.row_of(lambda e: e.works > 0)
    tab.events_view.selectRow(row)
    wait_idle(qtbot, tab.ctx)
    assert tab.works_model.rowCount() > 0
    qtmodeltester.check(tab.works_model)
    qtmodeltester.check(tab.events_model)


def test_keys_reach_the_tab_inside_the_main_window(
    window: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+N and Delete are window shortcuts too; in a tab's table the tab must win."""
    calls: list[str] = []
    monkeypatch.setattr(EventDialog, "ask", classmethod(lambda *_a, **_k: calls.append("new")))

    def refuse(*_a: object) -> bool:
        calls.append("asked")
        return False

    monkeypatch.setattr(errors, "ask_yes_no", refuse)
    tab = window.tab("eventsTab")
    window.tabs.setCurrentWidget(tab)
    wait_idle(qtbot, tab.ctx)
    tab.events_view.setFocus()
    qtbot.keyClick(tab.events_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.events_view, Qt.Key.Key_Delete)
    assert calls == ["new", "asked"]

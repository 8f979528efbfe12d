"""Tabs stay true after writes elsewhere: posts reach the 职务 column, an edited work keeps its id."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from station_desk.db.schema.models import ChangeLog, Work
from station_desk.domain.enums import GridPostKind
from station_desk.domain.inputs import GridPostData
from station_desk.domain.text import normalize_text
from station_desk.services.posts import assign_grid_post
from station_desk.ui.context import DeskContext
from station_desk.ui.event_dialogs import WorkDialog
from station_desk.ui.events_tab import EventsTab
from station_desk.ui.main_window import MainWindow
from tests.ui.conftest import wait_idle


def test_members_tab_shows_a_post_assigned_under_the_grids_topic(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot
) -> None:
    tab = window.members_tab
    member = next(r for r in tab.model.all_records() if not tab.lookup.post_kinds(r))
    grid_id = ctx.choices("grid")[0].id
    data = GridPostData(member.id, grid_id, GridPostKind.BUILDING_LEADER, date(2024, 1, 1), "3号楼")
    ctx.write(lambda s: assign_grid_post(s, data), topic="grids")
    wait_idle(qtbot, ctx)
    row = next(r for r in tab.model.all_records() if r.id == member.id)
    assert GridPostKind.BUILDING_LEADER.value in tab.lookup.post_kinds(row)
    assert GridPostKind.BUILDING_LEADER.label in tab.lookup.posts(row)


def test_editing_a_work_in_the_tab_keeps_its_id_and_history(
    ctx: DeskContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = EventsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    wait_idle(qtbot, ctx)
    tab.events_view.selectRow(tab.events_model.row_of(lambda e: e.works > 0))
    wait_idle(qtbot, ctx)
    tab.works_view.selectRow(0)
    work = tab.works_model.record_at(0)

    def run(dialog: WorkDialog) -> int:
        dialog.theme.setText("庆祝建党")
        dialog.save_button.click()
        qtbot.waitUntil(lambda: ctx.worker.pending == 0, timeout=10000)
        return int(dialog.result())

    monkeypatch.setattr(WorkDialog, "exec", run)
    tab.edit_work()
    wait_idle(qtbot, ctx)
    edited = [w for w in tab.works_model.all_records() if w.id == work.id]
    assert [(w.title, w.theme) for w in edited] == [(normalize_text(work.title), "庆祝建党")]
    with ctx.ledger.reading() as s:
        uuid = s.scalar(select(Work.uuid).where(Work.id == work.id))
        actions = s.scalars(select(ChangeLog.action).where(ChangeLog.row_uuid == uuid)).all()
    assert [a.value for a in actions][-1] == "update"
    assert "delete" not in [a.value for a in actions]

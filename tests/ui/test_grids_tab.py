"""The grids tab: tree, posts with buildings, the refusal without one, ending a post."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from station_desk.db.queries.core import member_posts
from station_desk.db.schema.models import Grid, GridPost
from station_desk.domain.enums import GridPostKind
from station_desk.ui.context import DeskContext
from station_desk.ui.grids_tab import COMMUNITY, GRID, GridsTab
from station_desk.ui.post_dialog import EndPostDialog, PostDialog
from station_desk.ui.tab_forms import ENDED_COLOR, FOREGROUND, SavingDialog
from tests.ui.conftest import drive, shown_tab, wait_idle


@pytest.fixture
def tab(ctx: DeskContext, qtbot: QtBot) -> GridsTab:
    return shown_tab(qtbot, ctx, GridsTab(ctx))


def _open_first_grid(tab: GridsTab, qtbot: QtBot) -> int:
    grid = next(g for c in tab.tree_data for g in c.grids if g.residents)
    assert tab.select_node(GRID, grid.id)
    wait_idle(qtbot, tab.ctx)
    return grid.id


def _grid_post_count(ctx: DeskContext) -> int:
    with ctx.ledger.reading() as s:
        return int(s.scalar(select(func.count()).select_from(GridPost)) or 0)


def test_tree_lists_every_grid_and_shows_residents(tab: GridsTab, qtbot: QtBot) -> None:
    with tab.ctx.ledger.reading() as s:
        stored = int(s.scalar(select(func.count()).select_from(Grid)) or 0)
    grids = [item for item in tab._items() if item.data(0, 0x0100)[0] == GRID]
    assert len(grids) == stored
    _open_first_grid(tab, qtbot)
    assert tab.residents_model.rowCount() > 0
    shown = {tab.residents_model.record_at(r).grid for r in range(tab.residents_model.rowCount())}
    assert len(shown) == 1
    assert "/" in tab.resident_count.text()


def test_assign_building_leader_with_building(
    tab: GridsTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    grid_id = _open_first_grid(tab, qtbot)
    resident = tab.residents_model.record_at(0)
    from station_desk.ui import member_picker

    monkeypatch.setattr(member_picker.MemberPicker, "ask", lambda *_a, **_k: [resident.id])

    def fill(dialog: PostDialog) -> None:
        dialog.member.pick_button.click()
        qtbot.waitUntil(lambda: dialog.member.member_id == resident.id)
        dialog.kind.setCurrentIndex(dialog.kind.findData(GridPostKind.BUILDING_LEADER.value))
        assert dialog.building.isEnabled()
        dialog.building.setText("18号楼")

    opened = drive(monkeypatch, qtbot, PostDialog, fill)
    tab.assign_post()
    wait_idle(qtbot, tab.ctx)
    assert opened and isinstance(opened[0], PostDialog)
    assert opened[0].member.name_label.text() == resident.name
    records = tab.posts_model.all_records()
    mine = [p for p in records if p.member_id == resident.id and p.building == "18号楼"]
    assert len(mine) == 1 and mine[0].kind_label == "楼长" and mine[0].until is None
    with tab.ctx.ledger.reading() as s:
        posts = member_posts(s, resident.id)
    assert any(p.building == "18号楼" and p.kind == "building_leader" for p in posts)
    assert tab.current_node() == (GRID, grid_id)


def test_building_leader_without_building_is_refused(tab: GridsTab, qtbot: QtBot) -> None:
    grid_id = _open_first_grid(tab, qtbot)
    before = _grid_post_count(tab.ctx)
    dialog = PostDialog(tab.ctx, place="某网格", grid_id=grid_id)
    qtbot.addWidget(dialog)
    dialog.member.set_member(tab.residents_model.record_at(0).id, "某人")
    dialog.kind.setCurrentIndex(dialog.kind.findData(GridPostKind.BUILDING_LEADER.value))
    dialog.building.setText("   ")
    dialog.save_button.click()
    wait_idle(qtbot, tab.ctx)
    error = dialog.field_errors["building"]
    assert not error.isHidden() and "楼栋" in error.text()
    assert dialog.result() != SavingDialog.DialogCode.Accepted
    assert _grid_post_count(tab.ctx) == before


def test_service_refusal_lands_beside_the_field(tab: GridsTab, qtbot: QtBot) -> None:
    grid_id = _open_first_grid(tab, qtbot)
    held = next(p for p in tab.posts_model.all_records() if p.until is None)
    before = _grid_post_count(tab.ctx)
    dialog = PostDialog(tab.ctx, place="某网格", grid_id=grid_id)
    qtbot.addWidget(dialog)
    dialog.member.set_member(held.member_id, held.member_name)
    dialog.kind.setCurrentIndex(dialog.kind.findData(held.kind))
    dialog.building.setText(held.building)
    dialog.save_button.click()
    wait_idle(qtbot, tab.ctx)
    error = dialog.field_errors["kind"]
    assert not error.isHidden() and held.member_name in error.text()
    assert dialog.save_button.isEnabled()
    assert _grid_post_count(tab.ctx) == before


def test_end_post_turns_it_grey(
    tab: GridsTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open_first_grid(tab, qtbot)
    post = tab.posts_model.record_at(0)
    assert post.until is None
    tab.posts_view.selectRow(0)
    drive(monkeypatch, qtbot, EndPostDialog, lambda d: d.until.setText("2026-01-31"))
    tab.end_post()
    wait_idle(qtbot, tab.ctx)
    row = tab.posts_model.row_of(lambda p: p.id == post.id)
    ended = tab.posts_model.record_at(row)
    assert ended.until is not None and ended.until.isoformat() == "2026-01-31"
    assert row > 0 or tab.posts_model.rowCount() == 1
    color = tab.posts_model.data(tab.posts_model.index(row, 0), FOREGROUND)
    assert color == ENDED_COLOR


def test_community_node_offers_community_posts(tab: GridsTab, qtbot: QtBot) -> None:
    community = max(tab.tree_data, key=lambda c: c.residents)
    assert tab.select_node(COMMUNITY, community.id)
    wait_idle(qtbot, tab.ctx)
    labels = {p.kind_label for p in tab.posts_model.all_records()}
    assert labels and labels <= {"社区第一书记", "社区党建指导员", "宣传员"}
    assert tab.residents_model.total_count() == community.residents
    dialog = PostDialog(tab.ctx, place=community.name, community_id=community.id)
    qtbot.addWidget(dialog)
    kinds = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert kinds == ["社区第一书记", "社区党建指导员", "宣传员"]


def test_add_grid_to_community(
    tab: GridsTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    community = tab.tree_data[0]
    tab.select_node(COMMUNITY, community.id)
    wait_idle(qtbot, tab.ctx)
    monkeypatch.setattr(tab, "_ask_text", lambda *_a: "第九网格")
    tab.add_grid()
    wait_idle(qtbot, tab.ctx)
    wait_idle(qtbot, tab.ctx)
    names = [g.name for c in tab.tree_data if c.id == community.id for g in c.grids]
    assert "第九网格" in names
    node = tab.current_node()
    assert node is not None and node[0] == GRID
    assert tab.title.text() == f"{community.name} 第九网格"


def test_posts_model_passes_qmodeltester(tab: GridsTab, qtbot: QtBot, qtmodeltester: Any) -> None:
    _open_first_grid(tab, qtbot)
    assert tab.posts_model.rowCount() > 0
    qtmodeltester.check(tab.posts_model)

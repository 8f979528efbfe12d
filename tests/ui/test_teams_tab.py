"""The teams tab: record an activity with hours and donations, add members, leave, refuse."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from station_desk.db.queries.core import member_detail
from station_desk.db.schema.models import Donation, ServiceActivity
from station_desk.domain.enums import DonationKind
from station_desk.domain.inputs import DonationData
from station_desk.ui.activity_dialog import HOURS_COL, MEMBER_ID, NAME_COL, ActivityDialog
from station_desk.ui.context import DeskContext
from station_desk.ui.donation_dialog import DonationDialog
from station_desk.ui.tab_forms import ENDED_COLOR, FOREGROUND, SavingDialog, cell
from station_desk.ui.team_dialogs import AddMembersDialog, LeaveTeamDialog, TeamDialog
from station_desk.ui.teams_tab import TeamsTab
from tests.ui.conftest import drive, shown_tab, wait_idle


@pytest.fixture
def tab(ctx: DeskContext, qtbot: QtBot) -> TeamsTab:
    return shown_tab(qtbot, ctx, TeamsTab(ctx))


def _open_team(tab: TeamsTab, qtbot: QtBot, name: str = "老干部博爱驿站") -> int:
    team = next(t for t in tab.teams_model.all_records() if t.name == name)
    assert tab.select_team(team.id)
    wait_idle(qtbot, tab.ctx)
    return team.id


def _minutes(ctx: DeskContext, member_id: int) -> tuple[int, int]:
    with ctx.ledger.reading() as s:
        detail = member_detail(s, member_id)
    return detail.minutes_this_year, detail.minutes_total


def test_record_activity_for_three_members_shows_their_hours(
    tab: TeamsTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    team_id = _open_team(tab, qtbot)
    current = [m for m in tab.members if m.left_on is None][:3]
    ids = [m.member_id for m in current]
    before = {i: _minutes(tab.ctx, i) for i in ids}
    activities_before = tab.activities_model.total_count()

    def fill(dialog: ActivityDialog) -> None:
        dialog.title.setText("重阳节走访慰问")
        dialog.category.setCurrentText("关爱老人")
        dialog.beneficiaries.setValue(36)
        assert dialog.table.rowCount() == len({m.member_id for m in tab.members})
        dialog.select_all.click()
        assert len(dialog.chosen_ids()) == dialog.table.rowCount()
        dialog.select_all.click()
        assert dialog.chosen_ids() == []
        for member_id in ids:
            assert dialog.set_checked(member_id)
        dialog.default_hours.setText("2")
        row = next(
            r
            for r in range(dialog.table.rowCount())
            if cell(dialog.table, r, NAME_COL).data(MEMBER_ID) == ids[2]
        )
        cell(dialog.table, row, HOURS_COL).setText("1.5")
        dialog.default_hours.setText("3")
        dialog.add_pending_donation(
            DonationData(DonationKind.MONEY, date.today(), team_id=team_id, amount_fen=50000)
        )
        assert dialog.hours_by_member() == {ids[0]: "3", ids[1]: "3", ids[2]: "1.5"}

    opened = drive(monkeypatch, qtbot, ActivityDialog, fill)
    tab.record_activity()
    wait_idle(qtbot, tab.ctx)
    assert opened[0].result() == SavingDialog.DialogCode.Accepted
    after = {i: _minutes(tab.ctx, i) for i in ids}
    assert after[ids[0]][0] - before[ids[0]][0] == 180
    assert after[ids[1]][1] - before[ids[1]][1] == 180
    assert after[ids[2]][0] - before[ids[2]][0] == 90
    assert tab.activities_model.total_count() == activities_before + 1
    newest = tab.activities_model.record_at(0)
    assert (newest.title, newest.participants, newest.minutes) == ("重阳节走访慰问", 3, 450)
    assert newest.beneficiaries == 36
    with tab.ctx.ledger.reading() as s:
        money = s.scalar(select(Donation.amount_fen).where(Donation.activity_id == newest.id))
    assert money == 50000
    team = next(t for t in tab.teams_model.all_records() if t.id == team_id)
    assert team.minutes_this_year >= 450


def test_bad_hours_are_refused_by_the_table(
    tab: TeamsTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    team_id = _open_team(tab, qtbot)
    with tab.ctx.ledger.reading() as s:
        before = s.scalar(select(func.count()).select_from(ServiceActivity))
    dialog = ActivityDialog(tab.ctx, team_id, "老干部博爱驿站", tab.members)
    qtbot.addWidget(dialog)
    dialog.title.setText("环境整治")
    dialog.set_all_checked(True)
    dialog.default_hours.setText("两小时")
    dialog.save_button.click()
    wait_idle(qtbot, tab.ctx)
    assert not dialog.hours_error.isHidden()
    assert "服务时长" in dialog.hours_error.text()
    dialog.default_hours.setText("30")
    dialog.save_button.click()
    wait_idle(qtbot, tab.ctx)
    assert "24" in dialog.hours_error.text()
    assert dialog.result() != SavingDialog.DialogCode.Accepted
    with tab.ctx.ledger.reading() as s:
        assert s.scalar(select(func.count()).select_from(ServiceActivity)) == before


def test_edit_activity_keeps_individual_hours(
    tab: TeamsTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open_team(tab, qtbot)
    tab.detail.setCurrentIndex(1)
    tab.activities_view.selectRow(0)
    original = tab.activities_model.record_at(0)
    seen: dict[int, str] = {}

    def fill(dialog: ActivityDialog) -> None:
        seen.update(dialog.hours_by_member())
        dialog.place.setText("孝直镇敬老院")

    drive(monkeypatch, qtbot, ActivityDialog, fill)
    tab.edit_activity()
    wait_idle(qtbot, tab.ctx)
    wait_idle(qtbot, tab.ctx)
    assert len(seen) == original.participants
    edited = tab.activities_model.record_at(
        tab.activities_model.row_of(lambda a: a.id == original.id)
    )
    assert edited.place == "孝直镇敬老院"
    assert (edited.participants, edited.minutes) == (original.participants, original.minutes)


def test_add_several_members_then_one_leaves(
    tab: TeamsTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    team_id = _open_team(tab, qtbot, "乐康艺术团")
    inside = {m.member_id for m in tab.members}
    with tab.ctx.ledger.reading() as s:
        from station_desk.db.queries.members import member_rows

        outsiders = [r.id for r in member_rows(s).rows if r.id not in inside][:2]
    from station_desk.ui import member_picker

    monkeypatch.setattr(member_picker.MemberPicker, "ask", lambda *_a, **_k: list(outsiders))
    count_before = next(t for t in tab.teams_model.all_records() if t.id == team_id).member_count
    drive(monkeypatch, qtbot, AddMembersDialog, lambda d: d.joined_on.setText("2025-03-01"))
    tab.add_members()
    wait_idle(qtbot, tab.ctx)
    wait_idle(qtbot, tab.ctx)
    team = next(t for t in tab.teams_model.all_records() if t.id == team_id)
    assert team.member_count == count_before + 2
    added = [m for m in tab.members if m.member_id in outsiders]
    assert len(added) == 2 and all(m.role == "队员" for m in added)

    row = tab.members_model.row_of(lambda m: m.member_id == outsiders[0])
    tab.members_view.selectRow(row)
    drive(monkeypatch, qtbot, LeaveTeamDialog, lambda d: d.left_on.setText("2026-02-01"))
    tab.leave_team()
    wait_idle(qtbot, tab.ctx)
    row = tab.members_model.row_of(lambda m: m.member_id == outsiders[0])
    left = tab.members_model.record_at(row)
    assert left.left_on is not None
    assert tab.members_model.data(tab.members_model.index(row, 0), FOREGROUND) == ENDED_COLOR


def test_new_team_is_selected_and_duplicate_name_refused(
    tab: TeamsTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: TeamDialog) -> None:
        dialog.name.setText("银龄书画队")
        dialog.focus.setText("书画进社区")

    drive(monkeypatch, qtbot, TeamDialog, fill)
    tab.add_team()
    wait_idle(qtbot, tab.ctx)
    wait_idle(qtbot, tab.ctx)
    current = tab.current_team()
    assert current is not None and current.name == "银龄书画队"
    assert current.member_count == 0 and current.kind_label == "志愿服务队"

    dialog = TeamDialog(tab.ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("乐康艺术团")
    dialog.save_button.click()
    wait_idle(qtbot, tab.ctx)
    error = dialog.field_errors["team"]
    assert not error.isHidden() and "乐康艺术团" in error.text()
    assert dialog.result() != SavingDialog.DialogCode.Accepted


def test_donation_dialog_checks_amount(qtbot: QtBot) -> None:
    dialog = DonationDialog(1, "队", [(5, "张三")], date(2026, 1, 1))
    qtbot.addWidget(dialog)
    dialog.amount.setText("12.345")
    dialog.try_accept()
    assert not dialog.amount_error.isHidden() and "两位小数" in dialog.amount_error.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData(DonationKind.GOODS.value))
    dialog.donor.setCurrentIndex(1)
    dialog.try_accept()
    assert not dialog.count_error.isHidden()
    dialog.count.setValue(30)
    dialog.description.setText("棉衣")
    dialog.try_accept()
    assert dialog.result() == DonationDialog.DialogCode.Accepted
    data = dialog.data()
    assert (data.member_id, data.team_id, data.item_count, data.amount) == (5, None, 30, "")


def test_hours_that_would_repeat_read_in_the_clerks_language(qapp: object) -> None:
    from station_desk.domain.units import format_hours
    from station_desk.domain.units import hours_cell as cell
    from station_desk.ui.i18n import install_language, summary_words

    def hours_cell(minutes: int) -> str:
        return cell(minutes, summary_words)

    assert [hours_cell(m) for m in (135, 100, 40)] == ["2.25", "1小时40分", "40分"]
    assert hours_cell(100) == format_hours(100)
    install_language("en")
    try:
        assert [hours_cell(m) for m in (135, 100, 40)] == ["2.25", "1 h 40 min", "40 min"]
    finally:
        install_language("zh")

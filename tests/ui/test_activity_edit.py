"""Editing an activity in the dialog is one service call (``save_activity``): a donation
removed and one added are saved together, and a refused donation leaves the ledger as it was
with the dialog open and the reason shown."""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from station_desk.db.queries.teams import activity_full
from station_desk.db.schema.models import Donation
from station_desk.domain.enums import DonationKind
from station_desk.domain.inputs import ActivityData, DonationData
from station_desk.services.activities import record_activity
from station_desk.ui.activity_dialog import ActivityDialog
from station_desk.ui.context import DeskContext
from station_desk.ui.tab_forms import SavingDialog
from station_desk.ui.teams_tab import TeamsTab
from tests.ui.conftest import shown_tab, wait_idle


def _donations(ctx: DeskContext, activity_id: int) -> list[int]:
    with ctx.ledger.reading() as s:
        stmt = select(Donation.amount_fen).where(Donation.activity_id == activity_id)
        return sorted(s.scalars(stmt))


def replace_first_donation(
    dialog: ActivityDialog, qtbot: QtBot, ctx: DeskContext, team_id: int, amount: str
) -> None:
    """Remove the first donation row, add a team donation of ``amount`` yuan, press 保存."""
    dialog.donations.selectRow(0)
    dialog.remove_donation()
    dialog.add_pending_donation(
        # typed yuan times 100, as a caller that did its own arithmetic would hand it over:
        # a third decimal is a fraction of a fen, which the service refuses in words
        DonationData(
            DonationKind.MONEY, date(2024, 5, 1), team_id=team_id, amount_fen=Decimal(amount) * 100
        )
    )
    dialog.try_save()
    wait_idle(qtbot, ctx)


def test_dropping_and_adding_donations_saves_whole_or_not_at_all(
    ctx: DeskContext, qtbot: QtBot
) -> None:
    tab = shown_tab(qtbot, ctx, TeamsTab(ctx))
    team = next(t for t in tab.teams_model.all_records() if t.name == "老干部博爱驿站")
    assert tab.select_team(team.id)
    wait_idle(qtbot, ctx)
    member = next(m for m in tab.members if m.left_on is None)
    gift = DonationData(DonationKind.MONEY, date(2024, 5, 1), team_id=team.id, amount_fen=30000)
    with ctx.ledger.unit_of_work() as s:
        activity_id = record_activity(
            s,
            ActivityData(
                team.id,
                "走访",
                date(2024, 5, 1),
                minutes={member.member_id: 120},
                donations=(gift,),
            ),
        )
    with ctx.ledger.reading() as s:
        full = activity_full(s, activity_id)
    assert full is not None
    dialog = ActivityDialog(ctx, team.id, team.name, tab.members, existing=full)
    qtbot.addWidget(dialog)
    replace_first_donation(dialog, qtbot, ctx, team.id, "12.345")
    assert dialog.result() != SavingDialog.DialogCode.Accepted
    assert "最多两位小数" in dialog.general_error.text()
    assert _donations(ctx, activity_id) == [30000], "the removed donation is still there"
    if os.environ.get("STATION_DESK_SHOTS"):
        dialog.show()
        dialog.grab().save(os.path.join(os.environ["STATION_DESK_SHOTS"], "activity_refused.png"))

    replace_first_donation(dialog, qtbot, ctx, team.id, "20.5")
    assert dialog.result() == SavingDialog.DialogCode.Accepted
    assert dialog.saved == activity_id
    assert _donations(ctx, activity_id) == [2050]

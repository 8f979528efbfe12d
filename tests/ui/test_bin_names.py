"""The recycle bin names a deleted activity by its book's name (志愿服务活动, as the history
does) and the 类别 column is wide enough to show it whole (it was 80 px: "志愿服务…")."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import text

from station_desk.services import activities
from station_desk.ui.context import DeskContext
from station_desk.ui.safekeeping_dialogs import RecycleBinDialog


def test_a_deleted_activity_reads_whole_in_the_bin(ctx: DeskContext, qtbot: QtBot) -> None:
    with ctx.ledger.unit_of_work() as s:
        activity_id = s.execute(text("SELECT id FROM service_activity LIMIT 1")).scalar_one()
        activities.delete_activity(s, activity_id)
    dialog = RecycleBinDialog(ctx.ledger)
    qtbot.addWidget(dialog)
    shown = dialog.table.item(0, 0).text()
    assert shown == "志愿服务活动"
    needed = dialog.table.fontMetrics().horizontalAdvance(shown)
    assert dialog.table.columnWidth(0) > needed

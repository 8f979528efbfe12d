"""Every dialog of the desk, built on the demo ledger: for the guard and the geometry tests.

``DATA_ENTRY`` are the forms a clerk types into (they must ask before losing it);
``ALL_DIALOGS`` adds the other dialogs, which must fit the screen like the forms.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from station_desk.db.queries.core import member_full
from station_desk.db.queries.grids import grid_posts
from station_desk.db.queries.teams import team_members, team_summaries
from station_desk.ui.context import DeskContext

Factory = Callable[[DeskContext], QWidget]


def _first_team(ctx: DeskContext) -> Any:
    with ctx.ledger.reading() as session:
        teams = [(t, team_members(session, t.id)) for t in team_summaries(session)]
        return max(teams, key=lambda pair: sum(m.left_on is None for m in pair[1]))


def member_dialog(ctx: DeskContext) -> QWidget:
    from station_desk.ui.member_dialog import MemberDialog

    return MemberDialog(None, ctx)


def member_edit_dialog(ctx: DeskContext) -> QWidget:
    from station_desk.ui.member_dialog import MemberDialog

    with ctx.ledger.reading() as session:
        existing = member_full(session, 1)
    return MemberDialog(None, ctx, existing)


def activity_dialog(ctx: DeskContext) -> QWidget:
    from station_desk.ui.activity_dialog import ActivityDialog

    team, members = _first_team(ctx)
    return ActivityDialog(ctx, team.id, team.name, members, categories=["助老", "宣讲"])


def event_dialog(ctx: DeskContext) -> QWidget:
    from station_desk.ui.event_dialogs import EventDialog

    return EventDialog(ctx)


def work_dialog(ctx: DeskContext) -> QWidget:
    from station_desk.ui.event_dialogs import WorkDialog

    return WorkDialog(ctx, None)


def team_dialog(ctx: DeskContext) -> QWidget:
    from station_desk.ui.team_dialogs import TeamDialog

    return TeamDialog(ctx)


def add_members_dialog(ctx: DeskContext) -> QWidget:
    from station_desk.ui.team_dialogs import AddMembersDialog

    team, _members = _first_team(ctx)
    return AddMembersDialog(ctx, team.id, team.name, [1, 2], ["甲", "乙"])


def leave_team_dialog(ctx: DeskContext) -> QWidget:
    from station_desk.ui.team_dialogs import LeaveTeamDialog

    _team, members = _first_team(ctx)
    return LeaveTeamDialog(ctx, members[0])


def post_dialog(ctx: DeskContext) -> QWidget:
    from station_desk.ui.post_dialog import PostDialog

    grid = ctx.choices("grid")[0]
    return PostDialog(ctx, place=grid.label, grid_id=grid.id)


def end_post_dialog(ctx: DeskContext) -> QWidget:
    from station_desk.ui.post_dialog import EndPostDialog

    with ctx.ledger.reading() as session:
        post = next(p for g in ctx.choices("grid") for p in grid_posts(session, g.id))
    return EndPostDialog(ctx, post)


def donation_dialog(ctx: DeskContext) -> QWidget:
    from station_desk.ui.donation_dialog import DonationDialog

    return DonationDialog(1, "老干部博爱驿站", [(1, "甲"), (2, "乙")], date(2021, 5, 1))


DATA_ENTRY: dict[str, Factory] = {
    "member": member_dialog,
    "member_edit": member_edit_dialog,
    "activity": activity_dialog,
    "event": event_dialog,
    "work": work_dialog,
    "team": team_dialog,
    "add_members": add_members_dialog,
    "leave_team": leave_team_dialog,
    "post": post_dialog,
    "end_post": end_post_dialog,
    "donation": donation_dialog,
}


def roster_options(_ctx: DeskContext) -> QWidget:
    from station_desk.services.printing import DEFAULT_ROSTER_COLUMNS, ROSTER_FIELDS
    from station_desk.ui.print_dialogs import RosterOptionsDialog

    fields = [(f.key, f.header) for f in ROSTER_FIELDS]
    return RosterOptionsDialog(
        None, fields, DEFAULT_ROSTER_COLUMNS, "离退休干部花名册", "将打印 20 位老同志"
    )


def period_options(_ctx: DeskContext) -> QWidget:
    from station_desk.ui.print_dialogs import PeriodOptionsDialog

    return PeriodOptionsDialog(None, "签到表", "活动", date(2021, 1, 1), date(2021, 12, 31))


def service_record(_ctx: DeskContext) -> QWidget:
    from station_desk.ui.print_dialogs import ServiceRecordDialog

    return ServiceRecordDialog(None, "证明", date(2021, 1, 1), date(2021, 12, 31), {})


def honor(ctx: DeskContext) -> QWidget:
    from station_desk.db.queries.printing_service import hours_candidates
    from station_desk.ui.honor_dialog import HonorDialog, HonorSource

    everyone = HonorSource(
        "hours",
        "全体有服务记录的老同志",
        lambda session, start, end: hours_candidates(session, start, end, 0),
    )
    return HonorDialog(None, ctx, [everyone], "平阴县委老干部局", date(2021, 12, 1))


def backup_to(ctx: DeskContext) -> QWidget:
    from station_desk.ui.safekeeping_dialogs import BackupToDialog

    return BackupToDialog(ctx.ledger)


def restore(ctx: DeskContext) -> QWidget:
    from station_desk.ui.safekeeping_dialogs import RestoreDialog

    return RestoreDialog(ctx.ledger.path)


def recycle_bin(ctx: DeskContext) -> QWidget:
    from station_desk.ui.safekeeping_dialogs import RecycleBinDialog

    return RecycleBinDialog(ctx.ledger)


def damaged(ctx: DeskContext) -> QWidget:
    from station_desk.db.safekeeping.door import Health
    from station_desk.ui.safekeeping_dialogs import DamagedLedgerDialog

    return DamagedLedgerDialog(Health(path=ctx.ledger.path, ok=False, problems=("损坏",)))


def history(ctx: DeskContext) -> QWidget:
    from station_desk.ui.history_dialog import HistoryDialog

    return HistoryDialog(ctx.ledger)


def settings(ctx: DeskContext) -> QWidget:
    from station_desk.ui.settings_dialog import SettingsDialog

    return SettingsDialog(None, ctx)


def picker(ctx: DeskContext) -> QWidget:
    from station_desk.ui.member_picker import MemberPicker

    return MemberPicker(None, ctx)


def import_wizard(ctx: DeskContext) -> QWidget:
    from station_desk.ui.import_wizard import ImportWizard

    return ImportWizard(ctx)


def guide(_ctx: DeskContext) -> QWidget:
    from station_desk.ui.guide import GuideDialog

    return GuideDialog()


def print_preview(ctx: DeskContext) -> QWidget:
    from reportlab.pdfgen.canvas import Canvas

    from station_desk.ui.print_preview import PrintPreview

    path = ctx.ledger.path.with_name("preview.pdf")
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "roster")
    canvas.save()
    return PrintPreview(path, "花名册")


def main_window(ctx: DeskContext) -> QWidget:
    from station_desk.ui.main_window import MainWindow

    return MainWindow(ctx)


ALL_WINDOWS: dict[str, Factory] = {
    **DATA_ENTRY,
    "roster_options": roster_options,
    "period_options": period_options,
    "service_record": service_record,
    "honor": honor,
    "backup_to": backup_to,
    "restore": restore,
    "recycle_bin": recycle_bin,
    "damaged": damaged,
    "history": history,
    "settings": settings,
    "picker": picker,
    "import_wizard": import_wizard,
    "guide": guide,
    "print_preview": print_preview,
    "main_window": main_window,
}

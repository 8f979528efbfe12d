"""The 打印 menu and the print buttons of the tabs: ask options, generate, preview.

``install(window)`` adds the actions. Each print reads what the clerk sees (the members
tab's filter or selection, the current team, event, community or grid), asks a short
options dialog, then runs ``print_jobs.run_print`` on the database worker with progress
and 取消, and opens the preview when the PDF is ready; the window never waits.

reportlab, ``print_jobs`` and the print dialogs are imported on the first print, not when
the menu is built at start-up (about 0.3 s). The tabs' print buttons are added when each
tab is built (``MainWindow.when_built``), so installing them builds no tab. Running a
request, its preview and the tabs' buttons are ``PrintRunner`` (``ui/print_runner.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog

from station_desk.ui.i18n import shown
from station_desk.ui.member_scope import MemberScope, scope_of
from station_desk.ui.print_runner import PrintRunner

if TYPE_CHECKING:
    from station_desk.print_jobs import PrintResult
    from station_desk.services.printing import PrintSettings
    from station_desk.ui.honor_dialog import HonorSource
    from station_desk.ui.print_dialogs import RosterOptions
    from station_desk.ui.print_preview import PrintPreview

COLUMNS_SETTING = "print/roster_columns"


class PrintActions(PrintRunner):
    """Owns the print actions of one main window and the previews it opened."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.previews: list[PrintPreview] = []
        self.last_result: PrintResult | None = None
        self.today: Callable[[], date] = date.today
        menu = window.print_menu
        self.actions: dict[str, QAction] = {}
        for key, text, slot in (
            ("roster", self.tr("花名册（当前筛选/选中）…"), self.print_roster),
            ("grid_posts", self.tr("网格职务花名册"), self.print_grid_posts),
            ("team", self.tr("服务队花名册…"), self.print_team),
            (None, "", None),
            ("honor", self.tr("荣誉证书…"), self.print_honor),
            ("service_record", self.tr("志愿服务记录证明…"), self.print_service_record),
            ("signin", self.tr("签到表…"), self.print_signin),
            (None, "", None),
            ("register", self.tr("证书登记簿"), self.print_register),
            ("reprint", self.tr("补打证书…"), self.print_reprint),
        ):
            if key is None:
                menu.addSeparator()
                continue
            action = QAction(text, window)
            action.setObjectName(f"print_{key}")
            action.triggered.connect(slot)
            menu.addAction(action)
            self.actions[key] = action
        for tab_name, after, text, slot in (
            ("membersTab", "deleteMemberButton", self.tr("打印…"), self.print_roster),
            ("teamsTab", "deleteTeamButton", self.tr("打印花名册…"), self.print_team),
            ("eventsTab", "deleteEventButton", self.tr("打印签到表…"), self.print_signin),
        ):
            window.when_built(
                tab_name,
                lambda tab, n=tab_name, a=after, t=text, s=slot: self._add_button(tab, n, a, t, s),
            )

    # ------------------------------------------------------------------ the prints

    def roster_scope(self) -> MemberScope:
        """What the members tab shows now, and the rows selected among them."""
        return scope_of(self.window.members_tab)

    def roster_title(self) -> str:
        """The paper's heading names the branch (or the station) the table is filtered to:
        a branch's roster headed only 离退休干部花名册 was taken for the whole ledger's."""
        tab = self.window.members_tab
        if tab.branch_filter.currentData() is not None:
            return f"{tab.branch_filter.currentText()}花名册"
        if tab.station_filter.currentData() is not None:
            return f"{tab.station_filter.currentText()}离退休干部花名册"
        return "离退休干部花名册"

    def print_roster(self) -> None:
        from station_desk.services.printing import DEFAULT_ROSTER_COLUMNS

        scope = self.roster_scope()
        if not scope.shown:
            self.info(self.tr("成员页当前没有可打印的老同志。"))
            return
        saved = self.ctx.settings.value(COLUMNS_SETTING, "")
        chosen = tuple(str(saved).split(",")) if saved else DEFAULT_ROSTER_COLUMNS
        self.ask_roster(scope, chosen)

    def ask_roster(
        self, scope: MemberScope, chosen: tuple[str, ...], previous: RosterOptions | None = None
    ) -> None:
        """The roster's options (again, after a refusal: ``previous`` kept), then the print."""
        from station_desk.services.printing import ROSTER_FIELDS
        from station_desk.ui.print_dialogs import RosterOptionsDialog

        fields = [(f.key, f.header) for f in ROSTER_FIELDS]
        again = {"previous": previous} if previous is not None else {}
        options = RosterOptionsDialog.ask(
            self.window, fields, chosen, self.roster_title(), "", scope, **again
        )
        if options is None:
            return
        self.ctx.settings.setValue(COLUMNS_SETTING, ",".join(options.columns))
        self.print_roster_with(scope, options)

    def print_roster_with(self, scope: MemberScope, options: RosterOptions) -> None:
        """Print; a roster too wide for the page is asked about (``roster_refusal``)."""
        from station_desk.db.queries.printing import MemberFilter
        from station_desk.print_jobs import RosterRequest

        ids = options.member_ids or scope.shown
        request = RosterRequest(
            MemberFilter(member_ids=ids),
            options.columns,
            options.full_numbers,
            options.title,
            orientation=options.orientation,  # type: ignore[arg-type]
            two_lines=options.two_lines,
        )
        self.run(request, options.title or self.tr("花名册"))

    def print_grid_posts(self) -> None:
        from station_desk.print_jobs import GridPostRequest

        community_id = grid_id = None
        grids = self.window.tab("gridsTab")
        node = grids.current_node() if grids is not None else None
        if node is not None:
            kind, node_id = node
            community_id = node_id if kind == "community" else None
            grid_id = node_id if kind == "grid" else None
        self.run(GridPostRequest(community_id, grid_id), self.tr("网格职务花名册"))

    def print_team(self) -> None:
        from station_desk.print_jobs import TeamRequest
        from station_desk.ui.print_dialogs import PeriodOptionsDialog

        teams = self.window.tab("teamsTab")
        team = teams.current_team() if teams is not None else None
        if team is None:
            self.info(self.tr("请先在“志愿服务队”页选择一支队伍。"))
            return
        today = self.today()
        options = PeriodOptionsDialog.ask(
            self.window,
            self.tr("服务队花名册"),
            self.tr("{team}：队员及统计期间的服务时长。").format(team=team.name),
            date(today.year, 1, 1),
            today,
        )
        if options is not None:
            request = TeamRequest(team.id, options.start, options.end, options.full_numbers)
            self.run(request, self.tr("{team}花名册").format(team=team.name))

    def honor_sources(self) -> list[HonorSource]:
        from station_desk.ui.honor_actions import honor_sources

        return honor_sources(self)

    def print_honor(self) -> None:
        from station_desk.ui.honor_actions import print_honor

        print_honor(self)

    def print_service_record(self) -> None:
        from station_desk.print_jobs import ServiceRecordRequest
        from station_desk.ui.print_dialogs import ServiceRecordDialog

        tab = self.window.members_tab
        ids = tuple(tab.selected_member_ids())
        if not ids:
            self.info(self.tr("请先在成员页选中要出具证明的老同志（可多选）。"))
            return
        today = self.today()

        def ask(settings: PrintSettings) -> None:
            saved = {
                "issuer": settings.issuer,
                "person_in_charge": settings.person_in_charge,
                "handler": settings.handler or self.ctx.operator,
                "contact": settings.contact,
            }
            intro = self.tr("为选中的 {n} 位老同志出具，时长只取已记录的志愿服务。").format(
                n=len(ids)
            )
            options = ServiceRecordDialog.ask(
                self.window, intro, date(today.year, 1, 1), today, saved
            )
            if options is None:
                return
            request = ServiceRecordRequest(
                ids,
                options.start,
                options.end,
                options.full_numbers,
                options.issuer,
                options.person_in_charge,
                options.handler,
                options.contact,
            )
            self.run(request, self.tr("志愿服务记录证明"))

        self.with_settings(ask)

    def print_signin(self) -> None:
        from station_desk.print_jobs import SigninRequest

        events = self.window.tab("eventsTab")
        event = events.current_event() if events is not None else None
        if event is None:
            self.info(self.tr("请先在“文化活动”页选择一场活动。"))
            return
        rows, ok = QInputDialog.getInt(
            self.window, self.tr("签到表"), self.tr("留给临时来人签到的空行数："), 10, 0, 200
        )
        if ok:
            self.run(
                SigninRequest(event.id, rows), self.tr("{title}签到表").format(title=event.title)
            )

    def print_register(self) -> None:
        from station_desk.print_jobs import RegisterRequest

        self.run(RegisterRequest(), self.tr("证书登记簿"))

    def print_reprint(self) -> None:
        from station_desk.print_jobs import ReprintRequest
        from station_desk.services.certificates import certificate_register

        def ask(issued: list[Any]) -> None:
            if not issued:
                self.info(self.tr("证书登记簿中还没有证书。"))
                return
            items = [
                f"{c.serial}  {c.recipient_name}  {shown(c.kind.label)}" for c in reversed(issued)
            ]
            choice, ok = QInputDialog.getItem(
                self.window, self.tr("补打证书"), self.tr("选择或输入证书编号："), items, 0, True
            )
            serial = choice.split()[0] if ok and choice.strip() else ""
            if serial:
                self.run(ReprintRequest((serial,)), self.tr("补打证书"))

        self.ctx.read(certificate_register, ask, parent=self.window)


def install(window: Any) -> None:
    """Add the 打印 menu's actions and the print buttons to ``window`` (a MainWindow)."""
    window.print_actions = PrintActions(window)

"""志愿服务队: teams with their figures; the selected team's members and activities."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station_desk.db.queries.drilldown import activity_counts
from station_desk.db.queries.teams import (
    activity_categories,
    activity_full,
    team_activities,
    team_members,
    team_summaries,
)
from station_desk.domain import books
from station_desk.domain.filters import ActivityFilter
from station_desk.domain.records import ActivityRow, TeamMemberRow
from station_desk.domain.records_desk import ActivityFull, TeamSummary
from station_desk.services.activities import delete_activity
from station_desk.services.teams import delete_team, remove_team_membership
from station_desk.ui import errors
from station_desk.ui.activity_dialog import ActivityDialog
from station_desk.ui.context import DeskContext
from station_desk.ui.drilldown import DrilldownBanner, describe, number, span, text
from station_desk.ui.i18n import shown_plural
from station_desk.ui.tab_forms import (
    GreyingModel,
    bind_key,
    current_record,
    make_button,
    member_names,
    reselect,
    select_record,
    setup_view,
)
from station_desk.ui.team_columns import activity_columns, team_columns, team_member_columns
from station_desk.ui.team_dialogs import AddMembersDialog, LeaveTeamDialog, TeamDialog

TeamDetail = tuple[list[TeamMemberRow], list[ActivityRow], list[str]]


class TeamsTab(QWidget):
    """The teams tab; tests find its parts by object name."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.members: list[TeamMemberRow] = []
        self.categories: list[str] = []
        self._team_id: int | None = None
        self._activity_test: Callable[[ActivityRow], bool] | None = None
        #: Matching activities per team of the last drill-down without a team (tests read it).
        self.activity_counts: dict[int, int] = {}
        self._build()
        ctx.changed.connect(self._on_changed)
        self.reload()

    def _build(self) -> None:
        self.teams_model = GreyingModel(team_columns(), lambda _t: False, self)
        self.teams_view = QTableView(self)
        self.teams_view.setObjectName("teamsView")
        setup_view(self.teams_view, self.teams_model)
        self.teams_view.selectionModel().currentRowChanged.connect(lambda *_a: self._team_changed())
        self.teams_view.doubleClicked.connect(lambda _i: self.edit_team())
        top = QWidget(self)
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(make_button(self, self.tr("新建队伍…"), "addTeamButton", self.add_team))
        buttons.addWidget(make_button(self, self.tr("编辑队伍…"), "editTeamButton", self.edit_team))
        buttons.addWidget(
            make_button(self, self.tr("删除队伍"), "deleteTeamButton", self.delete_team)
        )
        buttons.addStretch(1)
        self.focus_label = QLabel(self)
        self.focus_label.setObjectName("teamFocusLabel")
        buttons.addWidget(self.focus_label)
        top_box.addLayout(buttons)
        top_box.addWidget(self.teams_view, 1)

        self.members_model = GreyingModel(
            team_member_columns(), lambda m: m.left_on is not None, self
        )
        self.members_view = QTableView(self)
        self.members_view.setObjectName("teamMembersView")
        setup_view(self.members_view, self.members_model)
        members_page = QWidget(self)
        members_box = QVBoxLayout(members_page)
        row = QHBoxLayout()
        row.addWidget(make_button(self, self.tr("添加队员…"), "addMembersButton", self.add_members))
        row.addWidget(make_button(self, self.tr("离队…"), "leaveTeamButton", self.leave_team))
        row.addWidget(
            make_button(
                self, self.tr("删除录入错误"), "removeMembershipButton", self.remove_membership
            )
        )
        row.addStretch(1)
        hint = QLabel(self.tr("灰色为已离队"), self)
        hint.setStyleSheet("color: #757575;")
        row.addWidget(hint)
        members_box.addLayout(row)
        members_box.addWidget(self.members_view, 1)

        self.activities_model = GreyingModel(activity_columns(), lambda _a: False, self)
        self.activities_view = QTableView(self)
        self.activities_view.setObjectName("activitiesView")
        setup_view(self.activities_view, self.activities_model)
        self.activities_view.doubleClicked.connect(lambda _i: self.edit_activity())
        activities_page = QWidget(self)
        activities_box = QVBoxLayout(activities_page)
        row = QHBoxLayout()
        row.addWidget(
            make_button(self, self.tr("记录活动…"), "recordActivityButton", self.record_activity)
        )
        row.addWidget(
            make_button(self, self.tr("编辑活动…"), "editActivityButton", self.edit_activity)
        )
        row.addWidget(
            make_button(self, self.tr("删除活动"), "deleteActivityButton", self.delete_activity)
        )
        row.addStretch(1)
        activities_box.addLayout(row)
        activities_box.addWidget(self.activities_view, 1)

        self.detail = QTabWidget(self)
        self.detail.setObjectName("teamDetailTabs")
        self.detail.addTab(members_page, self.tr("队员"))
        self.detail.addTab(activities_page, shown_plural(books.ACTIVITY))
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("teamsSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([260, 440])
        self.banner = DrilldownBanner(self)
        self.banner.cleared.connect(self.clear_drilldown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter)
        bind_key(self.teams_view, "Ctrl+N", self.add_team)
        bind_key(self.members_view, "Ctrl+N", self.add_members)
        bind_key(self.activities_view, "Ctrl+N", self.record_activity)
        bind_key(self.teams_view, "Del", self.delete_team)
        bind_key(self.activities_view, "Del", self.delete_activity)
        bind_key(self.members_view, "Del", self.leave_team)

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        self.ctx.read(team_summaries, self._teams_loaded, parent=self)

    def _on_changed(self, topic: str) -> None:
        if topic in ("teams", "members", "org"):
            self.reload()

    def _teams_loaded(self, teams: list[TeamSummary]) -> None:
        keep = self._team_id
        self.teams_model.set_records(teams)
        if self.teams_model.rowCount():
            reselect(self.teams_view, self.teams_model, keep)
        else:
            self._team_changed()

    def current_team(self) -> TeamSummary | None:
        return current_record(self.teams_view, self.teams_model)

    def select_team(self, team_id: int) -> bool:
        return select_record(self.teams_view, self.teams_model, team_id)

    def _team_changed(self) -> None:
        team = self.current_team()
        self._team_id = team.id if team else None
        self.focus_label.setText(
            self.tr("服务重点：{focus}").format(focus=team.focus) if team and team.focus else ""
        )
        self._load_detail()

    def _load_detail(self) -> None:
        team_id = self._team_id
        if team_id is None:
            self.members, self.categories = [], []
            self.members_model.set_records([])
            self.activities_model.set_records([])
            return

        def load(session: Any) -> TeamDetail:
            return (
                team_members(session, team_id),
                team_activities(session, team_id),
                activity_categories(session),
            )

        self.ctx.read(load, lambda d: self._detail_loaded(team_id, d), parent=self)

    def _detail_loaded(self, team_id: int, detail: TeamDetail) -> None:
        if team_id != self._team_id:
            return
        self.members, activities, self.categories = detail
        self.members_model.set_records(self.members)
        self.activities_model.set_records(activities)
        current = sum(1 for m in self.members if m.left_on is None)
        self.detail.setTabText(0, self.tr("队员（{n}）").format(n=current))
        shown = self.activities_model.rowCount()
        self.detail.setTabText(
            1,
            self.tr("{book}（{n}）").format(book=shown_plural(books.ACTIVITY), n=len(activities))
            if self._activity_test is None
            else self.tr("{book}（{shown} / {n}）").format(
                book=shown_plural(books.ACTIVITY), shown=shown, n=len(activities)
            ),
        )

    # ------------------------------------------------------------------ drill-down

    def apply_drilldown(self, filters: Mapping[str, object]) -> None:
        """Show the team behind a figure of the 统计 tab, or the station's teams with the one
        that did most of it; period, month and category narrow the activities list."""
        station, team_id = number(filters, "station_id"), number(filters, "team_id")
        start, end = span(filters)
        category = text(filters, "category")
        self.teams_model.set_filter(
            None if station is None else (lambda t: t.station_id == station)
        )
        self._activity_test = None
        if start or end or category is not None:
            wanted = ActivityFilter(category=category, start=start, end=end)
            self._activity_test = lambda a: wanted.matches(a, {})
        self.activities_model.set_filter(self._activity_test)
        self.detail.setCurrentIndex(1 if self._activity_test is not None else 0)
        names = {
            "station_id": self.ctx.choice_label("station", station),
            "team_id": self.ctx.choice_label("team", team_id),
        }
        self.banner.show_text(describe(filters, names))
        self.activity_counts = {}
        if team_id is not None:
            self._select_or_keep(team_id)
        elif self._activity_test is not None:
            counted = ActivityFilter(category=category, start=start, end=end, station_id=station)
            self.ctx.read(lambda s: activity_counts(s, counted), self._counts_loaded, parent=self)
        else:
            self._select_or_keep(self._team_id)

    def _counts_loaded(self, counts: dict[int, int]) -> None:
        self.activity_counts = counts
        shown = [t.id for t in self.teams_model.shown_records()]
        best = max(shown, key=lambda t: counts.get(t, 0), default=None)
        self._select_or_keep(best)

    def _select_or_keep(self, team_id: int | None) -> None:
        """Make ``team_id`` current, or the first team shown when it is not among them."""
        if team_id is not None and self.select_team(team_id):
            return
        if self.teams_model.rowCount():
            self.teams_view.selectRow(0)
        self._team_changed()

    def clear_drilldown(self) -> None:
        """清除: every team and every activity again, the current team kept."""
        keep = self._team_id
        self.banner.hide()
        self._activity_test = None
        self.activity_counts = {}
        self.teams_model.set_filter(None)
        self.activities_model.set_filter(None)
        self._select_or_keep(keep)

    # ------------------------------------------------------------------ team actions

    def add_team(self) -> None:
        team_id = TeamDialog.ask(self, self.ctx)
        if team_id is not None and not self.select_team(team_id):
            self._team_id = team_id

    def edit_team(self) -> None:
        team = self.current_team()
        if team is not None:
            TeamDialog.ask(self, self.ctx, team)

    def delete_team(self) -> None:
        team = self.current_team()
        if team is None or not errors.ask_yes_no(
            self,
            self.tr("删除队伍"),
            self.tr("把“{name}”移入回收站吗？其队员与活动记录随之隐藏，可从回收站恢复。").format(
                name=team.name
            ),
        ):
            return
        team_id = team.id
        self.ctx.write(lambda s: delete_team(s, team_id), topic="teams", confirm_parent=self)

    # ------------------------------------------------------------------ member actions

    def selected_member(self) -> TeamMemberRow | None:
        return current_record(self.members_view, self.members_model)

    def add_members(self) -> None:
        team = self.current_team()
        if team is None:
            return
        from station_desk.ui.member_picker import MemberPicker

        chosen = MemberPicker.ask(self, self.ctx, multi=True)
        if not chosen:
            return
        self.ctx.read(
            lambda s: member_names(s, chosen),
            lambda pairs: self._ask_add_members(team, pairs),
            parent=self,
        )

    def _ask_add_members(self, team: TeamSummary, pairs: list[tuple[int, str]]) -> None:
        ids, names = [i for i, _n in pairs], [n for _i, n in pairs]
        AddMembersDialog.ask(self, self.ctx, team.id, team.name, ids, names)

    def leave_team(self) -> None:
        member = self.selected_member()
        if member is not None and member.left_on is None:
            LeaveTeamDialog.ask(self, self.ctx, member)

    def remove_membership(self) -> None:
        member = self.selected_member()
        if member is None or not errors.ask_yes_no(
            self,
            self.tr("删除录入错误"),
            self.tr("“{name}”的这条队员记录是录入错误、要彻底删除吗？正常离队请用“离队”。").format(
                name=member.name
            ),
        ):
            return
        membership_id = member.membership_id
        self.ctx.write(
            lambda s: remove_team_membership(s, membership_id), topic="teams", confirm_parent=self
        )

    # ------------------------------------------------------------------ activity actions

    def selected_activity(self) -> ActivityRow | None:
        return current_record(self.activities_view, self.activities_model)

    def record_activity(self) -> None:
        team = self.current_team()
        if team is None:
            return
        self.detail.setCurrentIndex(1)
        ActivityDialog.ask(
            self, self.ctx, team.id, team.name, self.members, categories=self.categories
        )

    def edit_activity(self) -> None:
        team, activity = self.current_team(), self.selected_activity()
        if team is None or activity is None:
            return
        activity_id = activity.id
        self.ctx.read(
            lambda s: activity_full(s, activity_id),
            lambda full: self._edit_loaded(team, full),
            parent=self,
        )

    def _edit_loaded(self, team: TeamSummary, full: ActivityFull | None) -> None:
        if full is not None:
            ActivityDialog.ask(
                self,
                self.ctx,
                team.id,
                team.name,
                self.members,
                existing=full,
                categories=self.categories,
            )

    def delete_activity(self) -> None:
        activity = self.selected_activity()
        if activity is None or not errors.ask_yes_no(
            self,
            self.tr("删除活动"),
            self.tr("把 {day} 的“{title}”移入回收站吗？其服务时长不再计入。").format(
                day=activity.held_on.isoformat(), title=activity.title
            ),
        ):
            return
        activity_id = activity.id
        self.ctx.write(
            lambda s: delete_activity(s, activity_id), topic="teams", confirm_parent=self
        )

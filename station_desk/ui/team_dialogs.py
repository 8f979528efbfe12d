"""Dialogs of the teams tab: a team's fields, adding members, a member leaving."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from station_desk.domain.enums import TeamKind
from station_desk.domain.inputs import TeamData
from station_desk.domain.records import TeamMemberRow
from station_desk.domain.records_desk import TeamSummary
from station_desk.services.teams import add_team, add_team_members, leave_team, update_team
from station_desk.ui import terms
from station_desk.ui.context import DeskContext
from station_desk.ui.i18n import shown
from station_desk.ui.tab_forms import MemberChooser, SavingDialog, date_problems, enum_of
from station_desk.ui.widgets import DateField

TEAM_ROLES = terms.TEAM_ROLES
"""Stored as typed, like the demo's roles; shown in the clerk's language (``ui.terms``)."""


class TeamDialog(SavingDialog):
    """新建队伍 / 编辑队伍: name, kind, station, leader, founding date, focus."""

    topic = "teams"

    def __init__(
        self, ctx: DeskContext, team: TeamSummary | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.team = team
        self.setObjectName("teamDialog")
        self.setWindowTitle(self.tr("编辑队伍") if team else self.tr("新建队伍"))
        self.setMinimumWidth(460)
        self.name = QLineEdit(self)
        self.name.setObjectName("teamName")
        self.name.setMaxLength(80)
        self.add_field(self.tr("队伍名称："), self.name, "team", "name")
        self.kind = QComboBox(self)
        self.kind.setObjectName("teamKind")
        for kind in TeamKind:
            self.kind.addItem(shown(kind.label), kind.value)
        self.add_field(self.tr("类别："), self.kind, "kind")
        self.station = QComboBox(self)
        self.station.setObjectName("teamStation")
        self.station.addItem(self.tr("（无）"), None)
        for choice in ctx.choices("station"):
            self.station.addItem(choice.label, choice.id)
        self.add_field(self.tr("所属驿站："), self.station, "station")
        self.leader = MemberChooser(ctx, self, allow_none=True)
        self.leader.setObjectName("teamLeader")
        self.add_field(self.tr("负责人："), self.leader, "leader")
        self.founded_on = DateField(self)
        self.founded_on.setObjectName("teamFoundedOn")
        self.add_field(self.tr("成立时间："), self.founded_on, "founded_on")
        self.focus = QLineEdit(self)
        self.focus.setObjectName("teamFocus")
        self.focus.setMaxLength(200)
        self.focus.setPlaceholderText(self.tr("如 帮扶孤寡老人、环境整治"))
        self.add_field(self.tr("服务重点："), self.focus, "focus")
        self.finish_layout()
        if team is not None:
            self.name.setText(team.name)
            self.kind.setCurrentIndex(max(0, self.kind.findData(team.kind)))
            self.station.setCurrentIndex(max(0, self.station.findData(team.station_id)))
            self.leader.set_member(team.leader_id, team.leader)
            self.founded_on.set_date(team.founded_on)
            self.focus.setText(team.focus)

    def data(self) -> TeamData:
        station = self.station.currentData()
        return TeamData(
            name=self.name.text(),
            kind=enum_of(TeamKind, self.kind.currentData()),
            station_id=int(station) if station is not None else None,
            leader_id=self.leader.member_id,
            founded_on=self.founded_on.date(),
            focus=self.focus.text(),
        )

    def local_problems(self) -> list[tuple[str, str]]:
        problems = []
        if not self.name.text().strip():
            problems.append(("team", self.tr("队伍名称：必填")))
        problems += date_problems(self.founded_on, "founded_on", self.tr("成立时间："), False)
        return problems

    def save_job(self) -> Callable[[Any], int]:
        data = self.data()
        team = self.team
        if team is None:
            return lambda session: add_team(session, data)
        team_id = team.id

        def update(session: Any) -> int:
            update_team(session, team_id, data)
            return team_id

        return update

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx: DeskContext, team: TeamSummary | None = None
    ) -> int | None:
        """The saved team's id, or None when the clerk cancelled."""
        dialog = cls(ctx, team, parent)
        if dialog.exec() != SavingDialog.DialogCode.Accepted:
            return None
        return int(dialog.saved)


class AddMembersDialog(SavingDialog):
    """添加队员: several members from the picker at once, with one role and joining date."""

    topic = "teams"

    def __init__(
        self,
        ctx: DeskContext,
        team_id: int,
        team_name: str,
        member_ids: list[int],
        names: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.team_id = team_id
        self.member_ids = list(member_ids)
        self.setObjectName("addMembersDialog")
        self.setWindowTitle(self.tr("添加队员"))
        self.setMinimumWidth(440)
        self.form.addRow(self.tr("队伍："), QLabel(team_name, self))
        people = QLabel("、".join(names), self)
        people.setObjectName("newMembersLabel")
        people.setWordWrap(True)
        self.add_field(self.tr("老同志（{n} 位）：").format(n=len(member_ids)), people, "member")
        self.role = QComboBox(self)
        self.role.setObjectName("memberRole")
        self.role.setEditable(True)
        self.role.addItems([terms.shown_term(r) for r in TEAM_ROLES])
        self.add_field(self.tr("角色："), self.role, "role")
        self.joined_on = DateField(self)
        self.joined_on.setObjectName("memberJoinedOn")
        self.joined_on.set_date(date.today())
        self.add_field(self.tr("加入时间："), self.joined_on, "joined_on")
        self.finish_layout()

    def local_problems(self) -> list[tuple[str, str]]:
        problems = date_problems(self.joined_on, "joined_on", self.tr("加入时间："), True)
        if not self.role.currentText().strip():
            problems.append(("role", self.tr("角色：必填")))
        return problems

    def save_job(self) -> Callable[[Any], list[int]]:
        team_id, ids, role = (
            self.team_id,
            list(self.member_ids),
            terms.stored_term(self.role.currentText()),
        )
        joined_on = self.joined_on.date()
        assert joined_on is not None
        return lambda session: add_team_members(
            session, team_id, ids, joined_on=joined_on, role=role
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx: DeskContext,
        team_id: int,
        team_name: str,
        member_ids: list[int],
        names: list[str],
    ) -> list[int] | None:
        """The new memberships' ids, or None when the clerk cancelled."""
        dialog = cls(ctx, team_id, team_name, member_ids, names, parent)
        if dialog.exec() != SavingDialog.DialogCode.Accepted:
            return None
        return list(dialog.saved)


class LeaveTeamDialog(SavingDialog):
    """离队: the day a member left; the membership stays with its dates for the figures."""

    topic = "teams"

    def __init__(
        self, ctx: DeskContext, member: TeamMemberRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.member = member
        self.setObjectName("leaveTeamDialog")
        self.setWindowTitle(self.tr("离队"))
        self.setMinimumWidth(360)
        self.form.addRow(
            self.tr("队员："),
            QLabel(
                self.tr("{name}（{role}）").format(
                    name=member.name, role=terms.shown_term(member.role)
                ),
                self,
            ),
        )
        self.form.addRow(self.tr("加入时间："), QLabel(member.joined_on.isoformat(), self))
        self.left_on = DateField(self)
        self.left_on.setObjectName("memberLeftOn")
        self.left_on.set_date(date.today())
        self.add_field(self.tr("离队时间："), self.left_on, "left_on", "member")
        self.finish_layout()

    def local_problems(self) -> list[tuple[str, str]]:
        return date_problems(self.left_on, "left_on", self.tr("离队时间："), True)

    def save_job(self) -> Callable[[Any], None]:
        membership_id, left_on = self.member.membership_id, self.left_on.date()
        assert left_on is not None
        return lambda session: leave_team(session, membership_id, left_on)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: DeskContext, member: TeamMemberRow) -> date | None:
        dialog = cls(ctx, member, parent)
        if dialog.exec() != SavingDialog.DialogCode.Accepted:
            return None
        return dialog.left_on.date()

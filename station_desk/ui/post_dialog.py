"""Assign a post in a grid (网格长, 网格党支部书记, 楼长) or a community, and end one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from station_desk.domain.enums import CommunityPostKind, GridPostKind
from station_desk.domain.inputs import CommunityPostData, GridPostData
from station_desk.domain.records import PostRecord
from station_desk.services.posts import (
    assign_community_post,
    assign_grid_post,
    end_community_post,
    end_grid_post,
)
from station_desk.ui.context import DeskContext
from station_desk.ui.i18n import shown
from station_desk.ui.tab_forms import MemberChooser, SavingDialog, date_problems, enum_of
from station_desk.ui.widgets import DateField


class PostDialog(SavingDialog):
    """任命职务: the member (from the picker), the post, a building for 楼长, the start date."""

    topic = "grids"

    def __init__(
        self,
        ctx: DeskContext,
        *,
        place: str,
        grid_id: int | None = None,
        community_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        if (grid_id is None) == (community_id is None):
            raise ValueError("PostDialog needs exactly one of grid_id and community_id")
        self.grid_id, self.community_id = grid_id, community_id
        self.setObjectName("postDialog")
        self.setWindowTitle(self.tr("任命职务"))
        self.setMinimumWidth(420)
        place_label = QLabel(place, self)
        place_label.setObjectName("postPlaceLabel")
        self.form.addRow(self.tr("地点："), place_label)
        self.member = MemberChooser(ctx, self)
        self.member.setObjectName("postMember")
        self.add_field(self.tr("老同志："), self.member, "member")
        self.kind = QComboBox(self)
        self.kind.setObjectName("postKind")
        kinds = GridPostKind if grid_id is not None else CommunityPostKind
        for kind in kinds:
            self.kind.addItem(shown(kind.label), kind.value)
        self.add_field(self.tr("职务："), self.kind, "kind", "post")
        self.building = QLineEdit(self)
        self.building.setObjectName("postBuilding")
        self.building.setPlaceholderText(self.tr("如 3号楼、3号楼2单元"))
        self.building.setMaxLength(40)
        self.building_error = self.add_field(self.tr("楼栋："), self.building, "building")
        self.since = DateField(self)
        self.since.setObjectName("postSince")
        self.since.set_date(date.today())
        self.add_field(self.tr("任职时间："), self.since, "since")
        self.finish_layout()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def chosen_kind(self) -> GridPostKind | CommunityPostKind:
        """Qt hands a stored enum back as a plain string, so the value is stored and mapped."""
        value = str(self.kind.currentData())
        if self.grid_id is not None:
            return enum_of(GridPostKind, value)
        return enum_of(CommunityPostKind, value)

    def _kind_changed(self) -> None:
        needs_building = self.chosen_kind() is GridPostKind.BUILDING_LEADER
        self.building.setEnabled(needs_building)
        if not needs_building:
            self.building_error.clear_message()

    def local_problems(self) -> list[tuple[str, str]]:
        problems = []
        if self.member.member_id is None:
            problems.append(("member", self.tr("老同志：请先选择任职的老同志")))
        if self.chosen_kind() is GridPostKind.BUILDING_LEADER and not self.building.text().strip():
            problems.append(("building", self.tr("楼栋：楼长须填写所负责的楼栋（如“3号楼”）")))
        return problems + date_problems(self.since, "since", self.tr("任职时间："), True)

    def data(self) -> GridPostData | CommunityPostData:
        member_id, since = self.member.member_id, self.since.date()
        assert member_id is not None and since is not None
        if self.grid_id is not None:
            return GridPostData(
                member_id=member_id,
                grid_id=self.grid_id,
                kind=enum_of(GridPostKind, self.chosen_kind()),
                since=since,
                building=self.building.text() if self.building.isEnabled() else "",
            )
        assert self.community_id is not None
        return CommunityPostData(
            member_id=member_id,
            community_id=self.community_id,
            kind=enum_of(CommunityPostKind, self.chosen_kind()),
            since=since,
        )

    def save_job(self) -> Callable[[Any], int]:
        data = self.data()
        if isinstance(data, GridPostData):
            grid_data = data
            return lambda session: assign_grid_post(session, grid_data)
        community_data = data
        return lambda session: assign_community_post(session, community_data)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx: DeskContext,
        *,
        place: str,
        grid_id: int | None = None,
        community_id: int | None = None,
    ) -> GridPostData | CommunityPostData | None:
        """Open the dialog; the post is saved when this returns its data."""
        dialog = cls(ctx, place=place, grid_id=grid_id, community_id=community_id, parent=parent)
        if dialog.exec() != SavingDialog.DialogCode.Accepted:
            return None
        return dialog.data()


class EndPostDialog(SavingDialog):
    """免去职务: the date the post ended; the post stays in the member's history."""

    topic = "grids"

    def __init__(self, ctx: DeskContext, post: PostRecord, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.post = post
        self.setObjectName("endPostDialog")
        self.setWindowTitle(self.tr("免去职务"))
        self.setMinimumWidth(360)
        what = f"{post.member_name} · {shown(post.kind_label)}" + (
            self.tr("（{building}）").format(building=post.building) if post.building else ""
        )
        self.form.addRow(self.tr("职务："), QLabel(what, self))
        self.form.addRow(self.tr("任职时间："), QLabel(post.since.isoformat(), self))
        self.until = DateField(self)
        self.until.setObjectName("postUntil")
        self.until.set_date(date.today())
        self.add_field(self.tr("离任时间："), self.until, "until", "post")
        self.finish_layout()

    def local_problems(self) -> list[tuple[str, str]]:
        return date_problems(self.until, "until", self.tr("离任时间："), True)

    def save_job(self) -> Callable[[Any], None]:
        until, post_id = self.until.date(), self.post.id
        assert until is not None
        end = end_grid_post if self.post.kind in set(GridPostKind) else end_community_post
        return lambda session: end(session, post_id, until)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: DeskContext, post: PostRecord) -> date | None:
        dialog = cls(ctx, post, parent)
        if dialog.exec() != SavingDialog.DialogCode.Accepted:
            return None
        return dialog.until.date()

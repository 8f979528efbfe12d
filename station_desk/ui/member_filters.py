"""The members tab's filter bar: station, branch, community, grid, post, party, retirement.

The combos say one ``MemberFilter`` (``member_filter``, the typed filter of
``domain/filters``); the table applies its Python interpreter (``predicate``: one closure
over the rows); the search query is the model's own. A drill-down from the 统计 tab sets
the combos it can (``show_filter``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from station_desk.domain.enums import CommunityPostKind, GridPostKind, RetirementKind
from station_desk.domain.filters import LookupFacts, MemberFilter
from station_desk.domain.records import MemberLookup, MemberRow
from station_desk.ui.context import DeskContext
from station_desk.ui.drilldown import choose, enum_label
from station_desk.ui.i18n import shown

ANY = None
RowTest = Callable[[MemberRow], bool]


class MemberFilterBar(QWidget):
    """Seven combos in a row; ``changed`` fires when the clerk (or the bar) changes one."""

    changed = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.station = self._combo("memberStationFilter", 180)
        self.branch = self._combo("memberBranchFilter", 180)
        self.community = self._combo("memberCommunityFilter")
        self.community.currentIndexChanged.connect(lambda _i: self.fill_grids())
        self.grid = self._combo("memberGridFilter", 100)
        self.post = self._combo("memberPostFilter", 110)
        self.party = self._combo("memberPartyFilter", 80)
        self.retirement = self._combo("memberRetirementFilter", 80)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for label, combo in (
            (self.tr("驿站"), self.station),
            (self.tr("支部"), self.branch),
            (self.tr("社区"), self.community),
            (self.tr("网格"), self.grid),
            (self.tr("职务"), self.post),
            (self.tr("党员"), self.party),
            (self.tr("离退休"), self.retirement),
        ):
            row.addWidget(QLabel(label, self))
            row.addWidget(combo)
        row.addStretch(1)

    @property
    def combos(self) -> tuple[QComboBox, ...]:
        return (
            self.station,
            self.branch,
            self.community,
            self.grid,
            self.post,
            self.party,
            self.retirement,
        )

    def _combo(self, name: str, width: int = 130) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setMinimumWidth(width)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return combo

    def _set_items(self, combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
        """全部 and ``items``, keeping the current choice when it is still offered."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("全部"), ANY)
        for label, value in items:
            combo.addItem(label, value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def fill(self) -> None:
        """The choices as the ledger holds them now (stations, branches, places)."""
        ctx = self.ctx
        self._set_items(self.station, [(c.label, c.id) for c in ctx.choices("station")])
        self._set_items(self.branch, [(c.label, c.id) for c in ctx.choices("branch")])
        self._set_items(self.community, [(c.label, c.id) for c in ctx.choices("community")])
        posts = [(shown(k.label), k.value) for k in (*GridPostKind, *CommunityPostKind)]
        self._set_items(self.post, [(self.tr("任一职务"), "*"), *posts])
        self._set_items(self.party, [(self.tr("党员"), True), (self.tr("非党员"), False)])
        self._set_items(self.retirement, [(shown(k.label), k.label) for k in RetirementKind])
        self.fill_grids()

    def fill_grids(self) -> None:
        """The grids of the chosen community (all grids, with their community, if none)."""
        community = self.community.currentData()
        grids = [
            (
                c.label
                if community is not None
                else f"{self.ctx.choice_label('community', c.parent_id)} {c.label}",
                c.id,
            )
            for c in self.ctx.choices("grid")
            if community is None or c.parent_id == community
        ]
        self._set_items(self.grid, grids)
        self.changed.emit()

    def member_filter(self) -> MemberFilter:
        """The combos' choices as the one typed filter (全部 is None: no test)."""
        return MemberFilter(
            station_id=self.station.currentData(),
            branch_id=self.branch.currentData(),
            community_id=self.community.currentData(),
            grid_id=self.grid.currentData(),
            post_kind=self.post.currentData(),
            is_party_member=self.party.currentData(),
            retirement_kind=self.retirement.currentData(),
        )

    def predicate(self, lookup: MemberLookup, extra: RowTest | None = None) -> RowTest | None:
        """One closure over the current choices (``MemberFilter.test``, posts held today
        read in ``lookup``) and ``extra``."""
        mine = self.member_filter().test(LookupFacts(lookup, (), ()), date.today())
        if mine is None or extra is None:
            return mine or extra
        return lambda r: mine(r) and extra(r)

    def show_filter(self, flt: MemberFilter) -> None:
        """Set the combos a drill-down's filter names (station, party, retirement), the rest
        to 全部, without a ``changed`` per combo (the tab refilters once)."""
        for combo in self.combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
        choose(self.station, flt.station_id)
        choose(self.party, flt.is_party_member)
        if flt.retirement_kind is not None:  # an unknown kind chooses no item: 全部
            choose(self.retirement, enum_label(RetirementKind, flt.retirement_kind))
        for combo in self.combos:
            combo.blockSignals(False)

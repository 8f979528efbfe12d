"""The members tab's filter bar: station, branch, community, grid, post, party, retirement.

One closure tests a row against all of them (``predicate``); the search query is the
model's own. A drill-down from the 统计 tab sets the combos it can (``show_drilldown``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from station_desk.domain.enums import CommunityPostKind, GridPostKind, RetirementKind
from station_desk.domain.records import MemberLookup, MemberRow
from station_desk.ui.context import DeskContext
from station_desk.ui.drilldown import choose, enum_label, number
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

    def predicate(self, lookup: MemberLookup, extra: RowTest | None = None) -> RowTest | None:
        """One closure over the current choices and ``extra`` (locals for speed); posts
        held are read in ``lookup``."""
        station = self.station.currentData()
        branch = self.branch.currentData()
        community = self.community.currentData()
        grid = self.grid.currentData()
        post = self.post.currentData()
        party = self.party.currentData()
        retirement = self.retirement.currentData()
        tests: list[RowTest] = []
        if station is not None:
            tests.append(lambda r: r.station_id == station)
        if branch is not None:
            tests.append(lambda r: r.branch_id == branch)
        if community is not None:
            tests.append(lambda r: r.community_id == community)
        if grid is not None:
            tests.append(lambda r: r.grid_id == grid)
        if post == "*":
            tests.append(lookup.holds_post)
        elif post is not None:
            kinds = lookup.post_kinds
            tests.append(lambda r: post in kinds(r))
        if party is not None:
            tests.append(lambda r: r.is_party_member == party)
        if retirement is not None:
            tests.append(lambda r: r.retirement_kind == retirement)
        if extra is not None:
            tests.append(extra)
        if not tests:
            return None
        if len(tests) == 1:
            return tests[0]
        return lambda r: all(t(r) for t in tests)

    def show_drilldown(self, filters: Mapping[str, object]) -> None:
        """Set the combos a drill-down names (station, party, retirement), the rest to 全部,
        without a ``changed`` per combo (the tab refilters once)."""
        for combo in self.combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
        choose(self.station, number(filters, "station_id"))
        party = filters.get("is_party_member")
        choose(self.party, party if isinstance(party, bool) else None)
        if "retirement_kind" in filters:
            choose(self.retirement, enum_label(RetirementKind, filters["retirement_kind"]))
        for combo in self.combos:
            combo.blockSignals(False)

"""What the tabs share when a figure of the 统计 tab leads to them: reading the filter, and
the banner "来自统计：<描述>  [清除]" that says why fewer rows show and lets the clerk go back.

Filter keys are those of ``station_desk.summary.records.Drilldown``; a value of the wrong
type or an unknown key is ignored, so a drill-down never raises. The keys are read, and
turned into the tab's typed filter, by ``summary/drill`` (docs/ARCHITECTURE.md §Filters).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from station_desk.domain.enums import (
    BranchCategory,
    CommunityPostKind,
    DonationKind,
    EventKind,
    Gender,
    GridPostKind,
    LabeledEnum,
    RetirementKind,
    StationKind,
    WorkKind,
)
from station_desk.domain.filters import MemberFilter, kind_label
from station_desk.summary.drill import day, number, span, text

Filters = Mapping[str, object]


translate = QCoreApplication.translate
"""Called as ``translate("Drilldown", "…")`` with both literals, so lupdate extracts each
message under the context it is looked up in (a one-argument alias hides them from it)."""


def enum_label(cls: type[LabeledEnum], value: object) -> str:
    """The label of a drill-down's value, by the filters' one rule (``kind_label``)."""
    return kind_label(cls, str(value))


def describe(filters: Filters, names: Mapping[str, str] | None = None) -> str:
    """The filter in the clerk's words: "党员 · 县老年人大学… · 2021-01-01至2021-12-31".

    ``names`` gives labels the tab knows for ids ("station_id", "team_id", "speaker_id").
    """
    names = names or {}
    f = filters
    parts: list[str] = []
    for key in ("station_id", "team_id"):
        if key in f and names.get(key):
            parts.append(names[key])
    if "station_kind" in f:
        parts.append(enum_label(StationKind, f["station_kind"]))
    if "branch_category" in f:
        parts.append(
            translate("Drilldown", "{kind}支部").format(
                kind=enum_label(BranchCategory, f["branch_category"])
            )
        )
    if isinstance(f.get("is_party_member"), bool):
        parts.append(
            translate("Drilldown", "党员")
            if f["is_party_member"]
            else translate("Drilldown", "非党员")
        )
    if "retirement_kind" in f:
        parts.append(enum_label(RetirementKind, f["retirement_kind"]))
    if "gender" in f:
        parts.append(enum_label(Gender, f["gender"]))
    low, high = number(f, "age_min"), number(f, "age_max")
    if low is not None or high is not None:
        ages = (
            translate("Drilldown", "{low}岁及以上").format(low=low)
            if high is None
            else translate("Drilldown", "{low}—{high}岁").format(low=low or 0, high=high)
        )
        on = day(f, "age_on")
        parts.append(
            ages + (translate("Drilldown", "（{on}）").format(on=on.isoformat()) if on else "")
        )
    kinds = post_kinds(f)
    if kinds:
        held = translate("Drilldown", "或").join(enum_label(_post_enum(k), k) for k in kinds)
        on = day(f, "post_on")
        parts.append(
            held + (translate("Drilldown", "（{on}在任）").format(on=on.isoformat()) if on else "")
        )
    if text(f, "category") is not None:
        parts.append(
            translate("Drilldown", "类别：{c}").format(
                c=f["category"] or translate("Drilldown", "未分类")
            )
        )
    if "kind" in f:
        parts.append(enum_label(EventKind, f["kind"]))
    if "speaker_id" in f:
        parts.append(
            translate("Drilldown", "主讲：{name}").format(name=names.get("speaker_id", ""))
        )
    if "title" in f:
        parts.append(translate("Drilldown", "培训：{title}").format(title=f["title"]))
    if "works_kind" in f:
        kind = f["works_kind"]
        parts.append(
            translate("Drilldown", "作品：{k}").format(
                k=enum_label(WorkKind, kind) if kind else translate("Drilldown", "全部")
            )
        )
    if text(f, "theme") is not None:
        parts.append(
            translate("Drilldown", "作品主题：{t}").format(
                t=f["theme"] or translate("Drilldown", "未注明")
            )
        )
    if names.get("works_loose", "0") != "0":
        parts.append(
            translate("Drilldown", "另有{n}件作品未关联活动").format(n=names["works_loose"])
        )
    if "donation_kind" in f:
        parts.append(enum_label(DonationKind, f["donation_kind"]))
    if text(f, "purpose") is not None:
        parts.append(
            translate("Drilldown", "捐赠用途：{p}").format(
                p=f["purpose"] or translate("Drilldown", "未注明")
            )
        )
    start, end = span(f)
    if start or end:
        parts.append(
            translate("Drilldown", "{start}至{end}").format(
                start=start.isoformat() if start else "", end=end.isoformat() if end else ""
            )
        )
    return " · ".join(parts) or translate("Drilldown", "全部")


def post_kinds(filters: Filters) -> list[str]:
    """Post kind values from ``post_kind`` ("building_leader,grid_leader" allowed)."""
    value = text(filters, "post_kind")
    return [k.strip() for k in value.split(",") if k.strip()] if value else []


def _post_enum(kind: str) -> type[LabeledEnum]:
    return GridPostKind if kind in {k.value for k in GridPostKind} else CommunityPostKind


def choose(combo: QComboBox, value: object) -> None:
    """Select the item holding ``value`` (index 0, 全部, when None or absent)."""
    index = 0
    if value is not None:
        found = (i for i in range(1, combo.count()) if combo.itemData(i) == value)
        index = next(found, 0)
    combo.setCurrentIndex(index)


class DrilldownBanner(QFrame):
    """A yellow line over a tab's rows while a drill-down filter is on; 清除 removes it."""

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drilldownBanner")
        self.setStyleSheet(
            "#drilldownBanner { background: #fff4c2; border: 1px solid #e0c060;"
            " border-radius: 3px; }"
        )
        self.label = QLabel(self)
        self.label.setObjectName("drilldownText")
        self.label.setWordWrap(True)
        self.clear_button = QPushButton(translate("Drilldown", "清除"), self)
        self.clear_button.setObjectName("drilldownClear")
        self.clear_button.clicked.connect(self._clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 3, 4, 3)
        row.addWidget(self.label, 1)
        row.addWidget(self.clear_button)
        self.hide()

    def show_text(self, description: str) -> None:
        self.label.setText(translate("Drilldown", "来自统计：{what}").format(what=description))
        self.show()

    def _clear(self) -> None:
        self.hide()
        self.cleared.emit()


def member_items(flt: MemberFilter) -> dict[str, object]:
    """The filter in the keys ``describe`` words a banner from (its one wording)."""
    items: dict[str, object] = {
        "station_id": flt.station_id,
        "is_party_member": flt.is_party_member,
        "retirement_kind": flt.retirement_kind,
        "gender": flt.gender,
        "age_min": flt.age_min,
        "age_max": flt.age_max,
        "age_on": flt.age_on,
        "post_kind": ",".join(flt.post_kinds) or None,
        "post_on": flt.post_on,
        "branch_category": flt.branch_category,
        "station_kind": flt.station_kind,
    }
    return {k: v for k, v in items.items() if v is not None}

"""How an import row differs from the member the ledger holds, as the clerk reads it.

"将更新：联系电话 138****5678 → 139****1111、入党时间 1968.05 → 1968.05.20": each changed
field, old and new, numbers masked, places by name, dates as written. And whether a sheet's
date only says less than the ledger knows (an import never makes a date vaguer).
"""

from __future__ import annotations

from datetime import date

from station_desk.domain.dates import DAY, MONTH, YEAR, PartialDate, format_date, partial
from station_desk.domain.inputs import MemberData
from station_desk.domain.messages import msg
from station_desk.domain.privacy import mask_id_number, mask_phone
from station_desk.domain.problems import label_of
from station_desk.exchange.errors import listed
from station_desk.services.imports_lookup import OrgNames


def changes_text(names: OrgNames, stored: MemberData, clean: MemberData, changed: list[str]) -> str:
    """Each changed field as "联系电话 139****0000 → 138****1111", joined by 、."""
    places = {
        "community_id": {i: n for n, i in names.communities.items()},
        "grid_id": {i: n for (_, n), i in names.grids.items()},
        "branch_id": {i: n for n, i in names.branches.items()},
        "station_id": {i: n for n, i in names.stations.items()},
    }
    parts = [
        msg(
            "{label} {old} → {new}",
            label=label_of(name.removesuffix("_id")),
            old=_shown_value(name, stored, places),
            new=_shown_value(name, clean, places),
        )
        for name in changed
    ]
    return listed(parts)


def _shown_value(name: str, data: MemberData, places: dict[str, dict[int, str]]) -> str:
    """A field's value as the clerk reads it in a preview (numbers masked, dates as written)."""
    value = getattr(data, name)
    if value is None or value == "":
        return msg("（空）")
    if name in places:
        return places[name].get(value, str(value))
    if name == "phone":
        return mask_phone(value)
    if name == "id_number":
        return mask_id_number(value)
    if isinstance(value, date):
        return format_date(value, getattr(data, f"{name}_precision", DAY))
    if isinstance(value, bool):
        return msg("是") if value else msg("否")
    return getattr(value, "label", None) or str(value)


def less_precise(value: PartialDate, base: MemberData, name: str) -> bool:
    """Whether the sheet's date only says less of what the ledger knows (1968.05 against a
    stored 1968-05-12): the stored date is kept, never made vaguer by an import."""
    stored = partial(getattr(base, name), getattr(base, f"{name}_precision"))
    if stored is None or stored.precision == value.precision:
        return False
    order = (YEAR, MONTH, DAY)
    return order.index(value.precision) < order.index(stored.precision) and (
        value.contains(stored.start)
    )

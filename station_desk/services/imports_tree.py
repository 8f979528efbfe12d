"""The ledger's tree from the sheet: stations, branches, communities and grids a roster
names that the ledger lacks, read the way clerks write them, created with the members.

A station's first roster names branches and grids the new ledger has never heard of. The
dry run lists them (``TreePlan``): "翠屏社区第一网格" in a grid column is community 翠屏社区
and grid 第一网格; a branch's category is guessed from its name (the clerk may change it);
a name that differs from one in the ledger only in how it is written ("翠屏社区一网格",
"翠屏居委会") is offered as that one instead of a new place. Whole-sheet defaults
(``ImportOptions.defaults``) fill rows that name no station, branch or community. With
``create_missing`` the places are created in the import's own transaction, before the
members, so the commit is all or nothing for both.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from station_desk.db.schema.ledger import Ledger
from station_desk.domain.enums import BranchCategory
from station_desk.domain.inputs import BranchData, StationData
from station_desk.domain.messages import msg
from station_desk.exchange.org_names import (
    compact,
    guess_branch_category,
    guess_station_kind,
    name_key,
    split_grid,
    split_subdistrict,
)
from station_desk.exchange.rows import ParsedRow
from station_desk.services.imports_lookup import OrgNames
from station_desk.services.imports_types import ImportOptions
from station_desk.services.org import add_branch, add_community, add_grid, add_station

#: The fields a whole-sheet default may fill, in the order they are shown.
DEFAULT_FIELDS = ("station", "branch", "community")
_KIND_LABELS = {
    "station": msg("驿站"),
    "branch": msg("支部"),
    "community": msg("社区"),
    "grid": msg("网格"),
}


def as_category(value: object) -> BranchCategory:
    """A branch category from its value ("county"), as a combo box hands it back."""
    return next((c for c in BranchCategory if c.value == str(value)), BranchCategory.OTHER)


def place_kind_label(kind: str) -> str:
    """驿站, 支部, 社区 or 网格."""
    return _KIND_LABELS[kind]


@dataclass(frozen=True)
class NewPlace:
    """A place the sheet names and the ledger lacks. ``parent`` is a grid's community, or a
    community's 街道/镇; ``category`` a branch's guessed category."""

    kind: str
    name: str
    parent: str = ""
    category: BranchCategory | None = None
    rows: tuple[int, ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        """What the clerk ticks or unticks: (kind, the name's key, with its community)."""
        return self.kind, name_key(
            f"{self.parent}/{self.name}" if self.kind == "grid" else self.name
        )

    def label(self) -> str:
        """ "网格 翠屏社区 第一网格", "支部 县直机关第一离退休干部党支部（县直）"."""
        what = _KIND_LABELS[self.kind]
        if self.kind == "grid":
            return msg("{what} {parent} {name}", what=what, parent=self.parent, name=self.name)
        if self.kind == "branch" and self.category is not None:
            return msg(
                "{what} {name}（{category}）",
                what=what,
                name=self.name,
                category=self.category.label,
            )
        if self.kind == "community" and self.parent:
            return msg("{what} {name}（{parent}）", what=what, name=self.name, parent=self.parent)
        return msg("{what} {name}", what=what, name=self.name)


@dataclass(frozen=True)
class NearMatch:
    """A name written differently from one in the ledger, taken as that one."""

    kind: str
    written: str
    ledger: str
    rows: tuple[int, ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        return self.kind, compact(self.written)

    def label(self) -> str:
        return msg(
            "{what}“{written}”按台账中的“{ledger}”",
            what=_KIND_LABELS[self.kind],
            written=self.written,
            ledger=self.ledger,
        )


@dataclass(frozen=True)
class TreePlan:
    """What the sheet asks of the ledger's tree, and the defaults it was given."""

    missing: tuple[NewPlace, ...] = ()
    matches: tuple[NearMatch, ...] = ()
    defaults: tuple[tuple[str, str, int], ...] = ()
    """(field, value, rows filled) of each whole-sheet default."""
    created: bool = False

    def lines(self) -> list[str]:
        """The plan as the command line prints it, one line each."""
        found: list[str] = []
        for name, value, filled in self.defaults:
            found.append(
                msg(
                    "整表默认：{what}“{value}”，填入 {n} 行",
                    what=_KIND_LABELS[name],
                    value=value,
                    n=filled,
                )
            )
        for match in self.matches:
            found.append(
                msg(
                    "视为已有：{match}（第 {rows} 行）", match=match.label(), rows=_rows(match.rows)
                )
            )
        for place in self.missing:
            verb = msg("将新建") if not self.created else msg("已新建")
            found.append(
                msg(
                    "{verb}：{place}（第 {rows} 行）",
                    verb=verb,
                    place=place.label(),
                    rows=_rows(place.rows),
                )
                if place.rows
                else msg("{verb}：{place}", verb=verb, place=place.label())
            )
        return found


def _rows(rows: tuple[int, ...]) -> str:
    """ "4、5、10"; past five rows "7、8、9、12、13 等 6"."""
    shown = "、".join(str(r) for r in rows[:5])
    return msg("{rows} 等 {n}", rows=shown, n=len(rows)) if len(rows) > 5 else shown


@dataclass
class _Collect:
    """What the rows name, resolved once per distinct set of names (a roster repeats a
    few branches and grids thousands of times); ``rows`` gathers which rows name each
    missing place or near-miss."""

    names: OrgNames
    options: ImportOptions
    missing: dict[tuple[str, str], NewPlace] = field(default_factory=dict)
    matches: dict[tuple[str, str], NearMatch] = field(default_factory=dict)
    rows: dict[tuple[str, tuple[str, str]], list[int]] = field(default_factory=dict)
    touched: list[tuple[str, tuple[str, str]]] = field(default_factory=list)

    def known(self, kind: str) -> dict[str, int]:
        return {
            "station": self.names.stations,
            "branch": self.names.branches,
            "community": self.names.communities,
        }[kind]

    def _touch(self, what: str, key: tuple[str, str]) -> None:
        self.touched.append((what, key))

    def resolve(self, kind: str, written: str, parent: str = "") -> str:
        """The name to use for ``written``: itself when the ledger has it, the ledger's own
        name for a near-miss (unless the clerk refused that match), else itself, noted as
        missing."""
        text = compact(written)
        table = self.known(kind)
        if text in table:
            return text
        key = name_key(text)
        ledger = next((name for name in table if name_key(name) == key), None)
        return self._matched(kind, text, ledger) or self._missing(kind, text, parent)

    def _matched(self, kind: str, text: str, ledger: str | None) -> str | None:
        if ledger is None or (kind, text) in self.options.refused_matches:
            return None
        self.matches.setdefault((kind, text), NearMatch(kind, text, ledger))
        self._touch("match", (kind, text))
        return ledger

    def _missing(self, kind: str, name: str, parent: str = "") -> str:
        """Note a missing place; the name it will have (the first way the sheet wrote it,
        so "一网格" and "第1网格" below "第一网格" become that one grid)."""
        category = guess_branch_category(name) if kind == "branch" else None
        place = NewPlace(kind, name, parent, category)
        found = self.missing.get(place.key)
        self._touch("missing", place.key)
        if found is not None:
            return found.name
        chosen = dict(self.options.categories).get(name)
        self.missing[place.key] = replace(place, category=chosen or category)
        return name

    def grid(self, community: str, written: str) -> str:
        """A grid within ``community`` (a ledger name, or one about to be created)."""
        text = compact(written)
        community_id = self.names.communities.get(community)
        if community_id is None:
            return self._missing("grid", text, community)
        in_ledger = {name for (cid, name) in self.names.grids if cid == community_id}
        if text in in_ledger:
            return text
        key = name_key(text)
        ledger = next((name for name in in_ledger if name_key(name) == key), None)
        return self._matched("grid", text, ledger) or self._missing("grid", text, community)

    def names_of(
        self, written: tuple[object, ...], defaults: dict[str, str]
    ) -> tuple[dict[str, str], tuple[tuple[str, tuple[str, str]], ...], tuple[str, ...]]:
        """For one row's (station, branch, community, grid): the values to set, what they
        touch (missing places, near-misses), and which defaults filled them."""
        self.touched = []
        values = dict(zip(_NAMED, (compact(v) for v in written), strict=True))
        filled = tuple(name for name, value in defaults.items() if not values[name])
        for name in filled:
            values[name] = defaults[name]
        names = self.names
        grid, community = values["grid"], values["community"]
        if grid and grid not in names.grids_by_name:
            parts = split_grid(grid)
            if parts is not None and (not community or name_key(parts[0]) == name_key(community)):
                community = community or parts[0]
                grid = parts[1]
        subdistrict = ""
        if community and community not in names.communities:
            found, bare = split_subdistrict(community)
            if found and (bare in names.communities or name_key(bare) != name_key(community)):
                community, subdistrict = bare, found
        if community:
            community = self.resolve("community", community, subdistrict)
        if grid and community:
            grid = self.grid(community, grid)
        values["community"], values["grid"] = community, grid
        for name in ("station", "branch"):
            if values[name]:
                values[name] = self.resolve(name, values[name])
        changed = {
            name: value
            for name, value, before in zip(_NAMED, values.values(), written, strict=True)
            if value != (before or "")
        }
        return changed, tuple(self.touched), filled


_NAMED = ("station", "branch", "community", "grid")


def read_tree(
    names: OrgNames, rows: Iterable[ParsedRow], options: ImportOptions
) -> tuple[list[ParsedRow], TreePlan]:
    """The rows as the ledger will read them (defaults filled, combined grid cells split,
    near-misses renamed), and what the ledger lacks."""
    collect = _Collect(names, options)
    defaults = {name: compact(value) for name, value in options.defaults if compact(value)}
    memo: dict[
        tuple[object, ...],
        tuple[dict[str, str], tuple[tuple[str, tuple[str, str]], ...], tuple[str, ...]],
    ] = {}
    filled: dict[str, int] = {}
    result: list[ParsedRow] = []
    for row in rows:
        values = row.values
        written = (
            values.get("station"),
            values.get("branch"),
            values.get("community"),
            values.get("grid"),
        )
        found = memo.get(written)
        if found is None:
            found = memo[written] = collect.names_of(written, defaults)
        changed, touched, defaulted = found
        for touch in touched:
            collect.rows.setdefault(touch, []).append(row.row)
        for name in defaulted:
            filled[name] = filled.get(name, 0) + 1
        result.append(replace(row, values={**values, **changed}) if changed else row)
    missing = [
        replace(p, rows=tuple(dict.fromkeys(collect.rows.get(("missing", key), []))))
        for key, p in collect.missing.items()
        if key not in options.not_created
    ]
    matches = [
        replace(m, rows=tuple(dict.fromkeys(collect.rows.get(("match", key), []))))
        for key, m in collect.matches.items()
    ]
    plan = TreePlan(
        missing=tuple(sorted(missing, key=_order)),
        matches=tuple(matches),
        defaults=tuple((n, v, filled.get(n, 0)) for n, v in defaults.items()),
    )
    return result, plan


def _order(place: NewPlace) -> tuple[int, str, str]:
    return ("station", "branch", "community", "grid").index(place.kind), place.parent, place.name


def create_tree(session: Session, plan: TreePlan) -> TreePlan:
    """Create every missing place of ``plan`` in ``session`` (communities before their grids);
    the plan marked created. The caller's transaction makes it all or nothing."""
    communities: dict[str, int] = {}
    for place in plan.missing:
        if place.kind == "station":
            add_station(session, StationData(name=place.name, kind=guess_station_kind(place.name)))
        elif place.kind == "branch":
            category = as_category(place.category)
            add_branch(session, BranchData(name=place.name, category=category))
        elif place.kind == "community":
            communities[place.name] = add_community(session, place.name, place.parent)
    if any(place.kind == "grid" for place in plan.missing):
        session.flush()
        known = OrgNames.load(session).communities
        for place in plan.missing:
            community_id = communities.get(place.parent) or known.get(place.parent)
            if place.kind == "grid" and community_id is not None:
                add_grid(session, community_id, place.name)
    session.flush()
    return replace(plan, created=True)


def plan_tree(ledger: Ledger, rows: list[ParsedRow], options: ImportOptions) -> TreePlan:
    """What ``rows`` ask of the ledger's tree, read without writing (the wizard's page)."""
    with ledger.reading() as session:
        return read_tree(OrgNames.load(session), rows, options)[1]

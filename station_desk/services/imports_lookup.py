"""Names in a clerk's sheet → ids in the ledger: organisations, teams and members.

An import never creates a community, grid, branch, station or team: an unknown name is a row
problem naming the column and the value, so a typo (翠平社区) does not become a new community.
Members are found by ID number; by name only when the sheet has no ID number and the name is
unique in the ledger. Members in the recycle bin are found too, and reported, never revived.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_desk.db.schema.models import (
    Branch,
    Community,
    Grid,
    Member,
    Station,
    Team,
    TeamMembership,
)
from station_desk.domain.ids import parse_id_number
from station_desk.domain.messages import Message, msg
from station_desk.domain.privacy import mask_id_number
from station_desk.domain.problems import ValidationError, label_of
from station_desk.domain.text import normalize_text
from station_desk.exchange.rows import RowProblem

CHUNK = 900
#: What to do about a station, branch or community the sheet names and the ledger lacks.
WHERE_ORG = msg("请先在“设置”中添加，或改成台账中已有的名称")


@dataclass(frozen=True)
class Found:
    """A member as the import sees them."""

    id: int
    name: str
    deleted: bool


def _compact(text: object) -> str:
    return _compact_text(str(text or ""))


@functools.lru_cache(maxsize=1 << 12)
def _compact_text(text: str) -> str:
    return "".join(normalize_text(text).split())


@dataclass
class OrgNames:
    """Every organisation's id by its name (spaces ignored), loaded once per import."""

    communities: dict[str, int] = field(default_factory=dict)
    grids: dict[tuple[int, str], int] = field(default_factory=dict)
    grids_by_name: dict[str, list[int]] = field(default_factory=dict)
    grid_community: dict[int, int] = field(default_factory=dict)
    branches: dict[str, int] = field(default_factory=dict)
    stations: dict[str, int] = field(default_factory=dict)
    teams: dict[str, int] = field(default_factory=dict)
    team_names: dict[int, str] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> OrgNames:
        names = cls()
        for cid, name in session.execute(select(Community.id, Community.name)):
            names.communities[_compact(name)] = cid
        by_name: dict[str, list[int]] = defaultdict(list)
        for gid, cid, name in session.execute(select(Grid.id, Grid.community_id, Grid.name)):
            names.grids[(cid, _compact(name))] = gid
            names.grid_community[gid] = cid
            by_name[_compact(name)].append(gid)
        names.grids_by_name = dict(by_name)
        names.branches = {
            _compact(n): i for i, n in session.execute(select(Branch.id, Branch.name))
        }
        names.stations = {
            _compact(n): i for i, n in session.execute(select(Station.id, Station.name))
        }
        for tid, name in session.execute(
            select(Team.id, Team.name).where(Team.deleted_at.is_(None))
        ):
            names.teams[_compact(name)] = tid
            names.team_names[tid] = name
        return names


class RowCheck:
    """Collects one row's problems, each naming the sheet's own column title."""

    def __init__(self, row: int, columns: dict[str, str]) -> None:
        self.row = row
        self.columns = columns
        self.problems: list[RowProblem] = []
        self.warnings: list[RowProblem] = []

    def column(self, field_name: str) -> str:
        return self.columns.get(field_name, "")

    def error(self, field_name: str, message: str, *, led: bool = False) -> None:
        """An error of the row; ``led``: ``message`` is a service's, led by the field's
        label, which the column title replaces."""
        problem = self._problem(field_name, message, led)
        if problem not in self.problems:
            self.problems.append(problem)

    def warn(self, field_name: str, message: str, *, led: bool = False) -> None:
        self.warnings.append(self._problem(field_name, message, led))

    def _problem(self, field_name: str, message: str, led: bool) -> RowProblem:
        whole = ""
        if led:
            message, whole = without_label(field_name, message)
        return RowProblem(self.row, self.column(field_name), field_name, message, whole)

    def has(self, field_name: str) -> bool:
        return any(p.field == field_name for p in self.problems)

    def reference(
        self, table: dict[str, int], field_name: str, value: object, what: str, where: str
    ) -> int | None:
        """The id of a named organisation, or an error saying it is not in the ledger."""
        text = _compact(value)
        if not text:
            return None
        found = table.get(text)
        if found is None:
            self.error(
                field_name,
                msg(
                    "台账中没有{what}“{value}”，{where}",
                    what=what,
                    value=normalize_text(str(value)),
                    where=where,
                ),
            )
        return found

    def grid(self, names: OrgNames, community_id: int | None, value: object) -> int | None:
        """A grid by name within its community; by name alone only when no other shares it."""
        text = _compact(value)
        if not text:
            return None
        shown = normalize_text(str(value))
        if community_id is not None:
            found = names.grids.get((community_id, text))
            if found is None:
                self.error(
                    "grid", msg("所填社区中没有网格“{grid}”，请先在“网格”中添加", grid=shown)
                )
            return found
        candidates = names.grids_by_name.get(text, [])
        if len(candidates) == 1:
            return candidates[0]
        if not candidates:
            self.error("grid", msg("台账中没有网格“{grid}”，请先在“网格”中添加", grid=shown))
        else:
            self.error(
                "grid",
                msg("有 {n} 个社区都有“{grid}”，请同时填写“社区”", n=len(candidates), grid=shown),
            )
        return None


def without_label(field_name: str, message: str) -> tuple[str, str]:
    """A service's message without the field's label in front (the column title leads it
    in the sheet), and the message whole when what is left is no message of its own ("",
    else): ``RowProblem.part`` shows it led by the column title, translated."""
    prefix = f"{label_of(field_name)}："
    if not message.startswith(prefix):
        return message, ""
    rest = message[len(prefix) :]
    if isinstance(message, Message) and message.template.startswith("{label}：{"):
        key = message.template[len("{label}：{") : -1]
        inner = message.values.get(key)
        if message.template.endswith("}") and isinstance(inner, Message) and inner == rest:
            return inner, ""
    return rest, message


def normalized_id(raw: object) -> str | None:
    """The ID number as stored (15 digits upgraded), or None when it is not valid."""
    return _normalized(str(raw or ""))


@functools.lru_cache(maxsize=1 << 15)
def _normalized(text: str) -> str | None:
    try:
        return parse_id_number(text).value
    except ValidationError:
        return None


class MemberFinder:
    """Members of the ledger by ID number and by name, for sheets that name people."""

    def __init__(self, session: Session, id_numbers: set[str], names: set[str]) -> None:
        self.by_id: dict[str, Found] = {}
        self.by_name: dict[str, list[Found]] = defaultdict(list)
        wanted = sorted(id_numbers)
        for start in range(0, len(wanted), CHUNK):
            stmt = select(Member.id, Member.name, Member.id_number, Member.deleted_at).where(
                Member.id_number.in_(wanted[start : start + CHUNK])
            )
            for mid, name, id_number, deleted_at in session.execute(stmt):
                self.by_id[id_number] = Found(mid, name, deleted_at is not None)
        people = sorted(names)
        for start in range(0, len(people), CHUNK):
            by_name = select(Member.id, Member.name).where(
                Member.name.in_(people[start : start + CHUNK]), Member.deleted_at.is_(None)
            )
            for mid, name in session.execute(by_name):
                self.by_name[name].append(Found(mid, name, False))

    def find(self, check: RowCheck, name: object, id_number: object) -> Found | None:
        """The member a row means, or None with the reason recorded on the row."""
        shown_name = normalize_text(str(name or ""))
        if id_number:
            key = normalized_id(id_number)
            if key is None:
                try:
                    parse_id_number(str(id_number))
                except ValidationError as exc:
                    check.error("id_number", exc.message)
                return None
            found = self.by_id.get(key)
            if found is None:
                check.error(
                    "id_number",
                    msg(
                        "台账中没有身份证号为 {id_number} 的老同志，请先导入花名册",
                        id_number=mask_id_number(key),
                    ),
                )
                return None
            if found.deleted:
                check.error(
                    "id_number",
                    msg("“{name}”在回收站中，请先在回收站中恢复", name=found.name),
                )
                return None
            if shown_name and "".join(shown_name.split()) != found.name:
                check.error(
                    "name",
                    msg(
                        "身份证号对应的老同志是“{found}”，与姓名“{name}”不符",
                        found=found.name,
                        name=shown_name,
                    ),
                )
                return None
            return found
        if not shown_name:
            return None
        matches = self.by_name.get("".join(shown_name.split()), [])
        if len(matches) == 1:
            return matches[0]
        if not matches:
            check.error("name", msg("台账中没有名为“{name}”的老同志", name=shown_name))
        else:
            check.error(
                "name",
                msg(
                    "台账中有 {n} 位“{name}”，请填写身份证号以区分",
                    n=len(matches),
                    name=shown_name,
                ),
            )
        return None


def team_spans(
    session: Session, team_ids: set[int]
) -> dict[tuple[int, int], list[tuple[date, date | None]]]:
    """(team, member) → membership periods, to check a participant was in the team that day."""
    spans: dict[tuple[int, int], list[tuple[date, date | None]]] = defaultdict(list)
    if not team_ids:
        return spans
    stmt = select(
        TeamMembership.team_id,
        TeamMembership.member_id,
        TeamMembership.joined_on,
        TeamMembership.left_on,
    ).where(TeamMembership.team_id.in_(sorted(team_ids)))
    for team_id, member_id, joined, left in session.execute(stmt):
        spans[(team_id, member_id)].append((joined, left))
    return spans


def in_team(spans: list[tuple[date, date | None]], day: date) -> bool:
    return any(joined <= day and (left is None or left >= day) for joined, left in spans)


def as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None

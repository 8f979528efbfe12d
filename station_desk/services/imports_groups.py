"""Team members, grid posts, service activities and cultural events from a sheet.

These sheets are small next to a roster, so each record is written by its own service
(``add_team_members``, ``assign_grid_post``, ``record_activity``, ``add_event``) inside a
savepoint: a record the service refuses marks its rows as errors and the rest go on. Rows of
one activity (team + title + date) or one event (title + date) become one record with its
participants. People are matched by ID number, or by name when the sheet has none.

This module holds the machinery (checking rows into outcomes and queued jobs, writing them)
and the kinds where one row is one record; activities and events, where rows are grouped into
one record, are checked in ``imports_gatherings`` with the helpers ``GroupImport`` lends it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_desk.db.schema.models import GridPost, TeamMembership
from station_desk.domain.enums import GridPostKind
from station_desk.domain.inputs import GridPostData
from station_desk.domain.messages import msg
from station_desk.domain.problems import ValidationError, label_of
from station_desk.domain.text import normalize_text
from station_desk.exchange.rows import ParsedRow, RowProblem
from station_desk.services.imports_gatherings import check_activities, check_events
from station_desk.services.imports_lookup import (
    WHERE_ORG,
    MemberFinder,
    OrgNames,
    RowCheck,
    as_date,
    normalized_id,
)
from station_desk.services.imports_types import ImportOptions, RowOutcome, RowStatus, Step
from station_desk.services.posts import assign_grid_post
from station_desk.services.teams import add_team_members

_SERVICE_FIELDS = {"held_on": "date", "member": "name", "participants": "name", "leader": "name"}
_WHERE_TEAM = msg("请先在“志愿服务队”中添加，或改成台账中已有的队名")


@dataclass
class Job:
    """One record to write: the rows it comes from and the service call that writes it."""

    rows: list[int]
    write: Callable[[], object]


@dataclass
class GroupImport:
    """Checks rows into outcomes and jobs; ``write`` runs the jobs, each in a savepoint."""

    session: Session
    kind: str
    rows: list[ParsedRow]
    columns: dict[str, str]
    options: ImportOptions
    today: date = field(init=False)
    names: OrgNames = field(init=False)
    finder: MemberFinder = field(init=False)
    outcomes: dict[int, RowOutcome] = field(default_factory=dict)
    jobs: list[Job] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.today = self.options.today or date.today()
        self.names = OrgNames.load(self.session)
        ids = {normalized_id(r.values.get("id_number")) for r in self.rows}
        people = {
            "".join(normalize_text(str(r.values.get("name") or "")).split())
            for r in self.rows
            if not r.values.get("id_number")
        }
        self.finder = MemberFinder(self.session, {i for i in ids if i}, people - {""})

    def check_all(self, step: Step) -> list[RowOutcome]:
        step(0, msg("正在检查"))
        {
            "team_members": self._team_members,
            "grid_posts": self._grid_posts,
            "activities": lambda: check_activities(self),
            "events": lambda: check_events(self),
        }[self.kind]()
        return [self.outcomes[r.row] for r in self.rows]

    def write(self, step: Step) -> None:
        for index, job in enumerate(self.jobs):
            if index % 50 == 0:
                step(index, msg("正在写入"))
            live = [
                n for n in job.rows if self.outcomes[n].status in (RowStatus.NEW, RowStatus.UPDATE)
            ]
            if not live:
                continue
            try:
                with self.session.begin_nested():
                    job.write()
            except ValidationError as exc:
                for number in live:
                    problems = tuple(
                        RowProblem(number, self._column(p.field), p.field, p.message)
                        for p in exc.problems
                    )
                    self.outcomes[number] = replace(
                        self.outcomes[number], status=RowStatus.ERROR, problems=problems, notes=()
                    )

    # ------------------------------------------------------------------ helpers
    # (public: imports_gatherings checks its kinds with them)

    def queue(self, rows: list[int], fn: Callable[..., object], *args: Any, **kwargs: Any) -> None:
        """The record of ``rows`` is written by ``fn(*args, **kwargs)`` when ``write`` runs."""
        self.jobs.append(Job(rows, lambda: fn(*args, **kwargs)))

    def _column(self, service_field: str) -> str:
        name = _SERVICE_FIELDS.get(service_field, service_field)
        if self.kind == "grid_posts" and name == "kind":
            name = "post"
        return self.columns.get(name, "")

    def row_check(self, row: ParsedRow) -> RowCheck:
        check = RowCheck(row.row, self.columns)
        check.problems.extend(row.problems)
        return check

    def _label(self, row: ParsedRow) -> str:
        return normalize_text(str(row.values.get("name") or row.values.get("title") or ""))

    def settle(self, row: ParsedRow, check: RowCheck, status: RowStatus, *notes: str) -> bool:
        """Record the row's outcome; True when it is good to write."""
        if check.problems:
            self.outcomes[row.row] = RowOutcome(
                row.row, RowStatus.ERROR, self._label(row), tuple(check.problems)
            )
            return False
        self.outcomes[row.row] = RowOutcome(row.row, status, self._label(row), notes=notes)
        return status in (RowStatus.NEW, RowStatus.UPDATE)

    def team_of(self, check: RowCheck, value: object) -> int | None:
        if value:
            return check.reference(self.names.teams, "team", value, label_of("team"), _WHERE_TEAM)
        if self.options.team_id is None:
            check.error("team", msg("“队伍”必须填写（或在导入时选择队伍）"))
        return self.options.team_id

    def required_date(self, check: RowCheck, row: ParsedRow, name: str, label: str) -> date | None:
        day = as_date(row.values.get(name))
        if day is None and not check.has(name):
            check.error(name, msg("“{label}”必须填写", label=label))
        return day

    # ------------------------------------------------------------------ kinds

    def _team_members(self) -> None:
        current = set(
            self.session.execute(
                select(TeamMembership.team_id, TeamMembership.member_id).where(
                    TeamMembership.left_on.is_(None)
                )
            ).all()
        )
        seen: dict[tuple[int, int], int] = {}
        for row in self.rows:
            v, check = row.values, self.row_check(row)
            team_id = self.team_of(check, v.get("team"))
            found = self.finder.find(check, v.get("name"), v.get("id_number"))
            joined = self.required_date(check, row, "joined_on", label_of("joined_on"))
            role = normalize_text(str(v.get("role") or "")) or "队员"
            if team_id is None or found is None or joined is None:
                self.settle(row, check, RowStatus.ERROR)
                continue
            first = seen.setdefault((team_id, found.id), row.row)
            if first != row.row and not check.has("id_number"):
                check.error("id_number", msg("与第 {row} 行是同一支队伍的同一个人", row=first))
            if (team_id, found.id) in current:
                team = self.names.team_names[team_id]
                self.settle(row, check, RowStatus.SKIP, msg("已是“{team}”的队员", team=team))
                continue
            if self.settle(row, check, RowStatus.NEW):
                self.queue(
                    [row.row],
                    add_team_members,
                    self.session,
                    team_id,
                    [found.id],
                    joined_on=joined,
                    role=role,
                    today=self.today,
                )

    def _grid_posts(self) -> None:
        held = set(
            self.session.execute(
                select(
                    GridPost.member_id, GridPost.grid_id, GridPost.kind, GridPost.building
                ).where(GridPost.until.is_(None))
            ).all()
        )
        for row in self.rows:
            v, check = row.values, self.row_check(row)
            community = check.reference(
                self.names.communities,
                "community",
                v.get("community"),
                label_of("community"),
                WHERE_ORG,
            )
            grid_id = (
                None if check.has("community") else check.grid(self.names, community, v.get("grid"))
            )
            found = self.finder.find(check, v.get("name"), v.get("id_number"))
            since = self.required_date(check, row, "since", label_of("since"))
            kind = v.get("post")
            building = normalize_text(str(v.get("building") or ""))
            if (
                grid_id is None
                or found is None
                or since is None
                or not isinstance(kind, GridPostKind)
            ):
                self.settle(row, check, RowStatus.ERROR)
                continue
            kept = building if kind is GridPostKind.BUILDING_LEADER else ""
            if (found.id, grid_id, kind, kept) in held:
                self.settle(
                    row, check, RowStatus.SKIP, msg("已在本网格担任{post}", post=kind.label)
                )
                continue
            data = GridPostData(found.id, grid_id, kind, since, building)
            if self.settle(row, check, RowStatus.NEW):
                self.queue([row.row], assign_grid_post, self.session, data, today=self.today)

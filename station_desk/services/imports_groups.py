"""Team members, grid posts, service activities and cultural events from a sheet.

These sheets are small next to a roster, so each record is written by its own service
(``add_team_members``, ``assign_grid_post``, ``record_activity``, ``add_event``) inside a
savepoint: a record the service refuses marks its rows as errors and the rest go on. Rows of
one activity (team + title + date) or one event (title + date) become one record with its
participants. People are matched by ID number, or by name when the sheet has none.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from station_desk.db.schema.models import (
    CulturalEvent,
    EventParticipation,
    GridPost,
    ServiceActivity,
    ServiceRecord,
    TeamMembership,
)
from station_desk.domain.enums import EventKind, GridPostKind, ParticipationRole
from station_desk.domain.inputs import ActivityData, EventData, GridPostData
from station_desk.domain.messages import msg
from station_desk.domain.problems import ValidationError, label_of
from station_desk.domain.text import normalize_text
from station_desk.domain.units import parse_hours
from station_desk.exchange.rows import ParsedRow, RowProblem
from station_desk.services.activities import record_activity, update_activity
from station_desk.services.events import add_event, update_event
from station_desk.services.imports_lookup import (
    MemberFinder,
    OrgNames,
    RowCheck,
    as_date,
    in_team,
    normalized_id,
    team_spans,
)
from station_desk.services.imports_types import ImportOptions, RowOutcome, RowStatus, Step
from station_desk.services.posts import assign_grid_post
from station_desk.services.teams import add_team_members

_SERVICE_FIELDS = {"held_on": "date", "member": "name", "participants": "name", "leader": "name"}
_WHERE_TEAM = msg("请先在“志愿服务队”中添加，或改成台账中已有的队名")
_WHERE_ORG = msg("请先在“设置”中添加，或改成台账中已有的名称")
_ALREADY_HELD = msg("台账中已有这次活动，按选择跳过")


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
            "activities": self._activities,
            "events": self._events,
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

    def _column(self, service_field: str) -> str:
        name = _SERVICE_FIELDS.get(service_field, service_field)
        if self.kind == "grid_posts" and name == "kind":
            name = "post"
        return self.columns.get(name, "")

    def _check(self, row: ParsedRow) -> RowCheck:
        check = RowCheck(row.row, self.columns)
        check.problems.extend(row.problems)
        return check

    def _label(self, row: ParsedRow) -> str:
        return normalize_text(str(row.values.get("name") or row.values.get("title") or ""))

    def _settle(self, row: ParsedRow, check: RowCheck, status: RowStatus, *notes: str) -> bool:
        """Record the row's outcome; True when it is good to write."""
        if check.problems:
            self.outcomes[row.row] = RowOutcome(
                row.row, RowStatus.ERROR, self._label(row), tuple(check.problems)
            )
            return False
        self.outcomes[row.row] = RowOutcome(row.row, status, self._label(row), notes=notes)
        return status in (RowStatus.NEW, RowStatus.UPDATE)

    def _team(self, check: RowCheck, value: object) -> int | None:
        if value:
            return check.reference(self.names.teams, "team", value, label_of("team"), _WHERE_TEAM)
        if self.options.team_id is None:
            check.error("team", msg("“队伍”必须填写（或在导入时选择队伍）"))
        return self.options.team_id

    def _required_date(self, check: RowCheck, row: ParsedRow, name: str, label: str) -> date | None:
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
            v, check = row.values, self._check(row)
            team_id = self._team(check, v.get("team"))
            found = self.finder.find(check, v.get("name"), v.get("id_number"))
            joined = self._required_date(check, row, "joined_on", label_of("joined_on"))
            role = normalize_text(str(v.get("role") or "")) or "队员"
            if team_id is None or found is None or joined is None:
                self._settle(row, check, RowStatus.ERROR)
                continue
            first = seen.setdefault((team_id, found.id), row.row)
            if first != row.row and not check.has("id_number"):
                check.error("id_number", msg("与第 {row} 行是同一支队伍的同一个人", row=first))
            if (team_id, found.id) in current:
                team = self.names.team_names[team_id]
                self._settle(row, check, RowStatus.SKIP, msg("已是“{team}”的队员", team=team))
                continue
            if self._settle(row, check, RowStatus.NEW):
                self.jobs.append(
                    Job(
                        [row.row],
                        _call(
                            add_team_members,
                            self.session,
                            team_id,
                            [found.id],
                            joined_on=joined,
                            role=role,
                            today=self.today,
                        ),
                    )
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
            v, check = row.values, self._check(row)
            community = check.reference(
                self.names.communities,
                "community",
                v.get("community"),
                label_of("community"),
                _WHERE_ORG,
            )
            grid_id = (
                None if check.has("community") else check.grid(self.names, community, v.get("grid"))
            )
            found = self.finder.find(check, v.get("name"), v.get("id_number"))
            since = self._required_date(check, row, "since", label_of("since"))
            kind = v.get("post")
            building = normalize_text(str(v.get("building") or ""))
            if (
                grid_id is None
                or found is None
                or since is None
                or not isinstance(kind, GridPostKind)
            ):
                self._settle(row, check, RowStatus.ERROR)
                continue
            kept = building if kind is GridPostKind.BUILDING_LEADER else ""
            if (found.id, grid_id, kind, kept) in held:
                self._settle(
                    row, check, RowStatus.SKIP, msg("已在本网格担任{post}", post=kind.label)
                )
                continue
            data = GridPostData(found.id, grid_id, kind, since, building)
            if self._settle(row, check, RowStatus.NEW):
                self.jobs.append(
                    Job([row.row], _call(assign_grid_post, self.session, data, today=self.today))
                )

    def _activities(self) -> None:
        groups: dict[tuple[int, str, date], list[tuple[ParsedRow, int, int]]] = defaultdict(list)
        checks: dict[int, RowCheck] = {}
        team_ids: set[int] = set()
        pending: list[tuple[ParsedRow, RowCheck, int | None, Any, date | None, int]] = []
        for row in self.rows:
            v, check = row.values, self._check(row)
            team_id = self._team(check, v.get("team"))
            found = self.finder.find(check, v.get("name"), v.get("id_number"))
            day = self._required_date(check, row, "date", label_of("held_on"))
            typed = str(v.get("hours") or "").strip()
            minutes = 0
            if not typed:
                check.error("hours", msg("“{label}”必须填写", label=label_of("hours")))
            else:
                try:
                    minutes = parse_hours(typed)
                except ValidationError as exc:
                    check.error("hours", exc.message, led=True)
            if team_id is not None:
                team_ids.add(team_id)
            pending.append((row, check, team_id, found, day, minutes))
        spans = team_spans(self.session, team_ids)
        for row, check, team_id, found, day, minutes in pending:
            checks[row.row] = check
            if team_id is None or found is None or day is None or check.problems:
                self._settle(row, check, RowStatus.ERROR)
                continue
            if not in_team(spans.get((team_id, found.id), []), day):
                team = self.names.team_names[team_id]
                check.error(
                    "name",
                    msg(
                        "{name}在活动当天不是“{team}”的队员，请先导入队员名单",
                        name=found.name,
                        team=team,
                    ),
                )
                self._settle(row, check, RowStatus.ERROR)
                continue
            title = normalize_text(str(row.values.get("title") or ""))
            groups[(team_id, title, day)].append((row, found.id, minutes))
        for (team_id, title, day), members in groups.items():
            self._activity_group(team_id, title, day, members, checks)

    def _activity_group(
        self,
        team_id: int,
        title: str,
        day: date,
        members: list[tuple[ParsedRow, int, int]],
        checks: dict[int, RowCheck],
    ) -> None:
        shared = _first_values(
            members[0][0], [m[0] for m in members], ("place", "category", "beneficiaries")
        )
        existing = self.session.scalar(
            select(ServiceActivity).where(
                ServiceActivity.team_id == team_id,
                ServiceActivity.title == title,
                ServiceActivity.held_on == day,
                ServiceActivity.deleted_at.is_(None),
            )
        )
        minutes = {member_id: value for _, member_id, value in members}
        if existing is not None and self.options.on_duplicate == "skip":
            for row, _, _ in members:
                self._settle(row, checks[row.row], RowStatus.SKIP, _ALREADY_HELD)
            return
        status = RowStatus.NEW if existing is None else RowStatus.UPDATE
        numbers = [row.row for row, _, _ in members if self._settle(row, checks[row.row], status)]
        if existing is None:
            data = ActivityData(
                team_id=team_id,
                title=title,
                held_on=day,
                place=str(shared.get("place") or ""),
                category=str(shared.get("category") or ""),
                beneficiaries=int(shared.get("beneficiaries") or 0),
                minutes=minutes,
            )
            self.jobs.append(
                Job(numbers, _call(record_activity, self.session, data, today=self.today))
            )
            return
        stored = {
            mid: kept
            for mid, kept in self.session.execute(
                select(ServiceRecord.member_id, ServiceRecord.minutes).where(
                    ServiceRecord.activity_id == existing.id
                )
            ).all()
        }
        data = ActivityData(
            team_id=team_id,
            title=title,
            held_on=day,
            place=str(shared.get("place") or existing.place),
            category=str(shared.get("category") or existing.category),
            beneficiaries=int(shared.get("beneficiaries") or existing.beneficiaries),
            content=existing.content,
            notes=existing.notes,
            minutes={**stored, **minutes},
        )
        self.jobs.append(
            Job(numbers, _call(update_activity, self.session, existing.id, data, today=self.today))
        )

    def _events(self) -> None:
        groups: dict[tuple[str, date], list[tuple[ParsedRow, RowCheck, int | None]]] = defaultdict(
            list
        )
        for row in self.rows:
            v, check = row.values, self._check(row)
            day = self._required_date(check, row, "date", label_of("date"))
            found = self.finder.find(check, v.get("name"), None) if v.get("name") else None
            title = normalize_text(str(v.get("title") or ""))
            if day is None or check.problems:
                self._settle(row, check, RowStatus.ERROR)
                continue
            groups[(title, day)].append((row, check, found.id if found else None))
        for (title, day), rows in groups.items():
            self._event_group(title, day, rows)

    def _event_group(
        self, title: str, day: date, rows: list[tuple[ParsedRow, RowCheck, int | None]]
    ) -> None:
        first = rows[0][0]
        for row, check, _ in rows[1:]:
            for name in ("kind", "place", "station", "audience"):
                mine, theirs = row.values.get(name), first.values.get(name)
                if mine not in (None, "") and theirs not in (None, "") and mine != theirs:
                    check.error(
                        name,
                        msg(
                            "同一活动在第 {row} 行是“{first}”，这里是“{value}”",
                            row=first.row,
                            first=_shown(theirs),
                            value=_shown(mine),
                        ),
                    )
        shared = _first_values(
            first, [r for r, _, _ in rows], ("kind", "place", "station", "audience")
        )
        station_check = rows[0][1]
        station_id = self.options.station_id
        if shared.get("station"):
            station_id = station_check.reference(
                self.names.stations, "station", shared["station"], label_of("station"), _WHERE_ORG
            )
        existing = self.session.scalar(
            select(CulturalEvent).where(
                CulturalEvent.title == title,
                CulturalEvent.held_on == day,
                CulturalEvent.deleted_at.is_(None),
            )
        )
        if existing is not None and self.options.on_duplicate == "skip":
            for row, check, _ in rows:
                self._settle(row, check, RowStatus.SKIP, _ALREADY_HELD)
            return
        status = RowStatus.NEW if existing is None else RowStatus.UPDATE
        people: list[tuple[int, ParticipationRole]] = []
        numbers = []
        for row, check, member_id in rows:
            if self._settle(row, check, status):
                numbers.append(row.row)
                if member_id is not None:
                    role = row.values.get("role")
                    people.append(
                        (
                            member_id,
                            role
                            if isinstance(role, ParticipationRole)
                            else ParticipationRole.PARTICIPANT,
                        )
                    )
        kind = shared.get("kind")
        if existing is None:
            data = EventData(
                title=title,
                kind=kind if isinstance(kind, EventKind) else EventKind.OTHER,
                held_on=day,
                place=str(shared.get("place") or ""),
                station_id=station_id,
                audience=int(shared.get("audience") or 0),
                participants=tuple(people),
            )
            self.jobs.append(Job(numbers, _call(add_event, self.session, data, today=self.today)))
            return
        stored = tuple(
            self.session.execute(
                select(EventParticipation.member_id, EventParticipation.role).where(
                    EventParticipation.event_id == existing.id
                )
            ).all()
        )
        data = EventData(
            title=title,
            kind=kind if isinstance(kind, EventKind) else existing.kind,
            held_on=day,
            place=str(shared.get("place") or existing.place),
            station_id=station_id if station_id is not None else existing.station_id,
            team_id=existing.team_id,
            audience=int(shared.get("audience") or existing.audience),
            description=existing.description,
            participants=stored + tuple(people),
        )
        self.jobs.append(
            Job(numbers, _call(update_event, self.session, existing.id, data, today=self.today))
        )


def _call(fn: Callable[..., object], *args: Any, **kwargs: Any) -> Callable[[], object]:
    return lambda: fn(*args, **kwargs)


def _first_values(
    first: ParsedRow, rows: list[ParsedRow], names: tuple[str, ...]
) -> dict[str, Any]:
    """Each shared field from the first row of the group that fills it."""
    found: dict[str, Any] = {}
    for name in names:
        for row in [first, *rows]:
            value = row.values.get(name)
            if value not in (None, ""):
                found[name] = value
                break
    return found


def _shown(value: object) -> str:
    return str(getattr(value, "label", value))

"""Service activities and cultural events from a sheet: several rows make one record.

Rows of one activity (team + title + date) or one event (title + date) become one record
with its participants, written by ``record_activity``/``update_activity`` or
``add_event``/``update_event``. Kept apart from ``imports_groups`` (which holds the checking
and writing machinery and the one-row-one-record kinds) because grouping rows, agreeing their
shared fields and merging into a record already held is a concern of its own.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from station_desk.db.schema.models import (
    CulturalEvent,
    EventParticipation,
    ServiceActivity,
    ServiceRecord,
)
from station_desk.domain.enums import EventKind, ParticipationRole
from station_desk.domain.inputs import ActivityData, EventData
from station_desk.domain.messages import msg
from station_desk.domain.problems import ValidationError, label_of
from station_desk.domain.text import normalize_text
from station_desk.domain.units import parse_hours
from station_desk.exchange.rows import ParsedRow
from station_desk.services.activities import record_activity, update_activity
from station_desk.services.events import add_event, update_event
from station_desk.services.imports_lookup import WHERE_ORG, RowCheck, in_team, team_spans
from station_desk.services.imports_types import RowStatus

if TYPE_CHECKING:
    from station_desk.services.imports_groups import GroupImport

_ALREADY_HELD = msg("台账中已有这次活动，按选择跳过")


def check_activities(imp: GroupImport) -> None:
    groups: dict[tuple[int, str, date], list[tuple[ParsedRow, int, int]]] = defaultdict(list)
    checks: dict[int, RowCheck] = {}
    team_ids: set[int] = set()
    pending: list[tuple[ParsedRow, RowCheck, int | None, Any, date | None, int]] = []
    for row in imp.rows:
        v, check = row.values, imp.row_check(row)
        team_id = imp.team_of(check, v.get("team"))
        found = imp.finder.find(check, v.get("name"), v.get("id_number"))
        day = imp.required_date(check, row, "date", label_of("held_on"))
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
    spans = team_spans(imp.session, team_ids)
    for row, check, team_id, found, day, minutes in pending:
        checks[row.row] = check
        if team_id is None or found is None or day is None or check.problems:
            imp.settle(row, check, RowStatus.ERROR)
            continue
        if not in_team(spans.get((team_id, found.id), []), day):
            team = imp.names.team_names[team_id]
            check.error(
                "name",
                msg(
                    "{name}在活动当天不是“{team}”的队员，请先导入队员名单",
                    name=found.name,
                    team=team,
                ),
            )
            imp.settle(row, check, RowStatus.ERROR)
            continue
        title = normalize_text(str(row.values.get("title") or ""))
        groups[(team_id, title, day)].append((row, found.id, minutes))
    for (team_id, title, day), members in groups.items():
        _activity_group(imp, team_id, title, day, members, checks)


def _activity_group(
    imp: GroupImport,
    team_id: int,
    title: str,
    day: date,
    members: list[tuple[ParsedRow, int, int]],
    checks: dict[int, RowCheck],
) -> None:
    shared = _first_values(
        members[0][0], [m[0] for m in members], ("place", "category", "beneficiaries")
    )
    existing = imp.session.scalar(
        select(ServiceActivity).where(
            ServiceActivity.team_id == team_id,
            ServiceActivity.title == title,
            ServiceActivity.held_on == day,
            ServiceActivity.deleted_at.is_(None),
        )
    )
    minutes = {member_id: value for _, member_id, value in members}
    if existing is not None and imp.options.on_duplicate == "skip":
        for row, _, _ in members:
            imp.settle(row, checks[row.row], RowStatus.SKIP, _ALREADY_HELD)
        return
    status = RowStatus.NEW if existing is None else RowStatus.UPDATE
    numbers = [row.row for row, _, _ in members if imp.settle(row, checks[row.row], status)]
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
        imp.queue(numbers, record_activity, imp.session, data, today=imp.today)
        return
    stored = {
        mid: kept
        for mid, kept in imp.session.execute(
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
    imp.queue(numbers, update_activity, imp.session, existing.id, data, today=imp.today)


def check_events(imp: GroupImport) -> None:
    groups: dict[tuple[str, date], list[tuple[ParsedRow, RowCheck, int | None]]] = defaultdict(list)
    for row in imp.rows:
        v, check = row.values, imp.row_check(row)
        day = imp.required_date(check, row, "date", label_of("date"))
        found = imp.finder.find(check, v.get("name"), None) if v.get("name") else None
        title = normalize_text(str(v.get("title") or ""))
        if day is None or check.problems:
            imp.settle(row, check, RowStatus.ERROR)
            continue
        groups[(title, day)].append((row, check, found.id if found else None))
    for (title, day), rows in groups.items():
        _event_group(imp, title, day, rows)


def _event_group(
    imp: GroupImport, title: str, day: date, rows: list[tuple[ParsedRow, RowCheck, int | None]]
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
    shared = _first_values(first, [r for r, _, _ in rows], ("kind", "place", "station", "audience"))
    station_check = rows[0][1]
    station_id = imp.options.station_id
    if shared.get("station"):
        station_id = station_check.reference(
            imp.names.stations, "station", shared["station"], label_of("station"), WHERE_ORG
        )
    existing = imp.session.scalar(
        select(CulturalEvent).where(
            CulturalEvent.title == title,
            CulturalEvent.held_on == day,
            CulturalEvent.deleted_at.is_(None),
        )
    )
    if existing is not None and imp.options.on_duplicate == "skip":
        for row, check, _ in rows:
            imp.settle(row, check, RowStatus.SKIP, _ALREADY_HELD)
        return
    status = RowStatus.NEW if existing is None else RowStatus.UPDATE
    people: list[tuple[int, ParticipationRole]] = []
    numbers = []
    for row, check, member_id in rows:
        if imp.settle(row, check, status):
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
        imp.queue(numbers, add_event, imp.session, data, today=imp.today)
        return
    stored = tuple(
        imp.session.execute(
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
    imp.queue(numbers, update_event, imp.session, existing.id, data, today=imp.today)


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

"""Members from a roster: every row checked by the rules of ``add_member``, written in bulk.

``add_member`` asks the database about each ID number and flushes each row: about 10 ms a
row here, far too slow for a 10,000-row roster. This path applies the same value rules
(``domain.names``, ``ids``, ``phones``, ``people``: name, ID number, phone, dates, party date, text limits from
``services.members``) row by row, checks uniqueness against sets loaded once (the ledger's
ID and volunteer numbers, recycle bin included, and the rows above in the file), then writes
new members with one bulk INSERT and one change-log line each, as ``add_member`` would.
tests/db/test_imports.py holds both paths to the same verdicts.

The search keys (pinyin, the slowest part) are left to the writing: a dry run does not need
them, and a commit that reuses a dry run's verdicts works them out while its backup runs.
"""

from __future__ import annotations

import json
import weakref
from dataclasses import fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from station_desk.db.schema.models import ChangeLog, Member, new_uuid, utcnow
from station_desk.domain.dates import PartialDate
from station_desk.domain.enums import ChangeAction
from station_desk.domain.ids import normalize_id_number
from station_desk.domain.inputs import MemberData
from station_desk.domain.messages import msg
from station_desk.domain.problems import label_of
from station_desk.domain.text import normalize_text
from station_desk.exchange.rows import ParsedRow, ParsedSheet, RowProblem, relabeled
from station_desk.services.common import (
    apply_fields,
    audit_values,
    operator_of,
)
from station_desk.services.imports_bulk import bulk_insert
from station_desk.services.imports_changes import changes_text, less_precise
from station_desk.services.imports_lookup import CHUNK, WHERE_ORG, OrgNames, RowCheck, normalized_id
from station_desk.services.imports_types import (
    CheckedImport,
    ImportOptions,
    RowOutcome,
    RowStatus,
    Step,
)
from station_desk.services.members import column_values, member_rules

_TEXT_FIELDS = ("phone", "address", "former_unit", "former_post", "health", "notes")
_KEPT_WHEN_BLANK = (
    "gender",
    "birth_date",
    "retirement_kind",
    "retired_on",
    "honorary_retirement_on",
    "joined_party_on",
    "volunteer_number",
    *_TEXT_FIELDS,
)
_MEMBER_FIELDS = tuple(f.name for f in fields(MemberData))
_SKIPPED = msg("台账中已有此人，按选择跳过")
_UNCHANGED = msg("与台账中的记录相同")
_CONFIRMED = msg("已确认")
_COLUMNS = tuple(attr.key for attr in inspect(Member).column_attrs)


def _state(member: Member) -> tuple[object, ...]:
    """Every stored column of a member: what a verdict about their row may depend on."""
    return tuple(getattr(member, key) for key in _COLUMNS)


def _id_key(raw: object) -> str:
    """The ID number as the ledger would store it, to look it up and to spot it twice.

    Eighteen characters are taken as written the one way (``ids.normalize_id_number``): whether they make a valid
    number is for ``member_rules`` to say, which parses each ID once. Only an old 15-digit
    number is parsed here as well, to upgrade it to the 18 digits it is stored as.
    """
    text = normalize_id_number(str(raw or ""))
    if len(text) == 15:
        return normalized_id(text) or text
    return text


def _stored(member: Member) -> MemberData:
    return MemberData(
        **{
            f.name: getattr(member, f.name)
            for f in fields(MemberData)
            if f.name != "volunteer_number"
        },
        volunteer_number=member.volunteer_number or "",
    )


class MemberImport:
    """One roster against one ledger session: check every row, then write the good ones."""

    def __init__(
        self,
        session: Session,
        rows: list[ParsedRow],
        columns: dict[str, str],
        options: ImportOptions,
    ) -> None:
        self.session = session
        self.rows = rows
        self.columns = columns
        self.options = options
        self.today = options.today or date.today()
        self.names = OrgNames.load(session)
        self.keys = [_id_key(r.values.get("id_number")) for r in rows]
        self.existing = self._load_existing({k for k in self.keys if k})
        numbers = {normalize_text(str(r.values.get("volunteer_number") or "")) for r in rows}
        self.volunteer_owners = self._load_volunteers({n for n in numbers if n})
        self.seen_ids: dict[str, int] = {}
        self.seen_volunteers: dict[str, int] = {}
        self.new_rows: list[MemberData] = []
        self.new_values: list[dict[str, Any]] | None = None
        self.updates: list[tuple[Member, MemberData]] = []

    def _load_existing(self, keys: set[str]) -> dict[str, Member]:
        found: dict[str, Member] = {}
        wanted = sorted(keys)
        for start in range(0, len(wanted), CHUNK):
            stmt = select(Member).where(Member.id_number.in_(wanted[start : start + CHUNK]))
            for member in self.session.scalars(stmt):
                found[member.id_number] = member
        return found

    def _load_volunteers(self, numbers: set[str]) -> dict[str, int]:
        owners: dict[str, int] = {}
        wanted = sorted(numbers)
        for start in range(0, len(wanted), CHUNK):
            stmt = select(Member.volunteer_number, Member.id).where(
                Member.volunteer_number.in_(wanted[start : start + CHUNK])
            )
            owners.update({number: mid for number, mid in self.session.execute(stmt) if number})
        return owners

    def basis(self) -> tuple[object, ...]:
        """Everything besides the rows themselves that the verdicts depend on."""
        stored = {key: _state(member) for key, member in self.existing.items()}
        return (self.names, stored, self.volunteer_owners, self.columns, self.options, self.today)

    def checked(
        self, parsed: ParsedSheet, ledger: Path, outcomes: list[RowOutcome]
    ) -> CheckedImport:
        """This check's findings, for a commit of the same sheet (call before ``write``)."""
        return CheckedImport(
            parsed=weakref.ref(parsed),
            ledger=ledger,
            basis=self.basis(),
            outcomes=tuple(outcomes),
            new_rows=tuple(self.new_rows),
            updates=tuple((member.id_number, clean) for member, clean in self.updates),
        )

    def reuse(self, plan: CheckedImport) -> list[RowOutcome] | None:
        """The dry run's verdicts when the ledger still holds what they rested on, else None."""
        if plan.basis != self.basis():
            return None
        self.new_rows = list(plan.new_rows)
        self.new_values = list(plan.values) if plan.values is not None else None
        self.updates = [(self.existing[key], clean) for key, clean in plan.updates]
        return list(plan.outcomes)

    def check_all(self, step: Step) -> list[RowOutcome]:
        outcomes = []
        for index, (row, key) in enumerate(zip(self.rows, self.keys, strict=True)):
            if index % 500 == 0:
                step(index, msg("正在检查第 {row} 行", row=row.row))
            outcomes.append(self._check(row, key))
        return outcomes

    def _data(self, row: ParsedRow, check: RowCheck, base: MemberData | None) -> MemberData:
        """The row's values over the stored ones (blank cells keep what the ledger has)."""
        v = row.values
        given: dict[str, Any] = {"name": v.get("name") or "", "id_number": v.get("id_number") or ""}
        for name in _KEPT_WHEN_BLANK:
            value = v.get(name)
            if isinstance(value, PartialDate):
                if base is not None and less_precise(value, base, name):
                    continue
                given[name] = value.start
                given[f"{name}_precision"] = value.precision
            elif value not in (None, ""):
                given[name] = value
        names = self.names
        community = check.reference(
            names.communities, "community", v.get("community"), label_of("community"), WHERE_ORG
        )
        if community is not None or check.has("community"):
            given["community_id"] = community
        if v.get("grid"):
            known = community
            stored = base.community_id if base is not None else None
            if known is None and stored is not None:
                in_stored = (stored, "".join(normalize_text(str(v["grid"])).split()))
                known = stored if in_stored in names.grids else None
            given["grid_id"] = check.grid(names, known, v.get("grid"))
        branch = check.reference(
            names.branches, "branch", v.get("branch"), label_of("branch"), WHERE_ORG
        )
        if branch is not None:
            given["branch_id"] = branch
        station = check.reference(
            names.stations, "station", v.get("station"), label_of("station"), WHERE_ORG
        )
        if station is not None:
            given["station_id"] = station
        elif base is None and self.options.station_id is not None:
            given["station_id"] = self.options.station_id
        party = v.get("is_party_member")
        if party is not None:
            given["is_party_member"] = party
        elif given.get("joined_party_on") is not None:
            given["is_party_member"] = True
        if base is None:
            return MemberData(**given)
        return replace(base, **given)

    def _check(self, row: ParsedRow, key: str) -> RowOutcome:
        check = RowCheck(row.row, self.columns)
        existing = self.existing.get(key) if key else None
        if existing is not None and existing.deleted_at is not None:
            check.error(
                "id_number",
                msg(
                    "已登记为“{name}”（在回收站中），请先在回收站中恢复后再导入",
                    name=existing.name,
                ),
            )
        base = _stored(existing) if existing is not None and existing.deleted_at is None else None
        data = self._data(row, check, base)
        grid_id = data.grid_id
        grid_community = self.names.grid_community.get(grid_id) if grid_id is not None else None
        clean, problems = member_rules(data, self.today, grid_community)
        for problem in problems.errors:
            check.error(problem.field, problem.message, led=True)
        for problem in problems.warnings:
            check.warn(problem.field, problem.message, led=True)
        parsed_fields = {p.field for p in row.problems} if row.problems else set()
        if key and "id_number" not in parsed_fields and not problems.has_error("id_number"):
            first = self.seen_ids.setdefault(key, row.row)
            if first != row.row:
                check.error("id_number", msg("与第 {row} 行是同一个身份证号", row=first))
        volunteer = clean.volunteer_number if clean else ""
        if volunteer:
            owner = self.volunteer_owners.get(volunteer)
            if owner is not None and (existing is None or owner != existing.id):
                check.error("volunteer_number", msg("已被其他老同志使用"))
            first = self.seen_volunteers.setdefault(volunteer, row.row)
            if first != row.row:
                check.error("volunteer_number", msg("与第 {row} 行的志愿者编号相同", row=first))
        errors = [
            *row.problems,
            *(p for p in check.problems if p.field not in parsed_fields),
        ]
        if errors:
            label = normalize_text(str(row.values.get("name") or ""))
            return RowOutcome(row.row, RowStatus.ERROR, label, tuple(errors + check.warnings))
        assert clean is not None
        label = clean.name
        if existing is not None:
            changed = _changed_fields(existing, clean)
            if self.options.on_duplicate == "skip":
                would = (
                    (
                        msg(
                            "若选择“更新”，将改动：{changes}",
                            changes=changes_text(self.names, _stored(existing), clean, changed),
                        ),
                    )
                    if changed
                    else ()
                )
                return RowOutcome(row.row, RowStatus.SKIP, label, notes=(_SKIPPED, *would))
            if not changed:
                return RowOutcome(row.row, RowStatus.SKIP, label, notes=(_UNCHANGED,))
        warned = tuple(check.warnings)
        if warned and not self.options.accept_warnings:
            return RowOutcome(row.row, RowStatus.WARNING, label, warned)
        notes = tuple(_confirmed(p) for p in warned)
        if existing is None:
            self.new_rows.append(clean)
            return RowOutcome(row.row, RowStatus.NEW, label, notes=notes)
        self.updates.append((existing, clean))
        what = changes_text(self.names, _stored(existing), clean, changed)
        return RowOutcome(
            row.row, RowStatus.UPDATE, label, notes=(msg("将更新：{fields}", fields=what), *notes)
        )

    def write(self, step: Step | None = None) -> None:
        """Insert the new members and apply the updates, with one change-log line each.

        The search keys (pinyin, the slow part) are computed here, once, by the same
        ``column_values`` as ``add_member``; ``step`` hears every 500 rows.
        """
        session = self.session
        operator = operator_of(session)
        now = utcnow()
        added = {"created_at": now, "updated_at": now, "deleted_at": None}
        values = self.new_values
        if values is None:
            values = member_values(self.new_rows, step)
        inserted = values  # the plan's own dicts, completed in place (a copy costs ~10 MB)
        for row in inserted:
            row.update(added)
            row["uuid"] = new_uuid()
        logs = [
            _log(
                operator,
                values["uuid"],
                values["name"],
                ChangeAction.CREATE,
                audit_values(Member, values),
            )
            for values in inserted
        ]
        if inserted:
            bulk_insert(session, Member.__tablename__, inserted)
        for member, clean in self.updates:
            changes = apply_fields(member, column_values(clean))
            if changes:
                logs.append(_log(operator, member.uuid, member.name, ChangeAction.UPDATE, changes))
        session.flush()
        if logs:
            bulk_insert(session, ChangeLog.__tablename__, logs)


def member_values(rows: list[MemberData], step: Step | None = None) -> list[dict[str, Any]]:
    """The member table's columns for each row, search keys included, by ``column_values``
    (as ``add_member`` stores them); ``step`` hears every 500 rows."""
    values = []
    for index, clean in enumerate(rows):
        if step is not None and index % 500 == 0:
            step(index, msg("正在写入"))
        values.append(column_values(clean))
    return values


def with_values(plan: CheckedImport, step: Step | None = None) -> CheckedImport:
    """``plan`` with its new members' columns worked out (the pinyin is the slow part)."""
    return replace(plan, values=tuple(member_values(list(plan.new_rows), step)))


_JSON = json.JSONEncoder(ensure_ascii=False, default=str)


def _log(
    operator: str, row_uuid: str, label: str, action: ChangeAction, changes: dict[str, Any]
) -> dict[str, Any]:
    return {
        "operator": operator,
        "table_name": "member",
        "row_uuid": row_uuid,
        "row_label": label[:100],
        "action": action.value,
        "changes": _JSON.encode(changes),
        "at": utcnow(),
    }


def _changed_fields(member: Member, clean: MemberData) -> list[str]:
    """The fields the row changes; a date's precision counts as its date. (The member's
    columns as ``column_values`` stores them, without its search keys: no pinyin here.)"""
    new = {f.name: getattr(clean, f.name) for f in fields(MemberData)}
    new["volunteer_number"] = clean.volunteer_number or None
    changed = [
        name for name in (f.name for f in fields(MemberData)) if getattr(member, name) != new[name]
    ]
    return list(dict.fromkeys(name.removesuffix("_precision") for name in changed))


def _confirmed(problem: RowProblem) -> str:
    """The note of a warning the clerk accepted: "已确认：{message}"."""
    return relabeled(problem.led, _CONFIRMED, problem.message) or msg(
        "已确认：{message}", message=problem.message
    )

"""Members (老同志): add, update, delete to the recycle bin, restore, purge."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields, replace
from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from station_desk.db.schema.models import (
    Branch,
    ChangeLog,
    Community,
    Grid,
    Member,
    Station,
    utcnow,
)
from station_desk.domain.dates import DAY
from station_desk.domain.enums import ChangeAction, RetirementKind
from station_desk.domain.ids import parse_id_number
from station_desk.domain.inputs import MemberData
from station_desk.domain.messages import msg
from station_desk.domain.names import check_name
from station_desk.domain.people import check_member_dates, check_member_identity
from station_desk.domain.phones import check_phone
from station_desk.domain.problems import Problems, ValidationError, label_of
from station_desk.domain.search import member_search_keys, sort_key
from station_desk.domain.text import normalize_text
from station_desk.services.common import (
    apply_fields,
    get_or_error,
    log_change,
    optional_ref,
    snapshot,
    too_long,
)

_TEXT_LIMITS = {
    "address": 200,
    "former_unit": 100,
    "former_post": 60,
    "health": 100,
    "notes": 2000,
    "volunteer_number": 40,
}


def member_rules(
    data: MemberData, today: date, grid_community: int | None
) -> tuple[MemberData | None, Problems]:
    """The value rules of a member, all at once and without the database (bulk imports
    apply exactly these, then check uniqueness against sets).

    ``grid_community`` is the community of ``data.grid_id`` (None when there is no grid).
    Returns the cleaned data (None when there are errors) and every problem found.
    """
    problems = Problems()
    name = problems.check(check_name, data.name)
    identity = check_member_identity(
        problems,
        id_number=data.id_number,
        birth_date=data.birth_date,
        gender=data.gender,
        today=today,
        birth_precision=data.birth_date_precision,
    )
    phone = problems.check(check_phone, data.phone)
    texts: dict[str, Any] = {}
    for field_name, limit in _TEXT_LIMITS.items():
        text = getattr(data, field_name)
        text = normalize_text(text) if text else ""  # most of these cells are blank
        if len(text) > limit:
            problems.error(field_name, too_long(field_name, text, limit))
        texts[field_name] = text
    check_member_dates(
        problems,
        birth_date=identity[1] if identity else data.birth_date,
        joined_party_on=data.joined_party_on,
        retired_on=data.retired_on,
        honorary_retirement_on=data.honorary_retirement_on,
        today=today,
        precisions={
            "birth_date": DAY if identity else data.birth_date_precision,
            "joined_party_on": data.joined_party_on_precision,
            "retired_on": data.retired_on_precision,
            "honorary_retirement_on": data.honorary_retirement_on_precision,
        },
    )
    if data.joined_party_on is not None and not data.is_party_member:
        problems.error(
            "joined_party_on",
            msg("{label}：填写了入党时间，但未勾选“中共党员”", label=label_of("joined_party_on")),
        )
    if not isinstance(data.retirement_kind, RetirementKind):
        problems.error(
            "retirement_kind", msg("{label}：应为“离休”或“退休”", label=label_of("retirement_kind"))
        )
    community_id = data.community_id
    if grid_community is not None:
        if community_id is None:
            community_id = grid_community
        elif grid_community != community_id:
            problems.error("grid", msg("{label}：所选网格不属于所选社区", label=label_of("grid")))
    if problems.errors or name is None or identity is None or phone is None:
        return None, problems
    clean = replace(
        data,
        name=name,
        id_number=identity[0],
        birth_date=identity[1],
        birth_date_precision=DAY,
        gender=identity[2],
        phone=phone,
        community_id=community_id,
        **texts,
    )
    return clean, problems


_MEMBER_FIELDS = tuple(f.name for f in fields(MemberData))


def column_values(data: MemberData) -> dict[str, Any]:
    """The member table's columns for ``data``, search keys included (as ``_apply`` sets)."""
    values = {name: getattr(data, name) for name in _MEMBER_FIELDS}
    values["volunteer_number"] = data.volunteer_number or None
    values["search_keys"] = member_search_keys(
        name=data.name, phone=data.phone, id_number=data.id_number, former_unit=data.former_unit
    )
    values["sort_key"] = sort_key(data.name)
    return values


def _clean(
    session: Session, data: MemberData, *, today: date, exclude: int | None, confirmed: bool
) -> MemberData:
    """Validate every field at once, so the clerk sees all problems of the form together."""
    problems = Problems()
    for field, model, ref in (
        ("station", Station, data.station_id),
        ("branch", Branch, data.branch_id),
        ("community", Community, data.community_id),
    ):
        problems.check(optional_ref, session, model, ref, field)
    grid = problems.check(optional_ref, session, Grid, data.grid_id, "grid")
    clean, rules = member_rules(data, today, grid.community_id if grid else None)
    problems.extend(rules)
    id_number = clean.id_number if clean else _id_or_none(data.id_number)
    if id_number is not None:
        owner = session.execute(
            select(Member.id, Member.name, Member.deleted_at).where(Member.id_number == id_number)
        ).first()
        if owner is not None and owner.id != exclude:
            where = msg("（在回收站中）") if owner.deleted_at else ""
            problems.error(
                "id_number",
                msg(
                    "{label}：已登记为“{name}”{where}的身份证号",
                    label=label_of("id_number"),
                    name=owner.name,
                    where=where,
                ),
            )
    volunteer_number = normalize_text(data.volunteer_number)
    if volunteer_number:
        owner_id = session.scalar(
            select(Member.id).where(Member.volunteer_number == volunteer_number)
        )
        if owner_id is not None and owner_id != exclude:
            problems.error(
                "volunteer_number",
                msg("{label}：已被其他老同志使用", label=label_of("volunteer_number")),
            )
    problems.raise_if_errors()
    problems.raise_unconfirmed(confirmed)
    assert clean is not None
    return clean


def _id_or_none(raw: str) -> str | None:
    try:
        return parse_id_number(raw).value
    except ValidationError:
        return None


def _apply(member: Member, data: MemberData) -> None:
    for key, value in column_values(data).items():
        setattr(member, key, value)


def add_member(
    session: Session, data: MemberData, *, confirmed: bool = False, today: date | None = None
) -> int:
    """Add a member; ValidationError on bad input, NeedsConfirmation on unconfirmed warnings."""
    clean = _clean(session, data, today=today or date.today(), exclude=None, confirmed=confirmed)
    member = Member()
    _apply(member, clean)
    session.add(member)
    log_change(session, member, ChangeAction.CREATE, snapshot(member))
    return member.id


def update_member(
    session: Session,
    member_id: int,
    data: MemberData,
    *,
    confirmed: bool = False,
    today: date | None = None,
) -> None:
    member = get_or_error(session, Member, member_id, "member")
    clean = _clean(
        session, data, today=today or date.today(), exclude=member_id, confirmed=confirmed
    )
    changes = apply_fields(member, column_values(clean))
    if changes:
        log_change(session, member, ChangeAction.UPDATE, changes)


def save_member(
    session: Session,
    data: MemberData,
    *,
    member_id: int | None = None,
    confirmed: bool = False,
    today: date | None = None,
) -> int:
    """The member dialog's save as one use case: add a new member (``member_id`` None) or
    update a stored one, and return its id either way, so the desk's job is one call."""
    if member_id is None:
        return add_member(session, data, confirmed=confirmed, today=today)
    update_member(session, member_id, data, confirmed=confirmed, today=today)
    return member_id


def delete_member(session: Session, member_id: int) -> None:
    """Move a member to the recycle bin (回收站); their links stay for a restore."""
    member = get_or_error(session, Member, member_id, "member")
    member.deleted_at = utcnow()
    log_change(session, member, ChangeAction.DELETE)


def delete_members(session: Session, member_ids: Iterable[int]) -> int:
    """Move several members to the recycle bin in one unit of work: all of them or, when one
    is gone (deleted meanwhile from another window), none. Returns how many were moved."""
    count = 0
    for member_id in dict.fromkeys(member_ids):
        delete_member(session, member_id)
        count += 1
    return count


def restore_member(session: Session, member_id: int) -> None:
    member = session.get(Member, member_id)
    if member is None or member.deleted_at is None:
        raise ValidationError(
            "member", msg("{label}：回收站中没有这条记录", label=label_of("member"))
        )
    member.deleted_at = None
    log_change(session, member, ChangeAction.RESTORE)


def purge_member(session: Session, member_id: int) -> None:
    """Delete for good, with every link and search key (PIPL: a member who has left)."""
    member = session.get(Member, member_id)
    if member is None:
        raise ValidationError("member", msg("{label}：记录不存在", label=label_of("member")))
    session.execute(update(ChangeLog).where(ChangeLog.row_uuid == member.uuid).values(changes="{}"))
    log_change(session, member, ChangeAction.PURGE, label=member.name)
    session.delete(member)

"""PIPL on screen: a stored member's ID number and phone stay masked until an explicit,
logged action reveals them; saving without revealing keeps the stored numbers."""

from __future__ import annotations

from sqlalchemy import text

from station_desk.db.queries.core import member_full
from station_desk.ui.context import DeskContext
from station_desk.ui.member_dialog import MemberDialog
from tests.ui.conftest import wait_idle


def _first_member(ctx: DeskContext):  # type: ignore[no-untyped-def]
    with ctx.ledger.reading() as s:
        member_id = s.execute(text("SELECT min(id) FROM member")).scalar_one()
        return member_full(s, member_id)


def _reveals(ctx: DeskContext) -> list[str]:
    with ctx.ledger.reading() as s:
        return list(
            s.execute(text("SELECT changes FROM change_log WHERE action = 'reveal'")).scalars()
        )


def test_numbers_masked_until_revealed_and_the_reveal_is_logged(
    ctx: DeskContext, qtbot: object
) -> None:
    member = _first_member(ctx)
    dialog = MemberDialog(None, ctx, member)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    id_edit, phone_edit = dialog.line_edit("id_number"), dialog.line_edit("phone")
    assert "********" in id_edit.text() and member.id_number not in id_edit.text()
    assert "****" in phone_edit.text() and id_edit.isReadOnly()
    assert dialog.validate()
    assert _reveals(ctx) == []
    dialog.reveal_button.click()
    wait_idle(qtbot, ctx)
    assert id_edit.text() == member.id_number and phone_edit.text() == member.phone
    assert not id_edit.isReadOnly()
    logged = _reveals(ctx)
    assert len(logged) == 2 and any("id_number" in c for c in logged)


def test_saving_without_revealing_keeps_the_stored_numbers(ctx: DeskContext, qtbot: object) -> None:
    member = _first_member(ctx)
    dialog = MemberDialog(None, ctx, member)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.line_edit("address").setText("会仙山社区1号楼1单元")
    dialog.save()
    wait_idle(qtbot, ctx)
    assert dialog.saved_id == member.id
    with ctx.ledger.reading() as s:
        after = member_full(s, member.id)
    assert after is not None
    assert (after.id_number, after.phone) == (member.id_number, member.phone)
    assert after.address == "会仙山社区1号楼1单元"

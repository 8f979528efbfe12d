"""sort and search keys of names with rare characters

``search.RARE_READINGS`` gave characters pypinyin cannot read (𠮷 ji) a reading, but a
member's sort key and search keys are computed when the member is written: a ledger kept
its old keys (𠮷祥 sorted after 邹, ``jx`` found nobody) until each such member was saved
again. This recomputes both keys, with the program's own functions, for every member whose
name has a character beyond the BMP or one of ``RARE_READINGS``; no other row changes.

Only rows are UPDATEd: no table is rebuilt, so no child row is at risk (DESIGN.md's
batch-migration trap), and ``ledger.migrate`` checks foreign keys afterwards as always.
The downgrade leaves the keys as they are: the old keys were wrong, and the earlier
program recomputes them itself when it saves a member.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 14:30:00
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

from station_desk.domain.search import RARE_READINGS, member_search_keys, sort_key

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def rare(name: str) -> bool:
    """A name whose keys the readings table may have changed."""
    return any(ord(char) > 0xFFFF or char in RARE_READINGS for char in name or "")


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(
        text("SELECT id, name, phone, id_number, former_unit FROM member")
    ).fetchall()
    changed = [
        {
            "id": row.id,
            "search_keys": member_search_keys(
                name=row.name,
                phone=row.phone or "",
                id_number=row.id_number or "",
                former_unit=row.former_unit or "",
            ),
            "sort_key": sort_key(row.name),
        }
        for row in rows
        if rare(row.name)
    ]
    if changed:
        bind.execute(
            text("UPDATE member SET search_keys = :search_keys, sort_key = :sort_key WHERE id = :id"),
            changed,
        )


def downgrade() -> None:
    """Nothing to undo: the keys stay correct for the earlier program too."""

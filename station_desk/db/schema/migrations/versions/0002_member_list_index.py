"""member list index

A covering index over the members list in pinyin order (``models.MEMBER_LIST_COLUMNS``):
the desk reads 100,000 members from it in one walk, with no table lookup and no sort.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 15:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: As ``models.MEMBER_LIST_COLUMNS`` was when this revision was written.
COLUMNS = [
    "sort_key",
    "id",
    "name",
    "gender",
    "community_id",
    "grid_id",
    "branch_id",
    "is_party_member",
    "retirement_kind",
    "station_id",
    "search_keys",
    "deleted_at",
]


def upgrade() -> None:
    op.create_index(
        "ix_member_list", "member", COLUMNS, sqlite_where=sa.text("deleted_at IS NULL")
    )


def downgrade() -> None:
    op.drop_index("ix_member_list", table_name="member")

"""date precision

How much of each of a member's dates is known: "1968.05" written on a roster is a month,
not the 1st of May. One column per date (``year`` / ``month`` / ``day``); dates already in
the ledger were stored as days, so they stay day-precise.

The columns are added with ``ALTER TABLE ... ADD COLUMN`` (a constant default and a CHECK
are allowed there), so ``member`` is not rebuilt: no child row is at risk, and a 100,000-
member ledger upgrades in an instant. ``ledger.migrate`` still runs with foreign keys off
and checks them afterwards (DESIGN.md's batch-migration trap), as for every revision.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 13:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DATES = ("birth_date", "retired_on", "honorary_retirement_on", "joined_party_on")


def upgrade() -> None:
    for name in DATES:
        column = f"{name}_precision"
        op.execute(
            f"ALTER TABLE member ADD COLUMN {column} VARCHAR(32) DEFAULT 'day' NOT NULL "
            f"CONSTRAINT ck_member_{column} CHECK ({column} IN ('year', 'month', 'day'))"
        )


def downgrade() -> None:
    for name in reversed(DATES):
        op.execute(f"ALTER TABLE member DROP COLUMN {name}_precision")

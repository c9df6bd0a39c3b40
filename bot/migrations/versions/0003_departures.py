"""Departures: a workspace or guild that removed the bot, and when (its data goes after the retention)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    op.create_table(
        "departures",
        sa.Column("tenant", sa.String(200), nullable=False),
        sa.Column("left_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("tenant", name="pk_departures"),
    )


def downgrade() -> None:
    op.drop_table("departures")

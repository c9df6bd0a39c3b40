"""Seen platform events: a retried event (same id) must never produce a second reply."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.create_table(
        "seen_events",
        sa.Column("tenant", sa.String(200), nullable=False),
        sa.Column("event_id", sa.String(200), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("tenant", "event_id", name="pk_seen_events"),
    )


def downgrade() -> None:
    op.drop_table("seen_events")

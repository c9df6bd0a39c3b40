"""Initial schema: briefings, sentences (+ full-text index), commitments, subscriptions, digest runs."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def _tenant_channel() -> list[sa.Column[str]]:
    return [
        sa.Column("tenant", sa.String(200), nullable=False),
        sa.Column("channel", sa.String(200), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "briefings",
        sa.Column("id", sa.Integer, primary_key=True),
        *_tenant_channel(),
        sa.Column("user_id", sa.String(200), nullable=False, server_default=""),
        sa.Column("content_key", sa.String(64), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("published", sa.String(64)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("analysis", sa.Text, nullable=False),
        sa.UniqueConstraint("tenant", "channel", "content_key", name="uq_briefing_content"),
    )
    op.create_index("ix_briefings_tenant_channel_created", "briefings", ["tenant", "channel", "created_at"])
    op.create_table(
        "sentences",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "briefing_id", sa.Integer, sa.ForeignKey("briefings.id", ondelete="CASCADE"), nullable=False
        ),
        *_tenant_channel(),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("speaker", sa.Text),
    )
    op.create_index("ix_sentences_briefing", "sentences", ["briefing_id"])
    op.create_index("ix_sentences_tenant_channel", "sentences", ["tenant", "channel"])
    op.create_table(
        "commitments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "briefing_id", sa.Integer, sa.ForeignKey("briefings.id", ondelete="CASCADE"), nullable=False
        ),
        *_tenant_channel(),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("action", sa.Text, nullable=False),
        sa.Column("modality", sa.String(20), nullable=False),
        sa.Column("speaker", sa.Text),
        sa.Column("due", sa.Text),
    )
    op.create_index("ix_commitments_briefing", "commitments", ["briefing_id"])
    op.create_index("ix_commitments_tenant_channel", "commitments", ["tenant", "channel"])
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer, primary_key=True),
        *_tenant_channel(),
        sa.Column("local_time", sa.String(5), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("tenant", "channel", name="uq_subscription_channel"),
    )
    op.create_table(
        "digest_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        *_tenant_channel(),
        sa.Column("local_date", sa.String(10), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("claimed_by", sa.String(200), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="1"),
        sa.Column("posted_at", sa.DateTime(timezone=True)),
        sa.Column("message_id", sa.String(200)),
        sa.Column("covers_until", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("tenant", "channel", "local_date", name="uq_digest_day"),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE sentences ADD COLUMN tsv tsvector "
            "GENERATED ALWAYS AS (to_tsvector('english', text)) STORED"
        )
        op.execute("CREATE INDEX ix_sentences_tsv ON sentences USING GIN (tsv)")
    else:
        op.execute(
            "CREATE VIRTUAL TABLE sentences_fts USING fts5("
            "text, content='sentences', content_rowid='id', tokenize='porter unicode61')"
        )
        op.execute(
            "CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN "
            "INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text); END"
        )
        op.execute(
            "CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN "
            "INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        op.execute("DROP TABLE IF EXISTS sentences_fts")
    for table in ("digest_runs", "subscriptions", "commitments", "sentences", "briefings"):
        op.drop_table(table)

"""The store's tables (SQLAlchemy Core). Every row carries its tenant; migrations live in migrations/."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

briefings = Table(
    "briefings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("tenant", String(200), nullable=False),
    Column("channel", String(200), nullable=False),
    Column("user_id", String(200), nullable=False, server_default=""),
    Column("content_key", String(64), nullable=False),
    Column("title", Text),
    Column("source", Text),
    Column("published", String(64)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("analysis", Text, nullable=False),  # Analysis.to_dict() as JSON
    UniqueConstraint("tenant", "channel", "content_key", name="uq_briefing_content"),
    Index("ix_briefings_tenant_channel_created", "tenant", "channel", "created_at"),
)

sentences = Table(
    "sentences",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("briefing_id", Integer, ForeignKey("briefings.id", ondelete="CASCADE"), nullable=False),
    Column("tenant", String(200), nullable=False),
    Column("channel", String(200), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("text", Text, nullable=False),
    Column("speaker", Text),
    Column("about", Text),  # what the sentence refers back to (summarizer/about.py), searched with it
    Index("ix_sentences_briefing", "briefing_id"),
    Index("ix_sentences_tenant_channel", "tenant", "channel"),
)

commitments = Table(
    "commitments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("briefing_id", Integer, ForeignKey("briefings.id", ondelete="CASCADE"), nullable=False),
    Column("tenant", String(200), nullable=False),
    Column("channel", String(200), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("actor", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("modality", String(20), nullable=False),
    Column("speaker", Text),
    Column("due", Text),
    Index("ix_commitments_briefing", "briefing_id"),
    Index("ix_commitments_tenant_channel", "tenant", "channel"),
)

subscriptions = Table(
    "subscriptions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("tenant", String(200), nullable=False),
    Column("channel", String(200), nullable=False),
    Column("local_time", String(5), nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("created_by", String(200), nullable=False, server_default=""),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("tenant", "channel", name="uq_subscription_channel"),
)

digest_runs = Table(
    "digest_runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("tenant", String(200), nullable=False),
    Column("channel", String(200), nullable=False),
    Column("local_date", String(10), nullable=False),
    Column("status", String(20), nullable=False),  # claimed | posted | empty | missed
    Column("claimed_by", String(200), nullable=False),
    Column("claimed_at", DateTime(timezone=True), nullable=False),
    Column("attempts", Integer, nullable=False, server_default="1"),
    Column("posted_at", DateTime(timezone=True)),
    Column("message_id", String(200)),
    Column("covers_until", DateTime(timezone=True)),
    UniqueConstraint("tenant", "channel", "local_date", name="uq_digest_day"),
)

seen_events = Table(
    "seen_events",
    metadata,
    Column("tenant", String(200), primary_key=True),
    Column("event_id", String(200), primary_key=True),
    Column("seen_at", DateTime(timezone=True), nullable=False),
)

departures = Table(
    "departures",
    metadata,
    Column("tenant", String(200), primary_key=True),
    Column("left_at", DateTime(timezone=True), nullable=False),
)

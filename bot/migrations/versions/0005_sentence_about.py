"""Full-text search covers what a sentence refers back to (summarizer/about.py): "How big is the Cedar Ridge
Fire?" finds "The fire has burned 2,400 acres". Briefings stored before this have no such words; they are
answered as before (one forgotten and shared again is analysed anew)."""

from __future__ import annotations

import importlib

from alembic import op

revision = "0005"
down_revision = "0004"

_previous = importlib.import_module("bot.migrations.versions.0004_speaker_search")


def upgrade() -> None:
    op.execute("ALTER TABLE sentences ADD COLUMN about TEXT")
    if op.get_bind().dialect.name == "postgresql":
        _previous._postgres(
            "to_tsvector('english', text || ' ' || coalesce(speaker, '') || ' ' || coalesce(about, ''))"
        )
    else:
        _previous._sqlite(["text", "speaker", "about"])


def downgrade() -> None:
    _previous.upgrade()  # the index without the column
    op.execute("ALTER TABLE sentences DROP COLUMN about")

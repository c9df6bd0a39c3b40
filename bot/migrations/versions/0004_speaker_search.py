"""Full-text search covers a sentence's speaker too: "What did Cummings say about Republicans?" finds
'"Republicans want a photo op."', whose text never names him."""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"


def _postgres(expression: str) -> None:
    op.execute("DROP INDEX IF EXISTS ix_sentences_tsv")
    op.execute("ALTER TABLE sentences DROP COLUMN IF EXISTS tsv")
    op.execute(f"ALTER TABLE sentences ADD COLUMN tsv tsvector GENERATED ALWAYS AS ({expression}) STORED")
    op.execute("CREATE INDEX ix_sentences_tsv ON sentences USING GIN (tsv)")


def _sqlite(columns: list[str]) -> None:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    for statement in (
        "DROP TRIGGER IF EXISTS sentences_ai",
        "DROP TRIGGER IF EXISTS sentences_ad",
        "DROP TABLE IF EXISTS sentences_fts",
        f"CREATE VIRTUAL TABLE sentences_fts USING fts5({cols}, content='sentences', content_rowid='id', "
        "tokenize='porter unicode61')",
        f"CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN "
        f"INSERT INTO sentences_fts(rowid, {cols}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN "
        f"INSERT INTO sentences_fts(sentences_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); END",
        "INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')",
    ):
        op.execute(statement)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgres("to_tsvector('english', text || ' ' || coalesce(speaker, ''))")
    else:
        _sqlite(["text", "speaker"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgres("to_tsvector('english', text)")
    else:
        _sqlite(["text"])

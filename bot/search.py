"""Full-text search in the database: SQLite FTS5 (bm25) or PostgreSQL tsvector (ts_rank_cd)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

_SAFE = re.compile(r"^[a-z0-9]+(?: [a-z0-9]+)*$")
MAX_COMBOS = 64
INNER = 1000  # best index matches scoped per query before falling back to the exact query


@dataclass(frozen=True, slots=True)
class Hit:
    briefing_id: int
    title: str | None
    source: str | None
    idx: int
    kind: str
    text: str
    score: float  # higher is better
    speaker: str | None = None


def _combos(groups: list[list[str]], need: int) -> list[list[list[str]]]:
    combos = [list(c) for c in itertools.combinations(groups, need)]
    return combos[:MAX_COMBOS]


def _fts5(groups: list[list[str]], need: int) -> str:
    def group(words: list[str]) -> str:
        return "(" + " OR ".join(f'"{w}"' for w in words) + ")"

    return " OR ".join("(" + " AND ".join(group(g) for g in c) + ")" for c in _combos(groups, need))


def _tsquery(groups: list[list[str]], need: int) -> str:
    def group(words: list[str]) -> str:
        return "(" + " | ".join(" <-> ".join(w.split()) for w in words) + ")"

    return " | ".join("(" + " & ".join(group(g) for g in c) + ")" for c in _combos(groups, need))


def search(
    conn: Connection,
    tenant: str,
    channel: str | None,
    groups: list[list[str]],
    need: int = 1,
    limit: int = 60,
) -> list[Hit]:
    """Sentences of the tenant's (or channel's) briefings that match at least `need` of the word
    groups (any word of a group matches it), best first by the database's own rank."""
    clean = [[w.lower() for w in g if _SAFE.match(w.lower())] for g in groups]
    clean = [g for g in clean if g]
    if not clean:
        return []
    need = max(1, min(need, len(clean)))
    where_channel = " AND s.channel = :channel" if channel else ""
    params: dict[str, object] = {"tenant": tenant, "channel": channel, "limit": limit}
    if conn.dialect.name == "postgresql":
        params["q"] = _tsquery(clean, need)
        sql = (
            "SELECT s.briefing_id, b.title, b.source, s.idx, s.kind, s.text, "
            "ts_rank(s.tsv, to_tsquery('english', :q)) AS score, s.speaker "
            "FROM sentences s JOIN briefings b ON b.id = s.briefing_id "
            f"WHERE s.tsv @@ to_tsquery('english', :q) AND s.tenant = :tenant{where_channel} "
            "ORDER BY score DESC, s.briefing_id DESC, s.idx LIMIT :limit"
        )
    else:
        params["q"] = _fts5(clean, need)
        params["inner"] = INNER
        # The newest INNER matches (the index walks them in rowid order and stops) are ranked by bm25,
        # joined and scoped; when the scope keeps too few of them (a small tenant in a big store), the
        # exact query runs instead. Past INNER matches, older sentences are not ranked: a question that
        # matches that much is answered from the most recent briefings.
        ranked = (
            "SELECT s.briefing_id, b.title, b.source, s.idx, s.kind, s.text, -m.score AS score, s.speaker "
            "FROM (SELECT rowid AS id, bm25(sentences_fts) AS score FROM sentences_fts "
            "WHERE sentences_fts MATCH :q ORDER BY rowid DESC LIMIT :inner) m "
            "JOIN sentences s ON s.id = m.id JOIN briefings b ON b.id = s.briefing_id "
            f"WHERE s.tenant = :tenant{where_channel} "
            "ORDER BY m.score, s.briefing_id DESC, s.idx LIMIT :limit"
        )
        rows = conn.execute(text(ranked), params).all()
        if len(rows) >= limit or _matches_fewer_than(conn, str(params["q"]), INNER):
            return [_hit(r) for r in rows]
        sql = (
            "SELECT s.briefing_id, b.title, b.source, s.idx, s.kind, s.text, -bm25(sentences_fts) AS score, s.speaker "
            "FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
            "JOIN briefings b ON b.id = s.briefing_id "
            f"WHERE sentences_fts MATCH :q AND s.tenant = :tenant{where_channel} "
            "ORDER BY bm25(sentences_fts), s.briefing_id DESC, s.idx LIMIT :limit"
        )
    return [_hit(r) for r in conn.execute(text(sql), params).all()]


def _hit(r: Any) -> Hit:
    return Hit(int(r[0]), r[1], r[2], int(r[3]), str(r[4]), str(r[5]), float(r[6]), r[7])


def _matches_fewer_than(conn: Connection, q: str, n: int) -> bool:
    """Whether the index holds fewer than n matches in all (then the ranked query saw every one)."""
    found = conn.execute(
        text("SELECT count(*) FROM (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH :q LIMIT :n)"),
        {"q": q, "n": n},
    ).scalar()
    return int(found or 0) < n

"""Full-text search in the database: SQLite FTS5 (bm25) or PostgreSQL tsvector (ts_rank_cd)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

# "u.s": PostgreSQL keeps it whole, FTS5 as "u s"; letters of any alphabet ("micheál", "jørgensen"), which a
# query with ASCII only had dropped, so "What posts does Micheál Martin hold?" found nothing
_SAFE = re.compile(r"^[^\W_]+(?:[ .][^\W_]+)*$")
MAX_COMBOS = 64
INNER = 1000  # newest index matches scoped per query before falling back to the exact query
RECENT_TITLES = 2000  # newest briefings whose titles the title fallback of an answer reads


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
    about: str | None = None  # what the sentence refers back to (summarizer/about.py)


def _combos(groups: list[list[str]], need: int) -> list[list[list[str]]]:
    combos = [list(c) for c in itertools.combinations(groups, need)]
    return combos[:MAX_COMBOS]


def _fts5(groups: list[list[str]], need: int) -> str:
    def group(words: list[str]) -> str:
        return "(" + " OR ".join(f'"{w.replace(".", " ")}"' for w in words) + ")"

    return " OR ".join("(" + " AND ".join(group(g) for g in c) + ")" for c in _combos(groups, need))


def _tsquery(groups: list[list[str]], need: int) -> str:
    def group(words: list[str]) -> str:
        return "(" + " | ".join(" <-> ".join(w.split()) for w in words) + ")"

    return " | ".join("(" + " & ".join(group(g) for g in c) + ")" for c in _combos(groups, need))


# A Hit's columns, for the queries that leave ranking to the rerank in answer.py.
_UNRANKED = "s.briefing_id, b.title, b.source, s.idx, s.kind, s.text, 0.0 AS score, s.speaker, s.about"


def _spelled(groups: list[list[str]]) -> list[list[str]]:
    """The groups as both indexes spell them: lower case, "high-level" as the phrase "high level" (their
    tokenizers split at the hyphen, and "O'Hara" at the apostrophe), words that are safe in a query only, empty
    groups dropped."""
    spelled = [[w for w in (re.sub(r"[-'’]", " ", x.lower()) for x in g) if _SAFE.match(w)] for g in groups]
    return [g for g in spelled if g]


def search(
    conn: Connection,
    tenant: str,
    channel: str | None,
    groups: list[list[str]],
    need: int = 1,
    limit: int = 100,
) -> list[Hit]:
    """Sentences of the tenant's (or channel's) briefings that match at least `need` of the word
    groups (any word of a group matches it), best first by the database's own rank."""
    clean = _spelled(groups)
    if not clean:
        return []
    need = max(1, min(need, len(clean)))
    where_channel = " AND s.channel = :channel" if channel else ""
    params: dict[str, object] = {"tenant": tenant, "channel": channel, "limit": limit}
    if conn.dialect.name == "postgresql":
        params["q"] = _tsquery(clean, need)
        sql = (
            "SELECT s.briefing_id, b.title, b.source, s.idx, s.kind, s.text, "
            "ts_rank(s.tsv, to_tsquery('english', :q)) AS score, s.speaker, s.about "
            "FROM sentences s JOIN briefings b ON b.id = s.briefing_id "
            f"WHERE s.tsv @@ to_tsquery('english', :q) AND s.tenant = :tenant{where_channel} "
            "ORDER BY score DESC, s.briefing_id DESC, s.idx LIMIT :limit"
        )
    else:
        params["q"] = _fts5(clean, need)
        params["inner"] = INNER
        # The index hands over its newest matches (it walks them in rowid order and stops, with no
        # ranking: the rerank in answer.py scores candidates itself); they are joined and scoped. When
        # the scope keeps too few of them (a small tenant in a big store), the exact query runs instead.
        ids = [
            int(r[0])
            for r in conn.execute(
                text(
                    "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH :q ORDER BY rowid DESC LIMIT :inner"
                ),
                params,
            )
        ]
        if not ids:
            return []
        scoped = (
            f"SELECT {_UNRANKED} "
            "FROM sentences s JOIN briefings b ON b.id = s.briefing_id "
            # "+s.tenant" keeps SQLite on the primary key for these ids instead of scanning the scope's index.
            f"WHERE s.id IN ({','.join(map(str, ids))}) AND +s.tenant = :tenant{where_channel.replace('s.channel', '+s.channel')} "
            "ORDER BY s.id DESC LIMIT :limit"
        )
        rows = conn.execute(text(scoped), params).all()
        if len(rows) >= limit or len(ids) < INNER:  # enough, or the index had no more matches
            return [_hit(r) for r in rows]
        sql = (
            f"SELECT {_UNRANKED} "
            "FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
            "JOIN briefings b ON b.id = s.briefing_id "
            f"WHERE sentences_fts MATCH :q AND s.tenant = :tenant{where_channel} "
            "ORDER BY s.id DESC LIMIT :limit"
        )
    return [_hit(r) for r in conn.execute(text(sql), params).all()]


def _hit(r: Any) -> Hit:
    return Hit(int(r[0]), r[1], r[2], int(r[3]), str(r[4]), str(r[5]), float(r[6]), r[7], r[8])


def search_titled(
    conn: Connection,
    tenant: str,
    channel: str | None,
    groups: list[list[str]],
    need: int,
    limit: int = 100,
    briefings_max: int = 50,
) -> list[Hit]:
    """Sentences matching at least `need` of the word groups in the newest briefings whose title holds
    a word of any group: the candidates of a sentence that leaves who it is about to the title. The
    briefings are found first (among the newest RECENT_TITLES), so a broad match is only looked for
    among their sentences."""
    clean = _spelled(groups)
    if not clean:
        return []
    need = max(1, min(need, len(clean)))
    words = sorted({w for g in clean for w in g})
    params: dict[str, object] = {"tenant": tenant, "channel": channel, "limit": limit}
    params.update({f"t{i}": f"%{w}%" for i, w in enumerate(words)})
    likes = " OR ".join(f"lower(r.title) LIKE :t{i}" for i in range(len(words)))
    # Only the newest briefings' titles are read: a bounded fallback, whatever the store's size. A
    # channel's newest come from its (tenant, channel, created_at) index; a workspace's from the primary
    # key walked backwards ("+b.tenant" keeps SQLite off the tenant index, which would sort them all).
    if channel:
        scope, order = "b.tenant = :tenant AND b.channel = :channel", "b.created_at DESC"
    else:
        scope = "b.tenant = :tenant" if conn.dialect.name == "postgresql" else "+b.tenant = :tenant"
        order = "b.id DESC"
    ids = [
        int(r[0])
        for r in conn.execute(
            text(
                f"SELECT r.id FROM (SELECT b.id, b.title FROM briefings b WHERE {scope} "
                f"ORDER BY {order} LIMIT {int(RECENT_TITLES)}) r WHERE {likes} "
                f"ORDER BY r.id DESC LIMIT {int(briefings_max)}"
            ),
            params,
        )
    ]
    if not ids:
        return []
    inside = ",".join(map(str, ids))
    if conn.dialect.name == "postgresql":
        params["q"] = _tsquery(clean, need)
        sql = (
            f"SELECT {_UNRANKED} "
            "FROM sentences s JOIN briefings b ON b.id = s.briefing_id "
            f"WHERE s.briefing_id IN ({inside}) AND s.tsv @@ to_tsquery('english', :q) "
            "ORDER BY s.briefing_id DESC, s.idx LIMIT :limit"
        )
    else:
        params["q"] = _fts5(clean, need)
        sql = (
            f"SELECT {_UNRANKED} "
            "FROM sentences s JOIN briefings b ON b.id = s.briefing_id "
            f"WHERE s.briefing_id IN ({inside}) AND s.id IN (SELECT rowid FROM sentences_fts "
            f"WHERE sentences_fts MATCH :q AND rowid IN (SELECT id FROM sentences WHERE briefing_id IN ({inside}))) "
            "ORDER BY s.briefing_id DESC, s.idx LIMIT :limit"
        )
    return [_hit(r) for r in conn.execute(text(sql), params).all()]


def following(conn: Connection, tenant: str, anchors: list[tuple[int, int]], span: int) -> list[Hit]:
    """The `span` sentences after each (briefing_id, idx) anchor, in document order: where a reporter's
    question in a transcript finds its reply."""
    if not anchors:
        return []
    ranges = " OR ".join(
        f"(s.briefing_id = {int(b)} AND s.idx > {int(i)} AND s.idx <= {int(i) + int(span)})"
        for b, i in anchors
    )
    # "+s.tenant" keeps SQLite on the briefing index for these ranges instead of walking the tenant's.
    column = "s.tenant" if conn.dialect.name == "postgresql" else "+s.tenant"
    sql = (
        f"SELECT {_UNRANKED} FROM sentences s JOIN briefings b ON b.id = s.briefing_id "
        f"WHERE {column} = :tenant AND ({ranges}) ORDER BY s.briefing_id, s.idx"
    )
    return [_hit(r) for r in conn.execute(text(sql), {"tenant": tenant}).all()]

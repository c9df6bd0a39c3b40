"""The store: SQLAlchemy Core on SQLite (default) or PostgreSQL (by URL), migrated with Alembic.

Every query filters on the tenant. Each public method is one transaction: nothing is half-written.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from summarizer.model import Analysis

from .departures import Departures
from .digest_ledger import DigestLedger
from .errors import BriefbotError
from .schema import briefings, commitments, departures, digest_runs, seen_events, sentences, subscriptions
from .search import Hit, following, search, search_titled
from .titles import briefing_title

log = logging.getLogger(__name__)


class StoreError(BriefbotError):
    pass


@dataclass(frozen=True, slots=True)
class StoredBriefing:
    id: int
    tenant: str
    channel: str
    title: str | None
    source: str | None
    created_at: datetime
    analysis: dict[str, Any]

    @property
    def label(self) -> str:
        return self.title or briefing_title(self.analysis, self.id)


def content_key(text: str, url: str | None) -> str:
    """Same URL, or same text up to case and spacing: the same briefing."""
    basis = url.strip() if url else re.sub(r"\s+", " ", text).strip().casefold()
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def _migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7261001)")  # one migrator at a time
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Store(DigestLedger, Departures):
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str, busy_timeout: float = 15.0) -> Store:
        if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
            Path(url.removeprefix("sqlite:///")).expanduser().parent.mkdir(parents=True, exist_ok=True)
        try:
            engine = create_engine(
                url,
                connect_args={"timeout": busy_timeout}
                if url.startswith("sqlite")
                else {"connect_timeout": 5},
            )
        except (SQLAlchemyError, ImportError, ValueError) as err:
            raise StoreError(f"The store URL is not usable: {err}.") from err
        if engine.dialect.name == "sqlite":

            @event.listens_for(engine, "connect")
            def _pragmas(dbapi_conn: Any, _record: Any) -> None:
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA foreign_keys=ON")
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
                # 64 MB of page cache: the full-text index is read a lot
                cur.execute("PRAGMA cache_size=-65536")
                cur.close()

        store = cls(engine)
        with store._errors():
            _migrate(engine)
        return store

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except OperationalError as err:
            log.warning("store error: %s", err)
            if "locked" in str(err).lower() or "busy" in str(err).lower():
                raise StoreError(
                    "The store is busy (locked by another process); try again in a moment."
                ) from err
            raise StoreError("The store cannot be reached right now; try again in a moment.") from err

    @contextmanager
    def tx(self) -> Iterator[Connection]:
        with self._errors(), self.engine.begin() as conn:
            yield conn

    # briefings ------------------------------------------------------------------------------------
    def add_briefing(
        self, tenant: str, channel: str, user: str, analysis: Analysis, key: str, now: datetime
    ) -> tuple[int, bool]:
        """Store a briefing with its sentences and commitments; (id, False) if it was already there."""
        with self.tx() as conn:
            existing = conn.execute(
                select(briefings.c.id).where(
                    briefings.c.tenant == tenant,
                    briefings.c.channel == channel,
                    briefings.c.content_key == key,
                )
            ).scalar()
            if existing is not None:
                return int(existing), False
            as_dict = analysis.to_dict()
            try:
                with conn.begin_nested():
                    result = conn.execute(
                        insert(briefings).values(
                            tenant=tenant,
                            channel=channel,
                            user_id=user,
                            content_key=key,
                            title=analysis.title or briefing_title(as_dict),
                            source=analysis.source,
                            published=analysis.date,
                            created_at=now,
                            analysis=json.dumps(as_dict, ensure_ascii=False),
                        )
                    )
                    bid = int(result.inserted_primary_key[0])  # type: ignore[index]
            except IntegrityError:  # a concurrent worker stored the same briefing first
                same = (
                    briefings.c.tenant == tenant,
                    briefings.c.channel == channel,
                    briefings.c.content_key == key,
                )
                return int(conn.execute(select(briefings.c.id).where(*same)).scalar_one()), False
            base = {"briefing_id": bid, "tenant": tenant, "channel": channel}
            who = analysis.sentence_speakers
            about = analysis.sentence_about
            rows = [
                {
                    **base,
                    "idx": s.index,
                    "kind": s.kind,
                    "text": s.text,
                    "speaker": who[s.index] if who else None,
                    # (an analysis without them, as an older store's, leaves the column to its default)
                    **({"about": about[s.index]} if about else {}),
                }
                for s in analysis.sentences
                # a section's heading is kept: it leads an answer to its section (turns.py); the title is
                # the briefing's own
                if s.kind != "heading" or s.text != analysis.title
            ]
            if rows:
                conn.execute(insert(sentences), rows)
            crow = [
                {
                    **base,
                    "idx": c.index,
                    "actor": c.actor,
                    "action": c.action,
                    "modality": c.modality,
                    "speaker": c.speaker,
                    "due": c.when,
                }
                for c in analysis.commitments
            ]
            if crow:
                conn.execute(insert(commitments), crow)
            return int(bid), True

    def _row(self, r: Any) -> StoredBriefing:
        return StoredBriefing(
            r.id, r.tenant, r.channel, r.title, r.source, r.created_at, json.loads(r.analysis)
        )

    def briefing(self, tenant: str, bid: int) -> StoredBriefing | None:
        with self.tx() as conn:
            r = conn.execute(
                select(briefings).where(briefings.c.tenant == tenant, briefings.c.id == bid)
            ).first()
            return self._row(r) if r else None

    def recent(self, tenant: str, channel: str | None, limit: int = 10) -> list[StoredBriefing]:
        q = select(briefings).where(briefings.c.tenant == tenant)
        if channel:
            q = q.where(briefings.c.channel == channel)
        with self.tx() as conn:
            rows = conn.execute(q.order_by(briefings.c.created_at.desc(), briefings.c.id.desc()).limit(limit))
            return [self._row(r) for r in rows]

    def briefings_between(
        self, tenant: str, channel: str, since: datetime | None, until: datetime
    ) -> list[StoredBriefing]:
        q = select(briefings).where(
            briefings.c.tenant == tenant, briefings.c.channel == channel, briefings.c.created_at <= until
        )
        if since is not None:
            q = q.where(briefings.c.created_at > since)
        with self.tx() as conn:
            return [self._row(r) for r in conn.execute(q.order_by(briefings.c.created_at, briefings.c.id))]

    def actors_before(self, tenant: str, channel: str, before: datetime) -> set[str]:
        q = (
            select(commitments.c.actor)
            .join(briefings, briefings.c.id == commitments.c.briefing_id)
            .where(
                commitments.c.tenant == tenant,
                commitments.c.channel == channel,
                briefings.c.created_at <= before,
            )
        )
        with self.tx() as conn:
            return {str(a).lower() for a in conn.execute(q).scalars()}

    def search(
        self, tenant: str, channel: str | None, groups: list[list[str]], need: int = 1, limit: int = 100
    ) -> list[Hit]:
        """See search.search: sentences matching at least `need` of the word groups, best first."""
        with self.tx() as conn:
            return search(conn, tenant, channel, groups, need, limit)

    def search_titled(
        self, tenant: str, channel: str | None, groups: list[list[str]], need: int = 1, limit: int = 100
    ) -> list[Hit]:
        """See search.search_titled: matches among the briefings whose title holds a question word."""
        with self.tx() as conn:
            return search_titled(conn, tenant, channel, groups, need, limit)

    def following(self, tenant: str, anchors: list[tuple[int, int]], span: int = 8) -> list[Hit]:
        """See search.following: the sentences after each (briefing_id, idx) anchor."""
        with self.tx() as conn:
            return following(conn, tenant, anchors, span)

    def other_channels(self, tenant: str, channel: str) -> bool:
        """Whether the tenant has briefings in a channel other than `channel` (two index seeks)."""
        b = briefings.c
        with self.tx() as conn:
            return any(
                conn.execute(select(b.id).where(b.tenant == tenant, side).limit(1)).first() is not None
                for side in (b.channel < channel, b.channel > channel)
            )

    def briefing_sentences(self, tenant: str, briefing_id: int) -> list[Hit]:
        """A briefing's sentences in document order (see search.following)."""
        with self.tx() as conn:
            return following(conn, tenant, [(briefing_id, -1)], 1_000_000)

    def _delete_ids(self, conn: Connection, ids: list[int]) -> None:
        for table in (sentences, commitments):
            conn.execute(delete(table).where(table.c.briefing_id.in_(ids)))
        conn.execute(delete(briefings).where(briefings.c.id.in_(ids)))

    def _forget(self, conn: Connection, *where: Any) -> list[int]:
        ids = list(conn.execute(select(briefings.c.id).where(*where)).scalars())
        if ids:
            self._delete_ids(conn, ids)
        return ids

    def forget_briefing(self, tenant: str, bid: int) -> bool:
        with self.tx() as conn:
            return bool(self._forget(conn, briefings.c.tenant == tenant, briefings.c.id == bid))

    def forget_channel(self, tenant: str, channel: str) -> int:
        with self.tx() as conn:
            ids = self._forget(conn, briefings.c.tenant == tenant, briefings.c.channel == channel)
            conn.execute(
                delete(subscriptions).where(
                    subscriptions.c.tenant == tenant, subscriptions.c.channel == channel
                )
            )
            return len(ids)

    def forget_tenant(self, tenant: str) -> int:
        with self.tx() as conn:
            ids = self._forget(conn, briefings.c.tenant == tenant)
            for table in (subscriptions, digest_runs, seen_events, departures):
                conn.execute(delete(table).where(table.c.tenant == tenant))
            return len(ids)

    def purge(self, before: datetime) -> int:
        """Delete briefings stored before `before` (every tenant: the retention rule is global)."""
        with self.tx() as conn:
            return len(self._forget(conn, briefings.c.created_at < before))

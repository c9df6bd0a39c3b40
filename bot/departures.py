"""Tenants that removed the bot (a Discord guild that kicked it, a Slack workspace that uninstalled it):
when they left, so the purge can delete their data once `retention.removed_days` have passed. Coming
back before then cancels it. Mixed into Store."""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection

from .schema import departures


class Departures:
    def tx(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    def mark_departed(self, tenant: str, now: datetime) -> None:
        """Record that the tenant left (the first departure counts; a repeated event changes nothing)."""
        with self.tx() as conn:
            if conn.execute(select(departures.c.tenant).where(departures.c.tenant == tenant)).first():
                return
            conn.execute(insert(departures).values(tenant=tenant, left_at=now))

    def mark_returned(self, tenant: str) -> bool:
        """The tenant added the bot again: nothing of theirs is deleted. True if it had left."""
        with self.tx() as conn:
            return bool(conn.execute(delete(departures).where(departures.c.tenant == tenant)).rowcount)

    def departed_before(self, cutoff: datetime) -> list[str]:
        with self.tx() as conn:
            rows = conn.execute(
                select(departures.c.tenant).where(departures.c.left_at < cutoff).order_by(departures.c.tenant)
            )
            return [r[0] for r in rows]

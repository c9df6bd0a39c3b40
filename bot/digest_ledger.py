"""Subscriptions and digest claims: the part of the store the scheduler uses (mixed into Store)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from .schema import digest_runs, seen_events, subscriptions


def utc(value: datetime) -> datetime:
    """SQLite returns naive datetimes; everything stored is UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


@dataclass(frozen=True, slots=True)
class Subscription:
    tenant: str
    channel: str
    local_time: str
    timezone: str
    created_at: datetime


class DigestLedger:
    def tx(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    # subscriptions ---------------------------------------------------------------------------------
    def subscribe(
        self, tenant: str, channel: str, local_time: str, tz: str, user: str, now: datetime
    ) -> None:
        with self.tx() as conn:
            conn.execute(
                delete(subscriptions).where(
                    subscriptions.c.tenant == tenant, subscriptions.c.channel == channel
                )
            )
            conn.execute(
                insert(subscriptions).values(
                    tenant=tenant,
                    channel=channel,
                    local_time=local_time,
                    timezone=tz,
                    created_by=user,
                    created_at=now,
                )
            )

    def unsubscribe(self, tenant: str, channel: str) -> bool:
        with self.tx() as conn:
            q = delete(subscriptions).where(
                subscriptions.c.tenant == tenant, subscriptions.c.channel == channel
            )
            return bool(conn.execute(q).rowcount)

    def subscriptions(self, tenant: str | None = None, channel: str | None = None) -> list[Subscription]:
        """Every subscription, a tenant's, or (with `channel`) the one of a channel."""
        q = select(subscriptions).order_by(subscriptions.c.tenant, subscriptions.c.channel)
        if tenant is not None:
            q = q.where(subscriptions.c.tenant == tenant)
        if channel is not None:
            q = q.where(subscriptions.c.channel == channel)
        with self.tx() as conn:
            return [
                Subscription(r.tenant, r.channel, r.local_time, r.timezone, utc(r.created_at))
                for r in conn.execute(q)
            ]

    # digest claims ---------------------------------------------------------------------------------
    def claim_digest(
        self, tenant: str, channel: str, local_date: str, worker: str, now: datetime, stale_after: timedelta
    ) -> bool:
        """Claim a channel's digest for a local day; True only for the one claimant that may post.

        A claim whose post never completed (status still "claimed" after `stale_after`) may be taken over.
        """
        with self.tx() as conn:
            try:
                with conn.begin_nested():
                    conn.execute(
                        insert(digest_runs).values(
                            tenant=tenant,
                            channel=channel,
                            local_date=local_date,
                            status="claimed",
                            claimed_by=worker,
                            claimed_at=now,
                            attempts=1,
                        )
                    )
                return True
            except IntegrityError:
                pass
            taken = conn.execute(
                update(digest_runs)
                .where(
                    digest_runs.c.tenant == tenant,
                    digest_runs.c.channel == channel,
                    digest_runs.c.local_date == local_date,
                    digest_runs.c.status == "claimed",
                    digest_runs.c.claimed_at < now - stale_after,
                )
                .values(claimed_by=worker, claimed_at=now, attempts=digest_runs.c.attempts + 1)
            )
            return bool(taken.rowcount)

    def finish_digest(
        self,
        tenant: str,
        channel: str,
        local_date: str,
        status: str,
        now: datetime,
        message_id: str | None = None,
    ) -> None:
        with self.tx() as conn:
            conn.execute(
                update(digest_runs)
                .where(
                    digest_runs.c.tenant == tenant,
                    digest_runs.c.channel == channel,
                    digest_runs.c.local_date == local_date,
                )
                .values(status=status, posted_at=now, message_id=message_id, covers_until=now)
            )

    def digest_status(self, tenant: str, channel: str, local_date: str) -> tuple[str, int, str | None] | None:
        with self.tx() as conn:
            r = conn.execute(
                select(digest_runs.c.status, digest_runs.c.attempts, digest_runs.c.message_id).where(
                    digest_runs.c.tenant == tenant,
                    digest_runs.c.channel == channel,
                    digest_runs.c.local_date == local_date,
                )
            ).first()
            return (str(r[0]), int(r[1]), r[2]) if r else None

    def last_digest_until(self, tenant: str, channel: str, before_date: str) -> datetime | None:
        with self.tx() as conn:
            found = conn.execute(
                select(digest_runs.c.covers_until)
                .where(
                    digest_runs.c.tenant == tenant,
                    digest_runs.c.channel == channel,
                    digest_runs.c.local_date < before_date,
                    digest_runs.c.status.in_(("posted", "empty")),
                )
                .order_by(digest_runs.c.local_date.desc())
                .limit(1)
            ).scalar()
            return utc(found) if found is not None else None

    # platform events -----------------------------------------------------------------------------------
    def first_sighting(self, tenant: str, event_id: str, now: datetime) -> bool:
        """Record an event id; True only the first time (a platform's retry of it gets False)."""
        with self.tx() as conn:
            try:
                with conn.begin_nested():
                    conn.execute(insert(seen_events).values(tenant=tenant, event_id=event_id, seen_at=now))
                return True
            except IntegrityError:
                return False

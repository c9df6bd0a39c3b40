"""Daily digests: APScheduler ticks once a minute; the store's claims make each post happen once.

APScheduler alone cannot promise one post per channel and day (several workers, restarts, DST), so:
- only one scheduler runs per deployment: it holds a leader lock (a PostgreSQL advisory lock, or a lock
  file beside the SQLite database); the others wait and try again;
- before posting, the scheduler claims (tenant, channel, local date) in the store; only the claimant
  posts, then records the message id;
- a claim whose post never completed (a crash between claim and post) goes stale after
  `digest.claim_timeout_minutes` and is claimed again, so the day is not lost. A post whose outcome is
  unknown (the platform took it but the worker died before recording it) may therefore be repeated once
  after the timeout; adapters pass `idempotency_key` to platforms that can drop such a repeat (Discord's
  enforced nonce);
- a run missed during downtime is posted once if still within `digest.grace_minutes`, else recorded as
  missed and logged.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO, Any, Protocol
from zoneinfo import ZoneInfo

from .replies import Reply
from .service import BriefingService

log = logging.getLogger(__name__)

Poster = Callable[
    [str, str, Reply, str], "str | None"
]  # (tenant key, channel, reply, idempotency key) -> message id


class LeaderLock(Protocol):
    def acquire(self) -> bool: ...

    def release(self) -> None: ...


class FileLock:
    """An exclusive, non-blocking lock file (for SQLite deployments on one machine)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[str] | None = None

    def acquire(self) -> bool:
        import fcntl

        if self._fh is not None:
            return True
        fh = self.path.open("a")
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


class AdvisoryLock:
    """A PostgreSQL session advisory lock held on its own connection for as long as we lead."""

    KEY = 7261002

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self._conn: Any = None

    def acquire(self) -> bool:
        if self._conn is not None:
            return True
        conn = self.engine.connect()
        got = bool(conn.exec_driver_sql(f"SELECT pg_try_advisory_lock({self.KEY})").scalar())
        conn.commit()
        if not got:
            conn.close()
            return False
        self._conn = conn
        return True

    def release(self) -> None:
        if self._conn is not None:
            self._conn.exec_driver_sql(f"SELECT pg_advisory_unlock({self.KEY})")
            self._conn.close()
            self._conn = None


def leader_lock(service: BriefingService) -> LeaderLock:
    engine = service.store.engine
    if engine.dialect.name == "postgresql":
        return AdvisoryLock(engine)
    db = engine.url.database or ""
    path = (
        Path(db + ".scheduler.lock") if db and db != ":memory:" else Path(f"/tmp/briefbot-{os.getuid()}.lock")
    )
    return FileLock(path)


def idempotency_key(tenant: str, channel: str, day: date) -> str:
    return f"digest:{tenant}:{channel}:{day.isoformat()}"


class DigestScheduler:
    def __init__(self, service: BriefingService, poster: Poster, worker: str | None = None) -> None:
        self.service = service
        self.poster = poster
        self.worker = worker or f"{socket.gethostname()}:{os.getpid()}"
        self._scheduler: Any = None
        self._lock: LeaderLock | None = None

    def tick(self, now: datetime | None = None) -> list[tuple[str, str, str, str]]:
        """Post every digest that is due and not yet posted; returns (tenant, channel, day, outcome)."""
        now = now or self.service.clock()
        s = self.service.settings
        grace = timedelta(minutes=s.digest_grace_minutes)
        stale = timedelta(minutes=s.digest_claim_timeout_minutes)
        done: list[tuple[str, str, str, str]] = []
        for sub in self.service.store.subscriptions():
            zone = ZoneInfo(sub.timezone)
            today = now.astimezone(zone).date()
            hh, mm = (int(x) for x in sub.local_time.split(":"))
            for day in (today - timedelta(days=1), today):
                due = datetime.combine(day, time(hh, mm), zone)
                if now < due or due < sub.created_at:
                    continue
                key = (sub.tenant, sub.channel, day.isoformat())
                late = now - due > grace
                status = self.service.store.digest_status(*key)
                if status is not None and status[0] != "claimed":
                    continue
                if not self.service.store.claim_digest(*key, self.worker, now, stale):
                    continue
                if late:
                    log.warning("digest for %s/%s on %s missed (due %s, now %s)", *key, due, now)
                    self.service.store.finish_digest(*key, "missed", now)
                    done.append((*key, "missed"))
                    continue
                done.append((*key, self._post(sub.tenant, sub.channel, day, sub.timezone, now)))
        return done

    def _post(self, tenant: str, channel: str, day: date, tz: str, now: datetime) -> str:
        store = self.service.store
        reply = self.service.digest_for(
            tenant, channel, day, tz, post_empty=self.service.settings.digest_post_empty
        )
        if reply is None:
            store.finish_digest(tenant, channel, day.isoformat(), "empty", now)
            return "empty"
        try:
            message_id = self.poster(tenant, channel, reply, idempotency_key(tenant, channel, day))
        except Exception:  # the claim stays; it goes stale and is retried
            log.exception("posting the digest for %s/%s on %s failed", tenant, channel, day)
            return "failed"
        store.finish_digest(tenant, channel, day.isoformat(), "posted", now, message_id)
        return "posted"

    def purge(self) -> None:
        if self._lock is None or not self._lock.acquire():
            return  # the leader purges
        n = self.service.purge()
        if n:
            log.info("purged %d briefing(s) older than the retention period", n)

    def _lead_and_tick(self) -> None:
        if self._lock is None:
            self._lock = leader_lock(self.service)
        if not self._lock.acquire():
            log.debug("another scheduler leads this deployment")
            return
        self.tick()

    def start(self) -> None:
        """Run in the background: a tick every minute and a daily purge, on the leader only."""
        from apscheduler.schedulers.background import BackgroundScheduler

        scheduler = BackgroundScheduler(timezone="UTC")
        scheduler.add_job(
            self._lead_and_tick,
            "interval",
            seconds=60,
            id="digests",
            coalesce=True,
            max_instances=1,
            next_run_time=datetime.now(ZoneInfo("UTC")),
        )
        scheduler.add_job(self.purge, "interval", hours=24, id="purge", coalesce=True, max_instances=1)
        scheduler.start()
        self._scheduler = scheduler

    def shutdown(self) -> None:
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        if self._lock is not None:
            self._lock.release()

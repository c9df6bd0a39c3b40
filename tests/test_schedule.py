"""Daily digests: exactly once per channel and local day, across DST, schedulers, crashes and downtime."""

import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.config import load
from bot.replies import Reply
from bot.schedule import AdvisoryLock, DigestScheduler, FileLock
from bot.scope import Scope
from bot.service import BriefingService
from bot.store import Store


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class Wall:
    """A fake channel wall: records every post; optionally fails."""

    def __init__(self) -> None:
        self.posts: list[tuple[str, str, str]] = []
        self.fail = False
        self.lock = threading.Lock()

    def __call__(self, tenant: str, channel: str, reply: Reply, key: str) -> str:
        if self.fail:
            raise ConnectionError("platform down")
        with self.lock:
            self.posts.append((tenant, channel, key))
            return f"m{len(self.posts)}"


def make(url: str, clock: Clock, **settings: object) -> BriefingService:
    base = replace(load(environ={}), digest_post_empty=True)
    return BriefingService(Store.open(url), replace(base, **settings), clock)  # type: ignore[arg-type]


SCOPE = Scope("slack", "T1", "C1", "u")


def test_posts_once_at_local_time(store_url: str) -> None:
    clock = Clock(datetime(2026, 6, 1, 12, 0, tzinfo=UTC))  # 08:00 in New York
    service = make(store_url, clock)
    service.subscribe(SCOPE, "09:00", "America/New_York")
    service.brief_text(SCOPE, "The council pledged to repair the bridge by July. Work starts Monday.")
    wall = Wall()
    sched = DigestScheduler(service, wall, "w1")
    assert sched.tick() == []
    clock.now = datetime(2026, 6, 1, 13, 0, tzinfo=UTC)
    assert sched.tick() == [("slack:T1", "C1", "2026-06-01", "posted")]
    clock.now += timedelta(minutes=1)
    assert sched.tick() == []
    assert wall.posts == [("slack:T1", "C1", "digest:slack:T1:C1:2026-06-01")]
    assert service.store.digest_status("slack:T1", "C1", "2026-06-01") == ("posted", 1, "m1")


@pytest.mark.parametrize(
    ("local_time", "start"),
    [("02:30", datetime(2026, 3, 7, 0, 0, tzinfo=UTC)), ("01:30", datetime(2026, 10, 31, 0, 0, tzinfo=UTC))],
)
def test_exactly_once_per_local_day_across_dst(tmp_path: Path, local_time: str, start: datetime) -> None:
    clock = Clock(start)
    service = make(f"sqlite:///{tmp_path / 'dst.db'}", clock)
    service.subscribe(SCOPE, local_time, "America/New_York")
    wall = Wall()
    sched = DigestScheduler(service, wall, "w1")
    while clock.now < start + timedelta(days=3):
        sched.tick()
        clock.now += timedelta(minutes=10)
    days = [key.rsplit(":", 1)[1] for _, _, key in wall.posts]
    assert len(days) == len(set(days)) == 3, days


def test_empty_day_posts_nothing_unless_asked(tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 6, 1, 8, 0, tzinfo=UTC))
    service = make(f"sqlite:///{tmp_path / 'e.db'}", clock, digest_post_empty=False)
    service.subscribe(SCOPE, "09:00", "UTC")
    clock.now = datetime(2026, 6, 1, 9, 5, tzinfo=UTC)
    wall = Wall()
    assert DigestScheduler(service, wall).tick() == [("slack:T1", "C1", "2026-06-01", "empty")]
    assert wall.posts == []
    assert "Nothing new" in service.digest(SCOPE).text  # asked for: it says so


def test_two_schedulers_one_database_post_once(store_url: str) -> None:
    clock = Clock(datetime(2026, 6, 1, 8, 0, tzinfo=UTC))
    a, b = make(store_url, clock), make(store_url, clock)
    a.subscribe(SCOPE, "09:00", "UTC")
    for n in range(5):
        a.subscribe(Scope("slack", "T1", f"C{n + 2}", "u"), "09:00", "UTC")
    clock.now = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
    wall = Wall()
    scheds = [DigestScheduler(a, wall, "w1"), DigestScheduler(b, wall, "w2")]
    barrier = threading.Barrier(2)

    def run(s: DigestScheduler) -> None:
        barrier.wait()
        s.tick()

    threads = [threading.Thread(target=run, args=(s,)) for s in scheds]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(c for _, c, _ in wall.posts) == ["C1", "C2", "C3", "C4", "C5", "C6"]


def test_crash_between_claim_and_post_is_retried_once(store_url: str) -> None:
    clock = Clock(datetime(2026, 6, 1, 8, 0, tzinfo=UTC))
    service = make(store_url, clock)
    service.subscribe(SCOPE, "09:00", "UTC")
    clock.now = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
    wall = Wall()
    wall.fail = True
    assert DigestScheduler(service, wall, "w1").tick() == [("slack:T1", "C1", "2026-06-01", "failed")]
    wall.fail = False
    other = DigestScheduler(service, wall, "w2")
    clock.now += timedelta(minutes=5)
    assert other.tick() == []  # the claim is not stale yet
    clock.now += timedelta(minutes=6)
    assert other.tick() == [("slack:T1", "C1", "2026-06-01", "posted")]
    assert len(wall.posts) == 1
    assert service.store.digest_status("slack:T1", "C1", "2026-06-01") == ("posted", 2, "m1")


def test_missed_beyond_grace_is_logged_not_posted(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock(datetime(2026, 6, 1, 8, 0, tzinfo=UTC))
    service = make(f"sqlite:///{tmp_path / 'm.db'}", clock)
    service.subscribe(SCOPE, "09:00", "UTC")
    service.subscribe(Scope("slack", "T1", "C2", "u"), "10:30", "UTC")
    wall = Wall()
    clock.now = datetime(2026, 6, 1, 13, 0, tzinfo=UTC)  # down from 08:00 to 13:00; grace is 3 hours
    assert DigestScheduler(service, wall).tick() == [
        ("slack:T1", "C1", "2026-06-01", "missed"),
        ("slack:T1", "C2", "2026-06-01", "posted"),
    ]
    assert [c for _, c, _ in wall.posts] == ["C2"] and "missed" in caplog.text


def test_leader_locks(tmp_path: Path, store_url: str) -> None:
    one, two = FileLock(tmp_path / "x.lock"), FileLock(tmp_path / "x.lock")
    assert one.acquire() and not two.acquire()
    one.release()
    assert two.acquire()
    two.release()
    if store_url.startswith("postgresql"):
        s1, s2 = Store.open(store_url), Store.open(store_url)
        a, b = AdvisoryLock(s1.engine), AdvisoryLock(s2.engine)
        assert a.acquire() and not b.acquire()
        a.release()
        assert b.acquire()
        b.release()


def test_apscheduler_runs_the_tick_job(tmp_path: Path) -> None:
    service = make(f"sqlite:///{tmp_path / 's.db'}", Clock(datetime.now(UTC)))
    sched = DigestScheduler(service, Wall())
    sched.start()
    try:
        assert {j.id for j in sched._scheduler.get_jobs()} == {"digests", "purge"}
    finally:
        sched.shutdown()

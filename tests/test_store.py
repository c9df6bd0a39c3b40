"""The store on SQLite and PostgreSQL: dedup, full-text search, tenant isolation, forget, purge, claims."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.store import Store, content_key
from summarizer.analyze import analyse

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
A = "The ministry will publish the new water rules by June. Farmers declined to say whether they would comply."
B = "The council pledged to repair the bridge. Repairs will cost $4 million, officials said."


def add(store: Store, tenant: str, channel: str, text: str, when: datetime = NOW) -> tuple[int, bool]:
    return store.add_briefing(tenant, channel, "u1", analyse(text), content_key(text, None), when)


def test_same_briefing_twice_is_stored_once(store: Store) -> None:
    first = add(store, "slack:T1", "C1", A)
    again = add(store, "slack:T1", "C1", "  " + A.upper().lower().replace("the", "The", 1) + "\n")
    assert first[1] is True
    assert again == (first[0], False)
    assert add(store, "slack:T1", "C2", A)[1] is True  # another channel keeps its own
    url_key = content_key("page text", "https://news.example/a")
    bid, created = store.add_briefing("slack:T1", "C1", "u", analyse(B), url_key, NOW)
    assert created
    assert store.add_briefing("slack:T1", "C1", "u", analyse(B + " Updated."), url_key, NOW) == (bid, False)


def test_full_text_search_is_tenant_and_channel_scoped(store: Store) -> None:
    add(store, "slack:T1", "C1", A)
    add(store, "slack:T2", "C1", B)
    hits = store.search("slack:T1", None, [["water"], ["rules"], ["bridge"]], need=2)
    assert [h.text for h in hits] == ["The ministry will publish the new water rules by June."]
    assert store.search("slack:T2", None, [["water"]]) == []
    assert store.search("slack:T1", "C9", [["water"]]) == []
    assert store.search("discord:T1", None, [["water", "bridge"]]) == []
    stemmed = store.search("slack:T2", None, [["repairing"]])  # the index stems: repair/repairs/repairing
    assert {h.idx for h in stemmed} == {0, 1}


def test_whether_a_tenant_has_other_channels(store: Store) -> None:
    add(store, "slack:T1", "C5", A)
    assert not store.other_channels("slack:T1", "C5")  # asking the workspace again would find the same
    assert store.other_channels("slack:T1", "C1") and store.other_channels("slack:T1", "C9")
    add(store, "slack:T1", "C1", B)
    assert store.other_channels("slack:T1", "C5")
    assert not store.other_channels("slack:T2", "C5")


def test_forget_and_purge(store: Store) -> None:
    a, _ = add(store, "slack:T1", "C1", A, NOW - timedelta(days=400))
    b, _ = add(store, "slack:T1", "C1", B)
    assert store.forget_briefing("slack:T2", a) is False  # not another tenant's to delete
    assert store.purge(NOW - timedelta(days=365)) == 1
    assert store.briefing("slack:T1", a) is None
    assert store.search("slack:T1", None, [["water"]]) == []
    assert store.forget_briefing("slack:T1", b) is True
    assert store.recent("slack:T1", "C1") == []
    add(store, "slack:T1", "C1", A)
    store.subscribe("slack:T1", "C1", "09:00", "UTC", "u", NOW)
    assert store.forget_channel("slack:T1", "C1") == 1
    assert store.subscriptions("slack:T1") == []


def test_digest_claims_are_exclusive_and_go_stale(store: Store) -> None:
    stale = timedelta(minutes=10)
    assert store.claim_digest("t", "c", "2026-03-01", "w1", NOW, stale) is True
    assert store.claim_digest("t", "c", "2026-03-01", "w2", NOW, stale) is False
    assert store.claim_digest("t", "c", "2026-03-01", "w2", NOW + timedelta(minutes=11), stale) is True
    assert store.digest_status("t", "c", "2026-03-01") == ("claimed", 2, None)
    store.finish_digest("t", "c", "2026-03-01", "posted", NOW, "m1")
    assert store.claim_digest("t", "c", "2026-03-01", "w3", NOW + timedelta(hours=5), stale) is False
    assert store.last_digest_until("t", "c", "2026-03-02") == NOW


def test_reopening_runs_no_migration_twice(store_url: str) -> None:
    Store.open(store_url).close()
    again = Store.open(store_url)
    assert again.subscriptions() == []
    again.close()


def test_locked_and_unreachable_stores_say_so(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    import pytest

    from bot.store import StoreError

    db = tmp_path / "locked.db"
    store = Store.open(f"sqlite:///{db}", busy_timeout=0.05)
    holder = sqlite3.connect(db)
    holder.execute("BEGIN EXCLUSIVE")
    with pytest.raises(StoreError, match="busy"):
        add(store, "slack:T1", "C1", A)
    holder.rollback()
    assert add(store, "slack:T1", "C1", A)[1] is True  # nothing half-written before
    with pytest.raises(StoreError, match="cannot be reached"):
        Store.open("postgresql+psycopg://postgres@127.0.0.1:9/none")


def test_a_tenant_that_removed_the_bot_is_deleted_after_the_retention(store: Store) -> None:
    from bot.config import load
    from bot.scope import Scope
    from bot.service import BriefingService

    clock = [NOW]
    service = BriefingService(store, load(environ={}), clock=lambda: clock[0])  # removed_days = 30
    gone, kept = Scope("discord", "G1", "C1", "u"), Scope("discord", "G2", "C1", "u")
    for scope in (gone, kept):
        service.brief_text(scope, A)
        service.subscribe(scope, "09:00", "UTC")
    service.tenant_left(gone.tenant_key)
    clock[0] = NOW + timedelta(days=10)
    service.tenant_left(gone.tenant_key)  # a repeated event does not restart the clock
    assert service.purge() == 0 and store.recent("discord:G1", "C1")
    clock[0] = NOW + timedelta(days=31)
    assert service.purge() == 1
    assert store.recent("discord:G1", "C1") == [] and store.subscriptions("discord:G1") == []
    assert len(store.recent("discord:G2", "C1")) == 1 and len(store.subscriptions("discord:G2")) == 1
    assert store.departed_before(clock[0]) == []
    # leaving and coming back before the retention keeps everything
    service.tenant_left(kept.tenant_key)
    service.tenant_joined(kept.tenant_key)
    clock[0] = NOW + timedelta(days=100)
    assert service.purge() == 0 and len(store.recent("discord:G2", "C1")) == 1


def _migrate(store: Store, revision: str, down: bool = False) -> None:
    from pathlib import Path

    from alembic import command
    from alembic.config import Config

    import bot.store

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(bot.store.__file__).parent / "migrations"))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, revision)


def _add_as_before(store: Store, text: str) -> None:
    """A briefing stored as the code before migration 0005 stored it (no words a sentence refers back to)."""
    store.add_briefing(
        "slack:T1", "C1", "u1", replace(analyse(text), sentence_about=()), content_key(text, None), NOW
    )


def _indexed(store: Store, words: str) -> list[str]:
    """The sentences the full-text index finds for all of `words`, asked in SQL (a store at an older revision
    than the code's: its search reads columns added since)."""
    from sqlalchemy import text

    with store.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            sql = "SELECT text FROM sentences WHERE tsv @@ plainto_tsquery('english', :q) ORDER BY id"
        else:
            sql = (
                "SELECT s.text FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
                "WHERE sentences_fts MATCH :q ORDER BY s.id"
            )
        return [str(r[0]) for r in conn.execute(text(sql), {"q": words})]


def test_a_store_from_before_speaker_search_is_reindexed(store_url: str) -> None:
    """Migration 0004 on a store that holds briefings: its sentences are found by their speaker too,
    and going back to 0003 leaves search by text working."""
    migrate = _migrate
    quote = "“Republicans want a photo op. They want a commercial,” said Rep. Elijah Cummings of Maryland."
    old = Store.open(store_url)
    migrate(old, "0003", down=True)
    _add_as_before(old, quote)
    assert _indexed(old, "cummings republicans") == []
    old.close()
    new = Store.open(store_url)  # upgrades to the newest revision
    hits = new.search("slack:T1", None, [["cummings"], ["republicans"]], need=2)
    assert [(h.idx, h.speaker) for h in hits] == [(0, "Elijah Cummings")]
    migrate(new, "0003", down=True)
    assert _indexed(new, "photo") == ["“Republicans want a photo op."]
    new.close()


def test_a_store_from_before_about_search_keeps_its_briefings(store_url: str) -> None:
    """Migration 0005 on a store that holds briefings: they are found as before; a briefing stored after it is
    found by what a sentence refers back to too ("missile" for "It fell outside ..."); going back to 0004 leaves
    search by text and speaker working."""
    before = "North Korea launched one ballistic missile on Sunday. It fell outside Japan's exclusive economic zone."
    after = "The ministry said a drone crashed near the border. It fell on a farm."
    old = Store.open(store_url)
    _migrate(old, "0004", down=True)
    _add_as_before(old, before)
    old.close()
    new = Store.open(store_url)  # upgrades to the newest revision
    assert [h.idx for h in new.search("slack:T1", None, [["fell"], ["zone"]], need=2)] == [1]
    assert new.search("slack:T1", None, [["missile"], ["fell"]], need=2) == []  # stored without them
    add(new, "slack:T1", "C1", after)
    hits = new.search("slack:T1", None, [["drone"], ["fell"]], need=2)
    assert [(h.text, h.about) for h in hits] == [("It fell on a farm.", "ministry drone crashed border")]
    _migrate(new, "0004", down=True)
    assert _indexed(new, "farm") == ["It fell on a farm."]
    assert _indexed(new, "drone fell") == []
    new.close()

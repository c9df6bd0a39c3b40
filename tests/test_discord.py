"""The real discord.py client against a fake Discord (REST + gateway) on loopback: mentions, replies,
DMs, digests across reconnects, 429/502 on posts, long replies, guild removal, sharding."""

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from discord_rig import Rig
from fake_discord_payloads import BOT, DM_CHANNEL_ID, GUILD_ID, USER, guild, message

from adapters.discord.client import UNREADABLE
from adapters.discord.embeds import DESCRIPTION, EMBEDS, PER_MESSAGE, messages
from bot.replies import Reply, Section
from bot.scope import Scope


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    r = Rig(tmp_path)
    yield r
    r.stop()


def test_mention_with_a_briefing_gets_one_embed_reply(rig: Rig, sample_text: str) -> None:
    rig.fake.push("MESSAGE_CREATE", message("someone else's chatter", "499"))
    rig.fake.push("MESSAGE_CREATE", message("<@100> " + sample_text, "500", mention_bot=True))
    (post,) = rig.fake.wait_for(1)
    text = json.dumps(post["embeds"], ensure_ascii=False)
    assert "Commitments" in text and "Blinken — will lead the delegation" in text
    assert post["embeds"][0]["title"] and "Summary" in text
    assert str(post["message_reference"]["message_id"]) == "500"
    assert post["enforce_nonce"] is True and len(post["nonce"]) <= 25
    assert rig.service.store.recent("discord:200", "300")[0].id == 1
    assert len(rig.fake.posts) == 1  # the message without a mention was left alone


def test_question_by_mention_is_answered_with_citation(rig: Rig, sample_text: str) -> None:
    rig.fake.push("MESSAGE_CREATE", message("<@100> " + sample_text, "501", mention_bot=True))
    rig.fake.wait_for(1)
    rig.fake.push(
        "MESSAGE_CREATE", message("<@100> How much is the Merida Initiative worth?", "502", mention_bot=True)
    )
    answer = rig.fake.wait_for(2)[1]
    assert answer["embeds"][0]["title"] == "$3 billion"
    assert "Sources" in answer["embeds"][0]["description"]


def test_tldr_on_a_reply_briefs_the_message_replied_to(rig: Rig, sample_text: str) -> None:
    original = message(sample_text, "510", author={**USER, "id": "401", "username": "other"})
    rig.fake.push("MESSAGE_CREATE", message("<@100> tl;dr", "511", mention_bot=True, reply_to=original))
    (post,) = rig.fake.wait_for(1)
    assert "Blinken — will lead the delegation" in json.dumps(post["embeds"], ensure_ascii=False)
    # without the Message Content intent Discord sends the replied-to message without its text
    empty = message("", "512", author={**USER, "id": "401", "username": "other"})
    rig.fake.push("MESSAGE_CREATE", message("<@100> tl;dr", "513", mention_bot=True, reply_to=empty))
    post = rig.fake.wait_for(2)[1]
    assert post["embeds"][0]["description"] == UNREADABLE


def test_a_direct_message_is_its_own_tenant(rig: Rig, sample_text: str) -> None:
    rig.fake.push("MESSAGE_CREATE", message(sample_text, "520", dm=True))
    (post,) = rig.fake.wait_for(1)
    assert post["channel"] == DM_CHANNEL_ID and "Commitments" in json.dumps(post["embeds"])
    assert rig.service.store.recent("discord:dm-400", DM_CHANNEL_ID)
    assert rig.service.store.recent("discord:200", DM_CHANNEL_ID) == []


def test_a_429_and_a_502_on_a_post_yield_exactly_one_message(rig: Rig, sample_text: str) -> None:
    rig.fake.faults = ["429", "502-stored"]  # rate limited, then stored but the answer lost
    rig.fake.push("MESSAGE_CREATE", message("<@100> " + sample_text, "530", mention_bot=True))
    rig.fake.wait(lambda: rig.fake.requests.count("POST /channels/300/messages") >= 3)
    assert rig.fake.requests.count("POST /channels/300/messages") == 3  # 429, 502, the retry
    assert len(rig.fake.wait_for(2, timeout=1)) == 1  # the retry carried the same nonce: dropped
    rig.fake.faults = ["502"]  # lost before it was stored: the retry posts it, once
    rig.fake.push("MESSAGE_CREATE", message("<@100> What will Blinken lead?", "531", mention_bot=True))
    rig.fake.wait_for(2)
    assert len(rig.fake.wait_for(3, timeout=1)) == 2


def test_long_replies_are_split_within_discord_limits(rig: Rig) -> None:
    bullets = tuple(f"Line {i} " + "y" * 300 for i in range(120))
    reply = Reply("brief", "Long", sections=(Section("Summary", bullets),))
    groups = messages(reply)
    assert len(groups) > 1
    first_id = rig.call(rig.client.post(300, reply, "long-1"))
    posts = rig.fake.wait_for(len(groups))
    assert len(posts) == len(groups) and first_id
    for post in posts:
        embeds = post["embeds"]
        assert len(embeds) <= EMBEDS
        assert all(len(e["description"]) <= DESCRIPTION for e in embeds)
        assert sum(len(e["description"]) + len(e.get("title", "")) for e in embeds) <= PER_MESSAGE
    joined = " ".join(e["description"] for p in posts for e in p["embeds"])
    assert all(f"Line {i} " in joined for i in range(120))


def test_digest_is_posted_once_across_gateway_reconnects(tmp_path: Path, sample_text: str) -> None:
    clock = [datetime.now(UTC).replace(hour=8, minute=0, second=0, microsecond=0)]
    scope = Scope("discord", GUILD_ID, "300", "400")
    rig = Rig(tmp_path, schedule=True, clock=lambda: clock[0])
    try:
        rig.service.brief_text(scope, sample_text)
        rig.service.subscribe(scope, "09:00", "UTC")
        clock[0] = clock[0].replace(hour=9, minute=5)
        scheduler = rig.client.scheduler  # started in setup_hook; this tick stands for its next minute
        assert scheduler.tick() == [(f"discord:{GUILD_ID}", "300", clock[0].date().isoformat(), "posted")]
        (post,) = rig.fake.wait_for(1)
        assert post["embeds"][0]["title"].startswith("Digest for") and post["enforce_nonce"] is True
        rig.fake.invalidate_session()  # a new session: READY (and on_ready) again
        assert rig.fake.wait(lambda: len(rig.fake.identifies) == 2)
        rig.fake.drop_connection()  # a network drop: the client resumes
        assert rig.fake.wait(lambda: rig.fake.resumes == 1)
        assert scheduler.tick() == [] and rig.client.scheduler is scheduler
        assert rig.client.setups == 1  # setup_hook (and so the scheduler) ran once
        assert len(rig.fake.wait_for(2, timeout=1)) == 1
    finally:
        rig.stop()


def test_removing_the_bot_from_a_guild_schedules_its_data_for_deletion(rig: Rig, sample_text: str) -> None:
    rig.service.brief_text(Scope("discord", GUILD_ID, "300", "400"), sample_text)
    rig.fake.push("GUILD_DELETE", {"id": GUILD_ID})
    now = datetime.now(UTC)
    rig.fake.wait(lambda: False, timeout=0.5)
    assert rig.service.store.departed_before(now.replace(year=now.year + 1)) == [f"discord:{GUILD_ID}"]
    rejoined = {k: v for k, v in guild().items() if k != "unavailable"}  # as Discord sends a new guild
    rig.fake.push("GUILD_CREATE", rejoined)  # added back: nothing will be deleted
    rig.fake.wait(lambda: False, timeout=0.5)
    assert rig.service.store.departed_before(now.replace(year=now.year + 1)) == []


def test_a_bot_that_must_shard_reconnects_with_automatic_sharding(tmp_path: Path, sample_text: str) -> None:
    rig = Rig(tmp_path, require_shards=2)
    try:
        assert rig.fake.wait(lambda: len(rig.fake.identifies) >= 3, timeout=30)
        assert rig.fake.identifies[0].get("shard") in (None, [0, 1])  # refused with 4011
        assert sorted(i["shard"] for i in rig.fake.identifies[1:]) == [[0, 2], [1, 2]]
        assert type(rig.client).__name__ == "BriefShardedClient"
        rig.fake.wait(lambda: 0 in rig.fake.sockets and len(rig.fake.sockets) == 2)
        rig.fake.push("MESSAGE_CREATE", message("<@100> " + sample_text, "540", mention_bot=True))
        (post,) = rig.fake.wait_for(1)
        assert "Commitments" in json.dumps(post["embeds"])
    finally:
        rig.stop()


def test_bot_messages_are_ignored(rig: Rig) -> None:
    rig.fake.push("MESSAGE_CREATE", message("<@100> tl;dr", "550", author=BOT, mention_bot=True))
    assert rig.fake.wait(lambda: bool(rig.fake.posts), timeout=1) is False


def test_a_refused_token_is_one_clear_sentence(tmp_path: Path) -> None:
    import asyncio

    from discord_rig import TOKEN
    from fake_discord import FakeDiscord

    from adapters.discord.client import use_api
    from adapters.discord.run import serve
    from bot.config import load
    from bot.errors import BriefbotError
    from bot.service import BriefingService
    from bot.store import Store

    fake = FakeDiscord(token=TOKEN)
    use_api(fake.api)
    try:
        service = BriefingService(Store.open(f"sqlite:///{tmp_path / 'd.db'}"), load(environ={}))
        with pytest.raises(BriefbotError, match="Discord refused DISCORD_TOKEN"):
            asyncio.run(serve(service, load(environ={}), "MTAw.wrong.token-that-is-not-it", schedule=False))
        assert fake.requests == ["GET /users/@me"]
    finally:
        fake.stop()
        use_api(None)


def test_configured_shards_and_intent_choose_the_client(tmp_path: Path) -> None:
    from adapters.discord.client import BriefClient, BriefShardedClient
    from adapters.discord.run import application_id, make_client
    from bot.config import load
    from bot.service import BriefingService
    from bot.store import Store

    service = BriefingService(Store.open(f"sqlite:///{tmp_path / 'd.db'}"), load(environ={}))
    plain = make_client(service, load(environ={}), schedule=False)
    assert type(plain) is BriefClient and not plain.intents.message_content  # type: ignore[attr-defined]
    env = {"BRIEFBOT_DISCORD_SHARDS": "4", "BRIEFBOT_DISCORD_MESSAGE_CONTENT": "true"}
    sharded = make_client(service, load(environ=env), schedule=False)
    assert type(sharded) is BriefShardedClient and sharded.shard_count == 4  # type: ignore[attr-defined]
    assert sharded.intents.message_content  # type: ignore[attr-defined]
    assert application_id("MTAw.x.y") == 100

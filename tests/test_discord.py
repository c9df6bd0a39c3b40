"""The real discord.py client against a fake Discord (REST + gateway) on loopback."""

import asyncio
import contextlib
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_discord import FakeDiscord

from adapters.discord.client import BriefClient, use_api
from adapters.discord.embeds import DESCRIPTION, EMBEDS, PER_MESSAGE, messages
from bot.config import load
from bot.replies import Reply, Section
from bot.service import BriefingService
from bot.store import Store


class Running:
    def __init__(self, tmp: Path) -> None:
        self.fake = FakeDiscord()
        use_api(self.fake.api)
        self.service = BriefingService(Store.open(f"sqlite:///{tmp / 'discord.db'}"), load(environ={}))
        self.loop = asyncio.new_event_loop()
        self.client = BriefClient(self.service)
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        assert self.fake.ready.wait(15), "the client never identified"

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        with contextlib.suppress(Exception):  # closed at the end of the test
            self.loop.run_until_complete(self.client.start("fake-token"))

    def stop(self) -> None:
        self.fake.stop()
        closing = asyncio.run_coroutine_threadsafe(self.client.close(), self.loop)
        with contextlib.suppress(
            TimeoutError
        ):  # the client waits on a gateway that is gone: do not wait long
            closing.result(2)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(2)
        use_api(None)


@pytest.fixture
def running(tmp_path: Path) -> Iterator[Running]:
    r = Running(tmp_path)
    yield r
    r.stop()


def test_mention_with_a_briefing_gets_one_embed_reply(running: Running, sample_text: str) -> None:
    running.fake.push_message("someone else's chatter", mention_bot=False, msg_id="499")
    running.fake.push_message("<@100> " + sample_text)
    (post,) = running.fake.wait_for(1)
    text = json.dumps(post["embeds"], ensure_ascii=False)
    assert "Commitments" in text and "Blinken — will lead the delegation" in text
    assert str(post["message_reference"]["message_id"]) == "500"
    assert running.service.store.recent("discord:200", "300")[0].id == 1


def test_question_by_mention_is_answered_with_citation(running: Running, sample_text: str) -> None:
    running.fake.push_message("<@100> " + sample_text, msg_id="501")
    running.fake.wait_for(1)
    running.fake.push_message("<@100> How much is the Merida Initiative worth?", msg_id="502")
    answer = running.fake.wait_for(2)[1]
    assert answer["embeds"][0]["title"] == "$3 billion"


def test_long_replies_are_split_within_discord_limits() -> None:
    bullets = tuple(f"Line {i} " + "y" * 300 for i in range(120))
    groups = messages(Reply("brief", "Long", sections=(Section("Summary", bullets),)))
    assert len(groups) > 1
    for g in groups:
        assert len(g) <= EMBEDS
        assert all(len(e["description"]) <= DESCRIPTION for e in g)
        assert sum(len(e["description"]) + len(e.get("title", "")) for e in g) <= PER_MESSAGE
    joined = " ".join(e["description"] for g in groups for e in g)
    assert all(f"Line {i} " in joined for i in range(120))


def test_digest_is_posted_through_discord_once_with_a_nonce(running: Running, sample_text: str) -> None:
    from datetime import UTC, datetime, timedelta

    from bot.schedule import DigestScheduler
    from bot.scope import Scope

    scope = Scope("discord", "200", "300", "400")
    running.service.subscribe(scope, "09:00", "UTC")
    running.service.brief_text(scope, sample_text)
    scheduler = DigestScheduler(running.service, running.client.post_digest, "w1")
    tomorrow = datetime.now(UTC).replace(hour=9, minute=5) + timedelta(days=1)
    assert scheduler.tick(tomorrow) == [("discord:200", "300", tomorrow.date().isoformat(), "posted")]
    assert scheduler.tick(tomorrow + timedelta(minutes=1)) == []
    (post,) = running.fake.wait_for(1)
    assert post["embeds"][0]["title"].startswith("Digest for") and post["enforce_nonce"] is True
    assert len(post["nonce"]) <= 25

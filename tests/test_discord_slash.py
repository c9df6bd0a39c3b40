"""`/brief` through the gateway: INTERACTION_CREATE to the real discord.py client, the interaction
callbacks and webhook edits/followups to the fake Discord's REST API."""

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from discord_rig import TOKEN, Rig
from fake_discord_payloads import BOT_ID, CHANNEL_ID, DM_CHANNEL_ID, interaction, message, slash

from bot.scope import Scope


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    r = Rig(tmp_path)
    yield r
    r.stop()


def run(rig: Rig, data: dict, **kwargs: object) -> dict:
    event = interaction(data, **kwargs)  # type: ignore[arg-type]
    rig.fake.push("INTERACTION_CREATE", event)
    return event


def test_brief_is_registered_globally_with_its_subcommands(rig: Rig) -> None:
    (brief, menu) = rig.fake.commands["global"]
    assert brief["name"] == "brief" and menu["name"] == "Brief this message" and menu["type"] == 3
    subs = {o["name"] for o in brief["options"]}
    assert subs == {"brief", "ask", "digest", "subscribe", "unsubscribe", "list", "forget", "help"}


def test_a_slash_command_is_deferred_then_answered(rig: Rig, sample_text: str) -> None:
    rig.service.brief_text(rig_scope(), sample_text)
    event = run(rig, slash("ask", {"question": "How much is the Merida Initiative worth?"}))
    (post,) = rig.fake.wait_for(1)
    (callback,) = rig.fake.callbacks
    assert callback["interaction"] == event["id"] and callback["type"] == 5  # deferred, "thinking…"
    assert f"PATCH /webhooks/{BOT_ID}/itoken-secret/messages/@original" in rig.fake.requests
    assert post["via"] == "edit" and post["embeds"][0]["title"] == "$3 billion"
    calls = rig.fake.requests
    edit = calls.index(f"PATCH /webhooks/{BOT_ID}/itoken-secret/messages/@original")
    assert calls.index(f"POST /interactions/{event['id']}/itoken-secret/callback") < edit


def test_brief_subcommand_with_text_and_with_a_file(rig: Rig, sample_text: str) -> None:
    run(rig, slash("brief", {"text": sample_text[:5000]}))
    first = rig.fake.wait_for(1)[0]
    assert "Commitments" in json.dumps(first["embeds"])
    rig.fake.files["notes.txt"] = b"The council will repair the bridge by June, the mayor said."
    data = slash("brief", {"file": "77"})
    data["resolved"] = {
        "attachments": {
            "77": {
                "id": "77",
                "filename": "notes.txt",
                "size": 60,
                "url": f"http://127.0.0.1:{rig.fake.port}/attachments/notes.txt",
                "proxy_url": f"http://127.0.0.1:{rig.fake.port}/attachments/notes.txt",
                "content_type": "text/plain",
            }
        }
    }
    run(rig, data)
    second = rig.fake.wait_for(2)[1]
    assert "repair the bridge" in json.dumps(second["embeds"])
    assert len(rig.service.store.recent("discord:200", CHANNEL_ID)) == 2


def test_timezone_autocomplete_and_subscribe(rig: Rig) -> None:
    run(rig, slash("subscribe", {"time": "07:30", "timezone": "lond"}, focused="timezone"), kind=4)
    assert rig.fake.wait(lambda: bool(rig.fake.callbacks))
    (choices,) = rig.fake.callbacks
    assert choices["type"] == 8
    assert {"name": "Europe/London", "value": "Europe/London"} in choices["data"]["choices"]
    run(rig, slash("subscribe", {"time": "07:30", "timezone": "Europe/London"}))
    (post,) = rig.fake.wait_for(1)
    assert "07:30" in json.dumps(post["embeds"])
    (sub,) = rig.service.store.subscriptions("discord:200")
    assert (sub.channel, sub.local_time, sub.timezone) == (CHANNEL_ID, "07:30", "Europe/London")
    run(rig, slash("subscribe", {"timezone": "Mars/Olympus"}))
    bad = rig.fake.wait_for(2)[1]
    assert "not a time zone I know" in bad["embeds"][0]["description"]


def test_past_the_token_lifetime_the_answer_is_a_channel_message(rig: Rig, sample_text: str) -> None:
    rig.service.brief_text(rig_scope(), sample_text)
    run(rig, slash("ask", {"question": "How much is the Merida Initiative worth?"}), age_seconds=16 * 60)
    (post,) = rig.fake.wait_for(1)
    assert post["via"] == "channel" and post["channel"] == CHANNEL_ID
    assert post["content"].startswith("<@400>") and post["embeds"][0]["title"] == "$3 billion"
    assert post["enforce_nonce"] is True
    # a private one goes to the user's DMs instead
    run(rig, slash("ask", {"question": "Who leads the delegation?", "private": True}), age_seconds=16 * 60)
    dm = rig.fake.wait_for(2)[1]
    assert dm["channel"] == DM_CHANNEL_ID and "POST /users/@me/channels" in rig.fake.requests


def test_private_answers_are_ephemeral(rig: Rig, sample_text: str) -> None:
    run(rig, slash("help"))
    rig.fake.wait_for(1)
    assert rig.fake.callbacks[0]["data"]["flags"] & 64  # help and list are for the asker only
    run(rig, slash("brief", {"text": sample_text[:3000], "private": True}))
    rig.fake.wait_for(2)
    assert rig.fake.callbacks[1]["data"]["flags"] & 64


def test_brief_this_message_context_menu(rig: Rig, sample_text: str) -> None:
    target = message(
        sample_text, "610", author={"id": "401", "username": "other", "discriminator": "1", "avatar": None}
    )
    data = {
        "id": "901",
        "name": "Brief this message",
        "type": 3,
        "target_id": "610",
        "resolved": {"messages": {"610": target}},
    }
    run(rig, data)
    (post,) = rig.fake.wait_for(1)
    assert "Blinken — will lead the delegation" in json.dumps(post["embeds"], ensure_ascii=False)


def test_tokens_never_reach_the_logs(rig: Rig, sample_text: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    run(rig, slash("brief", {"text": sample_text[:2000]}))
    rig.fake.wait_for(1)
    # everything but the fake server's own access log (the fake is Discord, not the bot)
    text = "\n".join(r.getMessage() for r in caplog.records if r.name != "aiohttp.access")
    assert "INTERACTION_CREATE" in text and "/interactions/" in text  # discord.py logged them (DEBUG)
    assert "itoken-secret" not in text
    assert TOKEN not in text and TOKEN.split(".", 1)[1] not in text


def test_guild_sync_with_discord_guild_id(tmp_path: Path) -> None:
    rig = Rig(tmp_path, env={"DISCORD_GUILD_ID": "200"})
    try:
        assert [c["name"] for c in rig.fake.commands["200"]] == ["brief", "Brief this message"]
        assert "global" not in rig.fake.commands
    finally:
        rig.stop()


def rig_scope() -> Scope:
    return Scope("discord", "200", CHANNEL_ID, "400")


def test_list_and_forget_through_slash(rig: Rig, sample_text: str) -> None:
    rig.service.brief_text(rig_scope(), sample_text)
    run(rig, slash("list"))
    listed = rig.fake.wait_for(1)[0]
    assert "#1" in json.dumps(listed["embeds"], ensure_ascii=False)
    run(rig, slash("forget", {"what": "1"}))
    forgotten = rig.fake.wait_for(2)[1]
    assert forgotten["embeds"][0]["title"] == "Forgotten"
    assert rig.service.store.recent("discord:200", CHANNEL_ID) == []
    run(rig, slash("forget", {"what": "7"}))
    assert "no briefing #7" in rig.fake.wait_for(3)[2]["embeds"][0]["description"]

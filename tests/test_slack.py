"""The real Bolt app over HTTP on a loopback port, signed requests in, a fake Slack Web API out."""

import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode
from wsgiref.simple_server import WSGIRequestHandler, make_server

import pytest
from fake_slack import TOKEN, FakeSlack
from slack_sdk.signature import SignatureVerifier

from adapters.slack.app import build_app, wsgi_app
from adapters.slack.blocks import MAX_BLOCKS, messages
from adapters.slack.run import ThreadingWSGIServer
from bot.config import load
from bot.replies import Reply, Section
from bot.service import BriefingService
from bot.store import Store

SECRET = "test-signing-secret"


class _Quiet(WSGIRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


class Rig:
    def __init__(self, tmp: Path, *, oauth: bool = False) -> None:
        from adapters.slack.install import new_key

        self.slack = FakeSlack()
        self.service = BriefingService(Store.open(f"sqlite:///{tmp / 'slack.db'}"), load(environ={}))
        self.key = new_key()
        app = build_app(
            self.service,
            token=None if oauth else TOKEN,
            signing_secret=SECRET,
            api_url=self.slack.url + "/api/",
            oauth=("CID", "CSECRET") if oauth else None,
            encryption_key=self.key,
        )
        self.app = app
        self.http = make_server(
            "127.0.0.1", 0, wsgi_app(app), server_class=ThreadingWSGIServer, handler_class=_Quiet
        )
        threading.Thread(target=self.http.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.http.server_port}/slack/events"

    def post(
        self,
        body: str,
        *,
        secret: str = SECRET,
        age: int = 0,
        ctype: str = "application/x-www-form-urlencoded",
    ) -> tuple[int, str, float]:
        ts = str(int(time.time()) - age)
        sig = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
        req = urllib.request.Request(
            self.url,
            data=body.encode(),
            headers={"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sig, "Content-Type": ctype},
        )
        t0 = time.perf_counter()
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return resp.status, resp.read().decode(), time.perf_counter() - t0
        except urllib.error.HTTPError as err:
            return err.code, err.read().decode(), time.perf_counter() - t0

    def command(
        self, text: str, team: str = "T1", channel: str = "C1", **kw: object
    ) -> tuple[int, str, float]:
        form = {
            "command": "/brief",
            "text": text,
            "team_id": team,
            "channel_id": channel,
            "user_id": "U1",
            "response_url": f"{self.slack.url}/response/{team}-{channel}",
            "trigger_id": "t",
            "token": "x",
        }
        return self.post(urlencode(form), **kw)  # type: ignore[arg-type]

    def stop(self) -> None:
        self.http.shutdown()
        self.slack.stop()


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    r = Rig(tmp_path)
    yield r
    r.stop()


def test_brief_acks_at_once_then_posts_blocks(rig: Rig, sample_text: str) -> None:
    status, body, took = rig.command(sample_text)
    assert status == 200 and "Working on it" in body
    assert took < 3.0
    (post,) = rig.slack.wait_for(1)
    assert post["path"] == "/response/T1-C1" and post["response_type"] == "in_channel"
    text = json.dumps(post["blocks"])
    assert "Commitments" in text and "Blinken" in text and post["text"]
    assert rig.slack.rejected == []
    assert rig.service.store.recent("slack:T1", "C1")[0].id == 1


def test_ask_is_answered_with_citation_and_tenants_are_apart(rig: Rig, sample_text: str) -> None:
    rig.command(sample_text)
    rig.slack.wait_for(1)
    rig.command("ask How much is the Merida Initiative worth?")
    answer = rig.slack.wait_for(2)[1]
    assert answer["text"].startswith("$3 billion")
    rig.command("How much is the Merida Initiative worth?", team="T2")
    other = rig.slack.wait_for(3)[2]
    assert other["text"].startswith("Not found")


def test_bad_or_stale_signature_is_refused_and_changes_nothing(rig: Rig, sample_text: str) -> None:
    status, _, _ = rig.command(sample_text, secret="wrong-secret")
    assert status == 401
    status, _, _ = rig.command(sample_text, age=60 * 10)
    assert status == 401
    assert rig.service.store.recent("slack:T1", None) == []
    assert rig.slack.posts == []


def test_quick_commands_answer_in_the_ack(rig: Rig) -> None:
    status, body, _ = rig.command("subscribe 9am")
    assert status == 200 and "not a time of day" in body
    status, body, _ = rig.command("help")
    assert "subscribe [HH:MM] [Area/City]" in body


def test_long_replies_are_split_within_limits() -> None:
    bullets = tuple(f"Sentence number {i} " + "x" * 400 for i in range(200))
    reply = Reply("brief", "A very long briefing", sections=(Section("Summary", bullets),))
    parts = messages(reply)
    assert len(parts) > 1
    for p in parts:
        assert len(p["blocks"]) <= MAX_BLOCKS and p["text"]
        assert sum(len(b.get("text", {}).get("text", "")) for b in p["blocks"]) <= 12000
    joined = " ".join(b["text"]["text"] for p in parts for b in p["blocks"] if b["type"] == "section")
    assert all(f"Sentence number {i} " in joined for i in range(200))  # nothing cut


def event_body(text: str, event_id: str, team: str = "T1", kind: str = "app_mention") -> str:
    return json.dumps(
        {
            "type": "event_callback",
            "team_id": team,
            "api_app_id": "A1",
            "event_id": event_id,
            "event_time": int(time.time()),
            "token": "x",
            "event": {
                "type": kind,
                "user": "U1",
                "text": text,
                "ts": "1700000000.000100",
                "channel": "C1",
            },
        }
    )


def test_mention_is_answered_once_across_retries(rig: Rig, sample_text: str) -> None:
    rig.command(sample_text)
    rig.slack.wait_for(1)
    body = event_body("<@UBOT> Who will lead the US delegation?", "Ev1")
    for _ in range(3):  # Slack retries an event it thinks failed
        status, _, _ = rig.post(body, ctype="application/json")
        assert status == 200
    posts = rig.slack.wait_for(2)
    rig.command("list")  # a later request, processed after the retries' listeners
    mentions = [p for p in rig.slack.posts if p["path"] == "/api/chat.postMessage"]
    assert len(mentions) == 1, posts
    assert mentions[0]["text"].startswith("Blinken") and mentions[0]["thread_ts"] == "1700000000.000100"


def test_message_shortcut_briefs_in_the_thread(rig: Rig) -> None:
    payload = {
        "type": "message_action",
        "callback_id": "brief_message",
        "trigger_id": "t",
        "token": "x",
        "team": {"id": "T1"},
        "user": {"id": "U1"},
        "channel": {"id": "C9"},
        "message": {
            "type": "message",
            "ts": "1700000001.000200",
            "text": "The council pledged to repair the bridge by June. Officials declined to say how much it would cost.",
        },
        "response_url": f"{rig.slack.url}/response/shortcut",
    }
    status, _, _ = rig.post(urlencode({"payload": json.dumps(payload)}))
    assert status == 200
    (post,) = rig.slack.wait_for(1)
    assert post["path"] == "/api/chat.postMessage" and post["thread_ts"] == "1700000001.000200"
    assert "The council — pledged to repair the bridge by June" in json.dumps(
        post["blocks"], ensure_ascii=False
    )


def test_tokens_and_secrets_never_logged(rig: Rig, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    caplog.set_level(logging.DEBUG)
    rig.command("help", secret="wrong-secret")  # the bad-signature path
    rig.command("ask anything at all?")
    rig.slack.wait_for(1)
    assert TOKEN not in caplog.text and SECRET not in caplog.text


def test_rate_limited_post_is_retried_and_not_lost(rig: Rig) -> None:
    rig.slack.throttle = 1  # the first chat.postMessage gets 429 with Retry-After: 1
    body = event_body("<@UBOT> help", "Ev429")
    assert rig.post(body, ctype="application/json")[0] == 200
    posts = rig.slack.wait_for(1, timeout=15)
    assert len(posts) == 1 and posts[0]["path"] == "/api/chat.postMessage"
    assert rig.slack.throttle == 0


def test_app_home_and_buttons(rig: Rig, sample_text: str) -> None:
    rig.command("subscribe 08:30 Europe/Paris")
    rig.command(sample_text)
    rig.slack.wait_for(1)
    home = json.dumps(
        {
            "type": "event_callback",
            "team_id": "T1",
            "event_id": "EvH",
            "api_app_id": "A1",
            "event": {"type": "app_home_opened", "user": "U1", "tab": "home"},
            "token": "x",
        }
    )
    assert rig.post(home, ctype="application/json")[0] == 200
    with rig.slack.arrived:
        rig.slack.arrived.wait_for(lambda: rig.slack.views, 10)
    view = json.dumps(rig.slack.views[0]["view"])
    assert "every day at 08:30 (Europe/Paris)" in view and "#1 " in view
    click = {
        "type": "block_actions",
        "trigger_id": "trig",
        "team": {"id": "T1"},
        "user": {"id": "U1"},
        "channel": {"id": "C1"},
        "token": "x",
        "response_url": f"{rig.slack.url}/response/button",
        "actions": [{"action_id": "ask", "value": "1", "type": "button", "block_id": "b"}],
    }
    assert rig.post(urlencode({"payload": json.dumps(click)}))[0] == 200
    with rig.slack.arrived:
        rig.slack.arrived.wait_for(lambda: len(rig.slack.views) >= 2, 10)
    assert rig.slack.views[1]["view"]["callback_id"] == "ask_modal"
    submit = {
        "type": "view_submission",
        "team": {"id": "T1"},
        "user": {"id": "U1"},
        "token": "x",
        "trigger_id": "t2",
        "view": {
            "type": "modal",
            "callback_id": "ask_modal",
            "private_metadata": "C1",
            "id": "V1",
            "state": {
                "values": {
                    "q": {"q": {"type": "plain_text_input", "value": "Who will lead the US delegation?"}}
                }
            },
        },
    }
    assert rig.post(urlencode({"payload": json.dumps(submit)}))[0] == 200
    answer = rig.slack.wait_for(2)[-1]
    assert answer["path"] == "/api/chat.postEphemeral" and answer["text"].startswith("Blinken")


def test_digests_are_posted_once_and_long_ones_continue_in_the_thread(rig: Rig, sample_text: str) -> None:
    from datetime import UTC, datetime, timedelta

    from slack_sdk import WebClient

    from adapters.slack.run import digest_poster
    from bot.schedule import DigestScheduler

    rig.command("subscribe 09:00 UTC")
    for n in range(12):  # enough briefings for a digest longer than one Slack message
        rig.command(f"The council number {n} pledged to repair bridge {n} by June. " + sample_text)
    rig.slack.wait_for(12)
    before = len(rig.slack.posts)
    client = WebClient(token=TOKEN, base_url=rig.slack.url + "/api/")
    scheduler = DigestScheduler(rig.service, digest_poster(client), "w1")
    tomorrow = datetime.now(UTC).replace(hour=9, minute=1) + timedelta(days=1)
    assert scheduler.tick(tomorrow)[-1][3] == "posted"
    assert scheduler.tick(tomorrow + timedelta(minutes=1)) == []
    digest = [p for p in rig.slack.posts[before:] if p["path"] == "/api/chat.postMessage"]
    assert len(digest) >= 2 and digest[0]["text"].startswith("Digest for")
    assert all(p.get("thread_ts") == "13.000" for p in digest[1:]) or all(
        p.get("thread_ts") for p in digest[1:]
    )
    assert rig.slack.rejected == []


def test_uninstalling_schedules_the_workspace_data_for_deletion(rig: Rig, sample_text: str) -> None:
    from datetime import UTC, datetime, timedelta

    rig.command(sample_text)
    rig.slack.wait_for(1)
    status, _, _ = rig.post(event_body("", "Ev9", kind="app_uninstalled"), ctype="application/json")
    assert status == 200
    later = datetime.now(UTC) + timedelta(days=1)
    deadline = time.monotonic() + 10
    while not rig.service.store.departed_before(later) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert rig.service.store.departed_before(later) == ["slack:T1"]

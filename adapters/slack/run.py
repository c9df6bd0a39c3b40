"""`briefbot slack`: the Slack app over Socket Mode (SLACK_APP_TOKEN) or HTTP (--http --port), with the
daily digests posted through the same rendering."""

from __future__ import annotations

import logging
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIServer, make_server

from slack_sdk import WebClient

from bot.config import Settings
from bot.errors import BriefbotError
from bot.replies import Reply
from bot.schedule import DigestScheduler, Poster
from bot.service import BriefingService

from .app import build_app, wsgi_app
from .blocks import messages

log = logging.getLogger(__name__)


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    request_queue_size = 256  # the default listen backlog of 5 makes a burst of commands wait for TCP retries


def digest_poster(client: WebClient) -> Poster:
    """Post a digest to its channel; what does not fit one message follows in its thread."""

    def post(tenant: str, channel: str, reply: Reply, key: str) -> str | None:
        first_ts: str | None = None
        for message in messages(reply):
            resp = client.chat_postMessage(channel=channel, thread_ts=first_ts, **message)
            first_ts = first_ts or resp.get("ts")
        return first_ts

    return post


def run_slack(service: BriefingService, settings: Settings, *, http: bool, port: int) -> int:
    token = settings.secrets.get("SLACK_BOT_TOKEN")
    secret = settings.secrets.get("SLACK_SIGNING_SECRET")
    if not token or not secret:
        raise BriefbotError("Set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (see the README's Slack section).")
    app = build_app(
        service, token=token, signing_secret=secret, api_url=settings.secrets.get("SLACK_API_URL")
    )

    def post(tenant: str, channel: str, reply: Reply, key: str) -> str | None:
        first_ts = None
        for message in messages(reply):
            resp = app.client.chat_postMessage(channel=channel, thread_ts=first_ts, **message)
            first_ts = first_ts or resp.get("ts")
        return first_ts

    scheduler = DigestScheduler(service, post)
    scheduler.start()
    try:
        if http:
            server = make_server("0.0.0.0", port, wsgi_app(app), server_class=ThreadingWSGIServer)
            log.warning("Slack app listening on port %d at /slack/events", port)
            server.serve_forever()
        else:
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            app_token = settings.secrets.get("SLACK_APP_TOKEN")
            if not app_token:
                raise BriefbotError("Socket Mode needs SLACK_APP_TOKEN (an xapp- token), or run with --http.")
            SocketModeHandler(app, app_token).start()
    finally:
        scheduler.shutdown()
    return 0

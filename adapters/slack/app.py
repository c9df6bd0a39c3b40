"""The Bolt app: `/brief`, translated into the core's commands; the work runs after `ack()` in Bolt's
worker threads, and the result goes back through `response_url`.

Tenant = the verified `team_id` (the enterprise id where present), never anything from the text.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_bolt.context import BoltContext
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from bot.commands import Command, parse
from bot.errors import BriefbotError
from bot.replies import Reply, error
from bot.scope import Scope
from bot.service import BriefingService

from .blocks import messages

log = logging.getLogger(__name__)
SLOW = ("brief", "ask", "digest")  # commands whose answer comes after a "working on it"


def scope_of(context: BoltContext, channel: str, user: str) -> Scope:
    tenant = (
        context.enterprise_id if context.is_enterprise_install and context.enterprise_id else context.team_id
    )
    return Scope("slack", str(tenant or "unknown"), channel, user)


def build_app(
    service: BriefingService, *, token: str, signing_secret: str, api_url: str | None = None
) -> App:
    client = WebClient(token=token, base_url=api_url or WebClient.BASE_URL)
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
    app = App(
        client=client,
        signing_secret=signing_secret,
        token_verification_enabled=False,
        logger=logging.getLogger("briefbot.slack"),
    )

    def send(respond: Respond, reply: Reply, private: bool) -> None:
        kind = "ephemeral" if private or reply.kind == "error" else "in_channel"
        for message in messages(reply):
            respond(
                text=message["text"], blocks=message["blocks"], response_type=kind, replace_original=False
            )

    def run(scope: Scope, cmd: Command) -> Reply:
        try:
            return service.execute(scope, cmd)
        except BriefbotError as err:
            return error(str(err))
        except Exception:  # a bug must not leave the user waiting without a word
            log.exception("/brief failed")
            return error("Something went wrong on my side; the details are in the logs.")

    @app.command("/brief")
    def on_brief(ack: Ack, command: dict[str, Any], respond: Respond, context: BoltContext) -> None:
        scope = scope_of(context, command["channel_id"], command["user_id"])
        try:
            cmd = parse(command.get("text", ""))
        except BriefbotError as err:
            ack(response_type="ephemeral", text=f"Sorry — {err}")
            return
        if cmd.name not in SLOW:
            first = messages(run(scope, cmd))[0]
            ack(response_type="ephemeral", text=first["text"], blocks=first["blocks"])
            return
        ack(response_type="ephemeral", text="Working on it…")
        send(respond, run(scope, cmd), cmd.private)

    return app


def wsgi_app(app: App) -> Any:
    """A WSGI application for Bolt at /slack/events (run it under any WSGI server, several workers)."""
    from slack_bolt.adapter.wsgi import SlackRequestHandler

    return SlackRequestHandler(app)

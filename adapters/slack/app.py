"""The Bolt app: `/brief`, translated into the core's commands; the work runs after `ack()` in Bolt's
worker threads, and the result goes back through `response_url`.

Tenant = the verified `team_id` (the enterprise id where present), never anything from the text.
"""

from __future__ import annotations

import logging
import re
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_bolt.context import BoltContext
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from bot.commands import Command, parse
from bot.errors import BriefbotError
from bot.replies import Reply
from bot.scope import Scope
from bot.service import BriefingService

from .blocks import messages, reply_blocks

log = logging.getLogger(__name__)
SLOW = ("brief", "ask", "digest")
WORKERS = 64  # commands whose answer comes after a "working on it"


_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
_LINK = re.compile(r"<((?:https?|mailto):[^|>]+)(?:\|[^>]*)?>")


def plain_text(text: str) -> str:
    """Slack's message markup -> the text a person typed (mentions out, links unwrapped, entities decoded)."""
    text = _LINK.sub(r"\1", _MENTION.sub("", text))
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip()


def scope_of(context: BoltContext, channel: str, user: str) -> Scope:
    tenant = (
        context.enterprise_id if context.is_enterprise_install and context.enterprise_id else context.team_id
    )
    return Scope("slack", str(tenant or "unknown"), channel, user)


SCOPES = [
    "commands",
    "chat:write",
    "chat:write.public",
    "app_mentions:read",
    "channels:history",
    "groups:history",
]


def build_app(
    service: BriefingService,
    *,
    token: str | None,
    signing_secret: str,
    api_url: str | None = None,
    oauth: tuple[str, str] | None = None,
    encryption_key: str | None = None,
) -> App:
    """The Bolt app: one workspace with `token`, or several with `oauth` = (client id, client secret),
    whose installations (tokens encrypted with `encryption_key`) live in the core's database."""
    client = WebClient(token=token, base_url=api_url or WebClient.BASE_URL)
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
    oauth_settings = None
    if oauth is not None:
        from slack_bolt.oauth.oauth_settings import OAuthSettings
        from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

        from .install import EncryptedInstallationStore

        engine = service.store.engine
        states = SQLAlchemyOAuthStateStore(
            expiration_seconds=600, engine=engine, table_name="slack_oauth_states"
        )
        states.metadata.create_all(engine)
        oauth_settings = OAuthSettings(
            client_id=oauth[0],
            client_secret=oauth[1],
            scopes=SCOPES,
            installation_store=EncryptedInstallationStore(
                oauth[0], engine, encryption_key, on_install=service.tenant_joined
            ),
            state_store=states,
        )
    app = App(
        client=client,
        oauth_settings=oauth_settings,
        signing_secret=signing_secret,
        token_verification_enabled=False,
        # Listeners call ack() first, then fetch and analyse: with Bolt's default of 5 threads, the 6th
        # concurrent command would wait for a free thread before it could even ack.
        listener_executor=ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="briefbot-slack"),
        logger=logging.getLogger("briefbot.slack"),
    )

    def send(respond: Respond, reply: Reply, private: bool) -> None:
        kind = "ephemeral" if private or reply.kind == "error" else "in_channel"
        for message in messages(reply):
            respond(
                text=message["text"], blocks=message["blocks"], response_type=kind, replace_original=False
            )

    @app.command("/brief")
    def on_brief(ack: Ack, command: dict[str, Any], respond: Respond, context: BoltContext) -> None:
        scope = scope_of(context, command["channel_id"], command["user_id"])
        try:
            cmd = parse(command.get("text", ""))
        except BriefbotError as err:
            ack(response_type="ephemeral", text=f"Sorry — {err}")
            return
        if cmd.name not in SLOW:
            first = messages(service.run(scope, cmd))[0]
            ack(response_type="ephemeral", text=first["text"], blocks=first["blocks"])
            return
        ack(response_type="ephemeral", text="Working on it…")
        send(respond, service.run(scope, cmd), cmd.private)

    def post_in_thread(client: WebClient, channel: str, thread_ts: str | None, reply: Reply) -> None:
        for message in messages(reply):
            client.chat_postMessage(channel=channel, thread_ts=thread_ts, **message)

    @app.event("app_mention")
    def on_mention(
        event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext
    ) -> None:
        scope = scope_of(context, event["channel"], event.get("user", ""))
        if not service.first_sighting(
            scope, str(body.get("event_id") or event.get("client_msg_id") or event["ts"])
        ):
            return  # Slack retried an event we already answered
        reply = service.handle(scope, plain_text(event.get("text", "")))
        post_in_thread(client, event["channel"], event.get("thread_ts") or event["ts"], reply)

    @app.shortcut("brief_message")
    def on_shortcut(ack: Ack, shortcut: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        ack()
        channel = shortcut["channel"]["id"]
        scope = scope_of(context, channel, shortcut["user"]["id"])
        text = plain_text(shortcut["message"].get("text", "")).strip()
        reply = service.run(scope, Command("brief", text))  # a link is fetched, text is briefed
        post_in_thread(client, channel, shortcut["message"]["ts"], reply)

    @app.event("app_uninstalled")
    def on_uninstalled(context: BoltContext) -> None:
        """The workspace removed the app: its data is deleted after `retention.removed_days`."""
        service.tenant_left(scope_of(context, "", "").tenant_key)

    @app.event("app_home_opened")
    def on_home(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        reply = service.overview(scope_of(context, "", event["user"]))
        client.views_publish(
            user_id=event["user"], view={"type": "home", "blocks": reply_blocks(reply)[:100]}
        )

    @app.action("ask")
    def on_ask_button(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        channel = body.get("channel", {}).get("id", "")
        client.views_open(
            trigger_id=body["trigger_id"],
            view={
                "type": "modal",
                "callback_id": "ask_modal",
                "private_metadata": channel,
                "title": {"type": "plain_text", "text": "Ask about this"},
                "submit": {"type": "plain_text", "text": "Ask"},
                "blocks": [
                    {
                        "type": "input",
                        "block_id": "q",
                        "label": {"type": "plain_text", "text": "Your question"},
                        "element": {"type": "plain_text_input", "action_id": "q"},
                    }
                ],
            },
        )

    @app.view("ask_modal")
    def on_ask_submitted(
        ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient, context: BoltContext
    ) -> None:
        ack()
        channel = view.get("private_metadata") or ""
        question = view["state"]["values"]["q"]["q"]["value"] or ""
        reply = service.run(scope_of(context, channel, body["user"]["id"]), Command("ask", question))
        first = messages(reply)[0]
        client.chat_postEphemeral(channel=channel, user=body["user"]["id"], **first)

    @app.action("add_to_digest")
    def on_add_to_digest(ack: Ack, body: dict[str, Any], respond: Respond, context: BoltContext) -> None:
        ack()
        scope = scope_of(context, body.get("channel", {}).get("id", ""), body["user"]["id"])
        reply = service.add_to_digest(scope)
        respond(text=reply.plain()[:3000], response_type="ephemeral", replace_original=False)

    return app


def wsgi_app(app: App) -> Any:
    """A WSGI application for Bolt at /slack/events (run it under any WSGI server, several workers)."""
    from slack_bolt.adapter.wsgi import SlackRequestHandler

    return SlackRequestHandler(app)

"""`briefbot discord`: the Discord bot with DISCORD_TOKEN; `briefbot discord --invite` prints the link.

One gateway connection by default; discord.py's AutoShardedClient when `discord.shards` is set, or
when Discord closes the connection with 4011 (the bot is in too many guilds for one connection)."""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import logging
from typing import Any

import discord

from bot.config import Settings
from bot.errors import BriefbotError
from bot.service import BriefingService

from .client import BriefBot, BriefClient, BriefShardedClient, intents, use_api
from .logs import redact_discord_logs

log = logging.getLogger(__name__)
SHARDING_REQUIRED = 4011
PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    embed_links=True,
    read_message_history=True,
)


def make_client(
    service: BriefingService, settings: Settings, *, sharded: bool = False, schedule: bool = True
) -> BriefBot:
    kwargs: dict[str, Any] = {
        "schedule": schedule,
        "guild_id": settings.secrets.get("DISCORD_GUILD_ID"),
        "intents": intents(settings.discord_message_content),
    }
    if settings.discord_shards > 0:
        return BriefShardedClient(service, shard_count=settings.discord_shards, **kwargs)
    if sharded:
        return BriefShardedClient(service, **kwargs)
    return BriefClient(service, **kwargs)


async def serve(
    service: BriefingService,
    settings: Settings,
    token: str,
    *,
    schedule: bool = True,
    clients: list[BriefBot] | None = None,
) -> None:
    """Run until closed; restart sharded if Discord requires it. Clear errors for a bad token or intent.
    Each client made is appended to `clients` (so a caller can close it)."""
    redact_discord_logs(token)
    sharded = False
    while True:
        client: Any = make_client(service, settings, sharded=sharded, schedule=schedule)
        if clients is not None:
            clients.append(client)
        try:
            async with client:
                await client.start(token)
            return
        except discord.LoginFailure as err:
            raise BriefbotError(
                "Discord refused DISCORD_TOKEN; copy the bot token again from the portal."
            ) from err
        except discord.PrivilegedIntentsRequired as err:
            raise BriefbotError(
                "discord.message_content is on but the Message Content intent is not enabled for the bot "
                "in the developer portal (Bot → Privileged Gateway Intents); enable it or turn the setting off."
            ) from err
        except discord.ConnectionClosed as err:
            if err.code != SHARDING_REQUIRED or sharded or isinstance(client, BriefShardedClient):
                raise BriefbotError(f"Discord closed the connection (code {err.code}).") from err
            log.warning("Discord requires sharding for this bot; reconnecting with automatic sharding")
            sharded = True


def run_discord(service: BriefingService, settings: Settings) -> int:
    token = settings.secrets.get("DISCORD_TOKEN")
    if not token:
        raise BriefbotError("Set DISCORD_TOKEN (the bot token from the Discord developer portal).")
    use_api(settings.secrets.get("DISCORD_API_URL"))
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C: the client closes on the way out
        asyncio.run(serve(service, settings, token))
    return 0


def application_id(token: str) -> int:
    """A bot token's first part is its application's id in base64."""
    first = token.split(".", 1)[0]
    try:
        return int(base64.b64decode(first + "=" * (-len(first) % 4)).decode())
    except (binascii.Error, UnicodeDecodeError, ValueError) as err:
        raise BriefbotError("DISCORD_TOKEN does not look like a bot token.") from err


def invite_url(settings: Settings) -> str:
    """The link that adds the bot to a server with the permissions it needs and /brief."""
    token = settings.secrets.get("DISCORD_TOKEN")
    if not token:
        raise BriefbotError("Set DISCORD_TOKEN to print the invite link.")
    return discord.utils.oauth_url(
        application_id(token), permissions=PERMISSIONS, scopes=("bot", "applications.commands")
    )

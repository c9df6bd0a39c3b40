"""discord.py client: a mention with a link, text or question is answered with embeds.

The tenant is the guild id from the event (a DM is its own tenant per user). The core runs in a
worker thread (`asyncio.to_thread`), never on the event loop.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
from typing import Any

import discord
import yarl

from bot.replies import Reply
from bot.scope import Scope
from bot.service import BriefingService

from .embeds import messages

log = logging.getLogger(__name__)
_MENTION = re.compile(r"<@!?\d+>")
TLDR = ("tl;dr", "tldr", "brief", "summarise", "summarize")


DEFAULT_API = "https://discord.com/api/v10"


def use_api(url: str | None) -> None:
    """Point discord.py's REST client at another base URL (a rate-limit proxy, or the tests' fake);
    the gateway address then comes from that API's /gateway/bot (see BriefClient.setup_hook)."""
    discord.http.Route.BASE = (url or DEFAULT_API).rstrip("/")


def scope_of(message: discord.Message) -> Scope:
    tenant = str(message.guild.id) if message.guild else f"dm-{message.author.id}"
    return Scope("discord", tenant, str(message.channel.id), str(message.author.id))


class BriefClient(discord.Client):
    def __init__(self, service: BriefingService, *, schedule: bool = False, **kwargs: Any) -> None:
        intents = kwargs.pop("intents", None) or discord.Intents.default()
        super().__init__(intents=intents, **kwargs)
        self.service = service
        self.schedule = schedule
        self.scheduler: Any = None

    async def setup_hook(self) -> None:
        """Runs once, after login and before the gateway connects (not on every reconnect, unlike
        on_ready): the place for background work such as the digest scheduler."""
        if discord.http.Route.BASE != DEFAULT_API:
            _, url, _ = await self.http.get_bot_gateway()
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)
        if self.schedule:
            from bot.schedule import DigestScheduler

            self.scheduler = DigestScheduler(self.service, self.post_digest)
            self.scheduler.start()

    def post_digest(self, tenant: str, channel: str, reply: Reply, key: str) -> str | None:
        """The scheduler's poster (called from its thread): post on the client's loop, wait for the id."""
        done = asyncio.run_coroutine_threadsafe(self._post_digest(int(channel), reply, key), self.loop)
        return done.result(60)

    async def _post_digest(self, channel_id: int, reply: Reply, key: str) -> str:
        channel = self.get_channel(channel_id) or await self.fetch_channel(channel_id)
        first = ""
        for n, group in enumerate(messages(reply)):
            # The claim's key as the nonce (discord.py then sets enforce_nonce): a retried post is dropped.
            nonce = hashlib.sha1(f"{key}:{n}".encode()).hexdigest()[:25]
            sent = await channel.send(  # type: ignore[union-attr]
                embeds=[discord.Embed.from_dict(e) for e in group], nonce=nonce
            )
            first = first or str(sent.id)
        return first

    async def close(self) -> None:
        if self.scheduler is not None:
            self.scheduler.shutdown()
        await super().close()

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or self.user is None or self.user not in message.mentions:
            return
        text = _MENTION.sub("", message.content).strip()
        original = message.reference.resolved if message.reference else None
        if isinstance(original, discord.Message) and (not text or text.lower() in TLDR):
            text = original.content  # "@briefbot tl;dr" on a reply briefs the message replied to
        reply = await asyncio.to_thread(self.service.handle, scope_of(message), text)
        await self.send_reply(message.channel, reply, reference=message)

    async def send_reply(self, channel: Any, reply: Reply, reference: discord.Message | None = None) -> None:
        for n, group in enumerate(messages(reply)):
            await channel.send(
                embeds=[discord.Embed.from_dict(e) for e in group],
                reference=reference if n == 0 else None,
                mention_author=False,
            )

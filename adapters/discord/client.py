"""discord.py clients: mentions, DMs and replies answered with embeds; `/brief` registered in setup_hook.

The tenant is the guild id from the event (a DM is its own tenant per user). The core runs in a
worker thread (`asyncio.to_thread`), never on the event loop. Every message the bot posts carries a
nonce with `enforce_nonce`, so a post that discord.py retries after a 5xx is not posted twice.
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

import discord
import yarl
from discord import app_commands

from bot.replies import Reply, error
from bot.scope import Scope
from bot.service import BriefingService

from .embeds import embeds_of, messages, nonce
from .slash import BriefCommands, brief_message_menu

log = logging.getLogger(__name__)
_MENTION = re.compile(r"<@!?\d+>")
TLDR = ("tl;dr", "tldr", "brief", "summarise", "summarize")
DEFAULT_API = "https://discord.com/api/v10"
UNREADABLE = (
    "I cannot read the message you replied to: Discord shows other people's messages to bots only with "
    "the Message Content intent. Use Apps → Brief this message on it instead."
)


def use_api(url: str | None) -> None:
    """Point discord.py's REST client at another base URL (a rate-limit proxy, or the tests' fake);
    the gateway address then comes from that API's /gateway/bot (see BriefBot.setup_hook)."""
    discord.http.Route.BASE = (url or DEFAULT_API).rstrip("/")


def guild_scope(guild: discord.Guild) -> Scope:
    return Scope("discord", str(guild.id), "")


def scope_of(message: discord.Message) -> Scope:
    tenant = str(message.guild.id) if message.guild else f"dm-{message.author.id}"
    return Scope("discord", tenant, str(message.channel.id), str(message.author.id))


class BriefBot:
    """What both clients (one connection, or automatically sharded) do. Mixed in before discord.Client."""

    service: BriefingService
    tree: app_commands.CommandTree[Any]

    def __init__(
        self,
        service: BriefingService,
        *,
        schedule: bool = False,
        guild_id: str | None = None,
        **kwargs: Any,
    ) -> None:
        # The bot never joins voice: no warning that voice libraries are missing.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        # the discord.Client (or AutoShardedClient) that follows in the MRO takes the rest
        super().__init__(intents=kwargs.pop("intents", None) or intents(), **kwargs)  # type: ignore[call-arg]
        self.service = service
        self.schedule = schedule
        self.guild_id = guild_id
        self.scheduler: Any = None
        self.setups = 0
        self.tree = app_commands.CommandTree(self)  # type: ignore[arg-type]
        self.tree.add_command(BriefCommands(self))
        self.tree.add_command(brief_message_menu(self))
        self.tree.on_error = self.on_command_error  # type: ignore[method-assign]

    async def setup_hook(self) -> None:
        """Runs once, after login and before the gateway connects (not on every reconnect, unlike
        on_ready): the place for background work such as the digest scheduler."""
        self.setups += 1
        http = self.http  # type: ignore[attr-defined]
        if discord.http.Route.BASE != DEFAULT_API:
            _, url, _ = await http.get_bot_gateway()
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)
        await self.sync_commands()
        if self.schedule:
            from bot.schedule import DigestScheduler

            self.scheduler = DigestScheduler(self.service, self.post_digest)
            self.scheduler.start()

    async def sync_commands(self) -> None:
        """Register /brief: in DISCORD_GUILD_ID at once while testing, else globally."""
        try:
            if self.guild_id:
                guild = discord.Object(id=int(self.guild_id))
                self.tree.copy_global_to(guild=guild)
                await self.tree.sync(guild=guild)
            else:
                await self.tree.sync()
        except discord.HTTPException as err:  # the bot still answers mentions
            log.warning("could not register /brief with Discord (%s); mentions still work", err.status)

    # digests --------------------------------------------------------------------------------------------
    def post_digest(self, tenant: str, channel: str, reply: Reply, key: str) -> str | None:
        """The scheduler's poster (called from its thread): post on the client's loop, wait for the id."""
        loop: asyncio.AbstractEventLoop = self.loop  # type: ignore[attr-defined]
        done = asyncio.run_coroutine_threadsafe(self.post(int(channel), reply, key), loop)
        return done.result(120)

    async def post(self, channel_id: int, reply: Reply, key: str, content: str | None = None) -> str:
        """A reply as channel messages, each with a nonce derived from `key`; the first message's id."""
        channel = self.get_partial_messageable(channel_id)  # type: ignore[attr-defined]
        first = ""
        for n, group in enumerate(messages(reply)):
            sent = await channel.send(
                content=content if n == 0 else None,
                embeds=embeds_of(group),
                nonce=nonce(key, n),
                allowed_mentions=discord.AllowedMentions(users=True, everyone=False, roles=False),
            )
            first = first or str(sent.id)
        return first

    async def close(self) -> None:
        if self.scheduler is not None:
            self.scheduler.shutdown()
            self.scheduler = None
        await super().close()  # type: ignore[misc]

    # events ---------------------------------------------------------------------------------------------
    async def on_message(self, message: discord.Message) -> None:
        me = self.user  # type: ignore[attr-defined]
        if message.author.bot or me is None:
            return
        if message.guild is not None and me not in message.mentions:
            return  # in a guild only mentions (and replies that mention the bot) are for us; a DM always is
        text = _MENTION.sub("", message.content).strip()
        original = message.reference.resolved if message.reference else None
        if isinstance(original, discord.Message) and (not text or text.lower() in TLDR):
            text = original.content  # "@briefbot tl;dr" on a reply briefs the message replied to
            if not text.strip():
                await self.send_reply(message, error(UNREADABLE))
                return
        reply = await asyncio.to_thread(self.service.handle, scope_of(message), text)
        await self.send_reply(message, reply)

    async def send_reply(self, message: discord.Message, reply: Reply) -> None:
        for n, group in enumerate(messages(reply)):
            await message.channel.send(
                embeds=embeds_of(group),
                reference=message if n == 0 else None,
                mention_author=False,
                nonce=nonce("reply", message.id, n),
            )

    async def on_command_error(
        self, interaction: discord.Interaction[Any], err: app_commands.AppCommandError
    ) -> None:
        """A bug in a command: logged, and the user told in one sentence instead of waiting forever."""
        log.error("/brief failed", exc_info=err)
        sorry = error("Something went wrong on my side; the details are in the logs.")
        embeds = embeds_of(messages(sorry)[0])
        try:
            if interaction.response.is_done():
                await interaction.followup.send(embeds=embeds, ephemeral=True)
            else:
                await interaction.response.send_message(embeds=embeds, ephemeral=True)
        except discord.HTTPException:
            pass

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        await asyncio.to_thread(self.service.tenant_left, guild_scope(guild).tenant_key)

    async def on_guild_join(self, guild: discord.Guild) -> None:
        await asyncio.to_thread(self.service.tenant_joined, guild_scope(guild).tenant_key)


class BriefClient(BriefBot, discord.Client):
    """One gateway connection."""


class BriefShardedClient(BriefBot, discord.AutoShardedClient):
    """discord.py's AutoShardedClient: as many shards as configured, or as Discord recommends."""


def intents(message_content: bool = False) -> discord.Intents:
    """Default intents, without the privileged Message Content unless `discord.message_content` is set:
    Discord still delivers the content of messages that mention the bot and of DMs, which is what the
    bot reads; with the intent, "@briefbot tl;dr" can also read the message replied to."""
    chosen = discord.Intents.default()
    chosen.message_content = message_content
    return chosen

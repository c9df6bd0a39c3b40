"""`/brief` as a Discord application command (subcommands as in Slack) and "Brief this message".

Every interaction is deferred at once (`defer(thinking=True)`); the core runs in a worker thread; the
answer replaces the "thinking…" message (an idempotent edit) while the interaction token lives (15
minutes). Past that, the answer is a plain channel message that mentions the user (a private one goes
to the user's DMs). Commands are composed as text for the core's one parser.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.commands import timezone_choices
from bot.errors import InputError
from bot.inputs import decode
from bot.replies import Reply, error
from bot.scope import Scope

from .embeds import embeds_of, messages, nonce

if TYPE_CHECKING:
    from .client import BriefBot

log = logging.getLogger(__name__)
TOKEN_LIFETIME = timedelta(minutes=15) - timedelta(seconds=30)  # a margin for the post itself
MAX_FILE = 5_000_000


def interaction_scope(interaction: discord.Interaction[Any]) -> Scope:
    user = interaction.user.id
    tenant = str(interaction.guild_id) if interaction.guild_id else f"dm-{user}"
    return Scope("discord", tenant, str(interaction.channel_id or f"dm-{user}"), str(user))


class Responder:
    """Answer one interaction: defer at once, then edit/follow up, or post to the channel when late."""

    def __init__(self, bot: BriefBot, interaction: discord.Interaction[Any], private: bool) -> None:
        self.bot = bot
        self.interaction = interaction
        self.private = private
        self.deferred = False

    async def defer(self) -> None:
        try:
            await self.interaction.response.defer(thinking=True, ephemeral=self.private)
            self.deferred = True
        except discord.HTTPException as err:  # too late or already answered: post to the channel later
            log.warning("could not defer interaction (%s); the answer goes to the channel", err.status)

    def token_alive(self) -> bool:
        return self.deferred and discord.utils.utcnow() - self.interaction.created_at < TOKEN_LIFETIME

    async def send(self, reply: Reply) -> None:
        groups = [embeds_of(g) for g in messages(reply)]
        if self.token_alive():
            try:
                await self.interaction.edit_original_response(embeds=groups[0])
            except discord.NotFound:  # the token expired meanwhile
                await self.send_late(reply)
                return
            await self.send_rest(groups[1:])
            return
        await self.send_late(reply)

    async def send_rest(self, groups: list[list[discord.Embed]]) -> None:
        """Parts after the first: channel messages with a nonce where the bot may post there (a retried
        post is dropped), else followups."""
        perms = self.interaction.app_permissions
        public = not self.private and self.interaction.guild_id and perms.send_messages and perms.embed_links
        for n, group in enumerate(groups, 1):
            if public:
                channel = self.bot.get_partial_messageable(self.interaction.channel_id)  # type: ignore[attr-defined]
                await channel.send(embeds=group, nonce=nonce("interaction", self.interaction.id, n))
            else:
                await self.interaction.followup.send(embeds=group, ephemeral=self.private)

    async def send_late(self, reply: Reply) -> None:
        user = self.interaction.user
        key = f"interaction:{self.interaction.id}"
        if self.private:
            dm = await user.create_dm()
            await self.bot.post(dm.id, reply, key)
        elif self.interaction.channel_id is not None:
            await self.bot.post(
                self.interaction.channel_id, reply, key, content=f"{user.mention} your /brief:"
            )


async def run_text(bot: BriefBot, interaction: discord.Interaction[Any], text: str, private: bool) -> None:
    """Defer, run a command text through the core in a worker thread, answer."""
    responder = Responder(bot, interaction, private)
    await responder.defer()
    await finish(bot, responder, text)


async def finish(bot: BriefBot, responder: Responder, text: str) -> None:
    scope = interaction_scope(responder.interaction)
    command = ("private " if responder.private else "") + text
    reply = await asyncio.to_thread(bot.service.handle, scope, command)
    await responder.send(reply)


async def read_attachment(file: discord.Attachment) -> str:
    if file.size > MAX_FILE:
        raise InputError(f"{file.filename} is too large to brief ({file.size:,} bytes; the limit is 5 MB).")
    try:
        data = await file.read()
    except discord.HTTPException as err:
        raise InputError(f"Discord would not give me {file.filename} ({err.status}); try again.") from err
    return decode(data, file.filename)


class BriefCommands(app_commands.Group):
    """/brief brief|ask|digest|subscribe|unsubscribe|list|forget|help."""

    def __init__(self, bot: BriefBot) -> None:
        super().__init__(
            name="brief", description="Briefings: summaries, commitments, answers, daily digests"
        )
        self.bot = bot

    @app_commands.command(name="brief", description="Summarise a link, pasted text or a text file")
    @app_commands.describe(
        text="a link or the briefing's text",
        file="a .txt, .md or .html file",
        private="only you see the answer",
    )
    async def brief(
        self,
        interaction: discord.Interaction[Any],
        text: str | None = None,
        file: discord.Attachment | None = None,
        private: bool = False,
    ) -> None:
        responder = Responder(self.bot, interaction, private)
        await responder.defer()
        if file is not None:
            try:
                text = await read_attachment(file)
            except InputError as err:
                await responder.send(error(str(err)))
                return
        await finish(self.bot, responder, "brief " + (text or ""))

    @app_commands.command(name="ask", description="Ask about everything this channel was briefed on")
    @app_commands.describe(question="your question", private="only you see the answer")
    async def ask(self, interaction: discord.Interaction[Any], question: str, private: bool = False) -> None:
        await run_text(self.bot, interaction, "ask " + question, private)

    @app_commands.command(name="digest", description="Today's digest now, or a past day's")
    @app_commands.describe(day="a date as YYYY-MM-DD (default: today)")
    async def digest(self, interaction: discord.Interaction[Any], day: str | None = None) -> None:
        await run_text(self.bot, interaction, f"digest {day or ''}", False)

    @app_commands.command(name="subscribe", description="Post a daily digest in this channel")
    @app_commands.describe(
        time="local time as HH:MM (default 09:00)", timezone="e.g. Europe/Paris (default UTC)"
    )
    async def subscribe(
        self, interaction: discord.Interaction[Any], time: str | None = None, timezone: str | None = None
    ) -> None:
        await run_text(self.bot, interaction, f"subscribe {time or ''} {timezone or ''}", False)

    @subscribe.autocomplete("timezone")
    async def timezone_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=z, value=z) for z in timezone_choices(current)]

    @app_commands.command(name="unsubscribe", description="Stop this channel's daily digest")
    async def unsubscribe(self, interaction: discord.Interaction[Any]) -> None:
        await run_text(self.bot, interaction, "unsubscribe", False)

    @app_commands.command(name="list", description="This channel's subscription and latest briefings")
    async def list(self, interaction: discord.Interaction[Any]) -> None:
        await run_text(self.bot, interaction, "list", True)

    @app_commands.command(
        name="forget", description="Delete one briefing (its number) or the whole channel's"
    )
    @app_commands.describe(what="a briefing number from /brief list, or 'channel'")
    async def forget(self, interaction: discord.Interaction[Any], what: str) -> None:
        await run_text(self.bot, interaction, f"forget {what}", False)

    @app_commands.command(name="help", description="What briefbot does and how to use it")
    async def help(self, interaction: discord.Interaction[Any]) -> None:
        await run_text(self.bot, interaction, "help", True)


def brief_message_menu(bot: BriefBot) -> app_commands.ContextMenu:
    """Apps → "Brief this message": works on anyone's message without the Message Content intent."""

    async def brief_message(interaction: discord.Interaction[Any], message: discord.Message) -> None:
        await run_text(bot, interaction, "brief " + message.content, False)

    return app_commands.ContextMenu(name="Brief this message", callback=brief_message)

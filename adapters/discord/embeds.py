"""Reply -> Discord messages of embeds (and their nonces) within Discord's limits: description 4,096
characters, 6,000 characters across a message's embeds, 10 embeds a message, content 2,000. Longer
replies are split across messages, never cut."""

from __future__ import annotations

import hashlib
from typing import Any

import discord

from bot.replies import Reply, split_text

DESCRIPTION = 4096
PER_MESSAGE = 6000
EMBEDS = 10
TITLE = 256


def embeds(reply: Reply) -> list[dict[str, Any]]:
    """All embeds of a reply, in order (the first carries the title and the source link)."""
    parts: list[str] = []
    if reply.text:
        parts.append(reply.text)
    for section in reply.sections:
        parts.append(f"**{section.heading}**\n" + "\n".join(f"• {b}" for b in section.bullets))
    if reply.citations:
        parts.append(
            "**Sources**\n"
            + "\n".join(f"• #{c.briefing_id} *{c.title or 'Untitled'}*: “{c.text}”" for c in reply.citations)
        )
    body = "\n\n".join(parts) or reply.title
    out: list[dict[str, Any]] = []
    for i, piece in enumerate(split_text(body, DESCRIPTION - 100)):
        embed: dict[str, Any] = {"description": piece}
        if i == 0:
            embed["title"] = reply.title[:TITLE]
            if reply.link:
                embed["url"] = reply.link
        out.append(embed)
    return out


def messages(reply: Reply) -> list[list[dict[str, Any]]]:
    """Embeds grouped into messages: at most 10 a message and 6,000 characters across them."""
    groups: list[list[dict[str, Any]]] = []
    size = 0
    for embed in embeds(reply):
        n = len(embed.get("description", "")) + len(embed.get("title", ""))
        if not groups or len(groups[-1]) >= EMBEDS or size + n > PER_MESSAGE:
            groups.append([])
            size = 0
        groups[-1].append(embed)
        size += n
    return groups


def nonce(*parts: object) -> str:
    """A message nonce (at most 25 characters) that is the same every time the same post is retried:
    sent with `enforce_nonce`, Discord drops a repeat instead of posting it twice."""
    return hashlib.sha1(":".join(map(str, parts)).encode()).hexdigest()[:25]


def embeds_of(group: list[dict[str, Any]]) -> list[discord.Embed]:
    """One message's embeds as discord.py objects."""
    return [discord.Embed.from_dict(e) for e in group]

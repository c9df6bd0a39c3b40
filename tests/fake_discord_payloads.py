"""Payloads the fake Discord sends: users, the guild, messages, interactions (as Discord shapes them)."""

from __future__ import annotations

import itertools
import time
from typing import Any

BOT_ID = "100"
GUILD_ID = "200"
CHANNEL_ID = "300"
DM_CHANNEL_ID = "600"
USER = {"id": "400", "username": "reader", "discriminator": "0001", "avatar": None, "global_name": "Reader"}
BOT = {"id": BOT_ID, "username": "briefbot", "discriminator": "0002", "avatar": None, "bot": True}
MEMBER = {"roles": [], "joined_at": "2026-01-01T00:00:00+00:00", "deaf": False, "mute": False, "flags": 0}
# View channel, send messages, embed links, read history, send in threads
APP_PERMISSIONS = str(1024 | 2048 | 16384 | 65536 | 274877906944)
_counter = itertools.count(1)


def snowflake(age_seconds: float = 0.0) -> str:
    """A Discord id whose timestamp is `age_seconds` ago (unique: a counter in the low bits)."""
    ms = int((time.time() - age_seconds) * 1000) - 1420070400000
    return str((ms << 22) | (next(_counter) & 0x3FFFFF))


APPLICATION = {
    "id": BOT_ID,
    "name": "briefbot",
    "icon": None,
    "description": "",
    "rpc_origins": [],
    "bot_public": True,
    "bot_require_code_grant": False,
    "owner": USER,
    "summary": "",
    "verify_key": "0" * 64,
    "team": None,
    "flags": 0,
}


def ready(session: str, resume_url: str, shard: list[int] | None) -> dict[str, Any]:
    guilds = [{"id": GUILD_ID, "unavailable": True}] if not shard or shard[0] == 0 else []
    d: dict[str, Any] = {
        "v": 10,
        "user": BOT,
        "guilds": guilds,
        "session_id": session,
        "resume_gateway_url": resume_url,
        "application": {"id": BOT_ID, "flags": 0},
    }
    if shard:
        d["shard"] = shard
    return d


def guild() -> dict[str, Any]:
    return {
        "id": GUILD_ID,
        "name": "Newsroom",
        "owner_id": USER["id"],
        "unavailable": False,
        "member_count": 2,
        "roles": [],
        "emojis": [],
        "stickers": [],
        "features": [],
        "members": [],
        "presences": [],
        "voice_states": [],
        "threads": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
        "channels": [
            {
                "id": CHANNEL_ID,
                "type": 0,
                "name": "briefings",
                "position": 0,
                "permission_overwrites": [],
                "guild_id": GUILD_ID,
            }
        ],
    }


def message(
    content: str,
    msg_id: str,
    *,
    author: dict[str, Any] = USER,
    mention_bot: bool = False,
    channel: str = CHANNEL_ID,
    dm: bool = False,
    embeds: list[dict[str, Any]] | None = None,
    reply_to: dict[str, Any] | None = None,
) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": msg_id,
        "channel_id": DM_CHANNEL_ID if dm else channel,
        "author": author,
        "content": content,
        "timestamp": "2026-11-27T00:00:00+00:00",
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [BOT] if mention_bot else [],
        "mention_roles": [],
        "attachments": [],
        "embeds": embeds or [],
        "pinned": False,
        "type": 19 if reply_to else 0,
    }
    if not dm:
        d["guild_id"] = GUILD_ID
        if author is USER:
            d["member"] = MEMBER
    if reply_to is not None:
        d["message_reference"] = {"message_id": reply_to["id"], "channel_id": channel, "guild_id": GUILD_ID}
        d["referenced_message"] = reply_to
    return d


def interaction(
    data: dict[str, Any], *, kind: int = 2, age_seconds: float = 0.0, token: str = "itoken-secret"
) -> dict[str, Any]:
    """An interaction in the guild's channel: kind 2 a command, 4 an autocomplete."""
    return {
        "id": snowflake(age_seconds),
        "application_id": BOT_ID,
        "type": kind,
        "token": token,
        "guild_id": GUILD_ID,
        "channel_id": CHANNEL_ID,
        "channel": {
            "id": CHANNEL_ID,
            "type": 0,
            "guild_id": GUILD_ID,
            "name": "briefings",
            "position": 0,
            "permission_overwrites": [],
        },
        "member": {**MEMBER, "user": USER, "permissions": "2147483647"},
        "app_permissions": APP_PERMISSIONS,
        "locale": "en-US",
        "guild_locale": "en-US",
        "data": data,
        "version": 1,
        "entitlements": [],
        "authorizing_integration_owners": {"0": GUILD_ID},
        "context": 0,
        "attachment_size_limit": 10485760,
    }


def slash(sub: str, options: dict[str, Any] | None = None, focused: str | None = None) -> dict[str, Any]:
    """`/brief <sub> option:value…` as interaction data (`focused` marks the option being typed)."""
    opts = []
    for name, value in (options or {}).items():
        kind = 5 if isinstance(value, bool) else 11 if name == "file" else 3
        opt: dict[str, Any] = {"name": name, "type": kind, "value": value}
        if name == focused:
            opt["focused"] = True
        opts.append(opt)
    return {"id": "900", "name": "brief", "type": 1, "options": [{"name": sub, "type": 1, "options": opts}]}


def sent_message(channel: str, payload: dict[str, Any], msg_id: str) -> dict[str, Any]:
    """What Discord answers to a post: the message as stored."""
    d = message(
        payload.get("content") or "", msg_id, author=BOT, channel=channel, embeds=payload.get("embeds")
    )
    d.pop("member", None)
    d["nonce"] = payload.get("nonce")
    return d

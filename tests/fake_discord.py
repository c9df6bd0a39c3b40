"""A fake Discord on loopback: the REST API discord.py calls and a gateway WebSocket that sends HELLO,
READY, GUILD_CREATE and whatever events a test pushes, recording what the bot posts."""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

from aiohttp import WSMsgType, web

BOT_ID = "100"
GUILD_ID = "200"
CHANNEL_ID = "300"
USER = {"id": "400", "username": "reader", "discriminator": "0001", "avatar": None, "global_name": "Reader"}
BOT = {"id": BOT_ID, "username": "briefbot", "discriminator": "0002", "avatar": None, "bot": True}


def _json(data: Any) -> web.Response:
    # discord.py parses JSON only when Content-Type is exactly application/json (no charset).
    return web.Response(body=json.dumps(data).encode(), headers={"Content-Type": "application/json"})


async def _me(request: web.Request) -> web.Response:
    return _json(BOT)


async def _application(request: web.Request) -> web.Response:
    return _json(
        {
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
    )


class FakeDiscord:
    def __init__(self) -> None:
        self.posts: list[dict[str, Any]] = []
        self.arrived = threading.Condition()
        self.ready = threading.Event()
        self.loop = asyncio.new_event_loop()
        self._ws: web.WebSocketResponse | None = None
        self._seq = 0
        self._ids = 1000
        up = threading.Event()
        threading.Thread(target=self._run, args=(up,), daemon=True).start()
        up.wait(10)

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    def _run(self, up: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)
        app = web.Application()
        app.router.add_get("/api/v10/users/@me", _me)
        app.router.add_get("/api/v10/oauth2/applications/@me", _application)
        app.router.add_get("/api/v10/gateway/bot", self._gateway_bot)
        app.router.add_post("/api/v10/channels/{channel}/messages", self._post_message)
        app.router.add_get("/gateway", self._gateway)
        self.runner = web.AppRunner(app, shutdown_timeout=1.0)
        self.loop.run_until_complete(self.runner.setup())
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        self.loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        up.set()
        self.loop.run_forever()

    async def _gateway_bot(self, request: web.Request) -> web.Response:
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        return _json(
            {"url": f"ws://127.0.0.1:{self.port}/gateway", "shards": 1, "session_start_limit": limit}
        )

    async def _post_message(self, request: web.Request) -> web.Response:
        payload = await request.json()
        self._ids += 1
        with self.arrived:
            self.posts.append({"channel": request.match_info["channel"], **payload})
            self.arrived.notify_all()
        return _json(
            {
                "id": str(self._ids),
                "channel_id": request.match_info["channel"],
                "author": BOT,
                "content": payload.get("content") or "",
                "timestamp": "2026-11-27T00:00:00+00:00",
                "edited_timestamp": None,
                "tts": False,
                "mention_everyone": False,
                "mentions": [],
                "mention_roles": [],
                "attachments": [],
                "embeds": payload.get("embeds") or [],
                "pinned": False,
                "type": 0,
            }
        )

    async def _send(self, op: int, d: Any, t: str | None = None) -> None:
        assert self._ws is not None
        frame: dict[str, Any] = {"op": op, "d": d}
        if op == 0:
            self._seq += 1
            frame.update(s=self._seq, t=t)
        await self._ws.send_str(json.dumps(frame))

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        await self._send(10, {"heartbeat_interval": 40000})
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            data = json.loads(msg.data)
            if data["op"] == 1:
                await ws.send_str(json.dumps({"op": 11}))
            elif data["op"] == 2:  # IDENTIFY
                await self._send(
                    0,
                    {
                        "v": 10,
                        "user": BOT,
                        "guilds": [{"id": GUILD_ID, "unavailable": True}],
                        "session_id": "s1",
                        "resume_gateway_url": f"ws://127.0.0.1:{self.port}/gateway",
                        "application": {"id": BOT_ID, "flags": 0},
                    },
                    "READY",
                )
                await self._send(
                    0,
                    {
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
                    },
                    "GUILD_CREATE",
                )
                self.ready.set()
        return ws

    def push_message(self, content: str, mention_bot: bool = True, msg_id: str = "500") -> None:
        d = {
            "id": msg_id,
            "channel_id": CHANNEL_ID,
            "guild_id": GUILD_ID,
            "author": USER,
            "content": content,
            "timestamp": "2026-11-27T00:00:00+00:00",
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [BOT] if mention_bot else [],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "pinned": False,
            "type": 0,
            "member": {"roles": [], "joined_at": "2026-01-01T00:00:00+00:00", "deaf": False, "mute": False},
        }
        asyncio.run_coroutine_threadsafe(self._send(0, d, "MESSAGE_CREATE"), self.loop).result(10)

    def wait_for(self, n: int, timeout: float = 15.0) -> list[dict[str, Any]]:
        with self.arrived:
            self.arrived.wait_for(lambda: len(self.posts) >= n, timeout)
        return list(self.posts)

    def stop(self) -> None:
        async def shutdown() -> None:
            if self._ws is not None and not self._ws.closed:
                await asyncio.wait_for(self._ws.close(), 5)
            await self.runner.cleanup()

        asyncio.run_coroutine_threadsafe(shutdown(), self.loop).result(15)
        self.loop.call_soon_threadsafe(self.loop.stop)

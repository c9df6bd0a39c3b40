"""A fake Discord on loopback: the REST API discord.py calls and a gateway WebSocket that sends HELLO,
READY, GUILD_CREATE and whatever events a test pushes (messages, interactions, guild removal), and
records what the bot sends back.

Like Discord it drops a message post whose nonce it has already seen when `enforce_nonce` is set, can
answer a post with a 429 (with the Via header Discord's edge sends) or a 502 (after storing the message,
as when the edge loses the answer), can invalidate the session or drop the connection, and can insist
on sharding (close code 4011)."""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

from aiohttp import WSCloseCode, WSMsgType, web
from fake_discord_payloads import APPLICATION, BOT, BOT_ID, DM_CHANNEL_ID, USER, guild, ready, sent_message

API = "/api/v10"


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # discord.py parses JSON only when Content-Type is exactly application/json (no charset).
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


class FakeDiscord:
    def __init__(self, require_shards: int = 0, token: str = "") -> None:
        self.require_shards = require_shards
        self.token = token  # when set, REST calls with another bot token get a 401
        self.posts: list[dict[str, Any]] = []  # messages stored, in order (channel posts, edits, followups)
        self.requests: list[str] = []  # every REST call, "METHOD path"
        self.callbacks: list[dict[str, Any]] = []  # interaction responses (defer, autocomplete)
        self.commands: dict[str, list[dict[str, Any]]] = {}  # registered commands by scope
        self.identifies: list[dict[str, Any]] = []
        self.resumes = 0
        self.faults: list[str] = []  # for the next message posts: "429", "502-stored", "502"
        self.files: dict[str, bytes] = {}
        self.arrived = threading.Condition()
        self.loop = asyncio.new_event_loop()
        self.sockets: dict[int, web.WebSocketResponse] = {}
        self._by_nonce: dict[tuple[str, str], dict[str, Any]] = {}
        self._seq = 0
        self._ids = 1000
        up = threading.Event()
        threading.Thread(target=self._run, args=(up,), daemon=True).start()
        assert up.wait(10)

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.port}{API}"

    def _run(self, up: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)
        app = web.Application(middlewares=[self._record])
        r = app.router
        r.add_get(API + "/users/@me", self._static(BOT))
        r.add_get(API + "/oauth2/applications/@me", self._static(APPLICATION))
        r.add_get(API + "/gateway/bot", self._gateway_bot)
        r.add_post(API + "/channels/{channel}/messages", self._post_message)
        r.add_post(API + "/users/@me/channels", self._create_dm)
        r.add_put(API + "/applications/{app}/commands", self._put_commands)
        r.add_put(API + "/applications/{app}/guilds/{guild}/commands", self._put_commands)
        r.add_post(API + "/interactions/{id}/{token}/callback", self._callback)
        r.add_patch(API + "/webhooks/{app}/{token}/messages/@original", self._edit_original)
        r.add_post(API + "/webhooks/{app}/{token}", self._followup)
        r.add_get("/attachments/{name}", self._attachment)
        r.add_get("/gateway", self._gateway)
        self.runner = web.AppRunner(app, shutdown_timeout=1.0)
        self.loop.run_until_complete(self.runner.setup())
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        self.loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        up.set()
        self.loop.run_forever()

    @web.middleware
    async def _record(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if request.path.startswith(API):
            self.requests.append(f"{request.method} {request.path[len(API) :]}")
            bearer = request.headers.get("Authorization", "")
            if bearer.startswith("Bot ") and self.token and bearer != f"Bot {self.token}":
                return _json({"message": "401: Unauthorized", "code": 0}, 401)
        response: web.StreamResponse = await handler(request)
        self._notify()
        return response

    def _notify(self) -> None:
        with self.arrived:
            self.arrived.notify_all()

    def _store(self, channel: str, payload: dict[str, Any], via: str) -> dict[str, Any]:
        self._ids += 1
        msg = sent_message(channel, payload, str(self._ids))
        with self.arrived:
            self.posts.append({"channel": channel, "via": via, **payload})
            self.arrived.notify_all()
        return msg

    # REST ---------------------------------------------------------------------------------------------
    @staticmethod
    def _static(data: Any) -> Any:
        async def handler(request: web.Request) -> web.Response:
            return _json(data)

        return handler

    async def _gateway_bot(self, request: web.Request) -> web.Response:
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        url = f"ws://127.0.0.1:{self.port}/gateway"
        return _json({"url": url, "shards": max(1, self.require_shards), "session_start_limit": limit})

    async def _post_message(self, request: web.Request) -> web.Response:
        payload = await request.json()
        channel = request.match_info["channel"]
        fault = self.faults.pop(0) if self.faults else ""
        if fault == "429":
            body = {"message": "You are being rate limited.", "retry_after": 0.2, "global": False}
            return _json(body, 429, {"Via": "1.1 google", "Retry-After": "1", "X-RateLimit-Scope": "user"})
        if fault == "502":
            return web.Response(status=502, text="<html>Bad Gateway</html>", content_type="text/html")
        key = (channel, str(payload.get("nonce")))
        if payload.get("enforce_nonce") and key in self._by_nonce:
            return _json(self._by_nonce[key])  # Discord answers with the message it already has
        msg = self._store(channel, payload, "channel")
        if payload.get("nonce"):
            self._by_nonce[key] = msg
        if fault == "502-stored":  # stored, but the answer is lost on the way back
            return web.Response(status=502, text="<html>Bad Gateway</html>", content_type="text/html")
        return _json(msg)

    async def _create_dm(self, request: web.Request) -> web.Response:
        return _json({"id": DM_CHANNEL_ID, "type": 1, "recipients": [USER], "last_message_id": None})

    async def _put_commands(self, request: web.Request) -> web.Response:
        scope = request.match_info.get("guild", "global")
        out = []
        for n, cmd in enumerate(await request.json()):
            base = {
                "id": str(7000 + n),
                "application_id": BOT_ID,
                "version": "1",
                "type": 1,
                "description": "",
            }
            out.append({**base, **cmd})
            if scope != "global":
                out[-1]["guild_id"] = scope
        self.commands[scope] = out
        return _json(out)

    async def _callback(self, request: web.Request) -> web.Response:
        payload = await request.json()
        with self.arrived:
            self.callbacks.append({"interaction": request.match_info["id"], **payload})
            self.arrived.notify_all()
        flags = (payload.get("data") or {}).get("flags", 0)
        return _json(
            {
                "interaction": {
                    "id": request.match_info["id"],
                    "type": 2,
                    "response_message_loading": payload["type"] == 5,
                    "response_message_ephemeral": bool(flags & 64),
                }
            }
        )

    async def _edit_original(self, request: web.Request) -> web.Response:
        return _json(self._store("300", await request.json(), "edit"))

    async def _followup(self, request: web.Request) -> web.Response:
        return _json(self._store("300", await request.json(), "followup"))

    async def _attachment(self, request: web.Request) -> web.Response:
        return web.Response(body=self.files[request.match_info["name"]], content_type="text/plain")

    # gateway -----------------------------------------------------------------------------------------
    async def _send(self, ws: web.WebSocketResponse, op: int, d: Any, t: str | None = None) -> None:
        frame: dict[str, Any] = {"op": op, "d": d}
        if op == 0:
            self._seq += 1
            frame.update(s=self._seq, t=t)
        await ws.send_str(json.dumps(frame))

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await self._send(ws, 10, {"heartbeat_interval": 40000})
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            data = json.loads(msg.data)
            if data["op"] == 1:
                await ws.send_str(json.dumps({"op": 11}))
            elif data["op"] == 2:
                await self._identify(ws, data["d"])
            elif data["op"] == 6:  # RESUME: nothing was missed
                self.resumes += 1
                self._notify()
                self.sockets[0] = ws
                await self._send(ws, 0, {}, "RESUMED")
        return ws

    async def _identify(self, ws: web.WebSocketResponse, d: dict[str, Any]) -> None:
        shard = d.get("shard")
        with self.arrived:
            self.identifies.append(d)
            self.arrived.notify_all()
        if self.require_shards and (not shard or shard[1] != self.require_shards):
            await ws.close(code=4011, message=b"Sharding required")
            return
        self.sockets[shard[0] if shard else 0] = ws
        self._notify()
        url = f"ws://127.0.0.1:{self.port}/gateway"
        await self._send(ws, 0, ready(f"s{len(self.identifies)}", url, shard), "READY")
        if not shard or shard[0] == 0:
            await self._send(ws, 0, guild(), "GUILD_CREATE")

    # what tests call (from their own thread) ------------------------------------------------------------
    def _do(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(10)

    def push(self, t: str, d: dict[str, Any], shard: int = 0) -> None:
        self._do(self._send(self.sockets[shard], 0, d, t))

    def invalidate_session(self) -> None:
        """op 9 (not resumable): the client must identify again and gets a second READY."""
        self._do(self._send(self.sockets[0], 9, False))

    def drop_connection(self) -> None:
        """Close the socket as a network failure would (code 4000): the client resumes."""
        self._do(self.sockets[0].close(code=4000, message=b"unknown error"))

    def wait(self, predicate: Any, timeout: float = 15.0) -> bool:
        with self.arrived:
            return bool(self.arrived.wait_for(predicate, timeout))

    def wait_for(self, n: int, timeout: float = 15.0) -> list[dict[str, Any]]:
        self.wait(lambda: len(self.posts) >= n, timeout)
        return list(self.posts)

    def stop(self) -> None:
        async def shutdown() -> None:
            for ws in list(self.sockets.values()):
                if not ws.closed:
                    await asyncio.wait_for(ws.close(code=WSCloseCode.GOING_AWAY), 5)
            await self.runner.cleanup()

        self._do(shutdown())
        self.loop.call_soon_threadsafe(self.loop.stop)

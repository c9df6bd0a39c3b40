"""Socket Mode: the real Bolt SocketModeHandler against a fake Socket Mode server on loopback."""

import asyncio
import json
import threading
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType, web


class FakeSocketMode:
    """apps.connections.open hands out ws://127.0.0.1:PORT/link; this server sends one envelope there."""

    def __init__(self, envelope: dict[str, Any]) -> None:
        self.envelope = envelope
        self.acks: list[dict[str, Any]] = []
        self.acked = threading.Event()
        self.loop = asyncio.new_event_loop()
        self.port = 0
        ready = threading.Event()
        threading.Thread(target=self._run, args=(ready,), daemon=True).start()
        ready.wait(10)

    def _run(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)
        app = web.Application()
        app.router.add_get("/link", self._link)
        self.runner = web.AppRunner(app)
        self.loop.run_until_complete(self.runner.setup())
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        self.loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        ready.set()
        self.loop.run_forever()

    async def _link(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_json({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A1"}})
        await ws.send_json(self.envelope)
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                self.acks.append(json.loads(msg.data))
                self.acked.set()
        return ws

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self.runner.cleanup(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)


def test_slash_command_over_socket_mode(tmp_path: Path, sample_text: str) -> None:
    from slack_bolt.adapter.socket_mode import SocketModeHandler
    from test_slack import Rig

    rig = Rig(tmp_path)
    envelope = {
        "envelope_id": "env-1",
        "type": "slash_commands",
        "accepts_response_payload": True,
        "payload": {
            "command": "/brief",
            "text": sample_text,
            "team_id": "T1",
            "channel_id": "C1",
            "user_id": "U1",
            "response_url": f"{rig.slack.url}/response/socket",
            "trigger_id": "t",
            "token": "x",
        },
    }
    fake = FakeSocketMode(envelope)
    rig.slack.socket_url = f"ws://127.0.0.1:{fake.port}/link"
    handler = SocketModeHandler(rig.app, "xapp-test")
    try:
        handler.connect()
        assert fake.acked.wait(10)
        assert fake.acks[0]["envelope_id"] == "env-1"
        assert "Working on it" in json.dumps(fake.acks[0])
        (post,) = rig.slack.wait_for(1)
        assert post["path"] == "/response/socket" and "Commitments" in json.dumps(post["blocks"])
    finally:
        handler.close()
        fake.stop()
        rig.stop()

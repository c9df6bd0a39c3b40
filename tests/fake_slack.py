"""A fake Slack Web API (and response_url endpoint) on loopback that enforces Slack's limits."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

TOKEN = "xoxb-test-token"


class FakeSlack(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.posts: list[dict[str, Any]] = []  # every accepted message (API or response_url)
        self.rejected: list[str] = []
        self.throttle = 0  # answer this many next Web API calls with 429 and Retry-After: 1
        self.views: list[dict[str, Any]] = []
        self.socket_url = ""
        self.arrived = threading.Condition()
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def wait_for(self, n: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        with self.arrived:
            self.arrived.wait_for(lambda: len(self.posts) >= n, timeout)
        return list(self.posts)

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


def _limits(payload: dict[str, Any]) -> str | None:
    blocks = payload.get("blocks") or []
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    if not payload.get("text"):
        return "missing_text_fallback"
    if len(blocks) > 50:
        return "invalid_blocks: more than 50"
    total = 0
    for b in blocks:
        text = b.get("text", {}).get("text", "") if isinstance(b.get("text"), dict) else ""
        if b.get("type") == "section" and len(text) > 3000:
            return "invalid_blocks: section over 3000"
        total += len(text)
    if total > 12000:
        return "msg_too_long"
    return None


class _Handler(BaseHTTPRequestHandler):
    server: FakeSlack

    def log_message(self, *args: object) -> None:
        pass

    def _reply(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length", "0"))).decode()
        ctype = self.headers.get("Content-Type", "")
        payload = json.loads(raw) if "json" in ctype else {k: v[0] for k, v in parse_qs(raw).items()}
        if self.path == "/api/apps.connections.open":  # Socket Mode: the app token gets a WebSocket URL
            if self.headers.get("Authorization") != "Bearer xapp-test" or not self.server.socket_url:
                return self._reply(200, {"ok": False, "error": "invalid_auth"})
            return self._reply(200, {"ok": True, "url": self.server.socket_url})
        if self.path.startswith("/api/") and self.headers.get("Authorization") != f"Bearer {TOKEN}":
            return self._reply(200, {"ok": False, "error": "not_authed"})
        if self.path.startswith("/api/chat.") and self.server.throttle > 0:
            self.server.throttle -= 1
            self.send_response(429)
            self.send_header("Retry-After", "1")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if self.path in ("/api/views.publish", "/api/views.open"):
            view = payload.get("view")
            with self.server.arrived:
                self.server.views.append(
                    {
                        "path": self.path,
                        **payload,
                        "view": json.loads(view) if isinstance(view, str) else view,
                    }
                )
                self.server.arrived.notify_all()
            return self._reply(200, {"ok": True})
        if self.path == "/api/auth.test":
            return self._reply(
                200, {"ok": True, "team_id": "T1", "user_id": "UBOT", "bot_id": "B1", "url": self.server.url}
            )
        problem = _limits(payload)
        if problem:
            self.server.rejected.append(problem)
            return self._reply(200 if self.path.startswith("/api/") else 400, {"ok": False, "error": problem})
        with self.server.arrived:
            self.server.posts.append({"path": self.path, **payload})
            self.server.arrived.notify_all()
        return self._reply(
            200, {"ok": True, "ts": f"{len(self.server.posts)}.000", "channel": payload.get("channel")}
        )

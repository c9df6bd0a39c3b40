"""A hostile HTTP server for the fetcher's tests, on a loopback address and an ephemeral port."""

from __future__ import annotations

import contextlib
import gzip
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE = (
    "<!doctype html><html><head><title>Council approves the bridge plan | City News</title>"
    '<link rel="canonical" href="https://city.example/news/bridge-plan">'
    '<meta property="article:published_time" content="2026-05-04"></head><body>'
    "<nav><a href='/'>Home</a> <a href='/sport'>Sport</a> <a href='/weather'>Weather</a></nav>"
    "<div class='ad'>Buy one, get one free at Mega Mart this weekend only!</div>"
    "<article><h1>Council approves the bridge plan</h1>"
    + "".join(
        f"<p>The city council voted on Monday to repair the old river bridge, and the mayor said the work "
        f"will start in June and finish by the end of 2027. Officials declined to say how much the repairs "
        f"would cost, but the council pledged to publish the contracts. Paragraph {n} of the report adds "
        f"that residents have waited a decade for the crossing to reopen to traffic and to buses.</p>"
        for n in range(1, 5)
    )
    + "</article><section class='comments'><p>Great news!!! First comment.</p></section>"
    "<footer>Copyright City News. All rights reserved.</footer></body></html>"
)
PAYWALL = (
    "<html><head><title>Exclusive</title></head><body><article><h1>Exclusive: the plan</h1>"
    "<p>Subscribe to continue reading. Already a subscriber? Sign in to continue.</p></article></body></html>"
)
FRENCH = (
    "<html><head><title>Le pont</title></head><body><article><h1>Le conseil vote pour le pont</h1>"
    + "".join(
        f"<p>Le conseil municipal a voté lundi pour réparer le vieux pont numéro {n} sur la rivière, et le maire "
        f"a dit que les travaux commenceront en juin. Les habitants attendent depuis {n + 5} ans la réouverture "
        f"du pont aux voitures et aux bus, selon le rapport publié par la mairie de la ville.</p>"
        for n in range(1, 6)
    )
    + "</article></body></html>"
)
BOMB = gzip.compress(b"<p>" + b"0" * 50_000_000)  # made once, before any test measures memory


class Hostile(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__((host, port), Handler)
        self.hits: Counter[str] = Counter()
        self.redirect_to = ""
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


class Handler(BaseHTTPRequestHandler):
    server: Hostile

    def log_message(self, *args: object) -> None:
        pass

    def _send(
        self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers: str
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        if "Content_Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        self.server.hits[path] += 1
        if path == "/article":
            self._send(200, ARTICLE.encode())
        elif path == "/text":
            self._send(
                200,
                b"The board agreed to meet again in May. The chair will publish the minutes.",
                "text/plain",
            )
        elif path == "/redirect":
            self.send_response(302)
            self.send_header("Location", self.server.redirect_to)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(200):
                    self.wfile.write(b"<p>a")
                    self.wfile.flush()
                    time.sleep(0.05)
            except OSError:
                pass
        elif path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the body runs until the connection closes
            try:
                for _ in range(100):
                    self.wfile.write(b"x" * 65536)
            except OSError:
                pass
        elif path == "/huge":
            self._send(200, b"<p>small</p>", Content_Length="999999999")
        elif path == "/bomb":
            self._send(200, BOMB, Content_Encoding="gzip")
        elif path == "/pdf":
            self._send(200, b"%PDF-1.4 ...", "application/pdf")
        elif path == "/paywall":
            self._send(200, PAYWALL.encode())
        elif path == "/french":
            self._send(200, FRENCH.encode())
        else:
            self._send(404, b"<h1>Not found</h1>")

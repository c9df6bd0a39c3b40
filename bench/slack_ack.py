"""Slack ack latency: 50 concurrent `/brief URL` commands whose pages take 5 s to load.

    .venv/bin/python -m bench.slack_ack [--commands 50] [--delay 5]

The real Bolt app on a loopback WSGI server, signed requests, a fake Slack Web API and a slow page
server on loopback (allowed by the fetch allow-list). Each command comes from its own workspace with
its own link. Prints ack latency (median, p99) and how long until every reply arrived; writes
bench/results/slack_ack.json.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from bot.config import load
from bot.fetch import SafeFetcher

from .common import table, write

PAGE = (
    "<html><head><title>Slow news {n}</title></head><body><article><h1>Slow news {n}</h1>"
    + "".join(
        f"<p>The ministry said on Monday that it will publish the new water rules by June, paragraph {i}, "
        "and officials declined to say how much the programme would cost the regions over the decade.</p>"
        for i in range(6)
    )
    + "</article></body></html>"
)


class Slow(BaseHTTPRequestHandler):
    delay = 5.0

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        time.sleep(self.delay)
        body = PAGE.replace("{n}", self.path.strip("/")).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--commands", type=int, default=50)
    parser.add_argument("--delay", type=float, default=5.0)
    args = parser.parse_args()
    from test_slack import Rig  # the same rig as the end-to-end tests

    Slow.delay = args.delay
    pages = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    pages.daemon_threads = True
    threading.Thread(target=pages.serve_forever, daemon=True).start()
    with tempfile.TemporaryDirectory() as tmp:
        rig = Rig(Path(tmp))
        settings = replace(load(environ={}), fetch_allow_networks=("127.0.0.1/32",))
        rig.service.fetcher = SafeFetcher(settings)
        rig.service.settings = settings
        acks: list[float] = []
        lock = threading.Lock()
        start = time.perf_counter()

        def one(i: int) -> None:
            status, body, took = rig.command(f"http://127.0.0.1:{pages.server_port}/{i}", team=f"T{i}")
            assert status == 200 and "Working on it" in body, body
            with lock:
                acks.append(took * 1000)

        threads = [threading.Thread(target=one, args=(i,)) for i in range(args.commands)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        replies = rig.slack.wait_for(args.commands, timeout=60)
        done = time.perf_counter() - start
        rig.stop()
    pages.shutdown()
    acks.sort()
    p99 = acks[min(len(acks) - 1, int(0.99 * len(acks)))]
    row = [args.commands, args.delay, statistics.median(acks), p99, len(replies), done]
    print(
        table(["commands", "page delay s", "ack median ms", "ack p99 ms", "replies", "all replies s"], [row])
    )
    print(
        f"wrote {write('slack_ack', dict(zip(['commands', 'delay_s', 'ack_median_ms', 'ack_p99_ms', 'replies', 'all_done_s'], row, strict=True)))}"
    )


if __name__ == "__main__":
    main()

"""bot/fetch.py against a hostile server on loopback: blocked forms never reach it; limits hold."""

import os
import resource
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hostile_server import Hostile

from bot.config import load
from bot.fetch import (
    BlockedAddress,
    FetchError,
    NotAnArticle,
    Paywalled,
    SafeFetcher,
    TooLarge,
    TooSlow,
    UnsupportedLanguage,
)
from bot.scope import Scope
from bot.service import BriefingService
from bot.store import Store


@pytest.fixture
def server() -> Iterator[Hostile]:
    s = Hostile()
    yield s
    s.stop()


def fetcher(allow: tuple[str, ...] = (), **kw: object) -> SafeFetcher:
    settings = replace(load(environ={}), fetch_allow_networks=allow, **kw)  # type: ignore[arg-type]
    return SafeFetcher(settings)


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "localhost",
        "2130706433",
        "0x7f000001",
        "0177.0.0.1",
        "127.1",
        "0x7f.1",
        "[::ffff:127.0.0.1]",
        "[::ffff:7f00:1]",
        "[::1]",
        "0.0.0.0",
        "[::]",
    ],
)
def test_every_spelling_of_loopback_is_blocked(server: Hostile, host: str) -> None:
    with pytest.raises(BlockedAddress):
        fetcher().fetch(f"http://{host}:{server.port}/article", "t")
    assert sum(server.hits.values()) == 0


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://192.168.1.1/",
        "http://172.16.0.1/",
        "http://100.64.0.1/",
        "http://224.0.0.1/",
        "http://240.0.0.1/",
        "http://[fe80::1]/",
        "http://[fc00::1]/",
        "http://[64:ff9b::a9fe:a9fe]/",
        "http://[2002:7f00:1::]/",
    ],
)
def test_private_reserved_and_mapped_networks_are_blocked(url: str) -> None:
    with pytest.raises(BlockedAddress):
        fetcher().fetch(url, "t")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.com/a", "Only http and https"),
        ("file:///etc/passwd", "Only http and https"),
        ("http://user:pw@example.com/", "user name or password"),
        ("http://example.com:8080/", "port 8080"),
    ],
)
def test_schemes_credentials_and_ports(url: str, message: str) -> None:
    f = SafeFetcher(load(environ={}), resolver=lambda host, port: ["93.184.216.34"])
    with pytest.raises(FetchError, match=message):
        f.fetch(url, "t")


def test_article_extracted_with_allow_list(server: Hostile) -> None:
    page = fetcher(("127.0.0.1/32",)).fetch(f"http://127.0.0.1:{server.port}/article", "t")
    assert page.url == "https://city.example/news/bridge-plan"
    from summarizer.html import parse_html

    parsed = parse_html(page.body)
    text = " ".join(b.text for b in parsed.blocks)
    assert "will start in June" in text
    assert "Mega Mart" not in text and "First comment" not in text and "Sport" not in text


def test_redirects_are_checked_hop_by_hop(server: Hostile) -> None:
    server.redirect_to = "http://169.254.169.254/latest/meta-data/"
    with pytest.raises(BlockedAddress):
        fetcher(("127.0.0.1/32",)).fetch(f"http://127.0.0.1:{server.port}/redirect", "t")
    server.redirect_to = f"http://127.0.0.1:{server.port}/article"
    assert "bridge" in fetcher(("127.0.0.1/32",)).fetch(f"http://127.0.0.1:{server.port}/redirect", "t").body
    with pytest.raises(FetchError, match="redirects more than 3"):
        fetcher(("127.0.0.1/32",)).fetch(f"http://127.0.0.1:{server.port}/loop", "t")
    assert server.hits["/loop"] == 4


def test_one_lookup_and_the_checked_address_is_the_one_connected(server: Hostile) -> None:
    """DNS that answers differently the second time (rebinding) gets no second question."""
    other = Hostile("127.0.0.2", server.port)
    calls: list[str] = []

    def rebinding(host: str, port: int) -> list[str]:
        calls.append(host)
        return ["127.0.0.2"] if len(calls) == 1 else ["127.0.0.1"]

    try:
        f = SafeFetcher(replace(load(environ={}), fetch_allow_networks=("127.0.0.2/32",)), resolver=rebinding)
        page = f.fetch(f"http://rebind.example:{server.port}/article", "t")
        assert "bridge" in page.body
        assert calls == ["rebind.example"]
        assert other.hits["/article"] == 1 and sum(server.hits.values()) == 0
    finally:
        other.stop()


def test_drip_is_cut_off_by_the_deadline(server: Hostile) -> None:
    with pytest.raises(TooSlow):
        fetcher(("127.0.0.1/32",), fetch_timeout_seconds=1.0).fetch(
            f"http://127.0.0.1:{server.port}/drip", "t"
        )


def test_oversized_and_bomb_bodies_are_refused_with_bounded_memory(server: Hostile) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    f = fetcher(("127.0.0.1/32",), fetch_max_bytes=1_000_000)
    with pytest.raises(TooLarge):
        f.fetch(f"http://127.0.0.1:{server.port}/big", "t")
    with pytest.raises(TooLarge):
        f.fetch(f"http://127.0.0.1:{server.port}/bomb", "t")
    with pytest.raises(TooLarge):
        f.fetch(f"http://127.0.0.1:{server.port}/huge", "t")
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kb < 30_000  # a 50 MB bomb never unpacked


def test_wrong_types_paywalls_languages_and_errors(server: Hostile) -> None:
    f = fetcher(("127.0.0.1/32",))
    base = f"http://127.0.0.1:{server.port}"
    with pytest.raises(NotAnArticle, match="application/pdf"):
        f.fetch(base + "/pdf", "t")
    with pytest.raises(Paywalled):
        f.fetch(base + "/paywall", "t")
    with pytest.raises(UnsupportedLanguage):
        f.fetch(base + "/french", "t")
    with pytest.raises(FetchError, match="HTTP 404"):
        f.fetch(base + "/missing", "t")
    assert f.fetch(base + "/text", "t").content_type == "text/plain"


def test_cache_fetches_a_shared_link_once(server: Hostile) -> None:
    f = fetcher(("127.0.0.1/32",))
    for tenant in ("a", "b", "c"):
        f.fetch(f"http://127.0.0.1:{server.port}/article", tenant)
    assert server.hits["/article"] == 1


def test_service_briefs_a_link(server: Hostile, tmp_path: Path) -> None:
    settings = replace(load(environ={}), fetch_allow_networks=("127.0.0.1/32",))
    service = BriefingService(
        Store.open(f"sqlite:///{tmp_path / 's.db'}"), settings, fetcher=SafeFetcher(settings)
    )
    scope = Scope("slack", "T1", "C1", "u")
    reply = service.handle(scope, f"http://127.0.0.1:{server.port}/article")
    assert reply.kind == "brief" and reply.link == "https://city.example/news/bridge-plan"
    assert reply.title == "Council approves the bridge plan"
    again = service.handle(scope, f"http://127.0.0.1:{server.port}/article?utm=share")
    assert again.text.startswith("Already briefed")  # same canonical URL: stored once


def test_cli_blocks_then_briefs_with_allow_list(server: Hostile) -> None:
    exe = Path(sys.executable).with_name("briefbot")
    url = f"http://127.0.0.1:{server.port}/article"
    env = {k: v for k, v in os.environ.items() if k != "BRIEFBOT_FETCH_ALLOW_NETWORKS"}
    blocked = subprocess.run([str(exe), "brief", url], capture_output=True, text=True, env=env, check=False)
    assert blocked.returncode == 1 and "private or reserved network address" in blocked.stderr
    assert sum(server.hits.values()) == 0
    env["BRIEFBOT_FETCH_ALLOW_NETWORKS"] = "127.0.0.1/32"
    ok = subprocess.run(
        [str(exe), "brief", url, "--format", "json"], capture_output=True, text=True, env=env, check=False
    )
    assert ok.returncode == 0, ok.stderr
    assert "will start in June" in ok.stdout


def test_per_tenant_concurrency_limit(server: Hostile) -> None:
    import threading

    f = fetcher(("127.0.0.1/32",), fetch_timeout_seconds=0.2, fetch_per_tenant=1)
    busy = threading.BoundedSemaphore(1)
    f._slots["busy-workspace"] = busy
    busy.acquire()  # the workspace's one fetch is under way
    try:
        with pytest.raises(TooSlow, match="Too many links"):
            f.fetch(f"http://127.0.0.1:{server.port}/article", "busy-workspace")
        assert server.hits["/article"] == 0
        assert "bridge" in f.fetch(f"http://127.0.0.1:{server.port}/article", "another-workspace").body
    finally:
        busy.release()

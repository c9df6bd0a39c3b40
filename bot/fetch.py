"""The only code that touches the network for a shared link: SSRF-guarded, bounded, cached.

- http and https only, ports 80/443 (any port inside `fetch.allow_networks`), no user:password@;
- the host is resolved once; every address must be global (or inside the allow-list), whatever its
  spelling (decimal, hex, octal, short forms, IPv4-mapped IPv6), and the connection goes to the
  address that was checked (the Host header and TLS SNI carry the name): no second lookup;
- every redirect hop is checked the same way, at most `fetch.max_redirects`;
- one deadline for the whole fetch (a server that drips bytes is cut off), a body cap while streaming
  that counts decompressed bytes (a false Content-Length or a gzip bomb stops there);
- HTML, XHTML and plain text only; a page whose article is tiny and talks of subscribing is a paywall;
- proxies from the environment are ignored and TLS is verified; a per-tenant limit on concurrent
  fetches and a small cache by URL.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from summarizer.html import parse_html

from .config import Settings
from .errors import BriefbotError
from .fetching import Page

Resolver = Callable[[str, int], list[str]]


class FetchError(BriefbotError):
    pass


class BlockedAddress(FetchError):
    pass


class TooLarge(FetchError):
    pass


class TooSlow(FetchError):
    pass


class NotAnArticle(FetchError):
    pass


class Paywalled(FetchError):
    pass


class UnsupportedLanguage(FetchError):
    pass


ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_PAYWALL = re.compile(
    r"\bsubscribe\b|\bsubscription\b|\bsubscribers? only\b|\bsign in to (?:continue|read)\b|\blog in to (?:continue|read)\b|"
    r"\bcreate a free account\b|\baccept (?:all )?cookies\b|\bconsent\b|\bpaywall\b|\balready a subscriber\b",
    re.I,
)
_ENGLISH = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "is",
        "that",
        "for",
        "on",
        "with",
        "as",
        "was",
        "by",
        "it",
        "be",
        "are",
        "said",
        "will",
        "at",
        "from",
        "has",
        "this",
    ]
)


def system_resolver(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as err:
        raise FetchError(f"The link's host {host} could not be found.") from err
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address):
        inner = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if inner is not None:
            return _is_public(inner)
        if ip in ipaddress.ip_network("64:ff9b::/96"):  # NAT64 of an IPv4 address
            return _is_public(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return bool(ip.is_global) and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


@dataclass
class _Target:
    url: str  # the URL with the checked address in place of the host
    host: str
    scheme: str


class SafeFetcher:
    def __init__(
        self,
        settings: Settings,
        resolver: Resolver = system_resolver,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.settings = settings
        self.resolver = resolver
        self.allow = [ipaddress.ip_network(n, strict=False) for n in settings.fetch_allow_networks]
        self.client = httpx.Client(trust_env=False, verify=True, follow_redirects=False, transport=transport)
        self._cache: OrderedDict[str, tuple[float, Page]] = OrderedDict()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._lock = threading.Lock()

    # checks -------------------------------------------------------------------------------------------
    def _allowed(self, ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
        plain = ip.ipv4_mapped if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped else ip
        return any(plain in net for net in self.allow)

    def check(self, url: str) -> _Target:
        """Validate a URL and resolve its host once; the returned target connects to a checked address."""
        try:
            parts = urlsplit(url.strip())
            port = parts.port
        except ValueError as err:
            raise FetchError("That link is not a valid URL.") from err
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise FetchError("Only http and https links can be briefed.")
        if parts.username or parts.password:
            raise BlockedAddress("Links with a user name or password in them are not fetched.")
        host = (parts.hostname or "").rstrip(".")
        if not host:
            raise FetchError("That link has no host.")
        port = port or (443 if scheme == "https" else 80)
        addresses = [ipaddress.ip_address(a.split("%")[0]) for a in self.resolver(host, port)]
        if not addresses:
            raise FetchError(f"The link's host {host} could not be found.")
        for ip in addresses:
            if not (self._allowed(ip) or _is_public(ip)):
                raise BlockedAddress(
                    "That link points to a private or reserved network address, which I do not fetch."
                )
        if port not in (80, 443) and not all(self._allowed(ip) for ip in addresses):
            raise BlockedAddress(f"Links to port {port} are not fetched (only 80 and 443).")
        ip = addresses[0]
        netloc = f"[{ip}]:{port}" if ip.version == 6 else f"{ip}:{port}"
        path = parts.path or "/"
        target = f"{scheme}://{netloc}{path}" + (f"?{parts.query}" if parts.query else "")
        return _Target(target, host if parts.port is None else f"{host}:{parts.port}", scheme)

    # fetching -----------------------------------------------------------------------------------------
    def fetch(self, url: str, tenant: str) -> Page:
        now = time.monotonic()
        with self._lock:
            cached = self._cache.get(url)
            if cached and cached[0] > now:
                return cached[1]
            slot = self._slots.setdefault(tenant, threading.BoundedSemaphore(self.settings.fetch_per_tenant))
        if not slot.acquire(timeout=self.settings.fetch_timeout_seconds):
            raise TooSlow(
                "Too many links are being read for this workspace right now; try again in a moment."
            )
        try:
            page = self._fetch(url)
        finally:
            slot.release()
        with self._lock:
            self._cache[url] = (time.monotonic() + self.settings.fetch_cache_seconds, page)
            while len(self._cache) > 256:
                self._cache.popitem(last=False)
        return page

    def _fetch(self, url: str) -> Page:
        deadline = time.monotonic() + self.settings.fetch_timeout_seconds
        current = url
        for _ in range(self.settings.fetch_max_redirects + 1):
            target = self.check(current)
            status, headers, body = self._get(target, deadline)
            if status in (301, 302, 303, 307, 308) and headers.get("location"):
                current = urljoin(current, headers["location"])
                continue
            if status >= 400:
                raise FetchError(f"The page answered with an error (HTTP {status}).")
            return self._page(current, headers.get("content-type", ""), body)
        raise FetchError(f"The link redirects more than {self.settings.fetch_max_redirects} times.")

    def _get(self, target: _Target, deadline: float) -> tuple[int, httpx.Headers, bytes]:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TooSlow("The page took too long to load.")
        headers = {
            "Host": target.host,
            "User-Agent": "briefbot/0.1 (+link preview)",
            "Accept-Encoding": "gzip, deflate",
        }
        ext = {"sni_hostname": target.host.split(":")[0]} if target.scheme == "https" else {}
        request = self.client.build_request("GET", target.url, headers=headers, extensions=ext)
        request.extensions["timeout"] = httpx.Timeout(remaining).as_dict()
        try:
            response = self.client.send(request, stream=True)
        except httpx.TimeoutException as err:
            raise TooSlow("The page took too long to load.") from err
        except httpx.HTTPError as err:
            raise FetchError("The page could not be loaded.") from err
        try:
            if response.status_code in (301, 302, 303, 307, 308) or response.status_code >= 400:
                return response.status_code, response.headers, b""
            ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype and ctype not in ACCEPTED_TYPES:
                raise NotAnArticle(f"That link is not an article page (it is {ctype}).")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.settings.fetch_max_bytes:
                raise TooLarge("That page is too large to brief.")
            body = self._read(response, deadline)
            return response.status_code, response.headers, body
        except httpx.TimeoutException as err:
            raise TooSlow("The page took too long to load.") from err
        except httpx.HTTPError as err:
            raise FetchError("The page could not be loaded.") from err
        finally:
            response.close()

    def _read(self, response: httpx.Response, deadline: float) -> bytes:
        cap = self.settings.fetch_max_bytes
        encoding = response.headers.get("content-encoding", "").lower()
        decoder = zlib.decompressobj(47) if encoding in ("gzip", "deflate", "x-gzip") else None
        out = bytearray()
        for chunk in response.iter_raw(16384):
            if time.monotonic() > deadline:
                raise TooSlow("The page took too long to load.")
            if decoder is None:
                out += chunk
            else:
                data = decoder.decompress(chunk, cap + 1 - len(out))
                out += data
                while decoder.unconsumed_tail and len(out) <= cap:
                    out += decoder.decompress(decoder.unconsumed_tail, cap + 1 - len(out))
            if len(out) > cap:
                raise TooLarge("That page is too large to brief.")
        return bytes(out)

    def _page(self, url: str, content_type: str, body: bytes) -> Page:
        charset = re.search(r"charset=([\w-]+)", content_type)
        text = body.decode(charset.group(1) if charset else "utf-8", errors="replace")
        ctype = content_type.split(";")[0].strip().lower() or "text/html"
        if ctype == "text/plain":
            return Page(url, text, ctype)
        parsed = parse_html(text, url)
        article = " ".join(b.text for b in parsed.blocks if b.kind in ("para", "bullet"))
        words = re.findall(r"[^\W\d_]+", article.lower())
        if len(words) < 80:
            if _PAYWALL.search(text):
                raise Paywalled("That page shows a subscription or consent wall instead of the article.")
            raise NotAnArticle("I could not find an article on that page.")
        if sum(w in _ENGLISH for w in words) < 0.04 * len(words):
            raise UnsupportedLanguage("That article is not in English, the only language I brief for now.")
        return Page(parsed.source or url, text, ctype)

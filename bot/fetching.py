"""What the service needs from a fetcher (bot/fetch.py implements it); kept apart so tests can inject one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Page:
    url: str  # the canonical URL when the page names one, else the final URL
    body: str
    content_type: str


class Fetcher(Protocol):
    def fetch(self, url: str, tenant: str) -> Page: ...

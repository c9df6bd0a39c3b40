"""HTML -> article text and metadata with trafilatura's `extract()` (never its fetcher)."""

from __future__ import annotations

import json
import re

from .text import Parsed, blocks_from_text, normalise

_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.I | re.S)
_TAG = re.compile(r"</?(?:p|div|article|section|h[1-6]|span|a|br|ul|li|table|meta|title|script)\b", re.I)


def looks_like_html(text: str) -> bool:
    """A document (not a Markdown file that happens to hold a tag or two)."""
    if _HTML_START.match(text):
        return True
    sample = text[:20000]
    return len(_TAG.findall(sample)) >= 8 and sample.count("<") > sample.count("\n") / 2


def parse_html(html: str, url: str | None = None) -> Parsed:
    """Extract the main article of an HTML page: title, date, source and paragraphs."""
    import trafilatura  # imported lazily: it is heavy and plain-text briefings never need it

    raw = trafilatura.extract(
        html,
        url=url,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
    )
    if not raw:
        return Parsed(title=None, date=None, source=url, blocks=())
    data = json.loads(raw)
    text = normalise(str(data.get("text") or ""))
    # trafilatura writes one paragraph (or heading, or list item) per line.
    body = "\n\n".join(line for line in text.split("\n") if line.strip())

    def meta(key: str) -> str | None:
        value = data.get(key)
        return str(value).strip() or None if value else None

    return Parsed(
        title=meta("title"),
        date=meta("date"),
        source=meta("source") or url,
        blocks=tuple(blocks_from_text(body)),
    )

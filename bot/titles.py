"""A briefing's display title: its own, or its first words."""

from __future__ import annotations

from typing import Any


def briefing_title(analysis: dict[str, Any], bid: int | None = None) -> str:
    """A briefing's title, or the first words of its summary when it has none."""
    title = analysis.get("title")
    if title:
        return str(title)
    summary = analysis.get("summary") or []
    first = str(summary[0]["text"]) if summary else ""
    words = first.strip("“”\"' ").split()
    short = " ".join(words[:9]) + ("…" if len(words) > 9 else "")
    return short or f"Briefing {bid}"

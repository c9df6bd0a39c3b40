"""A neutral reply (title, sections of bullets, citations, buttons) that every adapter renders its own way.

`Reply.plain()` is the one plain-text rendering: the terminal shows it, Slack uses it as the message's
fallback `text`, Discord as content when embeds are not allowed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

ReplyKind = Literal["brief", "answer", "digest", "info", "help", "error"]


@dataclass(frozen=True, slots=True)
class Citation:
    briefing_id: int
    title: str | None
    index: int
    text: str
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"briefing_id": self.briefing_id, "title": self.title, "index": self.index, "text": self.text}


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    action: str  # "ask" | "add_to_digest"
    value: str


@dataclass(frozen=True, slots=True)
class Section:
    heading: str
    bullets: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Reply:
    kind: ReplyKind
    title: str
    text: str = ""
    sections: tuple[Section, ...] = ()
    citations: tuple[Citation, ...] = ()
    buttons: tuple[Button, ...] = ()
    link: str | None = None
    briefing_id: int | None = None
    data: dict[str, Any] = field(default_factory=dict)  # machine-readable extras (e.g. the answer JSON)

    def plain(self, *, markdown: bool = False) -> str:
        h1, h2, bullet = ("# ", "## ", "- ") if markdown else ("", "", "  • ")
        lines = [h1 + self.title]
        if self.link:
            lines.append(self.link)
        if self.text:
            lines += ["", self.text]
        for section in self.sections:
            lines += ["", h2 + section.heading]
            lines += [f"{bullet}{b}" for b in section.bullets]
        if self.citations:
            lines += ["", h2 + "Sources"]
            for c in self.citations:
                lines.append(
                    f"{bullet}[#{c.briefing_id}, sentence {c.index}] {c.title or 'Untitled briefing'}: “{c.text}”"
                )
        return "\n".join(lines).rstrip() + "\n"


def error(message: str) -> Reply:
    return Reply("error", "Sorry —", text=message)


def info(title: str, text: str = "", bullets: tuple[str, ...] = (), heading: str = "") -> Reply:
    sections = (Section(heading, bullets),) if bullets else ()
    return Reply("info", title, text=text, sections=sections)


def split_text(text: str, size: int) -> list[str]:
    """Pieces of at most `size` characters, cut at line ends where possible (adapters fit platform limits
    with it; nothing is dropped)."""
    out: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > size:
            if current:
                out.append(current)
                current = ""
            out.append(line[:size])
            line = line[size:]
        if current and len(current) + 1 + len(line) > size:
            out.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        out.append(current)
    return out

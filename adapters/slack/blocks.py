"""Reply -> Slack messages (Block Kit) within Slack's limits: 50 blocks, 3,000 characters a section,
about 12,000 characters of block text a message, a `text` fallback always set. Longer replies become
several messages (the adapter posts the rest in the thread), never cut silently."""

from __future__ import annotations

from typing import Any

from bot.replies import Reply, split_text

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_MESSAGE_TEXT = 12000
MAX_FALLBACK = 3000


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _section(text: str) -> list[dict[str, Any]]:
    return [{"type": "section", "text": {"type": "mrkdwn", "text": t}} for t in split_text(text, MAX_SECTION)]


def reply_blocks(reply: Reply) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": reply.title[:150]}}
    ]
    if reply.link:
        blocks += _section(f"<{reply.link}|Source>")
    if reply.text:
        blocks += _section(_escape(reply.text))
    for section in reply.sections:
        body = "\n".join(f"• {_escape(b)}" for b in section.bullets)
        blocks += _section(f"*{_escape(section.heading)}*\n{body}")
    if reply.citations:
        lines = [
            f"• #{c.briefing_id} _{_escape(c.title or 'Untitled')}_: “{_escape(c.text)}”"
            for c in reply.citations
        ]
        blocks += _section("*Sources*\n" + "\n".join(lines))
    if reply.buttons:
        blocks.append(
            {
                "type": "actions",
                "elements": [
                    {
                        "type": "button",
                        "text": {"type": "plain_text", "text": b.label},
                        "action_id": b.action,
                        "value": b.value,
                    }
                    for b in reply.buttons
                ],
            }
        )
    return blocks


def _text_of(block: dict[str, Any]) -> int:
    return len(block.get("text", {}).get("text", "")) if isinstance(block.get("text"), dict) else 0


def messages(reply: Reply) -> list[dict[str, Any]]:
    """One or more `chat.postMessage` payloads (text + blocks), each within Slack's limits."""
    out: list[dict[str, Any]] = []
    current: list[dict[str, Any]] = []
    size = 0
    for block in reply_blocks(reply):
        n = _text_of(block)
        if current and (len(current) >= MAX_BLOCKS or size + n > MAX_MESSAGE_TEXT):
            out.append(current)
            current, size = [], 0
        current.append(block)
        size += n
    if current:
        out.append(current)
    fallback = reply.plain()
    total = len(out)
    return [
        {
            "text": (fallback if i == 0 else f"{reply.title} (part {i + 1} of {total})")[:MAX_FALLBACK],
            "blocks": b,
        }
        for i, b in enumerate(out)
    ]

"""Analyses and answers -> neutral Replies (shared by every adapter and the CLI)."""

from __future__ import annotations

from summarizer.model import Analysis
from summarizer.specific import specific_first
from summarizer.text import balance_quotes

from .answer import Answer
from .replies import Button, Citation, Reply, Section
from .titles import briefing_title

MAX_COMMITMENTS = 12


def brief_reply(bid: int, analysis: Analysis, *, duplicate: bool = False) -> Reply:
    """The reply to a briefing stored as `bid` (0: analysed only, not stored: no number, no buttons)."""
    sections = [Section("Summary", tuple(balance_quotes(s.text) for s in analysis.summary))]
    if analysis.commitments:
        lines = []
        for c in specific_first(analysis.commitments, MAX_COMMITMENTS, lambda c: c.specific):
            said = f" (said by {c.speaker})" if c.speaker else ""
            when = f" [{c.when}]" if c.when else ""
            lines.append(f"{c.actor} — {c.action}{when}{said}")
        if len(analysis.commitments) > MAX_COMMITMENTS:
            more = len(analysis.commitments) - MAX_COMMITMENTS
            lines.append(
                f"… and {more} more (shown first: the specific ones, with an act, an amount or a deadline)"
            )
        sections.append(Section("Commitments", tuple(lines)))
    if analysis.declined:
        sections.append(
            Section(
                "Declined to say",
                tuple(
                    balance_quotes(d.text) + (f" ({d.speaker})" if d.speaker else "")
                    for d in analysis.declined
                ),
            )
        )
    people = [e.text for e in analysis.entities if e.kind == "person"][:8]
    figures = [e.text for e in analysis.entities if e.kind == "money"][:6]
    if people or figures:
        key = ([f"People: {', '.join(people)}"] if people else []) + (
            [f"Figures: {', '.join(figures)}"] if figures else []
        )
        sections.append(Section("Key people and figures", tuple(key)))
    note = f"Already briefed here as #{bid}." if duplicate else f"Briefing #{bid}." if bid else "Not stored."
    title = briefing_title(analysis.to_dict(), bid)
    return Reply(
        "brief",
        title,
        text=note,
        sections=tuple(sections),
        buttons=(
            Button("Ask about this", "ask", str(bid)),
            Button("Add to digest", "add_to_digest", str(bid)),
        )
        if bid
        else (),
        link=analysis.source,
        briefing_id=bid,
        data={"briefing_id": bid, "duplicate": duplicate, "analysis": analysis.to_dict()},
    )


def answer_reply(question: str, found: Answer) -> Reply:
    cites = tuple(Citation(h.briefing_id, h.title, h.idx, h.text, h.source) for h in found.citations)
    data = {"found": found.found, "answer": found.answer, "citations": [c.to_dict() for c in cites]}
    if not found.found:
        return Reply(
            "answer",
            "Not found in the briefings",
            text=f"Nothing this channel or workspace was briefed on answers “{question}”.",
            data=data,
        )
    return Reply("answer", found.answer, citations=cites, data=data)

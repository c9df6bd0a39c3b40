"""A channel's digest: the briefings since the last digest, their commitments by actor, what is new."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import datetime
from typing import Any

from summarizer.commitments import is_pronoun
from summarizer.specific import is_specific, specific_first
from summarizer.text import balance_quotes

from .replies import Reply, Section
from .store import Store

SUMMARY_SENTENCES = 2
MAX_PER_ACTOR = 5


def _commitment_line(c: dict[str, Any]) -> str:
    said = f" (said by {c['speaker']})" if c.get("speaker") else ""
    when = f" [{c['when']}]" if c.get("when") else ""
    return f"{c['action']}{when}{said}"


def _specific(c: dict[str, Any]) -> bool:
    """A stored analysis from before the flag existed is judged from its action and deadline."""
    if "specific" in c:
        return bool(c["specific"])
    return is_specific(str(c["action"]), c.get("when"))


def _actor(c: dict[str, Any]) -> str:
    """Who commits, as the digest groups them: a pronoun is only someone with its speaker ("we (Jake
    Sullivan)"); names group whatever their case."""
    actor = str(c["actor"])
    if is_pronoun(actor):
        return f"{actor.lower()} ({c['speaker']})" if c.get("speaker") else actor.lower()
    return actor


def _named(actor: str, names: set[str]) -> bool:
    """An actor worth announcing as new: one that holds a name the briefing's entities list ("USTDA",
    "The United States", "Russia"), not a pronoun (even one shown with its speaker), a description
    ("Employees", "percent of homes") or a clause."""
    actor = re.sub(r"\s*\([^)]*\)$", "", actor)  # "it (Tony Blair)": a pronoun, grouped with its speaker
    words = actor.split()
    if is_pronoun(actor) or len(words) > 6:  # not "What we learned at the weekend is what Labour tactics"
        return False
    for name in names:
        found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", actor)
        # a capitalised first word alone ("Law" of "Law enforcement agencies") names nothing
        if found and (found.start() > 0 or len(name.split()) > 1 or len(words) == 1):
            return True
    return False


def build_digest(
    store: Store,
    tenant: str,
    channel: str,
    day: str,
    since: datetime | None,
    until: datetime,
    *,
    post_empty: bool,
) -> Reply | None:
    """The digest Reply, or None for an empty day (unless `post_empty`)."""
    items = store.briefings_between(tenant, channel, since, until)
    if not items:
        if not post_empty:
            return None
        return Reply(
            "digest", f"Digest for {day}", text="Nothing new was briefed here since the last digest."
        )
    sections: list[Section] = []
    by_actor: dict[str, list[str]] = defaultdict(list)
    names: set[str] = set()
    for b in items:
        summary = [balance_quotes(s["text"]) for s in b.analysis.get("summary", [])][:SUMMARY_SENTENCES]
        commits = b.analysis.get("commitments", [])
        names |= {str(e["text"]) for e in b.analysis.get("entities", []) if e.get("kind") != "date"}
        bullets = [
            *summary,
            *(
                f"Commitment — {c['actor']}: {_commitment_line(c)}"
                for c in specific_first(commits, 3, _specific)
            ),
        ]
        sections.append(Section(f"#{b.id} {b.label}", tuple(bullets)))
        for c in commits:
            by_actor[_actor(c)].append(f"{_commitment_line(c)} — #{b.id}")
    if by_actor:
        lines = []
        for actor, acts in sorted(by_actor.items(), key=lambda kv: (-len(kv[1]), kv[0].lower())):
            lines.append(
                f"{actor}: " + "; ".join(acts[:MAX_PER_ACTOR]) + (" …" if len(acts) > MAX_PER_ACTOR else "")
            )
        sections.append(Section("Commitments by actor", tuple(lines)))
    known = store.actors_before(tenant, channel, since) if since else set()
    new_actors = sorted({a for a in by_actor if _named(a, names) and a.lower() not in known}, key=str.lower)
    n_commit = sum(len(v) for v in by_actor.values())
    news = f"{len(items)} new briefing(s) and {n_commit} commitment(s) since the last digest."
    if since and new_actors:
        news += " Committing for the first time here: " + ", ".join(new_actors[:8]) + "."
    return Reply("digest", f"Digest for {day}", text=news, sections=tuple(sections))

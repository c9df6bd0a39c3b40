"""A reporter's question in a transcript is no answer, but it says where the answer is: in the reply
that follows it. A section's heading likewise: "Bus shelter repairs" says what "He said the council
would repair all of them by the end of March 2028" is about.

"Q: Who operated the drone?" matches "Who operated the drone?" word for word, and the briefer's reply
("It was operated by U.S. Central Command.") may not repeat a word of it. So a question turn found by
the index is dropped from the candidates and the first sentences of the reply after it are added, each
carrying the question as its context: the rerank reads the question's words as the reply's. A heading
found leads the same way to the first sentences of its section (never to the next section's).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from summarizer.about import parts

from .search import Hit

REPLY_SENTENCES = 3  # sentences of the reply that may answer its question
SECTION_SENTENCES = 4  # sentences of a section its heading leads to
FOLLOWED = 5  # the questions whose replies are read: those that hold most of what is asked
MIN_COVERAGE = 0.5  # of the asked question's words, a reporter's question must hold to be followed
Follow = Callable[[list[tuple[int, int]]], list[Hit]]
Key = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Reply:
    """What a reply sentence answers (the reporter's words) and its place in the reply (0: first)."""

    question: str
    place: int


def key(hit: Hit) -> Key:
    return (hit.briefing_id, hit.idx)


def asking(hit: Hit) -> bool:
    """A sentence of a reporter's turn that asks something."""
    return hit.kind == "question" and hit.text.rstrip(" \"”’')").endswith("?")


def heading(hit: Hit) -> bool:
    """A section's heading (not the briefing's title, which answer.ask reads for every sentence)."""
    return hit.kind == "heading" and hit.text != hit.title


def _reply(lead: Hit, after: list[Hit]) -> list[Hit]:
    """The first sentences of the reply to a question `lead` among the sentences `after` it (the rest of
    the reporter's turn skipped; the next question ends the reply), or of a heading's section (the next
    heading ends it)."""
    run: list[Hit] = []
    for h in after:
        if lead.kind == "heading":
            if h.kind == "heading":
                break
            if h.kind in ("question", "boilerplate"):
                continue
        elif h.kind == "question":
            if run:
                break
            continue
        run.append(h)
        if len(run) >= (SECTION_SENTENCES if lead.kind == "heading" else REPLY_SENTENCES):
            break
    return run


def _rest_of_turn(lead: Hit, after: list[Hit]) -> list[str]:
    """The question sentences right after a reporter's `lead` sentence (none after a heading)."""
    rest: list[str] = []
    for h in after:
        if lead.kind != "question" or h.kind != "question" or h.idx != lead.idx + 1 + len(rest):
            break
        rest.append(h.text)
    return rest


def with_replies(
    hits: list[Hit], follow: Follow | None, coverage: Callable[[Hit], float]
) -> tuple[list[Hit], dict[Key, Reply]]:
    """The candidates plus the reply to each sentence of a reporter's turn found ("There are reports that
    ... Can you confirm that?") among the FOLLOWED that cover most of the question asked, and for each
    reply sentence what it answers and its place in the reply. (answer.answer drops the questions.)"""
    covered = {key(h): coverage(h) for h in hits if h.kind == "question"}
    # a heading only when no sentence holds the whole question itself (following one costs a query)
    if any(heading(h) for h in hits) and all(
        coverage(h) < 1.0 for h in hits if h.kind != "question" and not heading(h)
    ):
        covered.update((key(h), coverage(h)) for h in hits if heading(h))
    best = sorted((h for h in hits if key(h) in covered), key=lambda h: covered[key(h)], reverse=True)
    questions = [h for h in best[:FOLLOWED] if covered[key(h)] >= MIN_COVERAGE]
    kept = list(hits)
    if not questions or follow is None:
        return kept, {}
    by_doc: dict[int, list[Hit]] = {}
    for h in follow([key(q) for q in questions]):
        by_doc.setdefault(h.briefing_id, []).append(h)
    known = {key(h) for h in kept}
    context: dict[Key, Reply] = {}
    for q in questions:
        after = [h for h in by_doc.get(q.briefing_id, []) if h.idx > q.idx]
        # the rest of the reporter's turn asks too: "The government promised 40 new hospitals by 2030. How
        # many will actually be finished by then?"
        # (and what the sentence found refers back to: "... a new contract for Bruno. Where are those talks?")
        asked = " ".join([q.text, *parts(q.about), *_rest_of_turn(q, after)])
        for place, h in enumerate(_reply(q, after)):
            k = key(h)
            was = context.get(k)
            context[k] = Reply(
                f"{was.question} {asked}" if was else asked, min(place, was.place) if was else place
            )
            if k not in known:
                known.add(k)
                kept.append(h)
    return kept, context

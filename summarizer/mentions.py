"""How a mention's words read: the capitalised run that ends it ("Chief of Staff Ron Klain"), what a
title is "of" ("of State Antony Blinken"), a place after "of" that is no part of a name ("Rep. Elijah
Cummings of Maryland"), and a person's family name ("Ban Ki-moon" is Ban)."""

from __future__ import annotations

import re

from .entities import known_places, past_title_domain
from .lexicon import FUNCTION_CAPS, ORG_HEADS, ROLE_WORDS, TITLES

_OF_PLACE = re.compile(
    r"^(.*?\b([A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+))\s+of\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*"
    # ("of the London School of Hygiene and Tropical Medicine": a place or body whose name has its small words)
    r"(?:[\s,]+(?:(?:of|and|for|the|&)\s+)*[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*)*$"
)


_OF_HEADS = frozenset(("head", "duke", "duchess", "earl", "people", "members", "friends", "state", "states"))
_GIVEN_LAST = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]+-[a-z]+$")  # "Ki-moon", "Jae-in": not "Jean-Pierre"


def surname(parts: list[str]) -> str:
    """The family name: last, except in a Korean name written family name first ("Ban Ki-moon")."""
    return parts[-2] if len(parts) >= 2 and _GIVEN_LAST.match(parts[-1]) else parts[-1]


def strip_of_place(text: str) -> str:
    """ "Rep. Elijah Cummings of Maryland" -> "Rep. Elijah Cummings" ("Secretary of State" and "Bank of
    England" keep their "of": a title or an organisation's head comes before it)."""
    m = _OF_PLACE.match(text)
    if not m:
        return text
    head = m.group(2).lower()
    if head in TITLES or head in ORG_HEADS or head in ROLE_WORDS or head in _OF_HEADS:
        return text
    return m.group(1)


CONNECTORS = frozenset(
    ("of", "for", "de", "del", "da", "do", "dos", "das", "du", "la", "van", "von", "bin", "al")
)


def trailing_run(toks: list[str]) -> list[str]:
    """The capitalised words that end a mention, with the small words inside a name ("Bank of England",
    "Jose de la Cruz", "Chief of Staff Ron Klain")."""
    run: list[str] = []
    for i in range(len(toks) - 1, -1, -1):
        tok = toks[i]
        capital = is_cap(tok) and tok.lower() not in FUNCTION_CAPS
        inner = tok in CONNECTORS and run and i > 0 and is_cap(toks[i - 1])
        # "Department for Education and Skills": "and" inside a name that has its "of" or "for"
        joined = (
            tok == "and"
            and run
            and i > 1
            and is_cap(toks[i - 1])
            and not {"of", "for"}.isdisjoint(toks[max(0, i - 4) : i - 1])
        )
        if not (capital or inner or joined):
            break
        run.insert(0, tok)
    while run and run[0] in CONNECTORS:
        run.pop(0)
    return run


def after_title_domain(rest: list[str]) -> list[str]:
    """What follows a title, past what the title is "of": "of State Antony Blinken" -> Antony Blinken,
    "of India Narendra Modi" -> Narendra Modi, "of State" -> nothing."""
    if not rest or rest[0] not in CONNECTORS:
        return rest
    k = past_title_domain(rest, 0, known_places())
    return rest[k:] if k else rest[1:]


def is_cap(tok: str) -> bool:
    return tok[:1].isupper()

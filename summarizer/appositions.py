"""Roles a document gives a name in apposition: "the family's attorney, James Maron", "Elias
Rodriguez, an EPA spokesman", "Enck, the EPA regional administrator". A later "the attorney" (or "the
lawyer") with no name of its own is that person; "a spokesman" would be someone new."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .noun_phrases import person_noun

_NAME = r"((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)"
_ROLE_THEN_NAME = re.compile(
    r"\b([a-z][\w-]+),\s+" + _NAME + r"(?=\s*[,.;]|\s+(?:said|says|told|wrote|added)\b)"
)
_NAME_THEN_ROLE = re.compile(
    _NAME + r",\s+(?:a|an|the|[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*['’]s)\s+(?:[\w'’.-]+\s+){0,4}?([a-z][\w-]+)(?=\s*[,.;])"
)
# "Stéphane Dujarric, Spokesman for the Secretary-General": a capitalised role with what it serves
_NAME_THEN_TITLE = re.compile(
    r"((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+\s+){1,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+),\s+(?:the\s+)?([A-ZÀ-ÖØ-ÞĀ-Ž][a-z]+)\s+(?:for|of|to)\s"
)
# A title before a name: "Federal Chancellor Friedrich Merz" is the one "the Chancellor" later refers to
# ("the President" only where the document names one president: a White House briefing names others)
_TITLES = (
    r"(Chancellor|President|Premier|Governor|Mayor|Commissioner|Ambassador|Treasurer|Administrator|Superintendent|"
    r"Sheriff|Speaker)"
)
_TITLE_THEN_NAME = re.compile(
    r"\b" + _TITLES + r"\s+"
    r"((?:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+|de|van|von|da|del|la|le|bin|al)\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)(?!\s*(?:of|for)\b)"
)
# a title used alone: "the President will visit ..." before "President Zelenskyy" is someone else
_BARE_TITLE = re.compile(r"\b[Tt]he\s+" + _TITLES + r"\b(?!\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž]|of\b|for\b))")
_SAME = {"lawyer": "attorney", "lawyers": "attorneys", "solicitor": "attorney", "barrister": "attorney"}


def _head(word: str) -> str:
    return _SAME.get(word.lower(), word.lower())


class Appositions:
    """The (sentence, role, name) pairs of a document, in order."""

    def __init__(self, sentences: Iterable[tuple[int, str]]) -> None:
        self._pairs: list[tuple[int, str, str]] = []
        self._texts: list[str] = []
        self._holders: dict[str, str | None] = {}  # a transcript asks once a turn: look each title up once
        self._bare: dict[str, int] = {}  # where the document first uses a title alone
        for index, plain in sentences:
            self._texts.append(plain)
            for m in _BARE_TITLE.finditer(plain):
                self._bare.setdefault(m.group(1).lower(), index)
            found = [(m.start(), m.group(1), m.group(2)) for m in _ROLE_THEN_NAME.finditer(plain)]
            found += [(m.start(), m.group(2), m.group(1)) for m in _NAME_THEN_ROLE.finditer(plain)]
            found += [(m.start(), m.group(2), m.group(1)) for m in _NAME_THEN_TITLE.finditer(plain)]
            found += [(m.start(), m.group(1), m.group(2)) for m in _TITLE_THEN_NAME.finditer(plain)]
            for _, role, name in sorted(found):
                if person_noun(role):
                    self._pairs.append((index, _head(role), name))

    def named(self, role: str, index: int) -> str | None:
        """The name last given the role `role` at or before sentence `index`, if any."""
        head = _head(role)
        if head == "president" and len({name for _, r, name in self._pairs if r == head}) > 1:
            return None
        bare = self._bare.get(head, index + 1)  # (a name given after the title stood alone is someone else's)
        return next(
            (name for i, r, name in reversed(self._pairs) if i <= min(index, bare) and r == head), None
        )

    def holder(self, title: str) -> str | None:
        """The name the document first gives after a title of several words: "SECRETARY GENERAL:" in the
        transcript of "Doorstep statement by NATO Secretary General Mark Rutte"."""
        if title not in self._holders:
            words = r"\s+".join(re.escape(w) for w in title.split())
            rx = re.compile(r"\b(?i:" + words + r")\s+" + _NAME + r"\b(?!\s+of\b)")
            self._holders[title] = next((m.group(1) for t in self._texts if (m := rx.search(t))), None)
        return self._holders[title]

"""Who asks the questions in an interview labelled by name only ("NICK ROBINSON:", "WES STREETING:"): the
one label whose turns nearly all end in a question, where the others' hardly ever do. Its turns are a
reporter's ("Q"), so a question found among them leads to the reply after it."""

from __future__ import annotations

import re

# a question typed with a full stop, as transcribers often do: "So why would Trump even go down that road."
_ASKING = re.compile(
    r"(?:^|[.?!]\s+)(?:(?:So|But|And|Now|Then|Well),?\s+)?(?:Why|How|What|Who|When|Where|Which|Do|Does|Did|Is|Are|"
    r"Was|Were|Will|Would|Can|Could|Should|Have|Has)\s+[^.?!]*[.?!]?\s*$",
    re.I,
)


def interviewer(turns: list[tuple[str | None, str]]) -> str | None:
    """The label that asks, among (label, text) turns; None unless exactly one label (with three turns or
    more) ends three in four of its turns with "?" and every other label one in four or fewer, and no
    turn is labelled "Q" already."""
    said: dict[str, list[str]] = {}
    for label, text in turns:
        if label:
            said.setdefault(label, []).append(text)
    if "Q" in said or len(said) < 2:
        return None
    asks = [label for label, texts in said.items() if len(texts) >= 3 and _asked(texts) >= 0.75]
    if len(asks) != 1 or any(_asked(texts) > 0.25 for label, texts in said.items() if label != asks[0]):
        return None
    return asks[0]


def _asked(texts: list[str]) -> float:
    """How many of the turns end in a question, asked with a question mark or in a question's words."""
    return sum(1 for t in texts if t.rstrip(' "”’').endswith("?") or _ASKING.search(t.rstrip(' "”’'))) / len(
        texts
    )

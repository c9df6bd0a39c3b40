"""Who says something in a sentence: the noun phrase around a reporting verb.

`subject_before(text)` reads the speaker right before a reporting verb ("State Department spokesman
Ned Price told"), `speaker_after(text)` reads a trailing attribution (", the third official said." or
"”, declared the third responsible for administration"), `reporting_speaker(text, pos)` finds the
reporting clause that governs the character at `pos` ("A second official said the approach will ...").
"""

from __future__ import annotations

import re

from .lexicon import (
    DETERMINERS,
    FUNCTION_CAPS,
    MONTHS,
    ORDINALS,
    PRONOUNS,
    REPORTING_VERBS,
    ROLE_WORDS,
    WEEKDAYS,
)

_VERB_ALT = "|".join(sorted(REPORTING_VERBS, key=len, reverse=True))
REPORTING = re.compile(rf"\b(?:{_VERB_ALT})\b")
_ACCORDING = re.compile(r"\baccording to\s+", re.I)
_TOKENS = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z][\w'’-]*|\d+|[^\w\s]")
_ADVERBS = frozenset(
    [
        "also",
        "still",
        "again",
        "repeatedly",
        "later",
        "previously",
        "initially",
        "then",
        "have",
        "has",
        "had",
        "were",
        "was",
        "is",
        "are",
        "would",
        "will",
        "could",
        "did",
        "do",
        "does",
    ]
)
_QUOTED = re.compile(r"[\"“”„«»]")


def _ok_word(tok: str) -> bool:
    low = tok.lower()
    if low in WEEKDAYS or low in MONTHS or low in ("today", "yesterday", "tomorrow"):
        return False
    if tok[:1].isupper():
        return low not in FUNCTION_CAPS or low in DETERMINERS or low in ROLE_WORDS
    return low in ROLE_WORDS or low in ORDINALS


def subject_before(text: str) -> str | None:
    """The speaker noun phrase that ends `text` (the text just before a reporting verb)."""
    toks = _TOKENS.findall(text)
    while toks and toks[-1].lower() in _ADVERBS:
        toks.pop()
    if toks and toks[-1].lower() in PRONOUNS:
        return str(toks[-1])
    np: list[str] = []
    for tok in reversed(toks):
        low = tok.lower()
        if low in DETERMINERS:
            if np:
                np.insert(0, tok)
            break
        if low in ("of", "for") and np:
            np.insert(0, tok)
            continue
        if not tok[0].isalpha() or not _ok_word(tok):
            break
        np.insert(0, tok)
    while np and np[0].lower() in ("of", "for"):
        np.pop(0)
    content = [t for t in np if t.lower() not in DETERMINERS]
    return " ".join(np) if content else None


def _np_forward(text: str) -> str | None:
    toks = _TOKENS.findall(text)
    np: list[str] = []
    for tok in toks:
        low = tok.lower()
        if low in DETERMINERS and not np:
            np.append(tok)
            continue
        if low in ("of", "for") and np:
            np.append(tok)
            continue
        if not tok[0].isalpha() or not _ok_word(tok):
            break
        np.append(tok)
    while np and np[-1].lower() in ("of", "for", *DETERMINERS):
        np.pop()
    content = [t for t in np if t.lower() not in DETERMINERS]
    return " ".join(np) if content else None


def speaker_after(text: str) -> str | None:
    """A trailing attribution at the start of `text` (what follows a closing quote)."""
    rest = text.lstrip(" ,;:–—-\"“”'’")
    m = REPORTING.search(rest)
    if m and m.start() == 0:  # inverted: "said Price", "declared the third official"
        return _np_forward(rest[m.end() :])
    if m and m.start() <= 90 and not re.search(r"[.;!?\"“”]", rest[: m.start()]):
        np = subject_before(rest[: m.start()])
        if np and len(np) >= len(rest[: m.start()].strip(" ,")) - 2:
            return np
    acc = _ACCORDING.match(rest)
    if acc:
        return _np_forward(rest[acc.end() :])
    return None


_QUOTED_SPAN = re.compile(r"[\"“”„«»]([^\"“”„«»]*)(?:[\"“”„«»]|$)")


def blank_quotes(text: str) -> str:
    """`text` with everything inside double quotes replaced by spaces (same length)."""
    if not _QUOTED.search(text):
        return text
    return _QUOTED_SPAN.sub(lambda m: m.group(0).replace(m.group(1), " " * len(m.group(1)), 1), text)


def reporting_speaker(text: str, pos: int) -> str | None:
    """The speaker of the reporting clause governing position `pos` of a sentence, if any.

    First the last reporting verb before `pos` with a subject ("X said (that) ..."); else a trailing
    attribution after `pos` (", the official said.").
    """
    plain = blank_quotes(text)
    before = [m for m in REPORTING.finditer(plain, 0, pos)]
    for m in reversed(before):
        np = subject_before(plain[: m.start()])
        if np:
            return np
    acc = list(_ACCORDING.finditer(plain, 0, pos))
    if acc:
        np = _np_forward(plain[acc[-1].end() :])
        if np:
            return np
    tail = re.search(r",\s*([^,]{1,90}?)\s*[.!]?\s*[\"”’]?\s*$", plain[pos:])
    if tail:
        return speaker_after(tail.group(1))
    return None

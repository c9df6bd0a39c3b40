"""Sentence segmentation by rules that ship with the code (no data download), plus fragment repair.

`split_spans(text)` returns (start, end) character spans of the sentences of one paragraph.
It is linear in the text and fast enough for reports of many thousands of sentences.
"""

from __future__ import annotations

import re

from .lexicon import word_set

# Abbreviations that end with a period but almost never end a sentence.
_ABBREV = word_set(
    """
    mr mrs ms dr prof sr jr st mt ft gen lt col maj capt cmdr sgt adm gov sen rep pres supt insp rev
    hon amb det cpl pvt atty dept univ assn bros inc corp ltd co vs etc nos vol fig al approx jan
    feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun e.g i.e
    a.m p.m u.s u.k u.n u.s.a d.c n.y l.a e.u ph.d m.d b.a m.a
    """
)
# Abbreviations that can end a sentence: split after them only when a typical sentence start follows.
_FINAL_OK = word_set(
    """
    inc corp ltd co etc a.m p.m u.s u.k u.n u.s.a d.c e.u jr sr
    """
)
_STARTERS = word_set(
    """
    the a an he she it they we i this that these those there his her its their our but and so in on
    at for as if when while after before however meanwhile still yet also officials
    """
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then white space.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+)")
_NAMED_ATTRIBUTION = re.compile(
    r"\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*\s+){1,4}(?:said|says|asked|asks|added|adds|continued|replied|wrote|told|"
    r"tweeted|shouted|wondered|exclaimed|recalled|explained|insisted)\b"
    r"(?:\s+(?:on|in|at|last|this|to|during|reporters|journalists|today|yesterday)\b[^.,;\"“”]{0,40})?\s*[.,]"
)
_WORD_BEFORE = re.compile(r"([^\W\d_](?:[^\W\d_]|\.)*)\.$")
_NEXT = re.compile(r"\s+([\"'“‘(\[]*)(\S+)")


def is_abbreviation(text: str) -> bool:
    """Whether `text` ends with an abbreviation that a full stop after it would not end ("Sept", "Gen")."""
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", text)
    word = m.group(1).lower() if m else ""
    return word in _ABBREV and word not in _FINAL_OK


def _is_boundary(text: str, end: int) -> bool:
    """Decide whether the punctuation run ending at `end` closes a sentence."""
    punct = text[:end].rstrip("\"'”’)]")
    m = _NEXT.match(text, end)
    if m is None:
        return False
    nxt = m.group(2)
    opener = m.group(1)
    first = nxt[0]
    if not (first.isupper() or first.isdigit() or opener or first in "“\"'‘(["):
        return False  # lower case: not a new sentence (the fragment repair relies on this too)
    if not punct.endswith("."):
        # '“How many times?” Clinton said.': the attribution after a quoted question stays with it.
        return not (punct != text[:end] and _NAMED_ATTRIBUTION.match(text, end))
    if punct.endswith("..") and not punct.endswith("..."):
        return True
    wm = _WORD_BEFORE.search(punct)
    if wm is None:
        return True
    word = wm.group(1).lower()
    if word == "no" and first.isdigit():
        return False  # "No. 3"
    if word in _ABBREV:
        if word in _FINAL_OK:
            return nxt.strip("\"'“‘(").lower().rstrip(",") in _STARTERS
        return False
    # A single capital letter is an initial ("John F. Kennedy"), unless a number-like list item or the
    # platform ("he wrote on X. Poland has ...")
    if len(word) == 1 and wm.group(1).isupper():
        return re.search(r"\b(?:on|via)\s+X\.$", punct) is not None
    # Dotted acronyms like "F.B.I." end sentences only before a typical sentence start.
    if "." in word:
        return nxt.strip("\"'“‘(").lower().rstrip(",") in _STARTERS
    return True


# A quote signed with a dash and a name, then the next quote: '…matter.” ― Krystal Correa “He can’t …'
_SIGNOFF = re.compile(
    r"[.!?…][\"”’]\s*[―—]\s*[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*){0,3}(?=\s+[\"“])"
)


# A photo caption pasted into the text without a full stop (news pages copied whole): "... with a
# towel on her face An 86-year-old nun was ...". A capitalised article after a lower-case word,
# followed by a lower-case word, does not happen inside an English sentence, except for a few labels
# ("grade A students", "vitamin A levels"). "Scroll down for video" is the same furniture.
_GLUED = re.compile(r"([\w)’']+)(?=\s+(?:An?|The)\s+[a-z0-9])|\bScroll down for video(?=\s+\S)")
_LABELS = word_set(
    """
    grade type vitamin class category plan group exhibit hepatitis section part level division tier
    side row block gate terminal platform pool size cup page serie league formula model option point
    list
    """
)


_PLURAL_AFTER_A = re.compile(r"\s+A\s+[a-z]*[a-hj-rtv-z]s\b")  # "rays", "levels"; not "bus", "crisis"


# Two sentences run together where a page lost its full stop (a caption, or a line break): "... to
# pay its bills He said: ...". A capitalised pronoun or connective between two lower-case words does
# not happen inside an English sentence ("the It girl" aside).
# (or "In" before a word or a year: a news page's link glued to the next sentence, "8 things to know about the
# mass killings of Armenians 100 years ago In 2006, after ...")
_RUN_ON = re.compile(
    r"\s(?:He|She|It|They|We|His|Her|Its|Their|But|However|This|These|There)\s+[a-z]|\sIn\s+(?:[a-z]|\d{4}\b)"
)
_RUN_ON_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?)$|[^a-z0-9)]$")  # "the It girl"; a sentence's end

_DIVINE = re.compile(r"\b(?:God|Lord|Christ|Jesus|Allah)\b")  # "Trust in the Lord, for He is good"


def run_on_ends(text: str) -> set[int]:
    """Where a sentence that lost its full stop ends (see `_RUN_ON`)."""
    ends = set()
    for m in _RUN_ON.finditer(text):
        end = len(text[: m.start() + 1].rstrip())  # after the last word before the capital
        if not _RUN_ON_BEFORE.search(text, max(0, end - 4), end) and not _DIVINE.search(
            text, max(0, end - 80), end
        ):
            ends.add(end)
    return ends


def caption_ends(text: str) -> set[int]:
    """Where a caption glued to the next sentence without punctuation ends (see `_GLUED`)."""
    ends = set()
    for m in _GLUED.finditer(text):
        word = m.group(1) or "video"  # None: "Scroll down for video"
        if word[0] in "’'" and text[m.start(1) - 1 : m.start(1)] in (".", "!", "?", ","):
            continue  # a quote's closing mark after its full stop: "... on May 4.' A senior official said"
        plural = _PLURAL_AFTER_A.match(text, m.end())  # "infra-red A rays", "A levels": a label, no article
        if (word[-1] in "0123456789)’'" or word[-1].islower()) and word.lower() not in _LABELS and not plural:
            ends.add(m.end())
    return ends


def split_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in `text` (one paragraph, no hard line breaks needed)."""
    return split_with_captions(text)[0]


def split_with_captions(text: str) -> tuple[list[tuple[int, int]], set[int]]:
    """The sentence spans, and where the photo captions among them end (`caption_ends`)."""
    captions = caption_ends(text)
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while start < n and text[start].isspace():
        start += 1
    ends = {m.end() for m in _BOUNDARY.finditer(text) if _is_boundary(text, m.end())}
    ends |= {m.end() for m in _SIGNOFF.finditer(text)}
    ends |= captions | run_on_ends(text)
    for end in sorted(ends):
        if end <= start:
            continue
        spans.append((start, end))
        start = end
        while start < n and text[start].isspace():
            start += 1
    if start < n:
        tail_end = len(text.rstrip())
        if tail_end > start:
            spans.append((start, tail_end))
    return repair_fragments(text, spans), captions


_FRAGMENT_START = re.compile(r"^[\"'“”‘’(\[]*[a-z]")


def repair_fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join pieces that cannot stand as sentences to the sentence before them.

    A stray full stop inside a sentence ("in a statement. briefing Thursday.", "Blinken said. said
    Wednesday") leaves a piece that starts in lower case; a lone closing quote or a piece without any
    letter is punctuation that belongs to the sentence before.
    """
    out: list[tuple[int, int]] = []
    for s, e in spans:
        piece = text[s:e]
        joinable = bool(out) and (
            _FRAGMENT_START.match(piece) is not None or not any(ch.isalpha() for ch in piece)
        )
        if joinable:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def split(text: str) -> list[str]:
    """The sentences of `text` as strings."""
    return [text[s:e] for s, e in split_spans(text)]


_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*|\d+(?:[.,]\d+)*%?")


def words(text: str) -> list[str]:
    """Word tokens (letters with inner apostrophes and hyphens, or numbers)."""
    return _WORD.findall(text)

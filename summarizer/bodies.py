"""Who a pronoun is when a speaker reports it: "it" a body's ("The ministry said it will", and a one-word
name the document shows to be a body's: "Peloton said it would", not "Price said it would be on the table"
of Ned Price), "they" a group's, "he" the one a spokesperson speaks for."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from .entities import BODY_NOUNS, known_places
from .given_names import GIVEN
from .lexicon import ORG_HEADS, PARTIES, TITLES
from .model import Commitment, Declined
from .speakers import SpeakerIndex

_HEADS = "|".join(sorted(ORG_HEADS | BODY_NOUNS, key=len, reverse=True)).replace(".", r"\.")
# what only a body has: "Peloton shares fell", "Peloton CEO Barry McCarthy", "Ofwat's chief executive"
# (a person has staff too: "Smith's staff" says nothing, "Smith staff" would)
_OWNED = (
    r"(?:['’]s\s+(?:CEO|chief\s+executive|shares|stock|shareholders)|\s+(?:CEO|chief\s+executive|chairman|"
    r"chairwoman|spokes(?:man|woman|person)|shares|stock|board|headquarters|employees|workers|staff|customers|"
    r"subscribers|shareholders|investors))\b"
)


_BEFORE = re.compile(r"([\w.]+)\s+$")
_HEAD_BEFORE = re.compile(rf"\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}(?i:{_HEADS}),\s+$")
_HEAD_AFTER = re.compile(rf"^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}(?i:{_HEADS})\b")
_OWNED_AFTER = re.compile(rf"^{_OWNED}")


@lru_cache(maxsize=256)
def named_body(text: str, name: str) -> bool:
    """True when `text` shows the one-word `name` to be a body's ("Peloton shares", "the industry
    regulator, Ofwat", "Ofwat, the regulator") and never a person's ("Mr Price", "Ned Price"). (Only the
    few words around each mention are read: a 5,000-sentence report is read in milliseconds.)"""
    if not re.fullmatch(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w&-]+", name):
        return False
    body = False
    for m in re.finditer(rf"\b{re.escape(name)}\b", text):
        before, after = text[max(0, m.start() - 60) : m.start()], text[m.end() : m.end() + 60]
        word = _BEFORE.search(before)
        if word and (word.group(1).rstrip(".").lower() in TITLES or word.group(1).lower() in GIVEN):
            return False  # "Mr Price", "Ned Price": a person
        body = body or bool(
            _OWNED_AFTER.match(after) or _HEAD_BEFORE.search(before) or _HEAD_AFTER.match(after)
        )
    return body


@lru_cache(maxsize=256)
def unnamed_person(text: str, name: str) -> bool:
    """True when the one-word `name` is never written as a person's in `text`: after a title, a given name or
    another capitalised word ("Mr Price", "Ned Price", "Kadri Tamm")."""
    if not re.fullmatch(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w&-]+", name) or name.lower() in GIVEN | TITLES:
        return False  # (nor a title: "the Bishop of Winchester ... said it would")
    for m in re.finditer(rf"\b{re.escape(name)}\b", text):
        before = text[max(0, m.start() - 60) : m.start()]
        word = _BEFORE.search(before) if not before.rstrip(" \t").endswith("\n") else None  # (a line's start)
        if (
            word
            and not word.group(1).endswith(".")
            and (word.group(1)[:1].isupper() or word.group(1).lower() in GIVEN)
        ):
            return False
        if word and word.group(1).rstrip(".").lower() in TITLES:
            return False
    return True


# an act a body can do ("would appeal"), not a state a thing is in ("would be on the table")
_ACTS = re.compile(r"^(?:will|would|shall)\s+(?!be\b|have\b|not\s+be\b)(?:\w+ly\s+)?[a-z]+", re.I)
# what a thing (no one who speaks for it) will do: help, cost, mean ... ("it" left unresolved)
EFFECT = re.compile(
    r"^(?:will|would|['’]ll)\s+(?:\w+ly\s+)?(?:help|benefit|boost|ease|hurt|harm|improve|reduce|increase|raise|lower|"
    r"make|give|bring|create|save|cost|mean|involve|entail|lead|allow|enable|put|provide|affect|change|"
    r"undermine|damage|"
    r"disappoint|anger|upset|please|delight|frustrate|worry|alarm|dismay|surprise)\b",
    re.I,
)
# a thing no one speaks for, whose effect is no one's act: "the move would save £6m a year", "The savings made will
# help to underpin ...", "The election will give Britain the chance to change"
_THING = re.compile(
    r"(?:^|\s)(?-i:[a-z][\w-]*\s+)?(?:move|moves|savings?|money|cash|changes?|elections?|vote|crossing|decision|"
    r"cuts?|results?|outcome|rise|fall|reduction|ruling|shake-up|increase|measures?|closures?|reforms?|"
    r"determination|refusal|departure|resignation|absence|announcement|news)"
    r"(?:\s+(?-i:made|taken|announced|agreed|planned|proposed))?(?:\s+to\s+[^,;]*)?$",
    re.I,
)


def thing_effect(actor: str, action: str) -> bool:
    """An effect a thing will have, which is no one's commitment ("the move would save £6m a year")."""
    return _THING.search(actor) is not None and EFFECT.match(action) is not None


def it_is(speaker: str, action: str, text: str, turn: bool = False) -> bool:
    """Whether "it" in "<speaker> said it would <action>" is the speaker: a body by its name ("The ministry"),
    a one-word name `text` shows to be a body's ("Peloton shares"), or one no one carries as a person's
    doing an act ("Galatasaray said that it would appeal"; not "would help", "would be on the table"; nor in
    a `turn` of a transcript, where the one speaking is someone)."""
    if is_body(speaker) or named_body(text, speaker):
        return True
    return (
        not turn and bool(_ACTS.match(action)) and not EFFECT.match(action) and unnamed_person(text, speaker)
    )


FOR_WHOM = re.compile(
    r"\b(?:spokes(?:man|woman|person)|aide|lawyer|attorney)\s+(?:for|to)\s+"
    r"((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*)$"
)


# "The World Food Programme says it will ...", "The trust said it would cancel ..."
_BODY_HEADS = ORG_HEADS | {
    "programme", "program", "trust", "hospital", "school", "college", "club", "charity", "port", "airport",
    "museum", "library", "network", "team", "federation", "league",
}  # fmt: skip


def is_body(speaker: str) -> bool:
    """A speaker that is an organisation ("the Department of Labor", "the company"): who "it" is when it
    speaks."""
    found = SpeakerIndex.analyse(speaker)
    if found is None:
        return False
    # "Automaker Veltra said it would", "Japan said it would": a sector noun's company, a country
    first = speaker.split()[0].lower()
    return (
        found[0] == "org"
        or found[1].rsplit(":", 1)[-1] in _BODY_HEADS
        or first in BODY_NOUNS
        or found[2] in known_places()
        # "Southern California Edison": a place's name inside a name makes it a body's, not a person's
        or (len(found[2].split()) >= 2 and any(w in known_places() for w in found[2].split()))
        or (len(found[2]) >= 2 and found[2].isupper())  # "the WHO said it would": an acronym's body
        # "Labour has said it will allow ...": a party, named in the singular ("the Liberal Democrats ...
        # claim it would" is someone else: they are "they")
        or (speaker.lower() in PARTIES and not speaker.lower().endswith("s"))
    )


_PARTY_NAMES = frozenset(
    [
        "democrats",
        "dems",
        "republicans",
        "conservatives",
        "tories",
        "socialists",
        "greens",
        "nationalists",
        "nationals",
        "liberals",
        "unionists",
        "ministers",
    ]
)


def is_group(speaker: str) -> bool:
    """A speaker described as a group ("the officials", "the two countries"): who "they" is when they speak."""
    found = SpeakerIndex.analyse(speaker)
    # (or a party's name: "The Liberal Democrats said they would")
    party = speaker.split()[-1].lower() in _PARTY_NAMES if speaker.split() else False
    return found is not None and (found[1].endswith(":plural") or party)


_NAME = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w&'’.-]*\s+){0,4}[A-ZÀ-ÖØ-ÞĀ-Ž][\w&'’.-]*")


def body_actor(actor: str, is_person: Callable[[str], bool]) -> bool:
    """A body named, not a person (`is_person`: as the document shows one) or a pronoun ("Redstone Homes"): what a
    next sentence's "It will" may be."""
    return (
        _NAME.fullmatch(actor) is not None
        and actor.lower() not in ("i", "we", "it", "they", "you", "he", "she")
        and actor.split()[0].lower() not in GIVEN
        and not is_person(actor)
    )


# "The utility said ...", "the company said ...": a body described, not named
_DESCRIBED = re.compile(
    r"^the\s+(?:company|firm|utility|regulator|airline|carmaker|automaker|retailer|lender|insurer|operator|watchdog|"
    r"manufacturer|developer|chain|supermarket|brewer|miner|producer|startup|conglomerate)$",
    re.I,
)


def looks_like_body(name: str, text: str) -> bool:
    """A named speaker with evidence of being a body: an acronym ("PPL Electric", "GMB"), a body's head
    word ("Acme Corp"), a one-word name `text` shows to be a body's; never a name that opens with a title
    or a known given name."""
    words = name.split()
    first = words[0].lower().rstrip(".")
    if first in GIVEN or first in TITLES:
        return False
    if len(words) == 1:
        return (name.isupper() and len(name) >= 2) or named_body(text, name)
    acronym = words[0].isupper() and len(words[0]) >= 2
    return words[-1].lower() in ORG_HEADS | BODY_NOUNS or acronym or is_body(name)


def described_bodies(
    said: tuple[str | None, ...], is_body_name: Callable[[str], bool], reach: int = 1
) -> dict[int, str]:
    """Sentence index -> the body a description that speaks there is ("PPL Electric said ... The utility
    said crews would ..."): the speaker of the `reach` sentences just before it, when
    `is_body_name` finds it a body's."""
    out: dict[int, str] = {}
    for i, who in enumerate(said):
        if who is None or not _DESCRIBED.match(who):
            continue
        before = [said[j] for j in range(max(0, i - reach), i) if said[j]]
        named = before[-1] if before else None
        if named and named[:1].isupper() and is_body_name(named):
            out[i] = named
    return out


def with_named_bodies(
    said: tuple[str | None, ...], commitments: list[Commitment], declined: list[Declined], text: str
) -> tuple[tuple[str | None, ...], list[Commitment], list[Declined]]:
    """Each sentence's speaker, commitments and refusals with a described body that speaks ("The utility
    said ...") named as the body the sentences just before name (`described_bodies`); `text` the document's."""
    named = described_bodies(said, lambda name: looks_like_body(name, text))
    if not named:
        return said, commitments, declined
    described = {i: (said[i] or "").lower() for i in named}
    commitments = [
        replace(c, speaker=named[c.index]) if (c.speaker or "").lower() == described.get(c.index) else c
        for c in commitments
    ]
    declined = [
        replace(d, speaker=named[d.index]) if (d.speaker or "").lower() == described.get(d.index) else d
        for d in declined
    ]
    return tuple(named.get(i, who) for i, who in enumerate(said)), commitments, declined

"""People, organisations, places, money and dates, by rules and a shipped list of places (no model)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from .given_names import GIVEN
from .lexicon import (
    FUNCTION_CAPS,
    MONTHS,
    NATIONALITIES,
    ORG_HEADS,
    ORG_OPENERS,
    PARTIES,
    PLACE_HEADS,
    PLACE_OPENERS,
    POST_NOMINALS,
    ROLE_WORDS,
    THING_HEADS,
    TITLE_DOMAINS,
    TITLES,
    WEEKDAYS,
    word_set,
)
from .model import EntityKind, Sentence

MONEY = re.compile(
    r"(?:US|U\.S\.|C|A|NZ)?\$\s?\d+(?:,\d{2,3}\b)*(?:\.\d+)?(?:\s?(?:million|billion|trillion|bn|mn|m|k)\b)?"
    r"|[€£¥₹₦₩₱₺]\s?\d+(?:,\d{2,3}\b)*(?:\.\d+)?(?:\s?(?:million|billion|trillion|bn|m|crore|lakh)\b)?"
    # rand, rupees and shillings written with letters: "R14.2 billion", "Rs 3 lakh", "KSh 50,000"
    r"|\b(?-i:Rs\.?|KSh|Ksh)\s?\d+(?:,\d{2,3}\b)*(?:\.\d+)?(?:\s?(?:million|billion|trillion|bn|m|crore|lakh)\b)?(?![\w-])"
    r"|\b(?-i:R|Sh)\s?(?:\d+(?:,\d{2,3}\b)*(?:\.\d+)?\s?(?:million|billion|trillion|bn)\b|\d{1,3}(?:,\d{3})+|\d{3,})(?![\w-])"
    r"|\b\d+(?:,\d{2,3}\b)*(?:\.\d+)?\s(?:(?:million|billion|trillion)\s)?(?:dollars|euros|pounds|pesos|yuan|yen|rand|rupees|"
    r"naira|shillings|francs)\b",
    re.I,
)
_M = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DATE = re.compile(
    rf"\b{_M}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?\b|\b\d{{1,2}}\s+{_M}(?:\s+\d{{4}})?\b|\b{_M}\s+\d{{4}}\b"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:19[5-9]\d|20\d\d)\b"
)
# Lower-case words inside a name: "Charles de Gaulle", "Ursula von der Leyen", "Mohammed bin Salman"
_PARTICLES = frozenset(
    ("de", "la", "del", "da", "do", "dos", "das", "du", "van", "von", "bin", "al", "der", "den")
)
_CAP_RUN = re.compile(
    rf"(?:[A-ZÀ-ÖØ-ÞĀ-Ž](?:\.[A-ZÀ-ÖØ-ÞĀ-Ž])+\.?|[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’&.-]*)(?:\s+(?:of|{'|'.join(sorted(_PARTICLES))})?\s*(?:der\s+|den\s+)?"
    # (a middle initial first: "Beth M. Hammack", "Jerome H. Powell"; not "Plan B. The ...")
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž]\.(?=\s+(?!(?:The|He|She|It|They|We|I|A|An|In|On|At|But|And|This|That|There)\b)[A-ZÀ-ÖØ-ÞĀ-Ž][a-z])"
    r"|[A-ZÀ-ÖØ-ÞĀ-Ž](?:\.[A-ZÀ-ÖØ-ÞĀ-Ž])+\.?|[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’&-]*))*"
)
# the rest of a body's name after "and": "Occupational Safety| and Health Administration"
_AND_BODY = re.compile(r"\s+and\s+((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)")
_POSS = re.compile(r"['’]s$")
# a body named for what it serves: "Centers for Disease Control and Prevention", "Office for National Statistics"
_FOR_BODY = re.compile(
    r"(?:(?!The\b)[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*\s+){0,3}(?:Centers?|Centres?|Department|Office|Institute|Ministry|Commission|"
    r"Council|Agency|Foundation|Society|Association|Committee|Fund|Coalition|Alliance|Campaign|Trust|Network)\s+for\s+"
    r"(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*(?:\s+(?:and\s+|of\s+(?:the\s+)?|for\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)*"
)
# a wire story's dateline city: "AUSTIN, Texas (AP) —", "LONDON, Dec 1 (Reuters) -"
_DATELINE_CITY = re.compile(
    r"^([A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž .'’-]{2,30})(?:,\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.]*){0,2})?"
    r"(?:,?\s+[A-Z][a-z]{2}\w*\.?\s+\d{1,2})?\s*(?:\([^()]{1,20}\)\s*)?[-—–]"
)
# Nouns that introduce a body by its name: "Britain's water regulator Ofwat", "the lender Barclays"
BODY_NOUNS = word_set(
    """
    regulator watchdog lender insurer retailer broadcaster charity operator manufacturer carmaker firm
    airline utility supplier startup conglomerate newspaper broadsheet tabloid automaker drugmaker
    chipmaker miner
    """
)
_PARTY_TAG = re.compile(r"[DRI]-[A-ZÀ-ÖØ-ÞĀ-Ž]")
# the last word of a place's or a body's name ("Springfield General Hospital", "Executive Order")
_THING_LAST = PLACE_HEADS | ORG_HEADS | {"order", "orders"}
_HONORIFICS = frozenset(("mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady"))
_PERSON_FIRST = GIVEN | _HONORIFICS  # the first word of a person's name
_SURNAME_TITLES = frozenset(
    ("king", "queen", "prince", "major", "general", "chief", "speaker", "justice", "judge", "chancellor")
)


def _names(filename: str) -> frozenset[str]:
    text = resources.files("summarizer").joinpath(f"data/{filename}").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    return _names("places.txt")


@lru_cache(maxsize=1)
def known_organisations() -> frozenset[str]:
    """Organisations no rule tells from a person or a title and a name ("Goldman Sachs", "General
    Dynamics", "Boeing said")."""
    return _names("organisations.txt")


def normalise_money(text: str) -> str:
    return re.sub(r"\$\s+", "$", re.sub(r"\s+", " ", text)).strip()


_STATE_OF = re.compile(
    r"(?:(?:Federal|Democratic|Islamic|Arab|United|Hashemite|Socialist|Cooperative)\s+)*"
    r"(?:Republic|Kingdom|State|Commonwealth|Federation|Principality|Sultanate|Emirate)\s+of\s+(?:the\s+)?(.+)$"
)


def _split_run(run: str) -> list[str]:
    """Split a capitalised run at possessives ("CNN’s Ellie Kaufman"), and a person's name from a place's
    ("Daniel Ortiz of Laurel", not "Bank of England")."""
    toks = run.split()
    at = toks.index("of") if "of" in toks else 0
    if 2 <= at <= 3 and toks[0].lower() in GIVEN:
        return [" ".join(toks[:at]), *_split_run(" ".join(toks[at + 1 :]))]
    parts: list[list[str]] = [[]]
    for tok in toks:
        if _POSS.search(tok):
            parts[-1].append(_POSS.sub("", tok))
            parts.append([])
        else:
            parts[-1].append(tok)
    return [" ".join(p) for p in parts if p]


def _bodily(rest: list[str]) -> bool:
    """What follows a nationality word names a body: not a given name, a people ("African Americans",
    "Saudi Arabian") or a group of members ("Welsh MPs")."""
    return not any(
        t in GIVEN
        or t.endswith(("an", "ans"))
        or t.rstrip("s") in ROLE_WORDS | NATIONALITIES | {"mp", "msp", "mep"}
        for t in rest
    )


def _classify(name: str, after_title: bool, places: frozenset[str]) -> EntityKind | None:
    toks = name.split()
    low = [t.lower().strip(".,") for t in toks]
    if len(toks) == 1 and (
        low[0].rstrip(".") in ("inc", "ltd", "plc", "llc", "corp", "co") or _PARTY_TAG.match(name)
    ):
        return None  # a company's suffix cut off its name; a member's party and state ("D-Calif.")
    if name.lower() in PARTIES or name in known_organisations():
        return "organisation"  # "the Lib Dems", "Tory", "Goldman Sachs"
    state_of = _STATE_OF.match(name)  # "the Republic of Korea", "the Kingdom of Saudi Arabia"
    if (
        name in places
        or (state_of is not None and state_of.group(1) in places)
        or name.replace(".", "") in places
        or (name.isupper() and len(name) > 3 and name.title() in places)  # a dateline's "LONDON"
        or (
            len(toks) > 1 and low[-1] in PLACE_HEADS and low[0] not in GIVEN  # not "Stuart Hall"
        )
    ):
        return "place"
    if len(toks) > 1 and low[-1] in ("order", "orders"):
        return "organisation"  # "Executive Order", "Order of Malta": no one's name
    if low[-1] in ORG_HEADS or (len(toks) == 1 and toks[0].isupper() and 2 <= len(toks[0]) <= 6):
        return "organisation"
    if len(toks) > 1 and low[0] in PLACE_OPENERS:
        return "place"  # "North East", "County Durham"
    if len(toks) > 1 and (low[0] in ORG_OPENERS or (low[0] in NATIONALITIES and _bodily(low[1:]))):
        return "organisation"  # "Royal Mail", "National Trust", "Scottish Executive", "British Airways"
    given = (
        low[0] in GIVEN
        and all(t[:1].isupper() or t in _PARTICLES for t in toks[:-1])
        and toks[-1][:1].isupper()
    )
    if all(t in ROLE_WORDS or t in TITLES or t.removesuffix("s") in ROLE_WORDS for t in low):
        return None  # "Member States", "Senior Officials": roles, no one's name
    if given and 2 <= len(toks) <= 4 and low[-1] not in THING_HEADS:
        return "person"  # "Bill Clinton", "Grace Park": a given name opens it
    if any(t in ORG_HEADS or t in THING_HEADS for t in low):
        return "organisation"
    proper = (
        all(
            (t[:1].isupper() or (0 < k < len(toks) - 1 and t in _PARTICLES))
            and not (len(t) > 1 and t.isupper())
            for k, t in enumerate(toks)
        )
        and not any(t in MONTHS or t in WEEKDAYS or t in NATIONALITIES for t in low)
        and not any("." in t and len(t) > 2 for t in toks)
    )
    if proper and (after_title or 2 <= len(toks) <= 5):
        return "person"
    return None


def introduces(toks: list[str], i: int) -> bool:
    """A nationality word that introduces a name ("Scottish MP John Smith", "U.S. Drug Enforcement
    Agency"), not one that is part of a body's name ("Scottish Executive", "European Union")."""
    low = toks[i].lower()
    if low in ("us", "u.s.", "uk", "u.k."):
        return True  # "U.S. Drug Enforcement Agency" is known as the Drug Enforcement Agency
    return low in NATIONALITIES and len(toks) - i > 2 and toks[-1].lower() not in ORG_HEADS


def past_title_domain(toks: list[str], of: int, places: frozenset[str], keep: int = 0) -> int:
    """Where the name starts after a title's "of" at `of`: past what the title is of ("Secretary of
    State Antony Blinken", "Prime Minister of India Narendra Modi"), leaving `keep` words at least;
    `of` itself when nothing follows it that a title is of."""
    k = of + 1
    while k < len(toks) - keep and (toks[k].lower() in TITLE_DOMAINS or toks[k] in places):
        k += 1
    return k if k > of + 1 else of


def mentions(text: str, places: frozenset[str]) -> list[tuple[str, EntityKind, bool]]:
    """The names in a text: (name, kind, whether a title introduced it). Cached: the entity list, the
    referents and the speaker lookups read the same sentences."""
    return list(_mentions(text, places))


@lru_cache(maxsize=16384)
def _mentions(text: str, places: frozenset[str]) -> tuple[tuple[str, EntityKind, bool], ...]:
    found: list[tuple[str, EntityKind, bool]] = []
    joined_to = -1  # where a body's name joined across "and" ends: the run after "and" is in it
    bodies = [b for b in _FOR_BODY.finditer(text)] if " for " in text else []
    dateline = _DATELINE_CITY.match(text)
    for m in _CAP_RUN.finditer(text):
        if m.start() < joined_to:
            continue
        if body := next((b for b in bodies if m.start() < b.end() and m.end() > b.start()), None):
            found.append((body.group(0), "organisation", False))
            joined_to = body.end()
            continue
        if dateline and m.start() == 0 and m.group(0) == dateline.group(1).strip():
            found.append((m.group(0), "place", False))  # (not a body's initials)
            continue
        for chunk in _split_run(m.group(0)):
            toks = chunk.split()
            while toks and (toks[0].lower() in FUNCTION_CAPS or toks[0].lower() in WEEKDAYS):
                toks = toks[1:]  # "On Tuesday Sir Alan said": the day is no part of the name
            # Titles and nationality words introduce a name; they are not part of it.
            cut = 0
            # "Springfield General Hospital", "Foreign Office": a title word inside a place's or a body's
            # name introduces no one (but "Mr Lane", "Mayor Peter Hall" do)
            named_thing = bool(toks) and toks[-1].lower() in _THING_LAST
            for i, tok in enumerate(toks[:-1]):
                tail = " ".join(toks[i:])
                if tail in places or tail in known_organisations():
                    break  # "Saudi Arabia", "General Dynamics": a place or a body, first word and all
                titled = tok.lower().rstrip(".") in TITLES and not (
                    named_thing
                    and tok.lower().rstrip(".") not in _HONORIFICS
                    and toks[i + 1].lower() not in GIVEN
                )
                # "Chief Executive Laurent Mercier" (but "Scottish Executive" is a body)
                titled = titled or (tok == "Executive" and i > 0 and toks[i - 1] == "Chief")
                plural_title = len(tok) > 4 and tok[-1] == "s" and tok[:-1].lower() in TITLES  # "Senators"
                if titled or plural_title or introduces(toks, i):
                    cut = i + 1
            if named_thing and not cut and len(toks) > 2 and toks[0].lower() in TITLES and toks[1] == "of":
                cut = 1  # "Director of National Economic Council": past the "of" below
            titled_after = False
            # "Chief Medical Officer": an office's name after the words, not a surname ("MP Oona King")
            office_after = False
            while (
                len(toks) - cut > 1
                and (toks[-1].lower().rstrip(".") in TITLES or toks[-1].lower().split("-")[-1] in TITLES)
                and toks[-2] != "of"
            ):  # (and "Vice-Chancellor" after "Professor Helen Marsh" in a signature)
                # "Florida Rep." before "Debbie Wasserman Schultz" on the next line (not the "Justice"
                # of "Court of Justice")
                office_after = office_after or toks[-1].lower().rstrip(".") not in _SURNAME_TITLES
                toks = toks[:-1]
                titled_after = True
            if cut and cut < len(toks) - 1 and toks[cut] == "of":
                cut = past_title_domain(toks, cut, places, keep=1)
            after_title = cut > 0
            if after_title and office_after and len(toks) - cut == 1 and toks[cut].lower() not in GIVEN:
                continue  # "Chief Medical Officer": a title, its middle word no name
            before = text[max(0, m.start() - 25) : m.start()].lower().split()
            if before and before[-1].rstrip(".") in TITLES:
                after_title = True
            if len(toks) - cut > 2 and toks[-1] in POST_NOMINALS and toks[-3].lower() in GIVEN:
                toks = toks[:-1]  # "Philippe Sands QC"
            name = " ".join(toks[cut:]).strip(" .,-")
            # "Foreign Affairs Alicia Bárcena", "Citizen Protection Rosa Rodríguez": the name starts at
            # its given name (one word before it may be a given name we do not know: "Andrés Manuel")
            words = name.split()
            given = next((j for j in range(1, len(words) - 1) if words[j].lower() in GIVEN), 0)
            if given and (given >= 2 or words[0].lower() in TITLE_DOMAINS | TITLES | ROLE_WORDS):
                name = " ".join(words[given:])
            if not name or name.lower() in FUNCTION_CAPS:
                continue
            if all(t.lower().rstrip(".") in TITLES for t in name.split()):
                continue  # "Chairman Rep." before "Jason Chaffetz": titles, no name
            head = " ".join(toks[:cut])
            if head and head.lower().split()[-1] in ORG_HEADS:
                found.append((head, "organisation", False))
            kind = _classify(name, after_title, places)
            plural_role = (
                name.lower() in ROLE_WORDS or name.lower().removesuffix("s") in ROLE_WORDS
            )  # "Ministers"
            if (
                kind is None
                and len(toks[cut:]) == 1
                and not (titled_after or plural_role)
                and name.lower() not in MONTHS | WEEKDAYS
            ):
                follow = text[m.end() : m.end() + 12].lower()
                the = (
                    chunk.lower().startswith("the ")
                    or re.search(  # "The West is divided"
                        r"\bthe\s+$", text[max(0, m.start() - 5) : m.start()], re.I
                    )
                )
                if not the and re.match(r"\s+(?:said|says|was|is|will|has|had|added|told|would)\b", follow):
                    kind = "person"
            head_before = re.search(r"(\w+)\s+$", text[max(0, m.start() - 20) : m.start()])
            if len(toks[cut:]) == 1 and head_before and head_before.group(1).lower() in ORG_HEADS:
                kind = "organisation"  # "agriculture department Defra", "the agency Frontex"
            if (
                kind is not None
                and not after_title
                and name.split()[0].lower() not in _PERSON_FIRST
                and (
                    (head_before and head_before.group(1).lower() in BODY_NOUNS)
                    or re.search(
                        r"\bshares\s+(?:in|of)\s+(?:rival\s+)?$",
                        text[max(0, m.start() - 20) : m.start()],
                        re.I,
                    )
                )
            ):
                kind = "organisation"  # "water regulator Ofwat", "shares in rival Severn Trent"
            if (
                kind == "person"
                and not after_title
                and name.split()[0].lower() not in GIVEN
                and re.search(r"\b(?:in|near)\s+$", text[max(0, m.start() - 6) : m.start()])
                and not re.match(
                    r"['’]s\b", text[m.start() + m.group(0).find(name) + len(name) :]
                )  # "in Kahlo's house"
            ):
                kind = "place"  # "the fighting in El Fasher": no given name, and in it
            rest = _AND_BODY.match(text, m.end()) if kind == "person" and not after_title else None
            if (
                rest
                and rest.group(1).split()[-1].lower() in ORG_HEADS
                and name.split()[0].lower() not in GIVEN
            ):
                name, kind, joined_to = f"{name} and {rest.group(1)}", "organisation", rest.end()
            if kind is not None:
                found.append((name, kind, after_title))
    return tuple(found)


def lowercase_words(sentences: Sequence[Sentence]) -> set[str]:
    """Words the document also writes in lower case: common nouns ("Substance Abuse"), not names."""
    return {w for s in sentences for w in re.findall(r"\b[a-z][a-z'’-]+\b", s.text)}


_NOUN_ENDINGS = (
    "ion", "ions", "ic", "ics", "ment", "ments", "ity", "ies", "ness", "ance", "ence", "ing", "ive", "ary",
    "ory", "ship", "ure", "ism",
)  # fmt: skip


def full_name(name: str, common: set[str]) -> str:
    """A name without the common nouns a title ran into it: "Strategic Communications John Kirby"
    -> "John Kirby": leading words the document writes in lower case, and, in a name of four words or
    more, leading words with a common noun's ending. Two words are always kept."""
    toks = name.split()
    long = len(toks) > 3
    while len(toks) > 2 and (toks[0].lower() in common or (long and toks[0].lower().endswith(_NOUN_ENDINGS))):
        toks = toks[1:]
    return " ".join(toks)


def sentence_entities(text: str) -> list[tuple[str, EntityKind]]:
    """The entities of one sentence, in order of appearance (for answers and digests)."""
    found: list[tuple[int, str, EntityKind]] = []
    money = [(m.start(), m.end()) for m in MONEY.finditer(text)]
    for start, end in money:
        found.append((start, normalise_money(text[start:end]), "money"))
    for m in DATE.finditer(text):
        found.append((m.start(), m.group(0), "date"))
    for name, kind, _ in mentions(text, known_places()):
        at = text.find(name)
        if not any(a <= at < b for a, b in money):  # not "R90" of "R90 billion"
            found.append((at, name, kind))
    return [(t, k) for _, t, k in sorted(found, key=lambda x: x[0])]

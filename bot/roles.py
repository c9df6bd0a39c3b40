"""Who someone is and who holds an office: "Who is Charles Kennedy?" -> "Lib Dem leader" (the title or
description beside the name), "Who is the MBTA's general manager?" -> the name beside the office."""

from __future__ import annotations

import re

from summarizer.entities import sentence_entities
from summarizer.given_names import GIVEN
from summarizer.lexicon import FUNCTION_CAPS, ORG_HEADS, ROLE_WORDS, TITLES
from summarizer.segment import words

WHO_IS = re.compile(
    r"^\W*(?i:who\s+(?:is|was|'s)\s+(?:(?:mr|mrs|ms|dr)\.?\s+)?)([A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*)*)\W*$"
)
_ROLE_RUN = re.compile(r"((?:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|[a-z][\w-]*)\s+){1,10})$")
_APPOSITIVE = re.compile(r"^,\s+((?:the|a|an)\s+[^,;.]{3,60}?)(?:,|\.|$)")
_APPOSITIVE_BEFORE = re.compile(r"(?:^|[,;:]\s+)((?:[Tt]he|[Aa]n?)\s+[^,;.]{3,60}?),\s*$")


def role_of(question: str, text: str) -> str | None:
    """ "Who is Charles Kennedy?" -> "Lib Dem leader": the title before the name in the sentence, or
    the description after it (", the police chief,")."""
    m = WHO_IS.match(question)
    if not m:
        return None
    name = m.group(1)
    at = text.find(name)
    if at < 0:
        surname = name.split()[-1]
        at = text.find(surname)
        name = surname
    if at < 0:
        return None
    after = _APPOSITIVE.match(text[at + len(name) :])
    if after:
        return after.group(1)
    before = _APPOSITIVE_BEFORE.search(text[:at])  # "The chairman of the Bar Council, Guy Mansfield QC"
    if before and {w.lower() for w in words(before.group(1))} & (ROLE_WORDS | TITLES):
        return before.group(1)
    run = _ROLE_RUN.search(text[:at])
    words_before = run.group(1).split() if run else []
    roles = ROLE_WORDS | TITLES | ORG_HEADS
    while words_before and words_before[-1].lower() in GIVEN and words_before[-1].lower() not in roles:
        words_before.pop()  # the given name of "Who is Kennedy?" in "... leader Charles Kennedy"
    role: list[str] = []
    # capitalised words and role nouns back from the name: "Lib Dem leader", "Notts police chief"
    for w in reversed(words_before):
        inside = w.lower() in ("of", "for", "the", "and") and any(x[:1].isupper() for x in role)
        if not (w[:1].isupper() or w.lower() in roles or "-" in w or inside):
            break  # "Senior Director for the Western Hemisphere" runs on through "for the"
        role.insert(0, w)
    while role and role[0].lower() in ("of", "for", "the", "and"):
        role.pop(0)
    opening = text[:at].split()
    plain = not re.search(r"[,;:()\"“”]", text[:at])
    if role and plain and 0 < len(opening) <= 6 and opening[0][:1].isupper() and len(opening) > len(role):
        role = opening  # a description that opens the sentence: "Public accounts committee chairman"
    while role and role[0].lower() in FUNCTION_CAPS:  # "Meanwhile", "But", "The"
        role.pop(0)
    while role and role[-1].lower().rstrip(".") in ("mr", "mrs", "ms", "dr", "miss"):
        role.pop()
    titled = any(w.lower() in ROLE_WORDS | TITLES or "-" in w for w in role)
    return " ".join(role) if titled else None


# "Who is the first minister?", "Who was the EPA regional administrator?", "Who is Gorman's attorney?": who holds
# an office
WHO_HOLDS = re.compile(
    r"^\s*who\s+(?:is|was)\s+(?:the|their|his|her|its|[A-ZÀ-ÖØ-ÞĀ-Ž][\w.&-]*['’]s?)\s+(?:[\w'’.-]+\s+){0,4}?"
    r"(?:minister|secretary|president|chancellor|chairman|chairwoman|chair|leader|spokesman|spokeswoman|"
    r"spokesperson|director|administrator|governor|mayor|ambassador|envoy|attorney|lawyer|chief|head|"
    r"commissioner|adviser|advisor|coordinator|manager|executive|officer|commander|superintendent|ceo|cfo|coo|"
    r"founder|principal|editor|captain|coach|"
    # who stands beside someone: "Who is Pence's running mate?", "Who is her deputy?"
    r"running\s+mate|deputy|successor|predecessor|counterpart|opponent|rival|wife|husband|spouse)"
    r"(?:[\s-]+general)?"  # "Who is Oklahoma's attorney general?", "the secretary-general"
    r"(?:\s+(?:of|for|to)\s+(?:the\s+)?[\w'’.&-]+(?:\s+[\w'’.&-]+){0,5})?\s*\??\s*$",  # "... president of Big Sky Air Freight?"
    re.I,
)
# the office a "who holds" question names, after its owner: "Who is the MBTA's general manager?"
_HELD = re.compile(
    r"^\W*who\s+(?:is|was)\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w.&-]+['’]s?\s+)?(.+?)\W*$", re.I
)


_LEADS = re.compile(r"^\W*who\s+(?:chairs|heads|leads|runs)\b", re.I)  # "Who chairs X?": X's chair


def holder(question: str, text: str) -> str | None:
    """The name just after the office the question names: "General Manager Phillip Eng announced"."""
    m = _HELD.match(question)
    if _LEADS.match(question):
        return _holder(r"(?:chair|chairman|chairwoman|head|leader|director|chief)", text)
    if not (m and WHO_HOLDS.match(question)):
        return None
    # the office as the question words it ("Secretary of Homeland Security"), then without whose it is ("Who is
    # the president of Big Sky Air Freight?" of "the company's president, Marla Quinn")
    for office in dict.fromkeys((m.group(1), re.split(r"\s+(?:of|for)\s+", m.group(1))[0])):
        words = office.split()[-3:]
        while (
            len(words) > 1
            and words[0][:1].isupper()
            and not re.search(rf"(?i:\b{re.escape(words[0])})", text)
        ):
            words = words[1:]  # "Who is the Fed chair?" of "Jerome H. Powell, Chair" (a name, not "press")
        if found := _holder(r"\s+".join(re.escape(w) for w in words), text):
            return found
    return None


_GIVEN_RUN = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)+")


def _holder(office: str, text: str) -> str | None:
    # (a description may stand between: "his running mate presidential nominee Donald Trump")
    after = re.search(
        rf"(?i:\b{office}),?\s+(?:(?-i:[a-z][\w-]*)\s+){{0,2}}?((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\s+){{0,2}}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)",
        text,
    )
    people = [t for t, k in sentence_entities(text) if k == "person"]
    named = re.sub(r"['’]s$", "", after.group(1)) if after else ""  # ("Donald Trump's tweet")
    # (an office that lists what it is for: "Minister for Children, Young People and Families Margaret Hodge": the
    # name with a given name after the list's "and")
    rest = text[after.end() : after.end() + 60] if after else ""
    if named and re.match(r"\s+(?:and|&)\s", rest) and not any(w.lower() in GIVEN for w in named.split()):
        given = [
            " ".join(run[k:])
            for run in (r.split() for r in _GIVEN_RUN.findall(rest))
            for k in range(len(run) - 1)
            if run[k].lower() in GIVEN
        ]
        if given:
            return given[0]
    if named and any(p.endswith(named) for p in people):
        return named
    # or before it: "said Tom Fletcher, the UN Under-Secretary-General ... and Emergency Relief Coordinator"
    before = re.search(
        rf"((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\s+){{0,2}}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+),\s+(?:the\s+)?[^,.;]{{0,90}}?(?i:\b{office})",
        text,
    )
    if before and any(p.endswith(before.group(1)) for p in people):
        return before.group(1)
    # or right before it, as a signature writes it: "Professor Helen Marsh Vice-Chancellor, University of ..."
    signed = re.search(rf"((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\s+){{1,3}}?)(?i:{office})\b", text)
    name = signed.group(1).strip() if signed else ""
    return next((p for p in people if name.endswith(p)), None) if name else None


# "Who are the co-chairs of the task force?": an office several hold, named in the plural
_PLURAL_HELD = re.compile(
    r"^\W*who\s+(?:are|were)\s+(?:the|its|their)\s+((?:co-?)?(?:chair|head|leader|director|host|founder|sponsor|"
    r"moderator|president|minister|envoy|negotiator)s)\b",
    re.I,
)


def co_holders(question: str, text: str) -> str | None:
    """The people named after the plural office the question names, as the text lists them: "convened by
    co-chairs Amos Hochstein, Special Presidential Coordinator ..., and Björn Seibert, Head of Cabinet ..."."""
    m = _PLURAL_HELD.match(question)
    office = re.search(rf"(?i:\b{re.escape(m.group(1))})\s+", text) if m else None
    if office is None:
        return None
    people = [
        (text.find(t, office.end()), t) for t, k in sentence_entities(text[office.end() :]) if k == "person"
    ]
    if not people or people[0][0] != office.end():
        return None
    found = [people[0][1]]
    # after a first name with its own description, the next is after a comma's "and" (not "Global Infrastructure
    # and Energy Security", the description's own list)
    gap = r",\s*" if text[office.end() + len(found[0]) :].startswith(",") else r"(?:,\s*|\s+)"
    for at, name in people[1:]:
        if re.search(gap + r"and\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*\s+){0,3}$", text[:at]):
            found.append(name)
            break
    return " and ".join(found) if len(found) > 1 else None

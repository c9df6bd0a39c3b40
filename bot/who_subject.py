"""The answer to "Who will travel to Tokyo?" is the subject of "will travel" in the cited sentence ("the
Secretary"), not the name nearest the question's words ("... for talks with Kenji Mori")."""

from __future__ import annotations

import re

from summarizer.entities import sentence_entities
from summarizer.given_names import GIVEN
from summarizer.lexicon import ORG_HEADS, PRONOUNS, ROLE_WORDS, TITLES, word_set
from summarizer.rank import terms
from summarizer.subjects import subject_of

from .vocabulary import IRREGULAR

# "who" (or "which country") as the subject, then its verb: "Who will lead", "Who is going to host", "Who announced",
# "Which country has the second-largest military in NATO?"
_WHO_SUBJECT = re.compile(
    r"^\W*(?:who|which\s+(?:countr(?:y|ies)|nations?|states?|cit(?:y|ies)|compan(?:y|ies)|part(?:y|ies)|groups?|"
    r"teams?|firms?|banks?))\s+(?:(?:will|would|shall|has|have|had|did|does|can|could|should|might|may|must)\s+|"
    # (a verb: not "Who did Jake Sullivan speak with?", whose "Jake" is the subject)
    r"(?:is|are|was|were)\s+(?:going\s+to\s+)?)?(?!is\b|are\b|was\b|were\b|be\b|the\b|a\b|an\b)((?-i:[a-z]+))\b",
    re.I,
)


_PASSIVE_AUX = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?$", re.I)
# "a delegation led by our special envoy": a participle after its noun
_REDUCED = re.compile(r"\b(?:a|an|the|its|their|our|his|her)\s+(?:[\w-]+\s+){0,2}$", re.I)
_BY_AGENT = re.compile(
    # ("was issued today by Council President Hana Kovač")
    r"(?:\s+(?:up|out|off|down|over|back))?"  # ("was set up by")
    r"(?:\s+(?:today|yesterday|tonight|on\s+\w+day|this\s+(?:morning|afternoon|evening|week)))?"
    r"\s+by\s+((?:the\s+|a\s+|an\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,4}?)"
    r"(?=\s*[,.;:(]|\s+(?:and|but|to|in|on|at|for|with|from|until|by|after|before|who|which)\b|\s*$)",
    re.I,
)

# the name in apposition to a role: "... by the Minister of Environment[ and Climate Change], Julie Dabrusin"
_NAMED_AFTER = re.compile(
    r"(?:\s+(?:and|of|for)\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\s*)+)*,\s+((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)"
)

# the rest of an office's name: "the Secretary of State| for Environment"
_OFFICE_TAIL = re.compile(
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*(?:\s+(?:and\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)*)+"
)
_TITLED_RUN = re.compile(r"((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*\s+){1,4}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)\s+(?=[a-z])")
_PASSIVE_Q = re.compile(
    r"^\W*who\s+(?:was|were|is|are|has\s+been|have\s+been|will\s+be|is\s+being)\s+[a-z]+ed\b", re.I
)
# a described person as an object: "a 24-year-old man", "two teenagers"
_OBJECT = re.compile(
    r"\s+((?:a|an|the|two|three|four|five|several)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:man|woman|men|women|boy|girl|boys|girls|teenagers?|person|people|suspects?|driver|officer|soldiers?))\b"
)


# an office as an object: "directs the Secretary of State to remove", "asked the Attorney General to"
_OFFICE_OBJECT = re.compile(
    r"\s+(the\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*){0,3})?)(?=\s+to\s+[a-z])"
)


# the act as a noun one suffers, and its agent: "faces attacks from Iranian-aligned groups"
_SUFFERED = re.compile(r"\b(?:faces?|faced|facing|suffered|suffers|under|amid|endured?)\s+(?:\w+\s+)?$", re.I)
_FROM_AGENT = re.compile(
    r"\s+(?:from|by)\s+((?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)(?=\s*[,.;:]|\s*$|\s+(?:and|who|which|that|in|on|at|to|for)\b)"
)


def _agent(head: str) -> bool:
    return head in ROLE_WORDS or head in ORG_HEADS or head.endswith(("or", "er", "ist", "ian"))


def _forms(verb: str) -> set[str]:
    """The verb's stems, its irregular forms' included ("lead" -> led); a verb on the stop list as written
    ("take", "took", "taken")."""
    return {t for f in (verb, *IRREGULAR.get(verb, ())) for t in terms(f, _STOP_VERBS)}


# verbs on the stop list that a "who" question asks about ("Who will take charge of the team?")
_STOP_VERBS = word_set(
    "take takes took taken give gives gave given make makes made get gets got go goes went come comes came put "
    "keep keeps kept become becomes became find finds found show shows showed call calls called move moves moved "
    "run runs ran has have had"
)


_AGENT_NOUN = re.compile(r"(?:or|ors|er|ers)$", re.I)
_WHO_BEFORE = re.compile(
    r",\s+who\s+(?:(?:will|would|shall|has|have|had|is|are|was|were|also|\w+ly)\s+)*$", re.I
)
_TOGETHER = re.compile(r",?\s+(?:together|along)\s+with\s+(?=\S)")


# an office and a name, every word capitalised but the small ones: "Homeland Security Advisor to the President
# of the United States Liz Sherwood-Randall"
_TITLE_CHAIN = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*(?:\s+(?:(?:to|of|the|and|for)\s+)*[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*)*"
)
# one more titled name of a list before a subject: "President Joe Biden, " or "President X, and "
_LIST_ITEM = re.compile(
    r"(?<![\w.'’-])((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*\s+){0,6}[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*)(?:,\s*(?:and\s+)?|,?\s+and\s+)$"
)


def _listed_before(text: str, start: int, kind: str = "person") -> list[str]:
    """The people (or places) a list names before the subject that starts at `start`, each a name with its
    titles."""
    people: list[str] = []
    before = text[: max(start, 0)]
    while start > 0:
        window = max(0, len(before) - 160)  # (the last words before the subject only)
        m = _LIST_ITEM.search(before[window:])
        found = [t for t, k in sentence_entities(m.group(1)) if k == kind] if m else []
        if m is None or len(found) != 1:
            break
        people.insert(0, found[0])
        before = before[: window + m.start()]
    return people


def listed_names(names: list[str]) -> str:
    """Names as a list reads them: "A, B and C"."""
    return ", ".join(names[:-1]) + " and " + names[-1]


_TITLE_WORDS = r"(?:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*|of|for|the|and|to)\s+){0,8}"


def _listed_after(text: str, start: int) -> list[str]:
    """The people a list names from `start`, each after its titles ("Secretary of State Antony Blinken, Secretary
    of Homeland Security Alejandro Mayorkas, and White House Homeland Security Advisor Elizabeth Sherwood-Randall")."""
    found = sorted((text.find(t, start), t) for t, k in sentence_entities(text[start:]) if k == "person")
    people: list[str] = []
    end = start
    for at, name in found:
        gap = text[end:at]
        if people and re.fullmatch(_TITLE_WORDS, gap):
            people[-1] = name  # the last "person" was an office's words ("Homeland Security" + " Advisor ")
        elif re.fullmatch((r",\s*(?:and\s+)?" if people else "") + _TITLE_WORDS, gap):
            people.append(name)
        else:
            break
        end = at + len(name)
    return people


def subject_answer(question: str, text: str) -> str | None:
    """The subject of the question's verb in `text`, as a name the sentence gives or a described person
    ("the Secretary"); None when the question asks no subject or the sentence has no such verb."""
    m = _WHO_SUBJECT.match(question)
    if not m:
        return None
    wanted = _forms(m.group(1).lower())
    verbs = [w for w in re.finditer(r"[^\W\d_]+", text) if set(terms(w.group(0), _STOP_VERBS)) & wanted]
    # (the one with its agent, when one has: "will set out plans for a quota to be set by MPs")
    agented = (
        v for v in verbs if _PASSIVE_AUX.search(text[: v.start()]) and _BY_AGENT.match(text[v.end() :])
    )
    verb = next(agented, verbs[0] if verbs else None)
    if verb is None or (_AGENT_NOUN.search(verb.group(0)) and not _AGENT_NOUN.search(m.group(1))):
        return None  # "the moderator of Monday night's debate" is no verb for "Who will moderate ...?"
    suffered = _SUFFERED.search(text[: verb.start()])
    # "Who is attacking Saudi Arabia?" of "as it faces attacks from Iranian-aligned groups"
    if suffered and m.group(1).lower().endswith("ing") and (source := _FROM_AGENT.match(text, verb.end())):
        return source.group(1)
    relative = _WHO_BEFORE.search(text[: verb.start()])
    if relative:  # "Chris Wallace of Fox News, who will moderate the third debate": the one before "who"
        before = [
            t for t, k in sentence_entities(text[: relative.start()]) if k in ("person", "organisation")
        ]
        if before:  # ("Chris Wallace of Fox News": the person, not where they work)
            first, _, rest = before[-1].partition(" of ")
            return first if rest and first.split()[0].lower() in GIVEN else before[-1]
    if _PASSIVE_Q.match(question) and not _PASSIVE_AUX.search(text[: verb.start()]):
        # "Who was arrested?" of "police arrested a 24-year-old man": the object, not the subject
        after = text[verb.end() :]
        object_ = _OBJECT.match(after)
        people = [t for t, k in sentence_entities(after[:60]) if k == "person"]
        if people and after.find(people[0]) < 25:
            return people[0]
        office = _OFFICE_OBJECT.match(after)  # "The memorandum directs the Secretary of State to remove ..."
        return object_.group(1) if object_ else office.group(1) if office else None
    by = _BY_AGENT.match(text[verb.end() :])
    named_by = bool(by) and any(k == "person" for _, k in sentence_entities(by.group(1) if by else ""))
    after_by = re.match(r"\s+by\s+", text[verb.end() :])
    if after_by and not named_by:
        # "A five-judge bench headed by Chief Justice D.Y. Chandrachud ordered ...": a person right after "by"
        rest = text[verb.end() + after_by.end() :][:80]
        people = [t for t, k in sentence_entities(rest) if k == "person" and rest.find(t) <= 20]
        titled = _TITLED_RUN.match(rest)  # (initials the name finder does not take: "D.Y. Chandrachud")
        if people:
            return people[0]
        if titled and any(w.lower().rstrip(".") in TITLES for w in titled.group(1).split()):
            return titled.group(1)
    # ("An International Monetary Fund (IMF) team led by Evan Papageorgiou": a person after "by" is the agent)
    if by and (
        _PASSIVE_AUX.search(text[: verb.start()]) or _REDUCED.search(text[: verb.start()]) or named_by
    ):
        # "The center will be run by Philippine forces": who runs it is the agent after "by"
        agent = by.group(1).rstrip(".")  # (a sentence's full stop is no part of it)
        if office := _OFFICE_TAIL.match(text, verb.end() + by.end()):
            agent += office.group(0)  # "the Secretary of State" + " for Environment"
        names = [t for t, k in sentence_entities(agent) if k in ("person", "organisation")]
        named = _NAMED_AFTER.match(text[verb.end() + by.end() :])
        if not names and named and (named.group(1), "person") in sentence_entities(text):
            return named.group(1)  # "led by the Minister of Environment and Climate Change, Julie Dabrusin"
        # "led by Secretary of State Antony Blinken, Secretary of ... Mayorkas, and ...": all of them
        listed = _listed_after(text, verb.end() + by.start(1))
        if len(listed) > 1:
            return listed_names(listed)
        return max(names, key=len) if names else agent
    joint = _TOGETHER.search(text[: verb.start()])
    if joint and not re.search(r"[,;:]", text[joint.end() : verb.start()].strip(" ,")):
        # "National Security Advisor Jake Sullivan together with Secretary of State Antony Blinken convened": both
        lead = [
            t for t, k in sentence_entities(re.split(r"[;:]", text[: joint.start()])[-1]) if k == "person"
        ]
        others = [t for t, k in sentence_entities(text[joint.end() : verb.start()]) if k == "person"]
        if lead:
            return " and ".join(dict.fromkeys([lead[-1], *others]))
    subject = subject_of(text, verb.start()).strip(" ,")
    if re.search(r"\bto\s+$", text[: verb.start()]) and len(subject.split()) > 3:
        # "where Lib Dem MP Parmjit Singh Gill overturned a big Labour majority to win the seat": whoever
        # did what the infinitive is for, the one person its clause names
        doers = [t for t, k in sentence_entities(subject) if k == "person"]
        if len(doers) == 1 and doers[0].lower() not in question.lower():
            return doers[0]
    chain = bool(_TITLE_CHAIN.fullmatch(subject))  # ("Homeland Security Advisor to the President of ...")
    if not subject or subject.lower() in PRONOUNS or len(subject.split()) > (16 if chain else 10):
        return None
    found = sentence_entities(subject)
    people = [t for t, k in found if k == "person"]
    start = text.rfind(subject, 0, verb.start())
    # (places as the whole sentence's entities give them: "Spain" opening "Spain and Portugal voted" is one)
    whole = sentence_entities(text)
    places, bodies = (
        [t for t, k in whole if k == kind and re.search(rf"\b{re.escape(t)}\b", subject)]
        for kind in ("place", "organisation")
    )
    kind, them = ("person", people) if people else ("place", places) if places else ("organisation", bodies)
    listed = _listed_before(text, start, kind) if them else []
    if listed or (len(them) > 1 and re.search(r"\band\b", subject)):
        # "President Joe Biden, President Andrés Manuel López Obrador, and Prime Minister Justin Trudeau
        # established": all three, not the last one the subject finder stops at ("Canada, Mexico and the
        # United States will host": all three; "Assistant manager Ryan Cole and first-team coach Dele Asante
        # will take": both)
        return listed_names([*listed, *them])
    if chain and people and subject.endswith(people[-1]):
        return people[-1]  # the name after the office's words, not a body the office names
    names = [t for t, k in found if k in ("person", "organisation")]
    names = names or [t for t, k in found if k == "place"]  # "Poland would pay"
    if names:
        return max(names, key=len)
    words = subject.split()
    head = words[-1].lower().rstrip("s")
    if words[0].lower() in ("the", "a", "an") and len(words) <= 5 and _agent(head):
        return subject  # "the Secretary", "the regulator", "the ministry"
    return None

"""The short answer inside a cited sentence: the person, date, place, amount, count or duration the
question asks for, or the role of the person a "Who is X?" names."""

from __future__ import annotations

import re

from summarizer.commitments import find_in_sentence
from summarizer.entities import MONEY, normalise_money, sentence_entities
from summarizer.lexicon import MONTHS, OFFICE, TITLES, WEEKDAYS
from summarizer.rank import terms
from summarizer.segment import words
from summarizer.when import WHEN

from .acronyms import acronym_asked, expansion
from .amounts import HOW_MANY, MEASURE, SIZE_Q, count_of, from_to, pick_amount
from .cues import WHERE_Q
from .dates import date_answer, durations
from .question import BODIES_Q, concepts, query_terms_base
from .roles import WHO_HOLDS, co_holders, holder
from .vocabulary import COUNTRY_OF_CAPITAL
from .who_subject import listed_names, subject_answer

# "Estonia's Prime Minister", "Britain's foreign secretary": a place that says whose office, not where
WHOSE = re.compile(
    r"^['’]s?\s+(?:(?:[A-Z][\w.-]*|[a-z]+)\s+)?(?:"
    + "|".join(sorted(TITLES - {"mr", "mrs", "ms", "dr"})).replace(".", r"\.")
    + r")\b",
    re.I,
)


def _near(text: str, names: list[str], question: str) -> list[str]:
    """Names ordered by closeness to the question's words in the sentence (longer names first on ties)."""
    anchors = [m.start() for w in query_terms_base(question) for m in re.finditer(re.escape(w), text.lower())]
    if not anchors:
        return names

    def distance(name: str) -> tuple[int, int]:
        pos = text.find(name)
        return (min(abs(pos - a) for a in anchors), -len(name))

    return sorted(names, key=distance)


# "in Gleneagles", "in northern Queensland", "in the border city of Cúcuta"
_OF_PLACE = (
    r"(?:the\s+(?:[a-z]+\s+){0,2}(?:city|town|village|capital|province|region|state|port|district)\s+of\s+|"
    r"(?:the\s+)?(?:northern|southern|eastern|western|central|north|south|east|west)\s+|the\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž]))?"
)
_NAME_END = re.compile(r"(?<=[a-zà-ÿ]{2})\.$")  # the sentence's full stop, not "St."
_IN_NAME = re.compile(
    r"\b(?:in|at|near)\s+" + _OF_PLACE + r"([A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+){0,2})"
)


def named_in(text: str) -> bool:
    """A name after "in", "at" or "near" that is no month or day: "in Kagera region", "at Grand Central"."""
    return any(m.group(1).lower() not in MONTHS | WEEKDAYS for m in _IN_NAME.finditer(text))


# "What did the mayor pledge?", "What did Mayorkas commit to?", "What have the two sides agreed to do?"
_WHAT_PLEDGED = re.compile(
    r"^\W*what\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(?:pledge|promise|commit|agree|vow|offer)d?"
    r"(?:\s+to(?:\s+do)?)?\s*\??\s*$",
    re.I,
)
_TRIGGER_HEAD = re.compile(
    r"^(?:[\w'’]+\s+){0,3}?(?:pledg|promis|commit|agree|vow|offer)\w*\s+(?:(?:[\w'’]+\s+){0,4}?(?:to|that)\s+)?",
    re.I,
)


def pledged(question: str, text: str) -> str | None:
    """What the one a "What did X pledge?" names commits to in the sentence ("an extra $2 million for
    violence prevention" of "the mayor pledged an extra $2 million for violence prevention")."""
    m = _WHAT_PLEDGED.match(question)
    if not m:
        return None
    who = terms(m.group(1))
    for found in find_in_sentence(text, lambda _: False):
        if who and who[-1] in terms(found.actor):  # its head: "the rich countries" -> "Wealthy countries"
            return _TRIGGER_HEAD.sub("", found.action, count=1) or None
    return None


# an age: "O'Hara, 45, did not", "a 24-year-old man", "aged 58"
# (and an age a step in life was taken at: "Mr Hague became an MP at 27 and Leader of the Opposition at 36")
AGE = re.compile(
    r"(?<=,\s)\d{1,3}(?=\s*,)|\b\d{1,3}(?=-year-old\b)|(?<=\baged\s)\d{1,3}\b"
    r"|(?<=\bat\s)\d{2}(?=\s+and\b|[.,;]\s|[.,;]?$)"
)


# the one a "how much" question asks about: "How much will lorries pay?"
_HOW_MUCH_WILL = re.compile(
    r"^\W*how\s+much\s+(?:will|do|does|did|would|can|could|should|must)\s+(?:the\s+)?([a-z][\w-]+)\s+[a-z]+\W*$",
    re.I,
)
# a bare number a change goes to: "rose by 8% last year to 4,310"
_COUNT_LEVEL = re.compile(
    r"\bto\s+(\d{1,3}(?:,\d{3})+|\d{2,})(?![\d%]|[.,]\d|\s*(?:per\s*cent|percent|[a-zA-Z£$€]))"
)


def short_answer(kind: str | None, question: str, text: str) -> str | None:
    found = _short_answer(kind, question, text)
    if kind != "money" or not found:
        return found
    found = from_to(found, text)
    at = text.find(found)
    bound = _BOUND.search(text[:at]) if at > 0 else None
    return text[bound.start() : at] + found if bound else found  # "less than 20%", not "20%"


# what an amount is bounded or rounded by: "ByteDance will hold less than 20% of the stock"
_BOUND = re.compile(
    r"\b(?:(?:less|more|fewer)\s+than|up\s+to|at\s+(?:least|most)|about|around|nearly|almost|roughly|"
    r"approximately|over|under)\s+$",
    re.I,
)


def _short_answer(kind: str | None, question: str, text: str) -> str | None:
    if kind is None:
        return None
    if kind == "acronym":
        return expansion(acronym_asked(question) or "", text)
    if kind == "age":
        age = AGE.search(text)
        return age.group(0) if age else None
    qlow = question.lower()
    if kind == "money" and (count := count_of(question, text)):
        return count
    if kind == "money" and HOW_MANY.search(question) and not re.search(r"per\s*cent|percent|%|share", qlow):
        # a count, not a share: "How many knife offences were there?" of "rose by 8% last year to 4,310"
        level = _COUNT_LEVEL.search(text)
        if level:
            return level.group(1)
    if kind == "duration":  # "How long were they held?" -> "for three years"
        # not a name's number ("the 100 Day Masking Challenge, ... mask up for 100 days"); "How long will health
        # coverage last?" -> "through the end of June" (a span up to a date)
        spans = durations(text) + [
            m.group(0) for m in WHEN.finditer(text) if re.match(r"(?:until|through)\s", m.group(0), re.I)
        ]
        return _near(text, spans, question)[0] if spans else None
    ents = [(t, k) for t, k in sentence_entities(text) if t.lower() not in qlow]
    if kind == "money" and SIZE_Q.search(question) and (size := MEASURE.search(text)):
        return size.group(0)
    if kind == "money":  # an amount of money or a share ("is just 16 per cent funded"), nearest the question
        money = [t for t, k in ents if k == "money"]
        # the amount right after the one the question asks about: "How much will lorries pay?" of "Vans will pay
        # £10 and lorries £50"
        subject = _HOW_MUCH_WILL.match(question)
        if subject and len(money) > 1:
            lead = re.search(rf"\b{re.escape(subject.group(1))}\s+(?:[a-z]+\s+)?(?=[$€£¥₹])", text, re.I)
            own = MONEY.match(text, lead.end()) if lead else None
            if own and normalise_money(own.group(0)) in money:
                return normalise_money(own.group(0))
        if (picked := pick_amount(question, text, money, _near)) is not None:
            return picked
        if not money:
            return None
    if kind == "date" and re.search(r"\byear\b", qlow):
        years = [t for t, k in ents if k == "date" and re.fullmatch(r"\d{4}", t)]
        if years:
            return years[0]
    asked = {w.lower() for w in words(question)}
    wanted = [t for t, k in ents if k == kind]
    if kind == "place" and WHERE_Q.match(
        question
    ):  # not a place that only says whose ("Estonia's Prime Minister")
        wanted = [w for w in wanted if not WHOSE.search(text[text.find(w) + len(w) :])]
        # nor one that names a thing with another ("The U.S.-EU Task Force on Energy Security met")
        wanted = [w for w in wanted if not re.match(r"\.?-\s?[A-ZÀ-ÖØ-ÞĀ-Ž]", text[text.find(w) + len(w) :])]
        # ... nor one in the name of what the question asks about ("the first U.S.- Mexico High-Level Economic
        # Dialogue" for "Where will the Dialogue be held?")
        wanted = [w for w in wanted if not _names_asked(text[text.find(w) + len(w) :], asked)]
    if kind in ("person", "place") and (
        after := _object_of(question, text, [t for t, k in ents if k == kind and t.lower() not in qlow])
    ):
        return after
    if kind == "place" and (who := subject_answer(question, text)) and who.lower() not in qlow:
        # "Which country has the second-largest military in NATO?": "Turkey has ..."; a capital for its country
        # ("Which country abstained?" of "... said Moscow had abstained")
        country = COUNTRY_OF_CAPITAL.get(who.lower()) if re.search(r"\b(?:countr|nation)", qlow) else None
        return country.title() if country else who
    if kind == "person" and (held := co_holders(question, text) or holder(question, text)):
        return held  # "Who is the MBTA's general manager?": "General Manager Phillip Eng"
    if kind == "person" and (by := _compound_agent(question, text)):
        return by  # "Who drafted the resolution?": "The British-drafted resolution"
    if kind == "person" and (who := subject_answer(question, text)) and who.lower() not in qlow:
        return who  # "Who will travel to Tokyo?": the subject of "will travel"
    if kind == "person" and BODIES_Q.search(qlow):
        # "Which companies ...?": bodies, named like people or not
        wanted = [t for t, k in ents if k in ("person", "organisation")]
    if kind == "person":  # not the person the question names ("Who would not discuss the Ashcroft reports?")
        wanted = [t for t in wanted if not asked & {w.lower() for w in words(t)}]
    if kind == "date":  # "in September" as well as "March 1, 2021"; the one nearest the question's words
        return date_answer(question, text, wanted, _near)
    if kind == "person" and not wanted and WHO_HOLDS.match(question):
        return None  # "Who is the first minister?" is a person: not "Scottish Water", nor the office again
    if kind == "person" and not wanted:  # an organisation, unless it is what the question is about
        wanted = [t for t, k in ents if k == "organisation" and not asked & {w.lower() for w in words(t)}]
    if kind == "person" and not wanted:  # "When the President asked me to serve": the office
        wanted = [m.group(0) for m in OFFICE.finditer(text) if m.group(1).lower() not in qlow]
    if kind == "place" and not wanted:  # "the G8 summit in Gleneagles": a name after "in", "at", "near"
        named = [m.group(1) for m in _IN_NAME.finditer(text)]
        wanted = [n for n in named if n.lower() not in qlow and n.lower() not in MONTHS | WEEKDAYS]
        return _near(text, wanted, question)[0] if wanted else None
    if not wanted:
        return None
    if kind == "place":  # "Australia would host it in northern Queensland": where is after "in", not the host
        located = [w for w in wanted if re.search(_LOCATED + re.escape(w), text)]
        named = [
            _NAME_END.sub("", m.group(1)) for m in _IN_NAME.finditer(text) if m.group(1).lower() not in qlow
        ]
        named = [n for n in named if n not in located and n.lower() not in MONTHS | WEEKDAYS]
        fallback = [n for n in named if not sentence_entities(n)]
        # a name after "in" no list knows beside the known places, nearest the question's words first
        # ("weapons to Ukraine through our command in Wiesbaden": where the command is)
        located = _near(text, located + fallback, question) if located else located
        wanted = (
            [*located, *(w for w in wanted if w not in located)] if located else fallback or named or wanted
        )
    plural = re.search(
        r"\b(?:leaders|officials|people|ministers|companies|firms|agencies|organi[sz]ations)\b", qlow
    )
    if kind == "person" and plural and len(wanted) > 1:
        return " and ".join(dict.fromkeys(wanted))
    if kind == "person":  # "Who set up the server?": "Bryan Pagliano, who set up the server"
        relative = [w for w in wanted if _relative_answers(text, w, question)]
        first = relative[0] if relative else _near(text, wanted, question)[0]
        # "He will meet President Marcos and Foreign Secretary Manalo": both
        ordered = sorted(wanted, key=text.find)
        groups = (_joined(text, ordered[k:], _TITLED_GAP) for k in range(len(ordered)))
        group = next((g for g in groups if first in g), [first])
        return listed_names(group) if len(group) > 1 and not _WHO_IS_Q.match(question) else first
    answer = _coordinated(text, wanted) or wanted[0]
    if kind == "place" and (side := _SIDE.search(text[: max(text.find(answer), 0)])):
        return f"{side.group(1)} {answer}"  # "western Scotland and Northern Ireland"
    return answer


_SIDE = re.compile(
    r"\b((?:north|south|east|west)(?:ern)?|central|(?:north|south)-?(?:east|west)(?:ern)?)\s+$", re.I
)


def _names_asked(after: str, asked: set[str]) -> bool:
    """Whether the capitalised words right after a place name a thing the question asks about."""
    run = re.match(r"\s+((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]*\s+){0,4}[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]*)", after)
    return run is not None and any(w.lower() in asked for w in run.group(1).split())


def _compound_agent(question: str, text: str) -> str | None:
    """The agent of a compound made of a name and the question's verb: "British-drafted", "U.S.-led"."""
    for w in words(question)[1:]:
        if len(w) > 2 and w.islower():
            m = re.search(
                rf"\b((?:(?!(?:The|A|An|Its|Their)\s)[A-ZÀ-ÖØ-ÞĀ-Ž][\w.]*\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w.]*)-{re.escape(w)}\b",
                text,
            )
            if m:
                return m.group(1)
    return None


_LOCATED = (
    r"\b(?:(?:in|at|near|outside|inside|across|to|from)\s+(?:the\s+)?(?:[a-z]+\s+)?|(?:in|at|near)\s+"
    + _OF_PLACE
    + ")"
)


_WHO_IS_Q = re.compile(r"^\W*who(?:\s+is|\s+was|['’]s)\b", re.I)  # a role's holder, not those beside them
_GAP = re.compile(r"(?:,\s*|,?\s+and\s+|,?\s+or\s+)(?:the\s+)?")  # ("Costa Rica, the Netherlands, ...")
_TITLED_GAP = re.compile(
    r"(?:,\s*|,?\s+and\s+|,?\s+or\s+)(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*\s+){0,3}"
)  # "and Foreign Secretary "


def _coordinated(text: str, names: list[str]) -> str | None:
    """The first name with those the text joins to it ("in South Africa and Senegal", "Cuba, Haiti and
    Nicaragua"), or None when it stands alone."""
    at = text.find(names[0])
    later = sorted((n for n in names[1:] if text.find(n) > at), key=text.find)  # (in the text's order)
    joined = _joined(text, [names[0], *later], _GAP)
    return listed_names(joined) if len(joined) > 1 else None


# a question that ends with its preposition asks for what follows it in the text: "Which countries did the
# United States launch the campaign with?" of "launched with Colombia and Panama to counter smuggling in the Darien"
_ENDS_WITH = re.compile(r"\b(with|from|against|between)\W*$", re.I)


def _object_of(question: str, text: str, names: list[str]) -> str | None:
    """The names right after the preposition the question ends with, with those the text joins to them."""
    m = _ENDS_WITH.search(question)
    if m is None:
        return None
    for name in sorted(names, key=text.find):
        at = text.find(name)
        if at > 0 and re.search(rf"\b{m.group(1)}\s+(?:the\s+)?$", text[:at], re.I):
            return _coordinated(text, [name, *names]) or name
    return None


def _joined(text: str, names: list[str], gap: re.Pattern[str]) -> list[str]:
    """The first name and those after it the text joins to it with `gap`."""
    first = names[0]
    at = text.find(first)
    if at < 0:
        return []
    joined, end = [first], at + len(first)
    for name in names[1:]:
        at = text.find(name, end)
        if at < 0 or not gap.fullmatch(text[end:at]):
            break
        joined.append(name)
        end = at + len(name)
    return joined


def _relative_answers(text: str, name: str, question: str) -> bool:
    """The name a "who" clause after it describes with the question's own words ("Pagliano, who set up
    the server")."""
    at = text.find(name)
    m = re.match(r",?\s+who\s+([^,;.]*)", text[at + len(name) :]) if at >= 0 else None
    if not m:
        return False
    clause = set(terms(m.group(1)))
    wanted = concepts(question)
    return bool(wanted) and sum(1 for c in wanted if c & clause) >= max(1, len(wanted) - 1)

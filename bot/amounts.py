"""Amounts in an answer: which of a sentence's numbers a question asks for (a share or a sum, the one its words
stand around, a range's both ends), and counts of what a "how many" question names."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from summarizer.rank import terms
from summarizer.segment import words

from .question import YEAR, query_terms_base, stems
from .vocabulary import SYNONYMS

# a number may be a fraction ("1/4 percentage point", "3-3/4 percent") or a range ("3-1/2 to 3-3/4 percent")
_NUM = r"\d+(?:-\d+/\d+|/\d+)|\d[\d.,]*"
AMOUNT = re.compile(
    rf"(?:\b(?:{_NUM})(?:\s+to\s+(?:{_NUM}))?\s*(?:percent|per cent|percentage points?)\b|\b\d[\d.,]*\s?%)"
    r"(?:\s+of\s+(?:GDP|gross\s+domestic\s+product|GNI|national\s+income)\b)?"  # "3% of GDP"
)

# a size: "How big is the Cedar Ridge Fire?" -> "2,400 acres" (not "0% contained")
# (or a strength: "How strong will the gusts be?" -> "90mph")
SIZE_Q = re.compile(
    r"\bhow\s+(?:big|large|wide|extensive|strong|powerful|deep|tall)\b|\bwhat\s+(?:is|was)\s+the\s+(?:size|area)\b",
    re.I,
)
MEASURE = re.compile(
    r"\b\d[\d,.]*(?:\s+(?:million|thousand|hundred))?\s*(?:acres|hectares|sq(?:uare)?\.?\s*(?:miles|mi|kilomet(?:re|er)s|km|"
    r"met(?:re|er)s|m|feet|ft)|km2|km²|(?:kilomet(?:re|er)s|km|miles)\s+(?:long|wide)|mph|km/h|kph|knots|"
    r"(?:miles|kilomet(?:re|er)s)\s+(?:an|per)\s+hour)(?!\w)",
    re.I,
)


# a quantity in its unit: "reducing gas imports from 155 billion cubic meters (bcm) in 2021 to around 80 bcm"
QUANTITY = re.compile(
    r"\b\d[\d,.]*(?:\s+(?:to|-|–)\s+\d[\d,.]*)?(?:\s+(?:thousand|million|billion|trillion))?\s*"
    r"(?:cubic\s+(?:met(?:er|re)s|feet)|bcm|barrels?(?:\s+(?:a|per)\s+day)?|bpd|b/d|(?:metric\s+)?tonnes?|(?:metric\s+)?tons|"
    r"megawatts?|gigawatts?|MW|GW|[kMGT]Wh|lit(?:re|er)s|gallons|kilograms|kg)(?!\w)"
    # a count in millions of a thing: "seized more than twenty million doses of illicit fentanyl"
    r"|(?<![$€£¥₹\d.,])\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundreds?|"
    r"several)\s+(?:million|billion|trillion)\s+(?!(?:dollars|euros|pounds|people|this|has|was|is|its|plus|less|across|thus|as)\b)(?-i:[a-z]{2,}s)\b",
    re.I,
)


def measured(text: str, amounts: list[str], question: str) -> str:
    """Of amounts ordered by nearness, the first whose few words around it (five before, two after) hold the
    most of the question's words: "How much did Nike shares fall?" is "shares down 7%", not "revenue would
    fall about 10%"."""
    # each word of the question with its synonyms, as written and as stems ("down" is a stop word)
    wanted = [
        {x for a in alts for x in (a, *stems(a))}
        for w in query_terms_base(question)
        for alts in [(w, *SYNONYMS.get(w, ()))]
    ]

    def held(amount: str) -> int:
        at = max(text.find(amount), 0)
        # (the words before it back to a comma or an "and": "severance and related costs and $17 million")
        lead = re.split(r",|\band\b", " ".join(text[:at].split()[-5:]))[-1]
        window = " ".join(lead.split() + text[at + len(amount) :].split()[:2])
        before = set(stems(window)) | {w.lower() for w in words(window)}
        return sum(1 for c in wanted if c & before)

    return max(amounts, key=held)  # (max keeps the nearest among equals)


# up to three words of the counted noun phrase, up to its verb or preposition ("How many new vaccination
# clinics will ...", "How many Britons were ...", "How many cases of ...")
_NP_END = (
    r"(?!(?:will|would|were|was|are|is|have|has|had|did|do|does|could|can|should|must|be|been|of|in|at|for|from|to|"
    r"with|on|by)\b|[a-z]+ed\b)"  # (nor a verb: "How many organisations signed the letter?")
)
HOW_MANY = re.compile(
    rf"\bhow many\s+([a-z-]+)(?:\s+{_NP_END}([a-z-]+))?(?:(?<=[a-z])\s+{_NP_END}([a-z-]+))?", re.I
)
_SMALL = (
    "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|"
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds"
)
_MAGNITUDE = "million|billion|thousand|hundred"
_COUNT = (
    r"(\b(?:(?:more|fewer|less) than|over|about|around|nearly|almost|at least|up to|some|roughly)\s+)?"
    rf"((?<![$€£¥₹\d.,])(?:\d[\d,.]*|{_SMALL}|one|thousands)"
    rf"(?:\s+(?:{_MAGNITUDE}|lakh|crore))?)\s+(?:[\w.'’-]+\s+){{{{0,4}}}}?{{noun}}"  # "1,200 U.S. stores"
)


_RATE = (
    rf"\b(?:one|a|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d[\d,]*|{_SMALL}|hundred|thousand)\s+"
    r"(?:[\w'’-]+\s+){{0,2}}?{noun}"
)


@lru_cache(maxsize=1024)
def _counted(question: str) -> tuple[str, ...]:
    """The stems a "how many" question counts, in the order to try them (once a question: the rerank asks
    for every candidate). The noun is the last of the question's words the sentence counts ("How many new
    vaccination clinics will open?": clinics, not vaccination), then the nouns its other words go by
    ("How many people have died?" -> "38 deaths")."""
    m = HOW_MANY.search(question)
    if not m:
        return ()
    stems = [t for w in m.groups() if w for t in terms(w)]  # "cases of" -> case
    others = [t for w in query_terms_base(question) for x in SYNONYMS.get(w, ()) for t in terms(x)]
    # (the head noun only: "How many polling stations?" is not "40,000 devices to polling stations")
    people = [t for w in _PEOPLE.split() for t in terms(w)] if stems[-1:] == ["peopl"] else []
    return (*stems[-1:], *others, *people)


# what a count of people may count ("How many people is Lumenfield laying off?" of "340 colleagues")
_PEOPLE = (
    "colleagues workers employees staff residents passengers patients students children adults civilians "
    "migrants refugees members officers soldiers troops volunteers"
)


_NUMBER_WORD = (
    rf"(?:\d[\d,.]*(?:\s+(?:{_MAGNITUDE}))?|one|{_SMALL})"  # (the count after a verb: "injured eight")
)


def count_of(question: str, text: str) -> str | None:
    """ "How many cases of missing persons ...?" -> "more than 82,000 cases" (the number before the noun); "How
    many peacekeepers were injured?" -> "injured eight others" (the number right after the question's verb)."""
    done = re.search(r"\b(?:were|was|have\s+been|has\s+been)\s+([a-z]+ed)\b", question, re.I)
    if done and HOW_MANY.search(question):
        after = re.search(
            rf"\b{re.escape(done.group(1))}\s+((?:about|around|nearly|at\s+least|more\s+than)\s+)?{_NUMBER_WORD}"
            # (a count with no noun of its own: not "postponed 1,134 planned operations and 2,194 appointments")
            r"(?:\s+(?:others|more|people)\b|(?=\s*(?:[.,;](?:\s|$)|and\b|$)))",
            text,
            re.I,
        )
        if after:
            return after.group(0)[len(done.group(1)) :].strip()
    for stem in _counted(question):
        noun = re.escape(stem) + r"\w*"
        # a part of a whole: "46 of the borough's 212 bus shelters were damaged" (not the whole's 212)
        # a rate: "one in every 25 trains was cancelled" (not "25 trains")
        found = re.search(_RATE.format(noun=noun), text, re.I)
        found = (
            found
            or re.search(_PART.format(noun=noun), text, re.I)
            or min(
                # (not a year before words: "the 1915 massacre by Turks of Armenians")
                (
                    m
                    for m in re.finditer(_COUNT.format(noun=noun), text, re.I)
                    if not (
                        YEAR.fullmatch(m.group(2))
                        and (
                            len(m.group(0).split()) > 2
                            or re.search(r"\b(?:the|a|its|their|his|her)\s+$", text[: m.start()], re.I)
                        )
                    )
                ),
                # the number right before its noun first: "164,000 children", not "81,300 households with children"
                key=lambda m: len(m.group(0).split()),
                default=None,
            )
        )
        if found:
            return found.group(0)
    return None


def other_count(question: str, text: str) -> bool:
    """Whether a sentence asks or refuses a count of something else than a "how many" question counts ("refused
    to say how many patients had died" is no answer to "How many operations were postponed?")."""
    told = HOW_MANY.search(text)
    counted = _counted(question)
    return bool(told and counted and not set(terms(" ".join(g for g in told.groups() if g))) & set(counted))


_PART = (
    r"\b\d[\d,.]*\s+of\s+(?:the\s+|its\s+|their\s+|our\s+|[\w’']+['’]s\s+){{0,2}}\d[\d,.]*\s+"
    r"(?:[\w.'’-]+\s+){{0,3}}?{noun}"
)


_SCALE = r"(?:\s(?:million|billion|trillion|crore|lakh|per\s+cent|percent))?"


def from_to(amount: str, text: str) -> str:
    """An amount that is one end of a change, with the other: "from R560 to R600" (a question about the
    grant's new level is answered by both ends, and so is one about its old level)."""
    a = re.escape(amount)
    other = rf"[^\s,;\d]*\d(?:[\d.]|,(?=\d{{3}}\b))*[^\s,;]*{_SCALE}"  # ("£9,790": its thousands too)
    m = re.search(rf"(?:\b(?:from|between)\s+)?{a}\s+(?:to|and)\s+{other}", text) or re.search(
        rf"(?:\b(?:from|between)\s+)?{other}\s+(?:to|and)\s+{a}", text
    )
    # (a range of amounts, "$48 million to $55 million", not "$2 million and 300 staff")
    return (
        m.group(0).rstrip(".")
        if m and (m.group(0).startswith(("from", "between")) or _same_unit(m.group(0)))
        else amount
    )


def _same_unit(span: str) -> bool:
    """Both ends of "X to Y" are money or both shares: "$48 million to $55 million", "4.5% to 5%"."""
    ends = re.split(r"\s+(?:to|and)\s+", span)
    return len(ends) == 2 and (
        all(e[:1] in "$€£¥₹" or e[:3] == "US$" for e in ends) or all(e.endswith("%") for e in ends)
    )


def pick_amount(
    question: str, text: str, money: list[str], near: Callable[[str, list[str], str], list[str]]
) -> str | None:
    """The amount a "how much" question asks for among a sentence's shares and sums (`money`, in order;
    `near` orders them by nearness to the question's words), or None when it has none or one sum only."""
    qlow = question.lower()
    amounts = [m.group(0) for m in AMOUNT.finditer(text) if m.group(0).lower() not in qlow]
    amounts += [m.group(0) for m in QUANTITY.finditer(text) if m.group(0).lower() not in qlow]
    if amounts and re.search(r"\bhow\s+much\s+of\b", qlow):
        money = []  # "How much of the appeal is funded?": a share ("16% funded"), not the appeal's sum
    elif money and re.search(r"\b(?:value|worth|cost|price|spend|spent|budget)\b", qlow):
        amounts = []  # "What was the value of trade?": a sum ("$28.3 billion"), not its growth
    if re.search(r"\b(?:new|now|current|currently|trading|trades|level|stands?)\b|\bat\W*$", qlow):
        # "What is the new target range?": the level a change goes to ("by 1/4 point to 3-1/2 to 3-3/4 percent");
        # "How much is Brent crude trading at?" of "fell 1.2% to $71.84 a barrel"
        to_amounts = [a for a in amounts if re.search(rf"\bto\s+{re.escape(a)}", text)]
        to_money = [a for a in money if re.search(rf"\bto\s+{re.escape(a)}", text)]
        if to_money and not to_amounts:
            return measured(text, to_money, question)
        amounts = to_amounts or amounts
    if amounts:
        return measured(text, near(text, money + amounts, question), question)
    if len(money) > 1:  # the one among several that the question's words stand around, else the first
        return measured(text, money, question)
    return None

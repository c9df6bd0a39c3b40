"""What a question asks for: its type (who, when, how much, where, how long) and its content words, as
the full-text index is asked for them and as the rerank compares them with a sentence's stems."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from summarizer.lexicon import word_set
from summarizer.rank import stop_words, terms
from summarizer.segment import words

from .acronyms import acronym_asked
from .search import Hit
from .vocabulary import IRREGULAR, LIGHT_VERBS, QUESTION_WORDS, SYNONYMS

# Bodies a "which" question may ask for: answered like "who" ("Which companies won the contract?")
_BODIES = r"compan(?:y|ies)|firms?|agenc(?:y|ies)|organi[sz]ations?"
BODIES_Q = re.compile(rf"\bwhich (?:\w+ )?(?:{_BODIES})\b", re.I)
_TYPE = [
    ("age", re.compile(r"^\W*how\s+old\b", re.I)),  # "How old is O'Hara?": "O'Hara, 45,"
    (
        "duration",
        re.compile(
            r"\bhow long\b|\bfor how many (?:years|months|weeks|days|hours)\b|\bhow much (?:notice|time|warning)\b",
            re.I,
        ),
    ),
    (
        "money",
        re.compile(
            r"\bhow (?:much|many|high|large|big|steep|fast|quickly|accurate|effective|strong|powerful|deep|tall)\b|"
            r"\bwhat (?:rate|percentage|share)\b|\bworth\b|\bcost\b|"
            # "What are interest rates now?": a level, asked as "what is"
            r"^\W*what\s+(?:is|are|was|were)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:rates?|inflation|unemployment|growth|"
            r"yields?|deficit|target)\b(?!\s+(?:for|of)\b)|"
            r"\bvalue\b|\bprice\b",
            re.I,
        ),
    ),
    (
        "date",
        re.compile(
            r"\bwhen\b|\bwhat (?:year|date|day|month|time)\b|\bin which year\b|\bwhich (?:year|day)\b", re.I
        ),
    ),
    (
        "place",
        re.compile(
            r"\bwhere\b|\bwhich (?:cit(?:y|ies)|countr(?:y|ies)|places?|nations?|states|provinces|regions)\b",
            re.I,
        ),
    ),
    (
        "person",
        re.compile(
            rf"\bwho\b|\bwhom\b|\bwhich (?:\w+ )?(?:leaders?|officials?|people|person|ministers?|spokesm[ae]n|"
            rf"{_BODIES})\b",
            re.I,
        ),
    ),
]
US = frozenset(("US", "U", "S", "USA"))
MIN_COVERAGE = 0.6  # share of the question's content words a sentence must hold to answer it
_TYPE_NOUN = re.compile(
    # ("What type of evictions are abolished?": evictions)
    r"\b(?:what|which)\s+(?:type|kind|sort)s?\s+of\b|"
    r"\b(?:what|which)\s+(?:year|date|day|month|time|city|country|place|amount|share|percentage|proportion|"
    # the kind of outlet, which the answer names rather than says: "Which programme did Kennedy speak to?" of
    # "Speaking to the BBC's Westminster Hour on Sunday, Mr Kennedy said"
    r"programme|program|show|newspaper|paper|channel|station|network|outlet|law|act|statute|treaty|organi[sz]ation|"
    r"states|countries|cities|provinces|"
    r"regions|nations)\b|\b(?<=how )(?:long|big|large|high|steep|far|old|fast|quickly|accurate|effective|strong|powerful|"
    r"deep|tall)\b",
    re.I,
)


# A question that opens with "when", "where" or "who" asks for that, whatever noun it names ("When is the next
# price cap announcement?", "Who will pay the cost?")
_OPENING = re.compile(r"^\W*(?:(?:and|so|but)\s+)?(when|where|who|whom)\b", re.I)
_OPENING_KIND = {"when": "date", "where": "place", "who": "person", "whom": "person"}


def question_type(question: str) -> str | None:
    if acronym_asked(question):
        return "acronym"
    if opening := _OPENING.match(question):
        return _OPENING_KIND[opening.group(1).lower()]
    for kind, rx in _TYPE:
        if rx.search(question):
            return kind
    return None


YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")  # a year, which a question's words keep
# A name made of letters and digits: "G8", "COP28", "H1N1", "F-35" (the stemmer keeps letters only).
_CODE = re.compile(r"\b[A-Za-z]+(?:\d+[A-Za-z]*)+\b|\b[A-Za-z]+-\d+\b")


# Words of sumy's stop list that a question asks about ("What caused the fire?" of "The cause of the fire")
_KEEP = word_set(
    "cause causes change changes provide provides available allow allows welcome serious ignored most name names "
    "give gives gave given send sent second third fourth fifth thank thanked"
)


_HYPHENATED = re.compile(r"\b[^\W\d_]+(?:-[^\W\d_]+)+\b")


def stems(text: str) -> list[str]:
    """The stems of a text, its letter-and-digit names as they stand ("g8", "cop28"), and the parts of its
    hyphenated words ("The British-drafted resolution" answers "Who drafted the resolution?", as the full-text
    index, which splits them, finds it)."""
    parts = [t for w in _HYPHENATED.findall(text) for t in terms(w.replace("-", " "), _KEEP)]
    return terms(text, _KEEP) + [c.lower() for c in _CODE.findall(text)] + parts + YEAR.findall(text)


def query_terms_base(question: str) -> list[str]:
    """Content words of the question, lower case."""
    if short := acronym_asked(question):
        return [short.lower()]  # "What does TFC stand for?": only where "TFC" is
    stops = stop_words()
    out: list[str] = [c.lower() for c in _CODE.findall(question)]
    # a year the question names: "By how much could the cost rise by 2022?"
    out += [y for y in YEAR.findall(question) if y not in out]
    question = _TYPE_NOUN.sub(" ", _CODE.sub(" ", question))
    for w in words(question):
        if w in US:  # "the US" is the United States, not "us"
            if "united states" not in out:
                out.append("united states")
            continue
        low = re.sub(r"['’]s$", "", w.lower().strip("’'"))
        if (
            low not in QUESTION_WORDS
            and (low not in stops or low in _KEEP)
            and len(low) >= 2
            and low not in out
            # (a number is written too many ways to look for: "£750m", "750 million"; a year stays, above)
            and not (low[:1].isdigit() and not YEAR.fullmatch(low))
        ):
            out.append(low)
    return out


# a verb and its noun in "-sion", which no stemmer joins: "Which port will be expanded?" of "the expansion of
# Calexico East Land Port of Entry"; "extended"/"extension", "decided"/"decision", "suspend"/"suspension"
_SION = re.compile(r"^([a-z]{2,}?(?:[aeiou]n|[aiou]))d(?:e|ed|es|ing|s)?$")  # (not "delivered", "needed")


def _alternatives(word: str, forms: bool) -> tuple[str, ...]:
    noun = _SION.match(word)
    return (
        SYNONYMS.get(word, ())
        + (IRREGULAR.get(word, ()) if forms else ())
        + ((noun.group(1) + "sion",) if noun and len(word) >= 5 else ())
    )


def query_groups(question: str, forms: bool = False) -> tuple[list[list[str]], int]:
    """What the full-text index is asked: one group of words (the word and its synonyms) per content
    word of the question, and the share of them an answer must cover (a candidate of the index matches
    `retrieval_need` of them, which lets a light word be missing)."""
    groups = [[w, *_alternatives(w, forms)] for w in query_terms_base(question)][:8]
    need = 1 if len(groups) < 2 else math.ceil(MIN_COVERAGE * len(groups) - 1e-9)
    return groups, need


def retrieval_need(groups: list[list[str]]) -> int:
    """How many groups a candidate must match: a light word ("people", "held") need not be there ("How many
    people have died?" of "nine deaths")."""
    firm = len([g for g in groups if not set(terms(" ".join(g))) & LIGHT_VERBS]) or len(groups)
    return 1 if firm < 2 else math.ceil(MIN_COVERAGE * firm - 1e-9)


def retrieve(
    search: Callable[[list[list[str]], int], list[Hit]], question: str, forms: bool = False
) -> list[Hit]:
    """Candidates from the index: sentences matching at least the share of the question's word groups
    an answer needs (never the whole store ranked for a question full of common words)."""
    groups, _ = query_groups(question, forms)
    return search(groups, retrieval_need(groups))


def concepts(question: str, forms: bool = False) -> list[set[str]]:
    """Each content word of the question as the set of stems that would answer to it."""
    out: list[set[str]] = []
    for w in query_terms_base(question):
        found = {t for x in (w, *_alternatives(w, forms)) for t in stems(x)}
        if found and found not in out:
            out.append(found)
    return out

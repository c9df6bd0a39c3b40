"""Questions -> cited answers: full-text retrieval in the store, then a rerank that knows question types.

Retrieval is the database's (FTS5 bm25 / tsvector). The rerank adds how much of the question a sentence
covers, whether it holds the kind of thing asked for (who -> person, how much -> money, when -> date,
where -> place), and commitment, quote and refusal sentences when the question asks what someone
promised, said or would not say. Too little overlap is an honest "not found", never a random citation.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from summarizer.entities import sentence_entities
from summarizer.given_names import GIVEN
from summarizer.lexicon import FUNCTION_CAPS, MONTHS, OFFICE, ORG_HEADS, ROLE_WORDS, TITLES, WEEKDAYS
from summarizer.rank import stop_words, terms
from summarizer.segment import words
from summarizer.when import WHEN

from .search import Hit
from .vocabulary import IRREGULAR, QUESTION_WORDS, SYNONYMS

_TYPE = [
    ("duration", re.compile(r"\bhow long\b|\bfor how many (?:years|months|weeks|days|hours)\b", re.I)),
    (
        "money",
        re.compile(
            r"\bhow (?:much|many|high|large|big|steep)\b|\bwhat (?:rate|percentage|share)\b|\bworth\b|\bcost\b|"
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
    ("place", re.compile(r"\bwhere\b|\bwhich (?:city|country|place)\b", re.I)),
    (
        "person",
        re.compile(
            r"\bwho\b|\bwhom\b|\bwhich (?:\w+ )?(?:leaders?|officials?|people|person|ministers?|spokesm[ae]n)\b",
            re.I,
        ),
    ),
]
_US = frozenset(("US", "U", "S", "USA"))
MIN_COVERAGE = 0.6  # share of the question's content words a sentence must hold to answer it
_TYPE_NOUN = re.compile(
    r"\b(?:what|which)\s+(?:year|date|day|month|time|city|country|place|amount)\b|\b(?<=how )long\b", re.I
)
_DURATION = re.compile(
    r"\b(?:for\s+)?(?:(?:about|nearly|almost|more than|over|at least|some|up to)\s+)?(?:\d[\d.,]*|an?|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|many)\s+(?:years?|months?|weeks?|days?|"
    r"hours?|minutes?|decades?)\b",
    re.I,
)
_SAID = re.compile(r"\b(?:promis|pledg|commit|vow|agree|said|say|says|quote|plan|intend)\w*\b", re.I)
_DECLINE_Q = re.compile(r"\bhow (?:much|many)\b|\bwhat (?:form|will)\b|\bwhether\b", re.I)
_DECLINED_S = re.compile(
    r"\bdeclin\w* to\b|\bwould not\b|\bnot (?:yet )?clear\b|\bunclear\b|\brefus\w* to\b", re.I
)
_REPORT_Q = re.compile(r"\breport|\bcontribut|\bwrote\b|\bauthor", re.I)
_AMOUNT = re.compile(r"\b\d[\d.,]*\s*(?:percent|per cent|percentage points?)\b|\b\d[\d.,]*\s?%")
_YES_NO = re.compile(r"^\W*(?:will|would|does|do|did|is|are|was|were|has|have|had|can|could|should)\b", re.I)
_WHO_SAID = re.compile(
    r"^\W*who\s+(?:said|says|told|warned|stated|added|argued|claimed|insisted|wrote|tweeted|promised|vowed)\b",
    re.I,
)
_WHY = re.compile(r"^\W*why\b", re.I)
_REASON = re.compile(
    r"\b(?:because|due to|as a result of|owing to|for (?:refusing|failing|not|violating)|in order to|so that|"
    r"amid|citing|arguing that|led to|caus(?:e|es|ed|ing)|reasons?|in response to|in protest)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Answer:
    found: bool
    answer: str
    citations: tuple[Hit, ...]


def question_type(question: str) -> str | None:
    for kind, rx in _TYPE:
        if rx.search(question):
            return kind
    return None


# A name made of letters and digits: "G8", "COP28", "H1N1", "F-35" (the stemmer keeps letters only).
_CODE = re.compile(r"\b[A-Za-z]+(?:\d+[A-Za-z]*)+\b|\b[A-Za-z]+-\d+\b")


def stems(text: str) -> list[str]:
    """The stems of a text, and its letter-and-digit names as they stand ("g8", "cop28")."""
    return terms(text) + [c.lower() for c in _CODE.findall(text)]


def query_terms_base(question: str) -> list[str]:
    """Content words of the question, lower case."""
    stops = stop_words()
    out: list[str] = [c.lower() for c in _CODE.findall(question)]
    question = _TYPE_NOUN.sub(" ", _CODE.sub(" ", question))
    for w in words(question):
        if w in _US:  # "the US" is the United States, not "us"
            if "united states" not in out:
                out.append("united states")
            continue
        low = re.sub(r"['’]s$", "", w.lower().strip("’'"))
        if low not in QUESTION_WORDS and low not in stops and len(low) >= 2 and low not in out:
            out.append(low)
    return out


def _alternatives(word: str, forms: bool) -> tuple[str, ...]:
    return SYNONYMS.get(word, ()) + (IRREGULAR.get(word, ()) if forms else ())


def query_groups(question: str, forms: bool = False) -> tuple[list[list[str]], int]:
    """What the full-text index is asked: one group of words (the word and its synonyms) per content
    word of the question, and how many groups a sentence must match to be a candidate (the share of the
    question an answer must cover, so the index never ranks sentences that could not answer)."""
    groups = [[w, *_alternatives(w, forms)] for w in query_terms_base(question)][:8]
    need = 1 if len(groups) < 2 else math.ceil(MIN_COVERAGE * len(groups) - 1e-9)
    return groups, need


def retrieve(
    search: Callable[[list[list[str]], int], list[Hit]], question: str, forms: bool = False
) -> list[Hit]:
    """Candidates from the index: sentences matching at least the share of the question's word groups
    an answer needs (never the whole store ranked for a question full of common words)."""
    groups, need = query_groups(question, forms)
    return search(groups, need)


def concepts(question: str, forms: bool = False) -> list[set[str]]:
    """Each content word of the question as the set of stems that would answer to it."""
    out: list[set[str]] = []
    for w in query_terms_base(question):
        found = {t for x in (w, *_alternatives(w, forms)) for t in stems(x)}
        if found and found not in out:
            out.append(found)
    return out


def _near(text: str, names: list[str], question: str) -> list[str]:
    """Names ordered by closeness to the question's words in the sentence (longer names first on ties)."""
    anchors = [m.start() for w in query_terms_base(question) for m in re.finditer(re.escape(w), text.lower())]
    if not anchors:
        return names

    def distance(name: str) -> tuple[int, int]:
        pos = text.find(name)
        return (min(abs(pos - a) for a in anchors), -len(name))

    return sorted(names, key=distance)


_HOW_MANY = re.compile(r"\bhow many\s+([a-z-]+)(?:\s+([a-z-]+))?", re.I)
_COUNT = (
    r"(\b(?:(?:more|fewer|less) than|over|about|around|nearly|almost|at least|up to|some|roughly)\s+)?"
    r"((?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)"
    r"(?:\s+(?:million|billion|thousand|hundred|lakh|crore))?)\s+(?:[\w-]+\s+){{0,2}}?{noun}"
)


def _count(question: str, text: str) -> str | None:
    """ "How many cases of missing persons ...?" -> "more than 82,000 cases" (the number before the noun)."""
    m = _HOW_MANY.search(question)
    stems = [t for w in (m.groups() if m else ()) if w for t in terms(w)]  # "cases of" -> case
    if not stems:
        return None
    noun = re.escape(stems[-1]) + r"\w*"
    found = re.search(_COUNT.format(noun=noun), text, re.I)
    return found.group(0) if found else None


_WHO_IS = re.compile(
    r"^\W*(?i:who\s+(?:is|was|'s)\s+(?:(?:mr|mrs|ms|dr)\.?\s+)?)([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\W*$"
)
_ROLE_RUN = re.compile(r"((?:(?:[A-Z][\w'’.-]*|[a-z][\w-]*)\s+){1,10})$")
_APPOSITIVE = re.compile(r"^,\s+((?:the|a|an)\s+[^,;.]{3,60}?)(?:,|\.|$)")
_APPOSITIVE_BEFORE = re.compile(r"(?:^|[,;:]\s+)((?:[Tt]he|[Aa]n?)\s+[^,;.]{3,60}?),\s*$")


def _role_of(question: str, text: str) -> str | None:
    """ "Who is Charles Kennedy?" -> "Lib Dem leader": the title before the name in the sentence, or
    the description after it (", the police chief,")."""
    m = _WHO_IS.match(question)
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


# "Who is the first minister?", "Who was the EPA regional administrator?": who holds an office
_WHO_HOLDS = re.compile(
    r"^\s*who\s+(?:is|was)\s+(?:the|their|his|her|its)\s+(?:[\w'’.-]+\s+){0,4}?"
    r"(?:minister|secretary|president|chancellor|chairman|chairwoman|chair|leader|spokesman|spokeswoman|"
    r"spokesperson|director|administrator|governor|mayor|ambassador|envoy|attorney|lawyer|chief|head|"
    r"commissioner|adviser|advisor|coordinator)\s*\??\s*$",
    re.I,
)
_IN_NAME = re.compile(r"\b(?:in|at|near)\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})")


def _short_answer(kind: str | None, question: str, text: str) -> str | None:
    if kind is None:
        return None
    qlow = question.lower()
    if kind == "money" and (count := _count(question, text)):
        return count
    if kind == "duration":  # "How long were they held?" -> "for three years"
        # not a name's number ("the 100 Day Masking Challenge, ... mask up for 100 days")
        spans = [m.group(0) for m in _DURATION.finditer(text) if not m.group(0).split()[-1][:1].isupper()]
        return _near(text, spans, question)[0] if spans else None
    ents = [(t, k) for t, k in sentence_entities(text) if t.lower() not in qlow]
    if kind == "money" and not any(k == "money" for _, k in ents):
        amounts = [m.group(0) for m in _AMOUNT.finditer(text) if m.group(0).lower() not in qlow]
        return _near(text, amounts, question)[0] if amounts else None
    if kind == "date" and re.search(r"\byear\b", qlow):
        years = [t for t, k in ents if k == "date" and re.fullmatch(r"\d{4}", t)]
        if years:
            return years[0]
    asked = {w.lower() for w in words(question)}
    wanted = [t for t, k in ents if k == kind]
    if kind == "person":  # not the person the question names ("Who would not discuss the Ashcroft reports?")
        wanted = [t for t in wanted if not asked & {w.lower() for w in words(t)}]
    if kind == "date":  # "in September" as well as "March 1, 2021"; the one nearest the question's words
        probe = re.sub(r"^(?:Today|Tomorrow|Tonight)\b", lambda m: m.group(0).lower(), text)  # same positions
        found = [text[m.start() : m.end()].strip() for m in WHEN.finditer(probe)]
        phrases = [p for p in found if p.lower() not in qlow]
        inside = [w for w in wanted if not any(w in p for p in phrases)]
        return _near(text, phrases + inside, question)[0] if phrases or inside else None
    if kind == "person" and not wanted and _WHO_HOLDS.match(question):
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
    plural = re.search(r"\b(?:leaders|officials|people|ministers)\b", qlow)
    if kind == "person" and plural and len(wanted) > 1:
        return " and ".join(dict.fromkeys(wanted))
    if kind == "person":  # "Who set up the server?": "Bryan Pagliano, who set up the server"
        relative = [w for w in wanted if _relative_answers(text, w, question)]
        return relative[0] if relative else _near(text, wanted, question)[0]
    return wanted[0]


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


_US_TEXT = re.compile(r"\bU\.S\.(?:A\.)?(?=\W|$)|\bU\.S\b")


def _bag(hit: Hit, titled: bool = False) -> set[str]:
    """The stems a candidate offers, its speaker's included (and, when `titled`, its briefing's title);
    "U.S." is the United States ("U.S." has no stem of its own)."""
    title = hit.title or "" if titled else ""
    return set(stems(_US_TEXT.sub("United States", f"{hit.text} {hit.speaker or ''} {title}")))


def rerank(
    question: str, hits: list[Hit], wanted: list[set[str]], bags: list[set[str]]
) -> list[tuple[float, float, Hit]]:
    """(score, coverage, hit) best first; `wanted` are the question's `concepts`, `bags` each hit's stems."""
    kind = question_type(question)
    yes_no = _YES_NO.match(question) is not None
    counted = _HOW_MANY.search(question) is not None
    # A question word found in few of the candidates tells more than one found in all of them.
    weights = [math.log(1 + (len(hits) + 1) / (1 + sum(1 for b in bags if c & b))) for c in wanted]
    if weights:
        # the question's first content word is usually its topic; a yes/no question names its subject first
        weights[0] *= 2.0 if yes_no else 1.5
    total = sum(weights) or 1.0
    scored = []
    for h, sstems in zip(hits, bags, strict=True):
        plain = sum(1 for c in wanted if c & sstems) / len(wanted) if wanted else 0.0
        weighted = sum(w for c, w in zip(wanted, weights, strict=True) if c & sstems) / total
        # The database's own rank (bm25 or ts_rank) only chooses the candidates: scoring them here keeps
        # answers the same on SQLite and PostgreSQL.
        score = 0.6 * plain + 0.8 * weighted
        score -= 0.0025 * min(len(h.text.split()), 80)  # among equals, the focused sentence cites better
        if counted and _count(question, h.text):
            score += 0.35  # "How many animals ...?": a number of animals, not the sentence's money
        elif kind:
            kinds = {k for t, k in sentence_entities(h.text) if t.lower() not in question.lower()}
            if kind in kinds or (kind == "money" and _AMOUNT.search(h.text)):  # "by a tepid 1.6 percent"
                score += 0.15 if counted else 0.35
            elif kind == "person" and "organisation" in kinds:
                score += 0.25  # "Who is investigating?": "Royal Mail says it is investigating"
        if _WHY.search(question) and _REASON.search(h.text):
            score += 0.2
        if yes_no and wanted and wanted[0] & set(terms(h.text)[:3]):
            score += 0.1  # "Will the framework ...?" is answered by "The framework will ..."
        if _SAID.search(question) and (
            h.text[:1] in '"“' or re.search(r"\b(?:will|committed|pledged)\b", h.text)
        ):
            score += 0.1
        if _DECLINE_Q.search(question) and _DECLINED_S.search(h.text):
            score += 0.45
        if h.kind == "boilerplate" and not _REPORT_Q.search(question):
            score -= 0.5
        if h.kind == "question":
            score -= 0.3
        scored.append((score, plain, h))
    scored.sort(key=lambda x: (-x[0], x[2].briefing_id, x[2].idx))
    return scored


Search = Callable[[list[list[str]], int], list[Hit]]


def ask(search: Search, question: str, by_title: Search | None = None) -> Answer:
    """Answer from the sentences `search` finds, an irregular verb of the question in all its forms
    ("When was it held?" is answered by "agreed to hold it in May", "When did it begin?" by "which began
    in 2001"); when none answers, among the briefings `by_title` finds by their titles."""
    irregular = any(w in IRREGULAR for w in query_terms_base(question))
    found = answer(question, retrieve(search, question, forms=irregular), forms=irregular)
    groups, need = query_groups(question)
    if not found.found and need >= 2 and by_title is not None:
        # A sentence may leave to its briefing's title who it is about: "How long were the four Britons
        # held?" is answered by "Moazzam Begg, ... were held for three years" under "The four Britons
        # freed from US custody ...". The sentence and the title together must hold every word. (Letting
        # the title hold two of them cost 1 to 3 ms at the median on 1,000 briefings: not kept.)
        found = answer(question, by_title(groups, need - 1), titled=True)
    return found


def answer(
    question: str, hits: list[Hit], max_citations: int = 3, forms: bool = False, titled: bool = False
) -> Answer:
    """The best-supported answer among the retrieved sentences, or not found. `titled`: a sentence's
    briefing title counts as part of it, and every word of the question must be covered."""
    wanted = concepts(question, forms)
    bags = [_bag(h, titled) for h in hits]
    if titled:  # only a sentence that holds, with its title, every word can answer: rank no other
        full = [(h, b) for h, b in zip(hits, bags, strict=True) if all(c & b for c in wanted)]
        hits, bags = [h for h, _ in full], [b for _, b in full]
    ranked = rerank(question, hits, wanted, bags)
    need = 1.0 if titled else MIN_COVERAGE if len(wanted) >= 2 else 1.0
    if not ranked or ranked[0][1] < need - 1e-9:
        return Answer(False, "", ())
    # A name the question asks about ("the Pope", "Messi") that no candidate mentions: the briefings
    # are about something else, unless a sentence covers nearly all the rest (a quote may not repeat it).
    seen = " ".join(f"{h.text} {h.speaker or ''} {h.title if titled else ''}" for h in hits).lower()
    names = [
        re.sub(r"['’]s$", "", w)
        for w in words(question)[1:]
        if w[:1].isupper() and w.lower() not in QUESTION_WORDS and w != "I"
    ]
    missing = [n for n in names if n not in _US and n.lower() not in seen]
    # Likewise a word of the question no candidate holds in any form ("the population of Mexico City").
    unseen = [c for c in wanted if not any(c & b for b in bags)]
    if (missing or unseen) and ranked[0][1] < 0.75:
        return Answer(False, "", ())
    best = ranked[0][2]
    close = [h for s, c, h in ranked[1:] if c >= need and s >= ranked[0][0] - 0.25]
    cites = [best, *close[: max_citations - 1]]
    short = _short_answer(question_type(question), question, best.text)
    if _WHO_IS.match(question):  # "Who is Charles Kennedy?": his role, wherever a candidate gives it
        short = None
        for _, _, hit in ranked:
            if role := _role_of(question, hit.text):
                short, cites = role, [hit, *[c for c in cites if c is not hit]][:max_citations]
                break
    if _WHO_SAID.search(question) and best.speaker:
        short = best.speaker  # the quote's speaker, named in this sentence or not
    elif question_type(question) == "person" and best.speaker and not _WHO_IS.match(question):
        if short is None:
            short = best.speaker  # "Who would not discuss ...?" of "He would not discuss ...": the refuser
        elif best.speaker.split()[-1] == short.split()[-1]:
            short = max(short, best.speaker, key=len)  # "Fox" -> "Liam Fox"
    if _DECLINE_Q.search(question) and _DECLINED_S.search(best.text):
        short = None  # the honest answer is the refusal itself
    return Answer(True, short or best.text, tuple(cites))

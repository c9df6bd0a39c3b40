"""The rerank: how well each retrieved sentence answers a question. How much of the question it covers (rare
words weigh more), whether it holds the kind of thing asked for (who -> person, how much -> money, when ->
date, where -> place), the tense asked, and promises, quotes and refusals when the question asks what someone
promised, said or would not say."""

from __future__ import annotations

import math
import re

from summarizer.about import parts
from summarizer.commitments import find_in_sentence
from summarizer.declined import DECLINED
from summarizer.entities import sentence_entities
from summarizer.rank import terms
from summarizer.when import WHEN

from .acronyms import acronym_asked, expansion
from .amounts import AMOUNT, HOW_MANY, MEASURE, SIZE_Q, count_of, other_count
from .cues import (
    DECLINE_Q,
    DECLINED_S,
    NEGATION,
    PLEDGE_Q,
    QUANTITY_S,
    REASON,
    REPORT_Q,
    SAID,
    TALLY_S,
    UNNAMED_S,
    VOTE_Q,
    WH_Q,
    WHEN_Q,
    WHEN_WORDS,
    WHERE_Q,
    WHY,
    YES_NO,
)
from .dates import WHAT_TIME, durations, has_clock
from .question import query_terms_base, question_type, stems
from .search import Hit
from .short_answer import AGE, WHOSE, named_in
from .vocabulary import IRREGULAR, LIGHT_VERBS

_FUTURE_Q = re.compile(r"\b(?:will|would|(?:is|are)\s+going\s+to)\s+([a-z]+)\b", re.I)
_ADVERB = (
    r"(?:next|again|now|then|soon|there|here|today|tomorrow|up|down|out|off|back|instead|too|also|either)"
)
# ("What will Blackpool get instead?": get)
_LAST_VERB = re.compile(rf"\s(?!{_ADVERB}\W)([a-z]+)(?:\s+{_ADVERB})*\W*$")


def _asked_tense(question: str) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """For a question about the future, what a sentence says when it has the question's verb in that tense
    ("Who will lead ...?": "will lead", "to lead", "'ll lead", "will be overseen") and when it has only
    another tense of it ("a delegation led by")."""
    m = _FUTURE_Q.search(question)
    if not m or m.group(1).lower() in ("be", "have"):
        return None
    verb = m.group(1).lower()
    # "How long will the deployment last?", "What will Finland implement?": the last word
    if verb in ("the", "a", "an", "its", "their", "this") or m.group(1)[:1].isupper():
        end = _LAST_VERB.search(question)
        if end is None:
            return None
        verb = end.group(1).lower()
    others = "|".join(map(re.escape, IRREGULAR.get(verb, ())))
    passive = rf"|be\s+(?:{others})" if others else ""
    asked = re.compile(
        rf"\b(?:will|would|shall|to|['’]ll)\s+(?:\w+ly\s+)?(?:{re.escape(verb)}{passive})\b", re.I
    )
    return asked, re.compile(rf"\b(?:{others})\b", re.I) if others else None


# a name as the subject of a question's future verb: "What will the United States implement?"
_NAMED_SUBJECT_Q = re.compile(
    r"\b(?:will|would)\s+(?:the\s+)?((?-i:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*))\s+((?-i:[a-z]+))\b"
)


def _asked_subject(question: str) -> re.Pattern[str] | None:
    """The sentence that has the question's named subject before its verb in the future ("the United States
    will implement melt and pour", before "Both countries will implement ... (Mexico, United States, and
    Canada)")."""
    m = _NAMED_SUBJECT_Q.search(question)
    if not m:
        return None
    return re.compile(
        rf"\b{re.escape(m.group(1))}\s+(?:\w+\s+)?(?:will|would|shall)\s+(?:\w+ly\s+)?{re.escape(m.group(2))}\b",
        re.I,
    )


# a question about what happened, and a sentence only about what will
_PAST_Q = re.compile(r"^\W*(?:how|when|where|who|what|why|which)\b[^?]*?\b(?:was|were|did)\b", re.I)
_FUTURE_S = re.compile(r"\b(?:will|would|shall)\b|['’]ll\b", re.I)
_PAST_S = re.compile(r"\b(?:was|were|had|did|met|held|said|took|made|gave|came|went|[a-z]{3,}ed)\b", re.I)

LENT = 0.5  # the weight of a question word only what a sentence refers back to holds (summarizer/about.py)
# a question reported, not put: "Many of you have asked about our talks with ..."
_REPORTED_ASK = re.compile(r"\b(?:ask|asked|wanted\s+to\s+know|queried)\b", re.I)
_US_TEXT = re.compile(r"\bU\.S\.(?:A\.)?(?=\W|$)|\bU\.S\b")


_HOW_MANY_OF = re.compile(r"\bhow\s+(?:many|much)\s+([a-z][\w-]+)", re.I)


def _refuses_another(question: str, text: str) -> bool:
    """A refusal of how many of something the question does not ask about: "How much will the congestion charge
    be?" is not refused by "has not said how many cameras will be needed"."""
    m = _HOW_MANY_OF.search(text)
    if m is None or m.group(1).lower() in ("of", "the", "it", "they", "will", "would"):
        return False
    return not set(stems(m.group(1))) & set(stems(question))


def refuses_amount(text: str, asked: str = "") -> bool:
    """A refusal of an amount ("The amount of the aid was not specified"; "he could not say" in reply to
    `asked`, "... asked how much the operator would contribute"), not any refusal ("I'm not going to
    negotiate on your programme" of "How many doctors are on strike?"). (A cheap test for a negation before
    the long refusal pattern.)"""
    return bool(
        (QUANTITY_S.search(text) or QUANTITY_S.search(asked))
        and (DECLINED_S.search(text) or (NEGATION.search(text) and DECLINED.search(text)))
    )


def _same_question(question: str, lead: str) -> bool:
    """Whether the document asks the very question ("Who has to register?" under "Who has to register?")."""
    asked = " ".join(re.findall(r"\w+", question.lower()))
    return len(asked.split()) >= 3 and asked in " ".join(re.findall(r"\w+", lead.lower()))


# a candidate's stems, and the same without what it refers back to (None: it refers back to nothing)
Bags = tuple[set[str], set[str] | None]


def bags(hit: Hit, titled: bool = False, context: str = "") -> Bags:
    """The stems a candidate offers, its speaker's and what it refers back to included (and, when `titled`, its
    briefing's title, which is its context instead; for a reply, the question it answers), and the same without
    what it refers back to; "U.S." is the United States (it has no stem of its own)."""
    title = hit.title or "" if titled else ""
    # (the name of what it refers back to is its own: "Cedar Ridge" of "The fire has burned ...")
    name, lent = parts(None if titled else hit.about)
    own = set(
        stems(_US_TEXT.sub("United States", f"{hit.text} {hit.speaker or ''} {name} {title} {context}"))
    )
    if not lent:
        return own, None
    return own | set(stems(_US_TEXT.sub("United States", lent))), own


def bag(hit: Hit, titled: bool = False, context: str = "") -> set[str]:
    """The stems a candidate offers (see bags)."""
    return bags(hit, titled, context)[0]


def rerank(
    question: str,
    hits: list[Hit],
    wanted: list[set[str]],
    bags: list[set[str]],
    replies: list[tuple[set[str], int, str] | None] | None = None,
    bare: list[set[str] | None] | None = None,
) -> list[tuple[float, float, Hit]]:
    """(score, coverage, hit) best first; `wanted` are the question's `concepts`, `bags` each hit's stems
    (a reply's with the question it answers); `replies`, for each hit that is a reply, its own stems, its
    place in the reply (0: first) and what it replies to; `bare`, for each hit that refers back, its bag without
    the words it refers back to."""
    kind = question_type(question)
    yes_no = YES_NO.match(question) is not None
    counted = HOW_MANY.search(question) is not None
    sized = SIZE_Q.search(question) is not None
    # what the question is, once (not for every candidate)
    why = WHY.search(question) is not None
    pledge = PLEDGE_Q.search(question) is not None
    said = SAID.search(question) is not None and not pledge
    declines = DECLINE_Q.search(question) is not None
    when = WHEN_Q.match(question) is not None
    where = WHERE_Q.match(question) is not None  # not "Estonia's Prime Minister"
    asked_wh = WH_Q.match(question)
    wh = asked_wh.group(1).lower() if asked_wh else None
    report = REPORT_Q.search(question) is not None
    tally = VOTE_Q.search(question) is not None
    # A question word found in few of the candidates tells more than one found in all of them.
    weights = [math.log(1 + (len(hits) + 1) / (1 + sum(1 for b in bags if c & b))) for c in wanted]
    if weights:
        # the question's first content word is usually its topic; a yes/no question names its subject first
        weights[0] *= 2.0 if yes_no else 1.5
    total = sum(weights) or 1.0
    tense = _asked_tense(question)
    subject = _asked_subject(question)
    past = _PAST_Q.match(question) is not None
    # the question's own words, not their synonyms: "What did they pledge?" is "pledged", before "promise"
    literal = [s for w in query_terms_base(question) if (s := set(stems(w)))]
    scored = []
    for i, (h, sstems) in enumerate(zip(hits, bags, strict=True)):
        own_bag = bare[i] if bare else None
        if own_bag is not None and not any(c & own_bag for c in wanted):
            sstems = own_bag  # what a sentence refers back to helps only one that holds some of the question
        # a light word ("people", "affected", "held") counts only where the sentence has it
        held = [c for c in wanted if c & sstems or not c & LIGHT_VERBS]
        plain = sum(1 for c in held if c & sstems) / len(held) if held else 0.0
        reply = replies[i] if replies else None
        if reply is not None and wanted:
            # a reply borrows its question's words: among its sentences, the one that repeats some answers,
            # and the reply's first sentence is most often the answer ("It's roughly 4,000 troops.")
            own, place, lead = reply
            score_own = 0.1 * (sum(1 for c in wanted if c & own) / len(wanted) - plain) - 0.1 * place
            if place == 0 and _same_question(question, lead):
                score_own += 0.4  # an explainer's own "Who has to register?": the answer under it
            elif place == 0 and plain == 1.0:
                score_own += 0.1  # the first sentence after the very question asked ("What information was
                # involved? The affected information may have included ...")
        else:
            score_own = 0.0
        weighted = sum(w for c, w in zip(wanted, weights, strict=True) if c & sstems) / total
        if own_bag is not None and held:
            # words lent by what the sentence refers back to count for less than its own ("He has been charged
            # with attempted murder" of "What was the suspect charged with?" after "The suspect ... was arrested")
            bare_plain = sum(1 for c in held if c & own_bag) / len(held)
            bare_weighted = sum(w for c, w in zip(wanted, weights, strict=True) if c & own_bag) / total
            score_lent = LENT * (0.6 * (plain - bare_plain) + 0.8 * (weighted - bare_weighted))
        else:
            score_lent = 0.0
        # The database's own rank (bm25 or ts_rank) only chooses the candidates: scoring them here keeps
        # answers the same on SQLite and PostgreSQL.
        score = 0.6 * plain + 0.8 * weighted + score_own - score_lent
        if literal:
            score += 0.05 * sum(1 for c in literal if c & sstems) / len(literal)
        score -= 0.0025 * min(len(h.text.split()), 80)  # among equals, the focused sentence cites better
        if counted and count_of(question, h.text):
            score += 0.35  # "How many animals ...?": a number of animals, not the sentence's money
        elif (
            (counted or kind == "money")
            and refuses_amount(h.text, reply[2] if reply else "")
            and not (counted and other_count(question, h.text))
            and not _refuses_another(question, h.text)
        ):
            # "How many customers were affected?": "not able to share the number of customers"; "How much will
            # the operator contribute?": "he could not say" after "Councillor Khan asked how much ..."
            score += 0.35
        elif kind:
            kinds = {
                k
                for t, k in sentence_entities(h.text)
                if t.lower() not in question.lower()
                and not (
                    where and k == "place" and WHOSE.search(h.text[h.text.find(t) + len(t) :])
                )  # "Estonia's Prime Minister"
            }
            if sized and MEASURE.search(h.text):
                score += 0.35  # "How big is the fire?": "has burned 2,400 acres" (before "is 5% contained")
            elif sized and AMOUNT.search(h.text) and "money" not in kinds:
                score += 0.15  # (a share may be a size: "How big was the pay rise?" of "4%")
            elif (
                kind in kinds
                or (kind == "money" and not counted and AMOUNT.search(h.text))  # "by a tepid 1.6 percent"
                or (kind == "duration" and durations(h.text))  # "within 30 days"
                or (kind == "date" and WHEN.search(h.text))  # "from July next year"
                or (kind == "age" and AGE.search(h.text))  # "O'Hara, 45,"
                or (kind == "place" and named_in(h.text))  # "in Kagera region": a place no list knows
                or (kind == "acronym" and expansion(acronym_asked(question) or "", h.text))
            ):
                score += 0.15 if counted else 0.35
            elif kind == "person" and "organisation" in kinds:
                score += 0.25  # "Who is investigating?": "Royal Mail says it is investigating"
        if kind == "date" and WHAT_TIME.search(question):
            # "At what time will the Budget be delivered?": "will be at 1230 GMT", not the sentence with its day
            score += 0.35 if has_clock(h.text) else -0.3
        if why and REASON.search(h.text):
            score += 0.2
        if tally and TALLY_S.search(h.text):
            score += 0.3  # "What was the vote?": "voted 5-2"
        if tense and tense[0].search(h.text):
            score += 0.25  # "Who will lead ...?": "Blinken will lead"
        elif tense and tense[1] and tense[1].search(h.text):
            score -= 0.15  # not "a delegation led by ..." (that answers "Who led ...?")
        if subject and subject.search(h.text):
            score += 0.1
        if past and _FUTURE_S.search(h.text) and not _PAST_S.search(h.text):
            score -= 0.1  # "How was the meeting held?" is no "would include in person SCG meeting next week"
        if yes_no and wanted and wanted[0] & set(terms(h.text)[:3]):
            score += 0.1  # "Will the framework ...?" is answered by "The framework will ..."
        if said and (h.text[:1] in '"“' or re.search(r"\b(?:will|committed|pledged)\b", h.text)):
            score += 0.1
        # a "when" is refused by a refusal of a time ("did not say when"), not any refusal
        if (
            declines
            and DECLINED_S.search(h.text)
            and (not (when or kind == "duration") or WHEN_WORDS.search(h.text))  # ("how long": of a time)
            and (not counted or QUANTITY_S.search(h.text))
            and not _refuses_another(question, h.text)
            and (wh is None or re.search(rf"\b{wh}\b", h.text, re.I) is not None)
        ):
            score += 0.45
        elif (
            yes_no and DECLINED_S.search(h.text) and (reply or re.search(r"\b(?:whether|if)\b", h.text, re.I))
        ):
            score += (
                0.3  # "Will the authority challenge it?": "He declined to say whether the authority would"
            )
        elif kind == "person" and UNNAMED_S.search(h.text):
            score += 0.45  # "Who is the deputy who fired?": "He declined to name the deputy"
        if h.kind == "boilerplate" and not report:
            score -= 0.5
        put = h.text.rstrip(" \"”’')").endswith("?") or _REPORTED_ASK.search(h.text)
        if h.kind == "question" and not put:
            # an interviewer's statement: a premise, often a fact ("The Arctic Council meets in Tromsø")
            score -= 0.1
        elif h.kind in ("question", "heading"):
            score -= 0.3  # (a heading leads to its section's sentences: turns.with_replies)
        scored.append((score, plain, h))
    scored.sort(key=lambda x: (-x[0], x[2].briefing_id, x[2].idx))
    if pledge:
        # "What did they pledge?": among the leaders, a sentence with a commitment (not "I cannot promise
        # that"); finding one costs about 0.3 ms a sentence, so only the first few are looked at
        top = [
            (s + (0.1 if find_in_sentence(h.text, lambda _: False) else 0.0), c, h) for s, c, h in scored[:5]
        ]
        scored = sorted(top, key=lambda x: (-x[0], x[2].briefing_id, x[2].idx)) + scored[5:]
    return scored

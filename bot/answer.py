"""Questions -> cited answers: full-text retrieval in the store, then a rerank that knows question types.

Retrieval is the database's (FTS5 bm25 / tsvector); bot/rerank.py scores what it finds. Here: which
candidate answers, and with what short answer (a name, an amount, a time, a refusal). Too little overlap is
an honest "not found", never a random citation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from summarizer.about import parts
from summarizer.declined import DECLINED
from summarizer.entities import MONEY, sentence_entities
from summarizer.segment import words

from .amounts import HOW_MANY, count_of
from .cues import (
    DECLINE_Q,
    DECLINED_S,
    NUMBER,
    OPEN_S,
    UNNAMED_S,
    WHO_HOLDS_Q,
    WHO_OBJECT,
    WHO_SAID,
)
from .question import (
    MIN_COVERAGE,
    US,
    concepts,
    query_groups,
    query_terms_base,
    question_type,
    retrieve,
    stems,
)
from .rerank import Bags, bag, bags, refuses_amount, rerank
from .roles import WHO_IS, holder, role_of
from .search import Hit
from .short_answer import AGE, pledged, short_answer
from .turns import Follow, Key, Reply, asking, key, with_replies
from .vocabulary import IRREGULAR, LIGHT_VERBS, QUESTION_WORDS

_WHICH_Q = re.compile(r"^\W*which\s+[a-z-]+s\b", re.I)  # "Which consulates ...?": some of many, by name
_THEY_INCLUDE = re.compile(
    r"^(?:They|These|Those|The\s+[a-z]+s)\s+(?:include|included|are|were)\s+((?-i:[A-Z]).+?)(?:,\s+with\b|;|\.?$)"
)
_ITS_ROLE = re.compile(
    r"^(?:Its|Their)\s+((?:[\w-]+\s+){0,3}?[a-z][\w-]*),\s+((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+),"
)


_HOW_MUCH = re.compile(r"^\W*how\s+(?:much|many)\b", re.I)
_COST_Q = re.compile(r"^\W*how\s+much\b.*\b(?:cost|costs)\b", re.I)


@dataclass(frozen=True, slots=True)
class Answer:
    found: bool
    answer: str
    citations: tuple[Hit, ...]


Search = Callable[[list[list[str]], int], list[Hit]]
Document = Callable[[int], list[Hit]]  # a briefing's sentences, by its id


def ask(
    search: Search,
    question: str,
    by_title: Search | None = None,
    follow: Follow | None = None,
    document: Document | None = None,
) -> Answer:
    """Answer from the sentences `search` finds, an irregular verb of the question in all its forms
    ("When was it held?" is answered by "agreed to hold it in May", "When did it begin?" by "which began
    in 2001"); a reporter's question found stands for the reply `follow` finds after it (see turns.py);
    when none answers, among the briefings `by_title` finds by their titles; `document` gives a briefing's
    sentences (for words of the question its best sentence leaves to its context)."""
    irregular = any(w in IRREGULAR for w in query_terms_base(question))
    wanted = concepts(question, irregular)
    known: dict[Key, Bags] = {}  # each candidate's stems, found once for its coverage and its rank

    def coverage(hit: Hit) -> float:
        if key(hit) not in known:
            known[key(hit)] = bags(hit)
        return sum(1 for c in wanted if c & known[key(hit)][0]) / len(wanted) if wanted else 0.0

    hits, context = with_replies(retrieve(search, question, forms=irregular), follow, coverage)
    found = answer(question, hits, forms=irregular, context=context, document=document, known=known)
    groups, need = query_groups(question)
    if not found.found and need >= 2 and by_title is not None:
        # A sentence may leave to its briefing's title who it is about: "How long were the four Britons
        # held?" is answered by "Moazzam Begg, ... were held for three years" under "The four Britons
        # freed from US custody ...". The sentence and the title together must hold every word. (Letting
        # the title hold two of them cost 1 to 3 ms at the median on 1,000 briefings: not kept.)
        found = answer(question, by_title(groups, need - 1), titled=True)
    elif _unspanned(found, question) and need >= 2 and by_title is not None:
        # "How long will the police review take?": a sentence with no time or span does not answer it;
        # "an internal review would be completed within 30 days" under "Police chief vows review" does
        titled = answer(question, by_title(groups, need - 1), titled=True)
        found = titled if titled.found and not _unspanned(titled, question) else found
    if _unspanned(found, question) and question_type(question) == "date" and _timeless(found.answer):
        # "When will the Scottish Executive publish its own research?" of a sentence about the research that
        # says nothing of time: the briefings do not say when
        return Answer(False, "", ())
    return found


# what a sentence may say of a time without naming one: "as soon as levels recovered", "I will not put a date on
# it", "had not yet set a date", a time named some other way ("a week after the vote", "in the New Year")
_TIMELY = re.compile(
    r"\b(?:until|till|as\s+soon\s+as|once|soon|date|dates|time|timeline|timetable|deadline|before|after|when|"
    r"schedule[ds]?|scheduled|later|earlier|yet|year|years|month|months|week|weeks|day|days|season|then|now|"
    r"recently|shortly|immediately|meeting|summit|session)\b",
    re.I,
)


def _timeless(text: str) -> bool:
    return (
        not _TIMELY.search(text)
        and not DECLINED.search(text)  # ("I would refrain from answering")
        and not any(k == "date" for _, k in sentence_entities(text))
    )


def _refuses_amount(hit: Hit, context: dict[Key, Reply]) -> bool:
    """Whether a candidate refuses an amount, read with the question it replies to (rerank.refuses_amount)."""
    reply = context.get(key(hit))
    return refuses_amount(hit.text, reply.question if reply else "")


def _unspanned(found: Answer, question: str) -> bool:
    """A found answer to "how long", "when" or "where" that is only its sentence (it holds no span), and no
    refusal (which is the honest answer: "declined to say when")."""
    return (
        found.found
        and question_type(question) in ("duration", "date", "place")
        and found.answer == found.citations[0].text
        and not DECLINED_S.search(found.answer)
    )


def answer(
    question: str,
    hits: list[Hit],
    max_citations: int = 3,
    forms: bool = False,
    titled: bool = False,
    context: dict[Key, Reply] | None = None,
    document: Document | None = None,
    known: dict[Key, Bags] | None = None,
) -> Answer:
    """The best-supported answer among the retrieved sentences, or not found. `titled`: a sentence's
    briefing title counts as part of it, and every word of the question must be covered. `context`: the
    question a reply sentence answers, by its key (see turns.py). `document`: a briefing's sentences, by its
    id. `known`: stems already found, by key (without the title)."""
    context = context or {}
    kind = question_type(question)
    hits = [h for h in hits if not asking(h)]
    wanted = concepts(question, forms)
    known = {} if titled or known is None else known
    pairs = [known[key(h)] if key(h) in known else bags(h, titled) for h in hits]
    own = [b for b, _ in pairs]
    if titled:  # only a sentence that holds, with its title, every word can answer: rank no other
        full = [
            (h, b) for h, b in zip(hits, own, strict=True) if all(c & b or c & LIGHT_VERBS for c in wanted)
        ]
        hits, own = [h for h, _ in full], [b for _, b in full]
        pairs = [(b, None) for b in own]
    asked = [context.get(key(h)) for h in hits]  # the question each reply answers
    # (a reply's with the question it answers; each also without what it refers back to)
    asked_bags = [bags(h, titled, r.question) if r else p for h, p, r in zip(hits, pairs, asked, strict=True)]
    bags_of = [b for b, _ in asked_bags]
    replies = [(b, r.place, r.question) if r else None for b, r in zip(own, asked, strict=True)]
    ranked = rerank(question, hits, wanted, bags_of, replies, [bare for _, bare in asked_bags])
    if titled and wanted:  # with the title holding some words for all of them, what each holds itself
        ranked = sorted(
            ((s + 0.2 * sum(1 for c in wanted if c & bag(h)) / len(wanted), c, h) for s, c, h in ranked),
            key=lambda x: (-x[0], x[2].briefing_id, x[2].idx),
        )
    need = 1.0 if titled else MIN_COVERAGE if len(wanted) >= 2 else 1.0
    if not ranked or ranked[0][1] < need - 1e-9:
        return Answer(False, "", ())
    # A name the question asks about ("the Pope", "Messi") that no candidate mentions: the briefings
    # are about something else, unless a sentence covers nearly all the rest (a quote may not repeat it).
    # (in the best sentence's own briefing: a word another briefing holds does not make this one answer)
    home = ranked[0][2].briefing_id
    seen = " ".join(
        f"{h.text} {h.speaker or ''} {h.about or ''} {h.title if titled else ''} {r.question if r else ''}"
        for h, r in zip(hits, asked, strict=True)
        if h.briefing_id == home
    ).lower()
    names = [
        re.sub(r"['’]s$", "", w)
        for w in words(question)[1:]
        if w[:1].isupper() and w.lower() not in QUESTION_WORDS and w != "I"
    ]
    missing = [n for n in names if n not in US and n.lower() not in seen]
    # Likewise a word of the question no candidate holds in any form ("the population of Mexico City").
    # (not a light verb, which answers are free to word otherwise: "Where will it be held?" -> "would host")
    home_bags = [b for h, b in zip(hits, bags_of, strict=True) if h.briefing_id == home]
    unseen = [c for c in wanted if not any(c & b for b in home_bags) and not c & LIGHT_VERBS]
    # ... unless what is missing is in the best sentence's own briefing: a name it gives elsewhere ("Who is
    # Veltra's chief executive?" of "The company will ..., Chief Executive Laurent Mercier said"), other
    # words in the sentences just before ("What did the Interior Ministry say about visas?" of "The
    # question of visas ... was not mentioned. The French Interior Ministry did not wish to comment.")
    if (
        (missing or unseen)
        and ranked[0][1] < 0.75
        and not (
            document is not None
            and ranked[0][1] >= need - 1e-9
            # (and it holds what the question asks for: not "How many aid trucks entered Gaza last week?"
            # of "we want to see more aid trucks entering Gaza" after "He has not spoken to him this week")
            and (
                kind is None
                or short_answer(kind, question, ranked[0][2].text)
                or (kind == "money" and _refuses_amount(ranked[0][2], context))
                # (or any refusal of what else is asked: "not in a position to share the locations")
                or (kind != "money" and DECLINED.search(ranked[0][2].text) is not None)
            )
            and _in_context(ranked[0][2], question, missing, unseen, document(ranked[0][2].briefing_id))
        )
    ):
        return Answer(False, "", ())
    best = ranked[0][2]
    if (
        kind == "money"  # ("How many buses?" is no "Free shuttle buses will ...", "How much will repairs
        # cost?" no "more cost-effective to repair goods")
        and (ranked[0][1] < 1.0 or titled or _HOW_MUCH.match(question))
        # (a cost is a sum: "How much will the program cost?" is no "a pilot program in 10 states")
        and not (MONEY if _COST_Q.search(question) else NUMBER).search(best.text)
        and not _refuses_amount(best, context)  # (the honest answer then)
    ):
        return Answer(False, "", ())  # "How many trucks entered last week?" of "we want to see more trucks"
    picked = short_answer(kind, question, best.text)
    # "How many councils have bought homes?" is no "£450 million to councils" (a sum is no count)
    if HOW_MANY.search(question) and not count_of(question, best.text) and picked and MONEY.fullmatch(picked):
        return Answer(False, "", ())
    # "How old was the plane?" is no "It was the last transmission from the plane"
    if kind == "age" and not AGE.search(best.text) and not DECLINED_S.search(best.text):
        return Answer(False, "", ())
    # "How many pupils attend the school?" is no "... free for all pupils" under the school's title
    if (
        titled
        and HOW_MANY.search(question)
        and not count_of(question, best.text)
        and not _refuses_amount(best, context)
    ):
        return Answer(False, "", ())
    close = [h for s, c, h in ranked[1:] if c >= need and s >= ranked[0][0] - 0.25]
    cites = [best, *close[: max_citations - 1]]
    short = picked or pledged(question, best.text)
    if WHO_IS.match(question):  # "Who is Charles Kennedy?": his role, wherever a candidate gives it
        short = None
        for _, _, hit in ranked:
            if role := role_of(question, hit.text):
                short, cites = role, [hit, *[c for c in cites if c is not hit]][:max_citations]
                break
    # "Who chairs the committee?": the candidate that names the office's holder ("Committee chair Liam Byrne")
    named = next(((h, n) for _, c, h in ranked[:6] if c >= need and (n := holder(question, h.text))), None)
    if named and named[0] is not best:
        best, short = named
        cites = [best, *[c for c in cites if c is not best]][:max_citations]
    if short is None and WHO_HOLDS_Q.match(question) and not UNNAMED_S.search(best.text):
        # "Who is the chief inspector of prisons?": the best sentence names the office, a close one its
        # holder ("Charlie Taylor, the chief inspector, said ...")
        for score, cover, hit in ranked[1:6]:
            if (
                cover >= need
                and score >= ranked[0][0] - 0.5
                and (name := short_answer("person", question, hit.text))
            ):
                best, short, cites = hit, name, [hit, *[c for c in cites if c is not hit]][:max_citations]
                break
        if short is None and document is not None:
            # "The Royal College of Surgeons welcomed ... Its president, Tim Mitchell, said ...": the next one
            after = next((h for h in document(best.briefing_id) if h.idx == best.idx + 1), None)
            held = _ITS_ROLE.match(after.text) if after else None
            if after and held and set(stems(held.group(1))) & set(stems(question)):
                best, short, cites = after, held.group(2), [after, best]
    if short is None and _WHICH_Q.match(question) and document is not None:
        # "Which consulates will close?" of "Nine consulates ... will also be closed." + "They include Dallas ..."
        after = next((h for h in document(best.briefing_id) if h.idx == best.idx + 1), None)
        listed = _THEY_INCLUDE.match(after.text) if after else None
        if after and listed:
            short, cites = (
                listed.group(1),
                [after, best, *[c for c in cites if c is not best]][:max_citations],
            )
            best = after
    if kind == "person" and not WHO_IS.match(question) and (person := _named_instead(short, best)):
        short = person  # "Who was arrested?" of "police arrested a 24-year-old man" before "The suspect, Darnell Hayes"
    if WHO_SAID.search(question) and best.speaker:
        short = best.speaker  # the quote's speaker, named in this sentence or not
    elif kind == "person" and best.speaker and not WHO_IS.match(question):
        if short is None:
            # "Who would not discuss ...?" of "He would not discuss ...": the refuser (not when "who" is
            # the object: "Who will the Chancellor meet?")
            if not WHO_OBJECT.match(question):
                short = best.speaker
        elif best.speaker.split()[-1] == short.split()[-1]:
            short = max(short, best.speaker, key=len)  # "Fox" -> "Liam Fox"
    refusal = DECLINED_S.search(best.text) or (UNNAMED_S.search(best.text) if kind == "person" else None)
    before_refusal = (
        refusal is not None and short is not None and 0 <= best.text.find(short) < refusal.start()
    )
    if (
        refusal
        and not before_refusal
        and (
            DECLINE_Q.search(question) or OPEN_S.search(refusal.group(0)) or UNNAMED_S.match(refusal.group(0))
        )
    ):
        # the honest answer is the refusal itself ("declined to say how much"), or an open question
        # ("It was not immediately clear whether the fund would be managed by the World Bank"), unless
        # the answer comes before it ("pledged $20 billion ..., but declined to set a date")
        short = None
    return Answer(True, short or best.text, tuple(cites))


def _named_instead(short: str | None, best: Hit) -> str | None:
    """The person the sentence after the best one names (summarizer/about.py), when the best sentence only
    describes them ("a 24-year-old man", "A federal judge ... blocked") and its short answer is no person."""
    name, _ = parts(best.about)
    people = [t for t, k in sentence_entities(name) if k == "person"] if name else []
    if not people:
        return None
    described = short is None or re.match(r"(?:an?|the)\s", short, re.I) is not None
    if described or (short, "person") not in sentence_entities(best.text):
        return people[0]
    return None


def _in_context(
    best: Hit, question: str, names: list[str], unseen: list[set[str]], document: list[Hit]
) -> bool:
    """Whether the best sentence's briefing (`document`, its sentences) holds the question's missing names,
    and its three sentences before the best one the question's other missing words."""
    of_names = {t for n in names for t in stems(n)}
    text = " ".join(h.text for h in document).lower()
    if any(n.lower() not in text for n in names):
        return False
    others = [c for c in unseen if not c & of_names]
    # (the title is every sentence's context: "How many people were ordered to evacuate?" of "officials ordered
    # more than 1 million people to leave" under "... as Florida orders evacuations")
    before = set(stems(best.title or "")).union(
        *(stems(h.text) for h in document if best.idx - 3 <= h.idx < best.idx)
    )
    return all(c & before for c in others)

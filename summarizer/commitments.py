"""Commitments: who commits to what (actor, action, modality), in whose words (speaker), by when.

A trigger (will, pledge, commit, intend, plan, agree, promise, want, hope, ...) makes a commitment
unless (summarizer/not_commitments.py) it is negated, sits in a relative, conditional or indirect-question clause ("which will",
"if ... would", "how much funding would be spent", "not yet clear what form ... will take"), is past
("has enabled", "wanted"), is "would" outside reported speech, or is transcript procedure ("I will turn
it over to ...") or a forecast ("would cost", "will take 30 days"). Triggers of one sentence with the
same actor and speaker make one commitment. The actor is the clause's subject (summarizer/subjects.py)
unless that names an act ("reopening the line would ...") or sits outside a relative clause; an inline
list after the trigger ("will: create ...; build ...") is its action.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .lexicon import ORG_HEADS, PRONOUNS
from .not_commitments import ANNOUNCED_PLAN, CROWD, FUNDING_ANTECEDENT, PROMISED, excluded
from .noun_phrases import leading_subject, person_noun
from .quote_marks import blank_quotes
from .segment import is_abbreviation
from .subjects import (
    AUX_TAIL,
    CONJ_TAIL,
    OPENING_PREPOSITIONS,
    WHEN_TAIL,
    coordinated_subject,
    subject_of,
)
from .when import find_when

# What may stand between a verb of promise and its "to": "promised on Tuesday to", "agreed last year to",
# "vowed again to", "agreed with the regional authorities to" (a party, not "agreed with the decision to").
_BETWEEN = (
    r"(?:,?\s+(?:on\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])\w+|(?:last|this|next|earlier this)\s+(?:week|month|year|\w+day)|yesterday|today|"
    r"tonight|again|publicly|privately|repeatedly|formally|earlier|later|also|"
    r"in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{4})?|\d{4})),?)?"
)
_WITH_PARTY = (
    r"\s+with\s+(?:(?!(?:decision|plans?|move|calls?|idea|proposals?|views?|assessment|need|requests?|"
    r"suggestions?|approach|efforts?|bid|that|this|it|him|her|them|us|me|is|was|were|has|had|(?-i:[a-z]+ed))\b)"
    r"[\w.'’-]+\s+){1,5}?(?=to\s+(?-i:[a-z]))"
)
_SAID_WHEN = re.compile(r"^(\w+)" + _BETWEEN + r"(?=\s+(?:with\s|to\s|that\s))", re.I)
_TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    (
        "will",
        # ("won't": only a pledge not to act stays one, "He won't let House Republicans make things worse")
        re.compile(
            r"\b(?:will|shall)\b|(?<=\w)['’]ll\b|\b(?:is|are|am|['’]s|['’]re)\s+going\s+to\b|\bwo(?=n['’]t\b)",
            re.I,
        ),
    ),
    ("will", re.compile(r"\bwould\b", re.I)),
    ("pledge", re.compile(r"\bpledg(?:e|es|ed|ing)\b", re.I)),
    (
        "commit",
        re.compile(
            r"(?<!-)\bcommit(?:s|ted|ting)?\s+(?:to|that|itself|themselves|ourselves|himself|herself)\b"
            r"|\bcommitted\s+to\b|\b(?:reaffirm|renew|reiterat|underscor|affirm)\w*\s+(?:\w+\s+){0,2}commitments?\b"
            # "They discussed their shared commitment to continue supporting Ukraine", "stressed the U.S.
            # commitment to continued close consultation": a commitment they hold, spoken of
            r"|\b(?:discuss|stress|emphasi[sz]|highlight|express|underlin|restat|reconfirm|confirm)\w*\s+"
            r"(?:[\w.’'-]+\s+){0,2}commitments?\s+to\b"
            r"|\b(?:determined|resolved)\s+to\b|\bcommit(?:s|ted)?\s+(?=(?:US|C|A)?[$£€]\s?\d|\d[\d,.]*\s+(?:million|billion))"
            # "Cal Fire has committed 400 additional firefighters and 12 bulldozers to the fight"
            r"|\bcommit(?:s|ted)?\s+(?=(?:about|some|nearly|more\s+than|another|an\s+additional)?\s*\d[\d,]*\s+(?:[\w-]+\s+){0,2}?"
            r"(?:troops|soldiers|firefighters|officers|police|personnel|staff|crews|engines|bulldozers|helicopters|"
            r"aircraft|planes|jets|ships|vessels|vehicles|tanks|doctors|nurses|experts|teams|units)\b)"
            r"|\bundert(?:ake|akes|ook|aking)\s+to\b",
            re.I,
        ),
    ),
    # "welcomed Japan's commitment to provide $3 billion": the owner commits (not a subject: "The
    # Commission's pledge to cut red tape was welcomed" has its verb after it)
    (
        "commit",
        re.compile(
            r"\b(?:the\s+)?(?P<owner>(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[\w.&-]*(?:\s+(?:of\s+)?(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[\w.&-]*){0,4})['’]s\s+"
            r"(?:(?:new|latest|renewed|own|firm|public|earlier|recent)\s+)?(?:commitment|pledge|promise)\s+to\s+(?=(?-i:[a-z]))"
            r"(?!(?:the|a|an|his|her|their|its|our|all|any|some|those|these|them|him|us|me)\b)(?![a-z]+[^s\W]s\b)",
            re.I,
        ),
    ),
    ("intend", re.compile(r"\bintends?\s+to\b", re.I)),
    (
        "plan",
        re.compile(
            r"\b(?:plans?|planning)\s+to\b|\b(?:is|are)\s+(?:set|scheduled|slated)\s+to\b"
            # "A first 8 billion euros are to flow to Deutsche Bahn this year": what is arranged
            # ("Foster carers are to be guaranteed a minimum allowance": what is arranged for them)
            r"|\b(?:is|are)\s+to\s+(?=(?-i:[a-z]{3,})\b|be\s+(?-i:[a-z]+(?:ed|en|t))\b)"
            r"(?!blame\b|be\s+(?:found|seen|expected|hoped|noted|blamed)\b)",
            re.I,
        ),
    ),
    (
        "agree",
        re.compile(r"\bagree(?:s|d)?" + _BETWEEN + r"(?:" + _WITH_PARTY + r")?\s*(?:to|that|on)\b", re.I),
    ),
    (
        "promise",
        re.compile(
            r"\bpromis(?:e|es|ed|ing)" + _BETWEEN + r"\s+(?:to|that)\b|\bguarantee(?:s|d)?\s+(?:to|that)\b",
            re.I,
        ),
    ),
    # "offered to host", not "offered to punters", "offers to 70 nations" (a verb follows, not its receiver)
    (
        "offer",
        re.compile(
            r"\boffer(?:s|ed)?\s+to\b(?=\s+(?-i:[a-z])+\b)"
            r"(?!\s+(?:the|a|an|his|her|their|its|our|all|any|some|those|these|them|him|us|me)\b)(?!\s+[a-z]+[^s\W]s\b)",
            re.I,
        ),
    ),
    (
        "ready",
        re.compile(
            r"\b(?:is|are|am|['’]re|['’]m|stands?|stood|remains?|remained)\s+(?:\w+ly\s+)?(?:ready|prepared|willing)\s+to\b",
            re.I,
        ),
    ),
    ("vow", re.compile(r"\bvow(?:s|ed)?" + _BETWEEN + r"\s+(?:to|that)\b", re.I)),
    ("want", re.compile(r"\bwants?\s+to\b", re.I)),
    ("hope", re.compile(r"\bhopes?\s+to\b", re.I)),
    ("aim", re.compile(r"\baims?\s+to\b", re.I)),
    # ("The government is seeking to amend the Children Bill": not "by seeking to", a participle's)
    ("seek", re.compile(r"\bseeks?\s+to\b|\b(?:is|are|am|['’]re)\s+(?:\w+ly\s+)?seeking\s+to\b", re.I)),
]
_ACTION_END = re.compile(
    r"(?<!\b[A-ZÀ-ÖØ-ÞĀ-Ž])[.;!?](?:\s|$)|,\s*(?:but|while|although|which)\b|\s+(?:but|and)\s+that\b|\s+but\s+(?:warned|said|added|cautioned|insisted|noted|stressed)\b|"
    r"(?:,\s*[\"“”’]?\s*|[\"“”’],?\s*)(?:and\s+)?(?:(?!and\b|but\b)[\w.'’-]+\s+){0,9}"
    r"(?:said|says|say|added|told|declared|announced|claimed|insisted|warned|confirmed|revealed|argued)\b|"
    r"\s+(?:and\s+)?(?:(?!and\b|but\b)[\w.'’-]+\s+){0,6}(?:said|says|added|told|declared)\b|"
    r"\s+and\s+(?:indicated|noted|stressed|explained|assured|warned|insisted|announced|confirmed)\s+that\b|"
    r",\s*according to\b|,\s*where\b|,\s*with\s+(?:[\w'’-]+\s+){0,3}?(?:expected|due|set|likely|starting)\b|"
    # a clause of its own with its own subject: "will deploy a brigade by March, and the two ministers agreed to"
    r",\s*(?:and|as)\s+(?:the|a|an|its|his|her|their|our|we|they|(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[\w.'’-]*)\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:will|would|shall|agreed|agrees|pledged|pledges|promised|promises|committed|vowed|vows|remains?|"
    r"plans?|intends?)\b",
    re.I,
)
# An inline list after the trigger: "The plan will: create 500 jobs; build ...", "will (1) cut prices and
# (2) hire staff". Its marks are blanked (offsets kept) and its action runs to the sentence's end.
_LIST_OPEN = re.compile(r"\b(?:will|shall|would|to)(\s*:\s*|\s+\(?(?:1|a|i)\)\s*)(?=[A-Za-z])", re.I)
_LIST_MARK = re.compile(r"(?<=\s)\(?(?:[2-9]|[b-h]|ii|iii|iv|v)\)(?=\s)")
_LIST_END = re.compile(r"(?<!\b[A-ZÀ-ÖØ-ÞĀ-Ž])[.!?](?:\s|$)")
# Subjects that commit nobody: relative pronouns, generic "you", "nothing" (existential "there" ends an
# actor's words: see find_in_sentence).
_NO_ACTOR = frozenset(
    ("that", "which", "who", "you", "nothing", "none", "anything", "everything", "no one", "nobody")
)


# Weather and the forces of nature commit to nothing: "Winds are going to pick up again this afternoon".
_NATURE = re.compile(
    r"(?:^|\s)(?:winds?|gusts|rain|rains|rainfall|snow|snowfall|storms?|hurricane|typhoon|cyclone|temperatures?|weather|"
    r"heat|fires?|flames|blaze|floodwaters|waters|rivers?|tides?|waves|earthquake|aftershocks)$",
    re.I,
)
_NEGATED = re.compile(r"(?:will|would|shall)\s*(?:not|n['’]t)\b|won['’]t\b", re.I)


def _agent(actor: str, before: str) -> bool:
    """Someone who can refuse to act: a pronoun, a name, a person or a body ("the government"); "it" only
    as the one reported ("The ministry said it would not ...", not "the license ... is it will not allow")."""
    if actor.lower() == "it":
        return (
            re.search(
                r"\b(?:said|says|announced|added|stated|confirmed|insisted)\s+(?:that\s+)?it\s+$", before
            )
            is not None
        )
    words = actor.split()
    last = words[-1].lower() if words else ""
    named = words[-1][:1].isupper() and (len(words) > 1 or not last.endswith("s")) if words else False
    return (
        (last in PRONOUNS and last not in ("it", "this", "that"))
        or named
        or person_noun(last)
        or last in ORG_HEADS
        or last in ("country", "city", "state")
    )


# A gerund subject names an act, not anyone who commits to one: "reopening the line would restore ...",
# "being better prepared would help".
_GERUND = re.compile(
    r"^(?:being|having)\b|^[A-Za-z][a-z]+ing\s+(?:the|a|an|its|their|our|his|her|this|that|these|those|"
    r"more|new|up|down|out|off|it|them)\b"
)
# A relative clause's subject is its antecedent, outside the clause: "The bill, which ministers claim
# will tackle crime, is ...", "those who are illegals, of which we had a few, will".
_CLEFT_START = re.compile(r"^(?:(?:(?:that|this|which)['’])?s|(?:that|this|which)\s+is)\s+why\s+", re.I)
_RELATIVE_START = re.compile(
    r"^(?!(?-i:WHO)\b)(?:which|who|whom|whose|(?:of|in|for|to|by) (?:which|whom))\b", re.I
)  # (not WHO)


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    actor: str
    action: str
    modality: str
    when: str | None


def _unlist(text: str) -> tuple[str, int]:
    """The sentence with an inline list's marks blanked, and where the list opens (-1: no list)."""
    m = _LIST_OPEN.search(text)
    if not m or text.rstrip().endswith(":"):
        return text, -1
    at = m.end()
    word = text[at:].split(" ", 1)[0]
    if word[:1].isupper() and word[1:2].islower():
        text = text[:at] + word[0].lower() + text[at + 1 :]  # "will: Address" continues the clause
    text = text[: m.start(1)] + " " * len(m.group(1)) + text[m.end(1) :]
    return text[:at] + _LIST_MARK.sub(lambda k: " " * len(k.group(0)), text[at:]), m.start()


_CONTRACTED = re.compile(r"^['’](ll|re|s)\b", re.I)
_FULL = {"ll": "will", "re": "are", "s": "is"}


def _action(text: str, start: int, listed: bool = False) -> str:
    rest = text[start:]
    end = _LIST_END if listed else _ACTION_END
    m = end.search(rest, 1)
    while (
        m
        and (
            (rest[m.start()] == "." and is_abbreviation(rest[: m.start()]))  # "on Sept. 30"
            # "to ensure that AI serves our societies and that it is used ...": one verb's two clauses
            or (m.group(0).split()[:2] == ["and", "that"] and re.search(r"\bthat\b", rest[: m.start()]))
        )
    ):
        m = end.search(rest, m.start() + 1)
    chunk = rest[: m.start()] if m else rest
    words = chunk.replace("“", "").replace("”", "").replace('"', "").split()
    action = re.sub(r"(?:\s+(?:and|but|or))+$", "", " ".join(words[:30]).strip(" ,.;—–-"))
    if action.endswith(("'", "’")) and not re.search(r"(?:^|\s)['‘]\w", action):
        action = action[:-1].rstrip(" ,.;")  # the close of a quote the action ends in: 'a problem,'
    return _CONTRACTED.sub(lambda c: _FULL[c.group(1).lower()], action)  # "’ll amend" -> "will amend"


# A comparison: "as X will continue to call for", "as Y pledged to do": its object is the main clause's
_AS_OPEN = re.compile(r"\bas\s+(?:\S+\s+){1,5}$", re.I)
_GAP_END = re.compile(r"\b(?:for|to|do|with|on|about|of|at)$", re.I)
_BE_TAIL = re.compile(r"\b(?:is|are|am|was|were|been|['’]re|['’]s)\s+(?:\w+ly\s+)?$", re.I)
_THAT_CLAUSE = re.compile(r"^\w+\s+that\b", re.I)


def _inside(inner: Found, outer: Found) -> bool:
    """A trigger with a subject of its own inside another's action."""
    return (
        outer.start < inner.start < outer.start + len(outer.action)
        and inner.actor.lower() not in PRONOUNS
        and inner.actor != outer.actor
    )


# A motion or resolution, in the subjunctive: "moved, and Councillor Davies seconded, that the council restore
# Saturday opening", "RESOLVED that the Board approve the budget" (the body the motion binds acts)
_MOTION = re.compile(
    r"\b(?:moved|proposed|resolved|recommended|agreed|decided)(?:,\s+[^,]{1,80},)?\s+that\s+"
    r"(?P<actor>the\s+(?:council|committee|board|authority|government|city|county|borough|cabinet|assembly|trust|"
    r"executive))\s+(?P<verb>(?!(?:will|would|shall|should|must|may|might|can|could|be|is|was|has|had|does|did|not)\b)"
    r"(?-i:[a-z]+)(?<!ed)(?<![^s]s)\b)",  # (a base form: "fund", "discuss", not "funds", "needed")
    re.I,
)


# a passive with its agent named: "will be announced by the Pentagon on Friday"
_PASSIVE_AGENT = re.compile(
    r"(?:[Ww]ill|[Ww]ould|[Ss]hall)\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ne|t)\s+by\s+"
    r"((?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)*)"
)


def find_in_sentence(text: str, in_quote: Callable[[int], bool]) -> list[Found]:
    """Commitment triggers of one sentence, with their clause's actor and action."""
    if text.rstrip(' "”’').endswith("?"):
        return []
    text, list_at = _unlist(text)
    plain = blank_quotes(text)
    found: list[Found] = []
    seen: set[int] = set()
    for modality, rx in _TRIGGERS:
        for m in rx.finditer(text):
            if m.start() in seen:
                continue
            seen.add(m.start())
            if excluded(text, plain, m, modality, in_quote):
                continue
            action = _action(text, m.start(), listed=m.start() <= list_at)
            owner = m.groupdict().get("owner")
            if owner and not re.search(r"\b(?-i:[a-z])\w*\s+$", text[: m.start()]):
                continue  # the owner's phrase is the subject: its verb comes after it
            # "promised on Tuesday to review": Tuesday is when the promise was made, not a deadline
            when = find_when(_SAID_WHEN.sub(r"\1", action))
            funding = (
                FUNDING_ANTECEDENT.search(text[: m.start()])
                if modality == "commit"
                else ANNOUNCED_PLAN.search(text[: m.start()])
                if m.group(0).lower() == "will"
                else None
            )
            actor = (
                (m.group(0)[: m.start("owner") - m.start()] + owner)
                if owner
                else funding.group("np")
                if funding
                else subject_of(text, m.start())
            )
            after_comma = text[: m.start()].rstrip().endswith(",")
            if (
                m.group(0)[:9].lower() == "promising"
                and not after_comma
                and not _BE_TAIL.search(text[: m.start()])
            ):
                continue  # "a written statement promising to sign": what the statement says
            if re.match(r"\w+ing\b", m.group(0)) and after_comma:
                # "The mayor announced the plan, promising to hire 200 officers": the sentence's subject
                actor = leading_subject(text, described=True) or actor
            actor = _CLEFT_START.sub("", actor)  # "that's why the President wants": the President
            if agent := _PASSIVE_AGENT.match(text, m.start()):
                actor = agent.group(1)  # "a package ... will be announced by the Pentagon": the Pentagon acts
            found.append(Found(m.start(), actor, action, modality, when))
    for m in _MOTION.finditer(plain):  # "Councillor Bell moved that the council restore Saturday opening"
        if m.start("verb") not in seen:
            action = _action(text, m.start("verb"))
            found.append(Found(m.start("verb"), m.group("actor"), action, "agree", find_when(action)))
    found.sort(key=lambda f: f.start)
    # "... will be X and will not only address Y": a trigger without its own subject shares the last one.
    out: list[Found] = []
    for f in found:
        if (not f.actor or f.actor.lower() in ("it", "and")) and out:
            f = Found(f.start, out[-1].actor, f.action, f.modality, f.when)
        elif not f.actor:
            left = _own_words(text, plain, f.start)
            left = (
                WHEN_TAIL.sub("", AUX_TAIL.sub("", left).rstrip()) or left
            )  # ("... and on Tuesday will outline")
            if CONJ_TAIL.search(left):
                # (and a state: "said the companies were disappointed and remained ready to")
                modal = (
                    text[f.start : f.start + 5].lower() in ("would", "will ", "shall")
                    or f.modality == "ready"
                    or text[f.start : f.start + 10].lower() in ("determined", "resolved t")  # a state, too
                )
                f = Found(f.start, coordinated_subject(left, modal), f.action, f.modality, f.when)
        out.append(f)
    kept = [
        f
        for f in out
        if f.actor
        and (f.actor.lower() not in _NO_ACTOR or f.actor == "WHO")
        and f.actor.split()[-1].lower() != "there"  # "there will be", "a study showed there would be"
        and f.actor.lower() not in OPENING_PREPOSITIONS
        and not _GERUND.match(f.actor)
        and not (
            _NEGATED.match(f.action) and not _agent(f.actor, text[: f.start]) and not PROMISED.search(text)
        )  # "Prices will not increase" (but "UK aid will not take relief from Africa, Tony Blair has promised")
        and not (
            _NATURE.search(f.actor)
            and not re.fullmatch(r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\s+)+[A-ZÀ-ÖØ-ÞĀ-Ž]\w*", f.actor)
        )
        and not _RELATIVE_START.match(f.actor)
        and not CROWD.match(f.actor)  # "a lot of people are going to be watching": no one in particular
        and not _poll(f)
        and not (text.rstrip().endswith(":") and len(f.action.split()) <= 2)  # "Key terms will include:"
        and not (_AS_OPEN.search(text[: f.start]) and _GAP_END.search(f.action))
    ]
    # "Wanjiru pledged that Kenya would keep its border open": the pledge is what follows, said by her
    return [f for f in kept if not (_THAT_CLAUSE.match(f.action) and any(_inside(g, f) for g in kept))]


def _own_words(text: str, plain: str, pos: int) -> str:
    """The words before `pos` in its own voice: inside a quote, the quote's own words from its opening
    mark ('"We are working with the council and will ...'); outside, the sentence with quotes blanked."""
    if pos < len(plain) and plain[pos] == " " and text[pos] != " ":
        own = text[len(plain[:pos].rstrip()) : pos]
        if own.strip(" \"“‘'"):
            return own
        return (
            plain[:pos].rstrip(" \"“‘'") + " "
        )  # a quote that opens at the trigger: 'and was "determined to'
    return plain[:pos]


def _poll(f: Found) -> bool:
    """ "52 percent of registered voters agreed that ...": an opinion poll, not a commitment."""
    return f.modality in ("agree", "want", "hope", "plan", "intend") and bool(
        re.search(r"\bper ?cent\b|%|\brespondents\b", f.actor, re.I)
    )


def is_pronoun(actor: str) -> bool:
    return actor.lower() in PRONOUNS or actor.lower() in ("our", "us")

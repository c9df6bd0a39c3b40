"""Commitments: who commits to what (actor, action, modality), in whose words (speaker), by when.

A trigger (will, pledge, commit, intend, plan, agree, promise, want, hope, ...) makes a commitment
unless it is negated, sits in a relative, conditional or indirect-question clause ("which will",
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

from .attribution import reported_passively, reporting_speaker
from .lexicon import PRONOUNS
from .procedure import PROCEDURE
from .quote_marks import blank_quotes
from .segment import is_abbreviation
from .subjects import (
    AUX_TAIL,
    CARRY_ON_TAIL,
    CLAUSE_CUT,
    CONJ_TAIL,
    OPENING_PREPOSITIONS,
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
        re.compile(r"\b(?:will|shall)\b|(?<=\w)['’]ll\b|\b(?:is|are|am|['’]s|['’]re)\s+going\s+to\b", re.I),
    ),
    ("will", re.compile(r"\bwould\b", re.I)),
    ("pledge", re.compile(r"\bpledg(?:e|es|ed|ing)\b", re.I)),
    (
        "commit",
        re.compile(
            r"\bcommit(?:s|ted|ting)?\s+(?:to|that|itself|themselves|ourselves|himself|herself)\b"
            r"|\bcommitted\s+to\b|\b(?:reaffirm|renew|reiterat|underscor|affirm)\w*\s+(?:\w+\s+){0,2}commitments?\b"
            r"|\b(?:determined|resolved)\s+to\b|\bcommit(?:s|ted)?\s+(?=(?:US|C|A)?[$£€]\s?\d|\d[\d,.]*\s+(?:million|billion))"
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
        re.compile(r"\b(?:plans?|planning)\s+to\b|\b(?:is|are)\s+(?:set|scheduled|slated)\s+to\b", re.I),
    ),
    (
        "agree",
        re.compile(r"\bagree(?:s|d)?" + _BETWEEN + r"(?:" + _WITH_PARTY + r")?\s*(?:to|that|on)\b", re.I),
    ),
    (
        "promise",
        re.compile(
            r"\bpromis(?:e|es|ed)" + _BETWEEN + r"\s+(?:to|that)\b|\bguarantee(?:s|d)?\s+(?:to|that)\b", re.I
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
            r"\b(?:is|are|am|['’]re|['’]m|stands?|remains?)\s+(?:\w+ly\s+)?(?:ready|prepared|willing)\s+to\b",
            re.I,
        ),
    ),
    ("vow", re.compile(r"\bvow(?:s|ed)?" + _BETWEEN + r"\s+(?:to|that)\b", re.I)),
    ("want", re.compile(r"\bwants?\s+to\b", re.I)),
    ("hope", re.compile(r"\bhopes?\s+to\b", re.I)),
    ("aim", re.compile(r"\baims?\s+to\b", re.I)),
    ("seek", re.compile(r"\bseeks?\s+to\b", re.I)),
]
_NEGATION_AFTER = re.compile(r"^\s*(?:not\b(?!\s+only)|never\b|n['’]t\b)", re.I)
_NEGATED_BEFORE = re.compile(
    r"\b(?:not|never|no longer|cannot|\w*n['’]t)\s+(?:\w+\s+)?$",
    re.I,
)
_RELATIVE = re.compile(
    r"\b(?:which|who|whom|whose)\s+(?:\w+\s+)?(?:(?:has|have|had|also|already|\w+ly)\s+)?$|\bthat\s+$"
    r"|\b(?:from|in|with|by|to|for|on|at|through|under|of|during|after|before|since|until|within)\s+(?:which|whom)\s+"
    r"(?:[\w'’-]+\s+){0,4}$",
    re.I,
)
_WH_CLAUSE = re.compile(r"\b(?:whether|if|unless|how|what|when|where|whatever|whichever|why)\b", re.I)
# "That's not something that he wants to do": a relative clause on a negated "something"
_NOT_SOMETHING = re.compile(r"\bnot\s+(?:\w+\s+)?(?:something|anything|what)\s+(?:that\s+)?\S+\s+$", re.I)
_CAUSATIVE = re.compile(r"\b(?:make|makes|made|making)\s+\w+\s+$", re.I)  # "these decisions make me want to"
_NOUN_WILL = re.compile(
    r"\b(?:the|a|good|free|political|own|his|her|their|our|its|popular|people['’]s)\s+$", re.I
)
_ACTION_END = re.compile(
    r"(?<!\b[A-ZÀ-ÖØ-ÞĀ-Ž])[.;!?](?:\s|$)|,\s*(?:but|while|although|which)\b|\s+(?:but|and)\s+that\b|"
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
_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|our|his|her|your|my|one|no|any|every|each|another|this|that|these|those|new|of|for|"
    r"with|to\s+\w+|\w+ed|\w+['’]s|"
    r"develop|make|create|announce|unveil|outline|have|has|say|says|said|saying)\s+$",
    re.I,
)
# "approved a $45 million plan to": a singular trigger after an indefinite phrase is a noun (a subject
# opening with "a" would take "plans to")
_A_PHRASE = re.compile(r"\b(?:a|an)\s+(?:[\w$£€.,'’-]+\s+){1,3}$", re.I)
_SINGULAR_NOUN = re.compile(r"^(?:plan|aim|hope|promise|vow|offer)\b", re.I)
_NOT_MEANT = re.compile(
    r"\b(?:(?:doesn['’]t|does not|don['’]t|do not|didn['’]t|won['’]t|will not|not)\s+(?:necessarily\s+)?mean(?!\s+to\b)|"
    # a promise withheld: "could not promise that every country would pay", "can't guarantee that"
    r"(?:cannot|can['’]t|could\s*(?:not|n['’]t)|would\s*(?:not|n['’]t)|won['’]t|will\s+not)\s+"
    r"(?:promise|guarantee|say|predict|rule\s+out)|"
    r"(?:concerned|worried|afraid|fear|fears|feared|fearing|warn(?:s|ed)?|(?:it['’]s|it is|it was)\s+(?:un)?likely|"
    r"den(?:y|ies|ied)|dismiss(?:es|ed)\s+(?:reports?|claims?|suggestions?|speculation)|"
    r"(?:reject(?:s|ed)|rul(?:es|ed) out)\s+(?:reports?|claims?|suggestions?|speculation))"
    r"(?:\s+that)?)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}[\w'’-]*$",
    re.I,
)
# A forecast, not an act anyone commits to: "the plan would cost $40 million", "it will take 30 days",
# "prices will come down", "innocent people would suffer", "time will tell".
_FORECAST = re.compile(
    r"^\s+(?:(?:\w+ly|also|still|only|soon|then)\s+)?(?:continue\s+to\s+)?(?:"
    r"cost|costs|happen|hurt|harm|cause|suffer|mean|fall|rise|decline|expire|tell|die|"
    r"(?:grow|drop|shrink|slow|lose|miss)(?=\s*(?:[.,;]|$|\d|\b(?:by|to|from|in|at|over|further|faster|again|sharply)\b))|"
    r"come\s+(?:down|up)|run\s+out|be\s+relegated|"
    # how something will be taken, not what anyone will do: "will be seen as a show of unity"
    r"be\s+(?:seen|viewed|regarded|received|greeted|interpreted|perceived|taken)\s+(?:as|with)\b|"
    r"be\s+(?:a\s+)?(?:blow|boost|relief|setback|surprise|disappointment)|"
    r"take\s+(?:about|approximately|around|roughly|more\s+than|less\s+than|at\s+least|up\s+to|"
    r"\d|an?\s+(?:few|long|while|year|month|week|day|couple|decade)|years|months|weeks|days|decades|time|"
    r"some\s+(?:amount\s+of\s+)?time)|be\s+(?:months|years|weeks|days)(?=\s*(?:[.,;]|$)))\b",
    re.I,
)
# "it would be premature to", "It will be a tragedy if", "it would worry her if": a judgement on a dummy
# "it", not an act ("it would be able to", "it will be hiring", "it would be brought to" still count).
_EXTRAPOSED = re.compile(
    r"\s+(?:\w+ly\s+)?(?:be\s+(?:(?:a|an|very|far|much|so|too|more|most|quite|really|\w+ly)\s+)*[\"“'‘]?"
    r"(?:premature|important|necessary|unnecessary|difficult|hard|easy|possible|impossible|wrong|right|good|better|"
    r"best|great|wise|unwise|nice|helpful|useful|crucial|essential|vital|critical|appropriate|inappropriate|"
    r"proper|improper|fair|unfair|crass|rash|foolish|sensible|irresponsible|unlikely|likely|interesting|fitting|"
    r"(?:[\w-]+\s+)?(?:mistake|tragedy|shame|pity|disaster|idea|boost|blow|step|error))\b|"
    r"(?:worry|concern|surprise|disappoint)\b[^.;]{0,40}?\bif\b)",
    re.I,
)
_GUESS = re.compile(r"\b(?:perhaps|maybe)\b", re.I)
_GERUND_AFTER = re.compile(r"\b(?:by|after|before|for|in|on|without|of|from|through|while|when)\s+$", re.I)
_VERB_IN_CLAUSE = re.compile(r"\b(?:has|have|had|is|are|was|were|been)\s+\S+\s+\S", re.I)
_PAST_AUX = re.compile(r"\b(?:had|has|have|was|were)\s+(?:\w+\s+)?$", re.I)


# Subjects that commit nobody: relative pronouns, generic "you", "nothing" (existential "there" ends an
# actor's words: see find_in_sentence).
_NO_ACTOR = frozenset(
    ("that", "which", "who", "you", "nothing", "none", "anything", "everything", "no one", "nobody")
)


# A gerund subject names an act, not anyone who commits to one: "reopening the line would restore ...",
# "being better prepared would help".
_GERUND = re.compile(
    r"^(?:being|having)\b|^[A-Za-z][a-z]+ing\s+(?:the|a|an|its|their|our|his|her|this|that|these|those|"
    r"more|new|up|down|out|off|it|them)\b"
)
# A relative clause's subject is its antecedent, outside the clause: "The bill, which ministers claim
# will tackle crime, is ...", "those who are illegals, of which we had a few, will".
_RELATIVE_START = re.compile(r"^(?:which|who|whom|whose|(?:of|in|for|to|by) (?:which|whom))\b", re.I)


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


def _is_noun_pledge(word: str, before: str, after: str) -> bool:
    """ "pledge" as a noun: with no object a verb would take after it ("a pledge made in Paris", "pledge
    signatories"), or after a determiner or possessive ("their pledge to ..."); "The two countries pledge
    to ..." and "donors pledge $5 million" are verbs."""
    if word.lower() not in ("pledge", "pledges"):
        return False
    verb_after = re.match(
        r"\s+(?:(?:to|that|support|more|an? additional|their|its|our|his|her)\b|[$£€₹\d])", after, re.I
    )
    if not verb_after:
        return True  # "a pledge made in Paris", "pledge signatories"
    return _NOUN_BEFORE.search(before) is not None


def _excluded(
    text: str,
    plain: str,
    m: re.Match[str],
    modality: str,
    in_quote: Callable[[int], bool],
) -> bool:
    """True when the trigger `m` does not make a commitment (see the module's docstring)."""
    before, after = text[: m.start()], text[m.end() :]
    if _NEGATION_AFTER.match(after) or _NEGATED_BEFORE.search(before) or _RELATIVE.search(before):
        return True
    if modality == "will" and (
        _NOUN_WILL.search(before) or not re.match(r"\s+[a-z]", after) or _FORECAST.match(after)
    ):
        return True
    if modality == "will" and re.match(r"\s+(?:likely|probably)\b", after):
        return True  # "prices would likely stay high": a forecast
    if modality == "will" and re.match(r"\W*(?:Without|Absent)\s+(?!delay\b|further\b)", text):
        return True  # "Without more staff, new buildings will stand empty": a warning, no one commits
    if modality == "will" and re.search(r"\b[Ii]t\s+$", before) and _EXTRAPOSED.match(after):
        return True  # "it would be premature to say", "It will be a tragedy if": an opinion, no act
    if _PAST_AUX.search(before) and modality in ("want", "hope", "plan"):
        return True  # "had hoped to", "was planning to"
    if (re.search(r"\bto\s+$", before) and not CARRY_ON_TAIL.search(before)) or (
        re.match(r"\w+ing\b", m.group(0)) and _GERUND_AFTER.search(before)
    ):
        return True  # an infinitive ("to commit to ...") or "by pledging" has no subject of its own
    if len(re.findall(r"\w+", after.split(".")[0])) < 2 and modality != "will":
        return True  # "the steps our countries committed to." commits to nothing stated
    if re.match(r"\s+to\s+do(?:\s+so)?\b\W*(?:$|[).,;])", after):
        return True  # "(as Michael Howard is pledged to do)": a comparison, no act of its own
    if PROCEDURE.match(after):
        return True
    if _NOT_MEANT.search(before):
        return True  # "doesn't mean he'll be back", "concerned that papers will become ..."
    if (
        modality in ("plan", "aim", "hope", "want", "promise", "vow", "offer")
        and (_NOUN_BEFORE.search(before) or (_SINGULAR_NOUN.search(m.group(0)) and _A_PHRASE.search(before)))
        and not re.match(r"\w+ed\b", m.group(0))  # "has promised to" is a verb ("has plans to" a noun)
    ):
        return True  # "develop plans to", "the aim to": a noun, not a verb
    if _noun_after_verb(before, m.group(0)):
        return True  # "The Lord Chancellor has defended government plans to": the clause has its verb
    if _is_noun_pledge(m.group(0), before, after):
        return True  # "their pledge", "a bold pledge, beyond ...", "The SWF2030 pledge signatories"
    if _NOT_SOMETHING.search(before[-80:]) or (modality == "want" and _CAUSATIVE.search(before[-40:])):
        return True
    if m.group(0).lower() == "would" and (
        in_quote(m.start())
        or re.match(r"\s+(?:have|like)\b", after)
        or (reporting_speaker(text, len(text)) is None and not reported_passively(text, m.start()))
    ):
        return True
    # (in the text itself: a conditional inside a quote is one too: '"But if we're going to ...')
    clause_start = max((c.end() for c in re.finditer(r"[,;:]", text[: m.start()])), default=0)
    if _WH_CLAUSE.search(text[clause_start : m.start()]) or _GUESS.search(text[clause_start : m.start()]):
        return True  # "if ... would", "how much ... would be spent"; "Perhaps the moderators will"
    return (
        modality == "will"
        and re.search(r"\b(?:declin\w*|refus\w*)\s+to\b", plain[: m.start()], re.I) is not None
    )


def _noun_after_verb(before: str, trigger: str) -> bool:
    """ "plans", "aims" or "hopes" as the object of a verb earlier in its clause ("has put forward plans
    to", "are to back government plans to"); after a pronoun it is the verb ("suggestions he plans to")."""
    if not re.match(r"(?:plans?|aims?|hopes?)\b", trigger, re.I):
        return False
    clause = AUX_TAIL.sub("", before[max((c.end() for c in CLAUSE_CUT.finditer(before)), default=0) :])
    last = (clause.split() or [""])[-1].lower()
    return last not in PRONOUNS and _VERB_IN_CLAUSE.search(clause) is not None


# A comparison: "as X will continue to call for", "as Y pledged to do": its object is the main clause's
_AS_OPEN = re.compile(r"\bas\s+(?:\S+\s+){1,5}$", re.I)
_GAP_END = re.compile(r"\b(?:for|to|do|with|on|about|of|at)$", re.I)
_THAT_CLAUSE = re.compile(r"^\w+\s+that\b", re.I)


def _inside(inner: Found, outer: Found) -> bool:
    """A trigger with a subject of its own inside another's action."""
    return (
        outer.start < inner.start < outer.start + len(outer.action)
        and inner.actor.lower() not in PRONOUNS
        and inner.actor != outer.actor
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
            if _excluded(text, plain, m, modality, in_quote):
                continue
            action = _action(text, m.start(), listed=m.start() <= list_at)
            owner = m.groupdict().get("owner")
            if owner and not re.search(r"\b(?-i:[a-z])\w*\s+$", text[: m.start()]):
                continue  # the owner's phrase is the subject: its verb comes after it
            # "promised on Tuesday to review": Tuesday is when the promise was made, not a deadline
            when = find_when(_SAID_WHEN.sub(r"\1", action))
            actor = (
                (m.group(0)[: m.start("owner") - m.start()] + owner) if owner else subject_of(text, m.start())
            )
            found.append(Found(m.start(), actor, action, modality, when))
    found.sort(key=lambda f: f.start)
    # "... will be X and will not only address Y": a trigger without its own subject shares the last one.
    out: list[Found] = []
    for f in found:
        if (not f.actor or f.actor.lower() in ("it", "and")) and out:
            f = Found(f.start, out[-1].actor, f.action, f.modality, f.when)
        elif not f.actor:
            left = _own_words(text, plain, f.start)
            if CONJ_TAIL.search(AUX_TAIL.sub("", left)):
                f = Found(f.start, coordinated_subject(left), f.action, f.modality, f.when)
        out.append(f)
    kept = [
        f
        for f in out
        if f.actor
        and f.actor.lower() not in _NO_ACTOR
        and f.actor.split()[-1].lower() != "there"  # "there will be", "a study showed there would be"
        and f.actor.lower() not in OPENING_PREPOSITIONS
        and not _GERUND.match(f.actor)
        and not _RELATIVE_START.match(f.actor)
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
        return text[len(plain[:pos].rstrip()) : pos]
    return plain[:pos]


def _poll(f: Found) -> bool:
    """ "52 percent of registered voters agreed that ...": an opinion poll, not a commitment."""
    return f.modality in ("agree", "want", "hope", "plan", "intend") and bool(
        re.search(r"\bper ?cent\b|%|\brespondents\b", f.actor, re.I)
    )


def is_pronoun(actor: str) -> bool:
    return actor.lower() in PRONOUNS or actor.lower() in ("our", "us")

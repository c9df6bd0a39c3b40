"""Noun phrases around a verb: `subject_before(text)` reads the noun phrase that ends a text (the
speaker just before a reporting verb: "State Department spokesman Ned Price", "Kerr Putney, the police
chief,"), `np_forward(text)` the one a text opens with, `leading_subject(text)` the name or pronoun a
sentence opens with past a dateline, a conjunction or an introductory phrase."""

from __future__ import annotations

import re

from .lexicon import (
    DETERMINERS,
    FUNCTION_CAPS,
    MONTHS,
    NP_BREAKERS,
    ORDINALS,
    PRONOUNS,
    ROLE_WORDS,
    SMALL_WORDS,
    TITLES,
    WEEKDAYS,
    word_set,
)
from .quote_marks import QUOTE_MARK
from .subjects import CARRY_ON_TAIL, PARTY, WHEN_TAIL

# titles abbreviated with a stop
ABBREVIATED_TITLES = (
    "Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Maj|Adm|Amb|Sgt|Capt|Cmdr|Cpl|Supt|Insp|Det|Rev|Prof|Jr|Sr|St"
)
_TOKENS = re.compile(
    rf"(?:{ABBREVIATED_TITLES}|Inc|Corp|Co|Ltd|Bros)\.|(?:[A-Za-z]\.){{2,}}|[^\W\d_][\w'’-]*|\d+|[^\w\s]"
)
_PREPOSITIONS = frozenset(
    ["of", "in", "on", "at", "with", "from", "by", "to", "about", "for", "into", "over", "under", "against"]
)
_POSSESSIVE_END = re.compile(r"['’]s?$")
_QUANTIFIERS = frozenset(["one", "two", "three", "several", "some", "many", "both"])
_AGE = re.compile(r",\s*\d{1,3}\s*,")  # "Schiff, 56, who has served ..."
PAREN = re.compile(r"\s*\([^()]{1,40}\)")  # "(R-Ohio)"
# A name in apposition after an honorific is the person the role before it describes: "the Minister of
# Health, the Honourable Marjorie Michel, said", "The Chairman of the Board, Shri Satish Kumar, said".
# An honorific before a name, "the" allowed (shared with a quote's signature line, attribution.py)
HONORIFIC = (
    r"(?:the\s+)?(?:(?:Right\s+|Rt\.?\s+)?Hon(?:ou?rable|\.)?|Shri|Shrimati|Smt\.?|Sh\.|Dr\.?|Prof\.?)\s+"
)
_HONOURED = re.compile(rf"^{HONORIFIC}((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\s+){{0,3}}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)$")
_ADVERBS = frozenset(
    [
        "also",
        "further",
        "just",
        "already",
        "now",
        "still",
        "again",
        "repeatedly",
        "later",
        "previously",
        "initially",
        "then",
        "have",
        "has",
        "had",
        "were",
        "was",
        "is",
        "are",
        "would",
        "will",
        "could",
        "did",
        "do",
        "does",
    ]
)


def _ok_word(tok: str) -> bool:
    low = tok.lower()
    if low in WEEKDAYS or low in MONTHS or low in ("today", "yesterday", "tomorrow"):
        return False
    if tok[:1].isupper():
        # (an acronym that spells a function word is a name: "the WHO said")
        acronym = len(tok) >= 3 and tok.isupper() and low not in DETERMINERS | SMALL_WORDS
        return acronym or low not in FUNCTION_CAPS or low in DETERMINERS or low in ROLE_WORDS
    return low in ROLE_WORDS or low in ORDINALS


def is_described(np: str) -> bool:
    """A noun phrase headed by a common noun or a role ("Amanda's uncle", "Director", "the chairman of
    the committee"), not by a name."""
    head = re.split(r"\s+(?:of|for|at|in)\s+", np)[0].split()[-1]
    return head.islower() or head.lower() in ROLE_WORDS


def name_like(np: str) -> bool:
    return any(t[:1].isupper() and t.lower() not in DETERMINERS | PRONOUNS for t in np.split())


def named_or_pronoun(np: str | None) -> bool:
    return bool(np) and (name_like(np or "") or (np or "").lower() in PRONOUNS)


_PERSON_ENDING = re.compile(r"(?:[^t]er|or|ist|ian|ent|ant|MP)s?$")  # "backbencher", "MPs", not "quarter"


def person_noun(tok: str) -> bool:
    """A noun for people: a role ("officials") or a word with a people ending ("backbencher", "MPs")."""
    low = tok.lower()
    return low in ROLE_WORDS or low[:-1] in ROLE_WORDS or _PERSON_ENDING.search(tok) is not None


def _people(tok: str) -> bool:
    """A bare plural noun for people ("ministers", "teachers", "economists"; not "others", "numbers")."""
    return (
        tok.islower()
        and tok.endswith("s")
        and person_noun(tok)
        and tok not in ("others", "numbers", "matters", "letters", "orders", "papers", "centers", "centres")
    )


def _soft(tok: str) -> bool:
    """A lower-case word that may sit inside a descriptive noun phrase ("the New York businessman")."""
    tok = _POSSESSIVE_END.sub("", tok)  # "the Trump campaign's website"
    return (
        re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", tok) is not None  # "conservative-leaning", "52-count"
        and any(c.isalpha() for c in tok)
        and tok not in NP_BREAKERS
        and tok not in DETERMINERS
        and ("-" in tok or not tok.endswith(("ly", "ed")))  # "well-connected", not "reported"
    )


_NAME_AND = re.compile(
    r"\b(?:of|for)\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*\s+){0,2}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*$"
)  # "... of Health" + "and"


_PEOPLE_HEADS = word_set(
    "pilot pilots man men woman women boy girl person people witness victim nurse doctor mother father"
)
# a subject with a relative clause of its own and no comma: "The pilot of a small cargo plane that crashed near X"
_RESTRICTIVE = re.compile(
    r"^((?:The|A|An)\s+(?:[\w'’-]+\s+){0,7}?[\w'’-]+)\s+(?:that|who)\s+(?!(?:he|she|it|they|we|I)\b)\S"
)


def subject_before(text: str, appositive: bool = True, noun_like: bool = False) -> str | None:
    """The speaker noun phrase that ends `text` (the text just before a reporting verb); for "Kerr
    Putney, the police chief, said" the name before the appositive."""
    stripped = re.sub(
        r",\s*\d{1,3}\s*,?\s*$", "", PAREN.sub("", PARTY.sub("", text))
    )  # "His mother Claire, 34, said"
    stripped = _AGE.sub(",", stripped).rstrip()  # "Sen. X (R-Ga.) said", "Schiff, 56, who has served"
    stripped = re.sub(r"\s+[a-z]+ly$", "", stripped)  # "…, forcefully told"
    stripped = WHEN_TAIL.sub("", stripped)  # "Sanders on Tuesday said"
    stripped = CARRY_ON_TAIL.sub("", stripped)  # "Mr McConnell went on to say"
    open_relative = re.search(r",\s+(?:who|which)\s+\S+\s+\S[^,]{0,50}$", stripped)
    if open_relative and open_relative.start() > 0:  # "Ms Robinson, who presents The Weakest Link tells"
        stripped = stripped[: open_relative.start()]
    undated = _DATELINE.sub("", stripped)
    restrictive = _RESTRICTIVE.match(undated)
    head = (
        re.split(r"\s+(?:of|for|at|in|from|with|on)\s+", restrictive.group(1))[0].split()[-1]
        if restrictive
        else ""
    )
    if restrictive and "," not in undated and (person_noun(head) or head.lower() in _PEOPLE_HEADS):
        # "The pilot of a plane that crashed near Billings reported": the pilot, not Billings
        return restrictive.group(1)
    if stripped.endswith((" and", " but")):  # "Cruz exhorted them ... and said"
        return leading_subject(stripped)
    if stripped.endswith(","):
        if not appositive:
            return None
        inner = stripped[:-1]
        k = inner.rfind(",")
        words = inner[k + 1 :].split()
        longest = 30 if words and words[0].lower() in ("who", "which") else 15
        if k <= 0 or len(words) > longest or QUOTE_MARK.search(inner[k + 1 :]):
            return None
        honoured = _HONOURED.match(inner[k + 1 :].strip())
        if honoured:
            return honoured.group(1)
        prior = inner.rfind(",", 0, k)
        if prior > 0 and re.match(r"\s*whose\s", inner[prior + 1 : k]):
            # "the Association, whose chief executive, Conor O'Connell, said": the name speaks
            named = np_forward(inner[k + 1 :])
            if named and name_like(named):
                return named
        cut = k  # the name may sit before several appositives: "Donna Rawlings, of Ashton, Md., who ..."
        who = bool(words) and words[0].lower() == "who"
        for _ in range(3):
            head = subject_before(inner[:cut], appositive=False)
            if head and who and cut == k and not name_like(head) and person_noun(head.split()[-1]):
                return head  # "The officials, who spoke on condition of anonymity because ..., said"
            if (
                head
                and name_like(head)
                and not (" " not in head and (introductory(head) or _ADVERB_LY.search(head)))
            ):
                named = np_forward(inner[k + 1 :])  # "Amanda's uncle, Lewis Champion, said": the name
                if named and is_described(head) and all(t[:1].isupper() for t in named.split()):
                    return named
                return head
            cut = inner.rfind(",", 0, cut)
            if cut <= 0 or len(inner[cut:].split()) > 40:
                break
        described = np_forward(inner[k + 1 :])  # only an appositive that is all noun phrase
        whole = len(_TOKENS.findall(inner[k + 1 :]))
        return described if described and len(described.split()) >= whole else None
    if re.search(r"\blet(?:['’]s|\s+us)$", stripped, re.I):
        return None  # "Let's say you think ...": nobody is reported
    toks = _TOKENS.findall(stripped)
    while toks and (toks[-1].lower() in _ADVERBS or (toks[-1].islower() and toks[-1].endswith("ly"))):
        toks.pop()
    if toks and toks[-1].lower() in PRONOUNS:
        return str(toks[-1])
    np: list[tuple[str, bool]] = []  # (token, soft)
    for at in range(len(toks) - 1, -1, -1):
        tok = toks[at]
        low = tok.lower()
        if low in DETERMINERS or (low in _QUANTIFIERS and np and person_noun(np[-1][0])):
            # "the official"; "one hugely-disgruntled backbencher", "two MPs" (not "the three weeks")
            if (
                np
                and np[0][0][:1].isupper()
                and at
                and toks[at - 1].lower() in ("of", "for", "to", "at", "in")
            ):
                np.insert(0, (tok, True))  # "a spokesman for the Home Office": the name is inside the phrase
                continue
            if np:
                np.insert(0, (tok, False))
            break
        if (
            (low in ("of", "for") and np)
            or (low in ("in", "at") and np and np[0][0][:1].isupper())
            or (low == "to" and np and at and toks[at - 1].lower() in ROLE_WORDS)  # "aides to Trump"
        ):
            np.insert(0, (tok, True))  # "... for the Albanian embassy in London"
            continue
        if (
            low == "and"
            and np
            and np[0][0][:1].isupper()
            and _NAME_AND.search(" ".join(toks[max(0, at - 4) : at]))
        ):
            # "The Department for Education and Skills", "Health and Human Services"
            np.insert(0, (tok, True))
            continue
        if tok[0].isalpha() and _ok_word(tok):
            np.insert(0, (tok, False))
        elif _soft(tok) and sum(soft for _, soft in np) < 4:
            np.insert(0, (tok, True))
        else:
            break
    if not (np and np[0][0].lower() in DETERMINERS):  # unanchored: drop loose words on the left
        while np and np[0][1] and not (len(np) == 1 and _people(np[0][0])):
            np.pop(0)  # but a bare plural of people stays: "..., and ministers say"
    ahead = len(toks) - len(np) - 1
    if noun_like and np and ahead >= 0 and toks[ahead].lower() in _PREPOSITIONS:
        return None  # "claims" after "32% of Republican" is a noun: no subject inside a phrase like that
    words = [t for t, _ in np]
    content = [t for t in words if t.lower() not in DETERMINERS]
    return " ".join(words) if content else None


def np_forward(text: str) -> str | None:
    toks = _TOKENS.findall(text)
    np: list[str] = []
    soft = 0
    for tok in toks:
        low = tok.lower()
        if (low in DETERMINERS or low in _QUANTIFIERS) and not np:  # "one Democratic source"
            np.append(tok)
            continue
        if low in ("of", "for", "by") and np:  # "an analysis by Lily Batchelder"
            np.append(tok)
            continue
        if tok.isdigit() and len(np) == 1 and np[0].lower() in DETERMINERS:
            np.append(tok)  # "the 2014 Amateur champion"
            continue
        if low in NP_BREAKERS:  # also a sentence-initial "About", "Despite"
            break
        if tok[0].isalpha() and _ok_word(tok):
            np.append(tok)
        elif np and _soft(tok) and tok.endswith("ing") and person_noun(np[-1]):
            break  # "according to Defra's lawyers chasing away ..."
        elif np and _soft(tok) and soft < 4 and len(np) < 10:
            np.append(tok)
            soft += 1
        else:
            break
    while np and np[-1].lower() in ("of", "for", "by", *DETERMINERS):
        np.pop()
    content = [t for t in np if t.lower() not in DETERMINERS]
    return " ".join(np) if content else None


# "BRUSSELS - ", "LONDON, May 12 (Reuters) - "
_DATELINE = re.compile(
    r"^[A-ZÀ-ÖØ-ÞĀ-Ž][A-Z .,'’-]{2,40}(?:,?\s+[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]{1,8}\.?(?:\s+\d{1,2})?)?(?:\s+\([^()]{1,30}\))?\s[-—–]+\s"
)
_INTRO = frozenset(
    [
        "ahead",
        "amid",
        "despite",
        "with",
        "without",
        "under",
        "after",
        "before",
        "at",
        "by",
        "during",
        "following",
        "from",
        "in",
        "on",
        "over",
        "since",
        "until",
        "when",
        "while",
        "although",
        "though",
        "because",
        "if",
        "earlier",
        "later",
        "last",
        "this",
        "next",
        "yesterday",
        "today",
    ]
)


_ADVERB_LY = re.compile(r"(?:al|ous|ent|ant|ab|ib|at|iv|u|ar)ly$", re.I)  # "Typically", not "Kelly"


def introductory(word: str) -> bool:
    """A word that opens an introductory phrase: "Earlier this month, ...", "Inspired by X, ..."."""
    low = word.lower().rstrip(",")  # "Earlier, Dr Fox accused ..."
    return low in _INTRO or (len(low) > 4 and low.endswith(("ed", "ing")))


_LEAD_ADVERB = re.compile(
    r"^(?:Earlier|Later|Separately|Yesterday|Today|Last night)\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž])"
    # a discourse marker before its comma: "Second, the President spoke with ..."
    r"|^(?:First|Second|Third|Fourth|Firstly|Secondly|Thirdly|Finally|Lastly|Also|Additionally|Further|Furthermore|"
    r"Moreover|Separately|Similarly|Likewise|Overall|Again|Next|Meanwhile|In\s+addition),\s+"
)
LEAD_CONJ = re.compile(r"^(?:but|and|yet|so|still|now|instead|meanwhile|however)\b,?\s+", re.I)


def leading_subject(text: str, described: bool = False) -> str | None:
    """The noun phrase a sentence opens with, when it is a name or a pronoun ("Donald Trump is ..."), or
    with `described` a description ("The minister"), past a dateline, a leading conjunction or an
    introductory phrase ("Earlier this month, Trump ...")."""
    rest = LEAD_CONJ.sub("", _DATELINE.sub("", PAREN.sub("", text)))
    rest = _LEAD_ADVERB.sub("", rest)  # "Earlier Tony Blair defended ..."
    words = rest.split(None, 1)
    if words and introductory(words[0]) and "," in rest[:100]:
        rest = LEAD_CONJ.sub("", rest[rest.index(",") + 1 :].lstrip())
    first = rest.split(None, 1)[0] if rest.strip() else ""
    if first.lower() in ("he", "she", "they", "we"):
        return first  # "She declined to say ..., saying": np_forward reads no pronoun
    np = np_forward(rest)
    if (
        np
        and np.split()[-1].lower() in ROLE_WORDS | TITLES
        and (office := _OFFICE_TO.match(rest, rest.find(np) + len(np)))
    ):
        np += office.group(0)  # "Ambassador" + " to the United Nations Samantha Power"
    return np if named_or_pronoun(np) or (described and np and is_described(np)) else None


# the rest of an office and the name after it: "Ambassador| to the United Nations Samantha Power hammered"
_OFFICE_TO = re.compile(
    r"\s+to\s+the\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*\s+|(?:of|for|and)\s+(?:the\s+)?){1,8}?"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?=\s+(?-i:[a-z]))"
)

"""Who says something in a sentence: the noun phrase around a reporting verb.

`subject_before(text)` reads the speaker right before a reporting verb ("State Department spokesman
Ned Price told"), `speaker_after(text)` reads a trailing attribution (", the third official said." or
"”, declared the third responsible for administration", "” ― Krystal Correa"), `reporting_speaker(text,
pos)` finds the reporting clause that governs the character at `pos` ("A second official said the
approach will ..."). For a sentence's source (whose statement, view or act it reports),
`source_clause` reads its outermost reporting or stance clause or a passive's agent, and
`leading_subject` the named noun phrase it opens with.
"""

from __future__ import annotations

import re

from .lexicon import REPORTING_VERBS, ROLE_WORDS, STANCE_VERBS
from .noun_phrases import (
    ABBREVIATED_TITLES,
    HONORIFIC,
    LEAD_CONJ,
    PAREN,
    introductory,
    is_described,
    leading_subject,
    name_like,
    named_or_pronoun,
    np_forward,
    subject_before,
)
from .quote_marks import blank_quotes
from .rank import stop_words
from .subjects import coordinated_subject


def _any_word(words: frozenset[str]) -> re.Pattern[str]:
    """A pattern matching any of `words` as a whole word (longest first)."""
    return re.compile(rf"\b(?:{'|'.join(sorted(words, key=len, reverse=True))})\b")


# Verbs that report only before "that": "underscored that the United States will", not "reaffirmed the
# partnership".
_REPORTING_THAT = r"\b(?:(?:re)?affirm(?:ed|s)|underscor(?:ed|es)|highlight(?:ed|s))\b(?=\s+that\b)"
REPORTING = re.compile(f"{_any_word(REPORTING_VERBS).pattern}|{_REPORTING_THAT}")
# After a quote, these report speech too: '“Why isn't this proof?” Vitter demanded.' (elsewhere "asked"
# and "demanded" take an object: "asked Congress to ...").
_AFTER_QUOTE = _any_word(
    REPORTING_VERBS | frozenset(("asked", "asks", "demanded", "demands", "pleaded", "sang", "sings"))
)
STANCE = _any_word(STANCE_VERBS)
_CLAUSE = _any_word(REPORTING_VERBS | STANCE_VERBS)
# a form of "be" ending a text: before a participle, a passive ("was announced", "were labelled")
BE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)(?:\s+[a-z]+ly)?$", re.I)
_ACCORDING = re.compile(r"\baccording to\s+", re.I)
PASSIVE = re.compile(r"\b(?:was|were|been|is|are|be)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\s+by\s+")
_ABBREV = re.compile(rf"\b(?:{ABBREVIATED_TITLES}|[A-ZÀ-ÖØ-ÞĀ-Ž])\.")


_DESCRIBED_NAME = re.compile(
    r"^\s*(?:[a-z0-9][\w'’-]*\s+){1,5}((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\s+){0,2}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*)"
)


def _inverted_speaker(text: str) -> str | None:
    """Who follows an inverted reporting verb: "said Price", "said the official", and a name after a
    description in lower case ("said 20-year-old politics student Nick Vaughan")."""
    np = np_forward(text)
    if np:
        # 'said the chairman of the committee, Labour MP Barry Sheerman.': the name in apposition
        after = re.search(r",\s*([^,;]+?)\s*[.!]?\s*$", text[:150]) if is_described(np) else None
        named = np_forward(after.group(1)) if after else None
        if after and named and named == after.group(1) and name_like(named):
            return named
        # "declared the Colombian foreign minister, Álvaro Leyva, at the end of the meeting."
        at = text.find(np)
        then = (
            re.match(r",\s*([^,;]+?)\s*(?:[,;.!]|$)", text[at + len(np) :])
            if at >= 0 and is_described(np)
            else None
        )
        named = np_forward(then.group(1)) if then else None
        return named if then and named and named == then.group(1) and name_like(named) else np
    m = _DESCRIBED_NAME.match(text)
    return m.group(1).rstrip(".") if m and len(m.group(1).split()) >= 2 else None


def stance_source(text: str) -> str | None:
    """Whose view or aim a sentence reports, from a stance verb with a subject ("Republicans want")."""
    plain = blank_quotes(text)
    for m in STANCE.finditer(plain):
        np = subject_before(plain[: m.start()])
        if named_or_pronoun(np):
            return np
    return None


_DASH_NAME = re.compile(
    r"^\s*[\"”’]?\s*[―—–]{1,2}\s*([A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*){0,3})"
)


# A quote's signature line, a paragraph of its own after it (news releases): "– The Honourable Marjorie
# Michel, Minister of Health", "Dr. Heather Carr, President, Canadian Dental Association".
_SIGNATURE = re.compile(
    rf"^[\s―—–-]*(?:{HONORIFIC})?"
    r"((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*\.?\s+){1,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)(?:\s*,\s*[^.!?;:\"“”]{2,120})?$"
)


def signature(text: str) -> str | None:
    """The name of a signature line (the whole of `text`), if it is one."""
    m = _SIGNATURE.match(text.strip())
    return m.group(1) if m and len(text.split()) <= 20 else None


_PAIRED = re.compile(r"(?:[Tt]he\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*){0,3}\s+and\s+")


def speaker_after(text: str) -> str | None:
    """A trailing attribution at the start of `text` (what follows a closing quote), including a
    dash and a name ("… ” ― Krystal Correa")."""
    dash = _DASH_NAME.match(text)
    if dash:
        return dash.group(1).rstrip(".")
    rest = PAREN.sub("", text).lstrip(" ,;:–—-\"“”'’")
    m = _AFTER_QUOTE.search(rest)
    if m and m.start() == 0:  # inverted: "said Price", "declared the third official"
        return _inverted_speaker(rest[m.end() :])
    if m and m.start() <= 90 and not re.search(r"[.;!?\"“”]", _ABBREV.sub("", rest[: m.start()])):
        np = subject_before(rest[: m.start()])
        lead = re.sub(r"\s+(?:has|have|had|also|later|then)$", "", rest[: m.start()].strip(" ,"))
        if np and len(np) >= len(lead) - 2:  # ", the government has announced."
            return np
        if np and _PAIRED.fullmatch(lead[: len(lead) - len(np)]):
            return lead  # ", Saudi Arabia and the United States said in a joint statement": both
        role = lead[: len(lead) - len(np)].split() if np and lead.endswith(np) else []
        if (
            role
            and len(role) <= 3
            and all(
                w.islower() and w not in stop_words() for w in role
            )  # (not "where some senior Tories argued")
            and (role[-1] in ROLE_WORDS or (np or "").split()[0] in ROLE_WORDS)
            and any(w[:1].isupper() for w in (np or "").split())  # (a name: not ", where people say")
        ):
            return np  # '"...," district president Jon Holden said'
        if named := _appositive(lead):
            return named  # '"...," the company's president, Marla Quinn, said'

    acc = _ACCORDING.match(rest)
    if acc:
        return np_forward(rest[acc.end() :])
    return None


_ROLE_LEAD = re.compile(r"^(?:the|a|an|its|their|his|her|our|[A-Za-z][\w.&-]*['’]s?)\s", re.I)


def _appositive(lead: str) -> str | None:
    """The name in a speaker given with a role in apposition: "the company's president, Marla Quinn" or
    "Marla Quinn, the company's president"."""
    parts = [p.strip() for p in lead.split(",")]
    if len(parts) < 2 or not all(parts):
        return None
    # (a third part says more of the role: "Scott Pruitt, the Republican attorney general of Oklahoma, one of the
    # states suing the EPA")
    pairs = [(parts[0], parts[1])] if len(parts) > 2 else [(parts[0], parts[1]), (parts[1], parts[0])]
    for name, role in pairs:
        head = role.split()[0]
        if (
            np_forward(name) == name
            and name_like(name)
            and not is_described(name)
            and (
                (_ROLE_LEAD.match(role) and len(role.split()) <= 6 and is_described(role))
                # "Rabbi Marvin Hier, founder of Jewish human rights group the Simon Wiesenthal Center"
                or (
                    (head in ROLE_WORDS or head in ("founder", "co-founder"))
                    and re.match(r"\S+\s+of\s", role)
                    and len(role.split()) <= 10
                )
            )
        ):
            return name
    return None


_STATES_NOUN = re.compile(
    r"\b(?:member|united|other|all|many|some|these|those|arab|gulf|baltic|nordic|island|eu|nation|city|frontline|"
    r"several|both|the|neighbou?ring|european|african|pacific|western|eastern|southern|northern|small|coastal|"
    r"front-line|transit|signatory|participating|partner)$",
    re.I,
)


def reporting_speaker(
    text: str, pos: int, outermost: bool = False, verbs: re.Pattern[str] | None = None
) -> str | None:
    """The speaker of the reporting clause governing position `pos` of a sentence, if any.

    With `outermost` at the sentence's end, a closing attribution comes first (", Finance Minister X
    said."). Then the last reporting verb before `pos` with a subject ("X said (that) ..."), or the first
    one when `outermost` (the sentence's own speaker in "X said that Y suggests ..."), a passive naming
    no one excepted ("it was announced that"); then "according to X" before `pos`; else an attribution
    after `pos`: mid-sentence (", Psaki said, though"), "according to X", or trailing (", the official
    said.").
    """
    plain = blank_quotes(text)
    skip = 0
    if outermost and pos == len(text) and (closing := _closing_speaker(plain)):
        return closing  # "Canada promised to double ..., Finance Minister X said.": X speaks
    if outermost:  # not a verb in an introductory phrase ("In a Facebook message posted Friday, Cruz said")
        opening = LEAD_CONJ.sub("", plain)
        words = opening.split(None, 1)
        if words and introductory(words[0]) and "," in opening[:100]:
            skip = len(plain) - len(opening) + opening.index(",")
    before = [m for m in (verbs or REPORTING).finditer(plain, skip, pos)]
    for m in before if outermost else reversed(before):
        agent = re.match(r"\s+by\s+", plain[m.end() :])  # passive: "was first reported by The Post"
        noun_like = m.group(0).endswith("s")  # "claims", "reports": verbs or plural nouns
        lead = plain[: m.start()].rstrip()
        if m.group(0).lower() == "states" and _STATES_NOUN.search(lead):
            continue  # "Member states will have 24 months": the countries, not a verb of saying
        if not agent and _passive(plain, m):
            continue  # "it was announced that ...", "he was told": nobody named speaks
        participle = m.group(0).endswith("ing")
        # "Clinton spoke out about the death of Crutcher in Tulsa, Oklahoma, arguing that ...": the
        # participle's subject is its clause's (an earlier reporting verb's), not the noun before its comma.
        np = None
        if participle and lead.endswith(","):
            if any(
                x.start() < m.start()
                and not x.group(0).endswith("s")
                and not re.search(r"\bto\s+$", plain[: x.start()])  # "She declined to say ..., saying"
                for x in before
            ):
                continue  # (not "dismissed claims of ..., saying": a plural noun)
            np = leading_subject(plain)
        np = np or (
            np_forward(plain[m.end() + agent.end() :])
            if agent
            else subject_before(plain[: m.start()], noun_like=noun_like)
        )
        if not np and re.search(r"\s(?:and|but)$", lead) and not participle:
            # "The members reaffirmed their support and reiterated that ...": the first verb's subject
            np = coordinated_subject(lead, modal=False) or None
            np = (
                np
                if (np and name_like(np)) or (np or "").lower().startswith(("the ", "they", "we"))
                else None
            )
        if np:
            return np
        if lead.endswith((",", '"', "”", "“")):
            # "Trump is defending them, saying ..."; inverted: '"...," said Quentin Kidd, a scientist'
            np = leading_subject(plain) if participle else _inverted_speaker(plain[m.end() :])
            if np and (participle or name_like(np) or any(w.lower() in ROLE_WORDS for w in np.split())):
                return np
    acc = list(_ACCORDING.finditer(plain, 0, pos))
    if acc:
        np = np_forward(plain[acc[-1].end() :])
        if np:
            return np
    # (", X told reporters, adding that ...": X; a participle's clause names no one: ", saying the crisis is")
    tail = _ADDING.sub(".", plain[pos:])
    mid = _MID_ATTRIBUTION.search(tail)  # "The administration plans ..., Psaki said, though ..."
    if mid:
        return mid.group(1)
    later = _ACCORDING.search(tail)  # "The Commission will present ..., according to a spokesperson"
    return (np_forward(tail[later.end() :]) if later else None) or trailing_speaker(tail)


_MID_ATTRIBUTION = re.compile(
    r",\s*((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*|(?:the|a|an)\s+[a-z][\w'’ -]{1,40}?|he|she|they"
    r"|(?:two|three|four|several|some|other)\s+[\w.'’ -]{1,40}?)"  # "two U.S. officials said on Thursday, as"
    r"\s+(?:said|says|added|told reporters)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|today|yesterday))?\s*,\s+(?!(?:who|which|that)\b)"
)


def reported_passively(text: str, pos: int) -> bool:
    """Whether what stands at `pos` is reported with no one named: "It was announced that ...", "The
    conference was told he would ..." (not "would be admitted": the verb must come before `pos`)."""
    plain = blank_quotes(text)
    return any(_passive(plain, m) for m in REPORTING.finditer(plain, 0, pos))


def _passive(plain: str, verb: re.Match[str]) -> bool:
    """A reporting verb in the passive: "was announced", "were told" (not "is saying", "was claims")."""
    return BE_BEFORE.search(plain[: verb.start()].rstrip()) is not None and not verb.group(0).endswith(
        ("ing", "s")
    )


_CLOSING = re.compile(
    r",\s*[^,]{1,70}?\s+(?:said|says|added|announced|told reporters|wrote|reported)"
    # ("said in a joint statement on Wednesday")
    r"(?:\s+in\s+an?\s+(?:joint\s+|written\s+)?(?:statement|letter|interview|post|release|email))?"
    r"(?:\s+(?:on\s+)?[A-Za-z]+){0,2}\s*[.!]?\s*[\"”’]?\s*$"
)
_ADDING = re.compile(
    r",\s+(?:adding|noting|saying|stressing|insisting|explaining)\b[^\"“”]*(?:[\"“][^\"“”]*[\"”][^\"“”]*)*$"
)
_CLOSING_INVERTED = re.compile(
    r",\s*(?:said|says|added|wrote|explained|continued)\s+([^,]{1,60}?)\s*[.!]?\s*$"
)


def _closing_speaker(text: str) -> str | None:
    """The speaker of an attribution that closes a whole sentence: ", Finance Minister X said.", ", said
    one GOP source in the room." (not ", noted the rule in the interview", nor ", said X's statement
    didn't ..."); a participle's clause after it aside (", X told reporters, adding that ...")."""
    text = _ADDING.sub(".", text)
    inverted = _CLOSING_INVERTED.search(text)
    if inverted:
        rest = re.sub(r"\s+(?:in|at|on|from)\s+.*$", "", inverted.group(1))  # "one GOP source in the room"
        return rest if np_forward(rest) == rest else None
    return trailing_speaker(text) if _CLOSING.search(text) else None


def trailing_speaker(text: str, longest: int = 90) -> str | None:
    """The speaker of an attribution that ends `text` after a comma (", the official said.")."""
    text = re.sub(r",\s*\d{1,3}\s*([.!]?\s*[\"”’]?\s*)$", r"\1", text)  # "..., said Mary Jones, 56."
    # (one class for what may close it: two runs of optional spaces made a long sentence's search quadratic)
    tail = re.search(rf",\s*([^,]{{1,{longest}}}?)[\s.!\"”’]*$", text)
    return speaker_after(tail.group(1)) if tail else None


def source_clause(text: str) -> str | None:
    """The subject of a sentence's outermost reporting or stance clause ("Graham called on Republicans
    to ... after Trump claimed ..." -> Graham)."""
    found = reporting_speaker(text, len(text), outermost=True, verbs=_CLAUSE)
    if found is None:  # a passive's agent: "the bill was passed by Congress"
        agent = PASSIVE.search(blank_quotes(text))
        found = np_forward(text[agent.end() :]) if agent else None
    return found

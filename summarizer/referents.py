"""Who "he" or "she" is at a point of a document: the nearest person named before it whose gender
does not rule them out, preferring the subject or speaker of a sentence to the others it names.

This reads the document in order, so a pronoun never resolves to someone named only later (the
speaker index alone saw speakers in the order its passes met them). A person's gender comes from
the document: a title or role word next to the name ("Mr", "Ms.", "spokeswoman", "wife"), a given
name in `given_names`, or a "his"/"her" after the name in a sentence naming no one else. Only names
the document shows to be people's count (a personal title, a known given name, a full name that
reports), so "Saudi Arabia" or "the Lib Dems" are no one's; in a transcript "the President" is a
referent too, and a pronoun looks only a few sentences back. The same reading tells which of two
people sharing a surname a bare "Clinton" is (`full_name_before`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .appositions import Appositions
from .attribution import PASSIVE, REPORTING, reporting_speaker
from .document import Doc
from .entities import known_places, mentions
from .given_names import FEMALE, GIVEN, MALE
from .lexicon import FUNCTION_CAPS, MONTHS, OFFICE, ORG_HEADS, TITLES, WEEKDAYS, word_set
from .noun_phrases import is_described, leading_subject
from .quote_marks import blank_quotes

_READ = ("body", "bullet", "heading")
LOOKBACK = 12  # sentences: a pronoun further from any name than this is left unresolved
SUBJECT_REACH = 2  # sentences further back to look for a subject before taking a name in passing
SPOKEN_LOOKBACK = 3  # in a transcript, speakers talk of people they named long before, or not at all

_MALE_CUES = word_set(
    """
    mr mr. sir lord king prince duke earl baron pope spokesman chairman congressman businessman
    councilman husband father son brother uncle nephew grandfather boyfriend widower
    """
)
_FEMALE_CUES = word_set(
    """
    mrs mrs. ms ms. miss madam madame lady dame queen princess duchess baroness spokeswoman chairwoman
    congresswoman businesswoman councilwoman wife mother daughter sister aunt niece grandmother
    girlfriend widow
    """
)
# Titles only a person carries ("Press Briefing Room", "Foreign Office" are not people).
_PERSONAL_TITLES = word_set(
    """
    mr mrs ms miss dr sen rep gov president secretary senator representative congressman congresswoman
    governor ambassador minister chancellor premier king queen prince princess pope sheikh speaker
    mayor judge justice general admiral commissioner spokesman spokeswoman chairman chairwoman leader
    lord lady sir dame baroness baron professor prof mep mp msp
    """
)
_NOT_NAME_START = TITLES | FUNCTION_CAPS | WEEKDAYS | MONTHS  # "(on) Wednesday Mr Straw said"
MALE_PRONOUNS = frozenset(("he", "him", "his", "himself"))
FEMALE_PRONOUNS = frozenset(("she", "her", "hers", "herself"))
_PRONOUN_SUBJECT = re.compile(
    r"^\W*(?:(?:but|and|yet|so|still|however|meanwhile|instead|now|then|later|earlier|also)\b,?\s+)?(he|she)\b",
    re.I,
)
_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
_ASKED = re.compile(r"^\W*(?:(?:when|after|being)\s+)?asked\b[^,]*,", re.I)  # the question put to the speaker


@dataclass(frozen=True, slots=True)
class _Mention:
    offset: int
    name: str
    key: str  # the surname, lower case
    rank: int  # 0: the sentence's subject or speaker; 1: named in it; 2: an aside ("Trump's", "Asked if")
    described: str | None = None  # a person the text describes but does not name: their gender, "" unknown
    speaks: bool = False  # the sentence's reporting clause names them ("..., Michael Howard has said")


# Heads of a description of one person that are not roles ("the woman told the court. She said ...").
_PERSON_HEADS = word_set(
    """
    woman man girl boy victim witness child teenager mum mom dad pensioner widow widower patient
    neighbour neighbor friend relative survivor veteran
    """
)
# People a story leaves unnamed: "the official" is the one "a senior official" was, not a named person
# ("the Prime Minister", "the zoo's executive director" are the person the story named).
_UNNAMED = word_set(
    """
    official spokesman spokeswoman spokesperson source diplomat aide officer woman man girl boy victim
    witness resident employee worker staffer insider analyst negotiator adviser advisor lawmaker
    """
)
_INDEFINITE = frozenset(("a", "an", "one", "another"))


def described_person(subject: str) -> str | None:
    """The gender ("m", "f", or "" when the words do not say) of a subject that describes one person the
    story does not name: "A senior State Department official", "a spokeswoman for the embassy", or "the
    official", "the woman" (a plain description a story uses for an unnamed person); None for a name, a
    pronoun, a group, a thing, or an epithet of someone named ("the Prime Minister", "CNN's correspondent")."""
    words = subject.split()
    if len(words) < 2 or not is_described(subject):
        return None
    head_part, *tail = re.split(r"\s+(?:of|for|at|in|from|with)\s+", subject, maxsplit=1)
    if tail and re.search(r"(?<![\w'’-])(?!(?:the|a|an|and)\b)[a-z][\w'’-]*\s+[A-ZÀ-ÖØ-ÞĀ-Ž]", tail[0]):
        return None  # "A Labour loyalist from a working class background Mr Blunkett": named
    head = head_part.split()[-1].lower()
    if words[0].lower() in _INDEFINITE:
        if not (head in _PERSON_HEADS or head in _MALE_CUES | _FEMALE_CUES or head in _UNNAMED):
            return None  # not "a newspaper", nor "one questioner" whom a named person answers
    elif not (words[0].lower() == "the" and head in _UNNAMED and subject[1:].islower()):
        return None
    cues = {w.lower() for w in _WORD.findall(subject)}
    male = bool(cues & (_MALE_CUES | {"man", "boy", "dad"}))
    female = bool(cues & (_FEMALE_CUES | {"woman", "girl", "mum", "mom"}))
    return "m" if male and not female else "f" if female and not male else ""


def _key(name: str) -> str:
    return re.sub(r"['’]s$", "", name.split()[-1]).lower()


class Referents:
    """The person mentions of a document, by sentence, with what its text says of their gender."""

    def __init__(self, doc: Doc) -> None:
        self._mentions: dict[int, list[_Mention]] = {}
        self._strong: dict[str, Counter[str]] = {}  # titles, role words, given names
        self._weak: dict[str, Counter[str]] = {}  # "his"/"her" after the only person a sentence names
        places = known_places()
        # Names inside a quote are not the reporter's referents (a quote may run over sentences).
        read: list[tuple[int, str]] = []
        # (every sentence, headings and page furniture too: "... briefing by X, Spokesman for Y")
        every: list[tuple[int, str]] = []
        for para in doc.paras:
            plain = blank_quotes(para.text)
            every += [(i, plain[a:b]) for i, a, b in para.spans]
            read += [(i, plain[a:b]) for i, a, b in para.spans if doc.sentences[i].kind in _READ]
        self._said = {i: reporting_speaker(plain, len(plain), True) for i, plain in read}
        self._plain = dict(read)
        self.roles = Appositions(every)  # "the family's attorney, James Maron": who "the attorney" is
        self._titled: set[str] = set()  # surnames seen after a title: "Ms James" is not a given name
        self._people = self._evidenced(read, places, self._said, self._titled)
        # In a transcript "he" is often the President the briefer and reporters talk about.
        self._roles = sum(1 for s in doc.sentences if s.turn) > len(doc.sentences) / 2
        for index, plain in read:
            found = self._find(index, plain, places)
            if found:
                self._mentions[index] = found
            for m in found:
                self._vote(plain, m, len({x.key for x in found}))

    @staticmethod
    def _evidenced(
        read: list[tuple[int, str]],
        places: frozenset[str],
        reported: dict[int, str | None],
        titled_keys: set[str],
    ) -> set[str]:
        """Surnames the document shows to be people's: after a title ("Sen. Tim Kaine", "Mr Kennedy"),
        with a known given name, or reporting under a full name ("Jon Husted said"; not "Hamas said",
        "The Lib Dems say")."""
        people: set[str] = set()
        for index, plain in read:
            for name, kind, _ in mentions(plain, places):
                first = name.split()[0].lower()
                before = _WORD.findall(plain[max(0, plain.find(name) - 30) : plain.find(name)])[-1:]
                titled = bool(before) and before[0].lower().rstrip(".") in _PERSONAL_TITLES
                if titled:
                    titled_keys.add(_key(name))
                if kind == "person" and (titled or (len(name.split()) > 1 and first in GIVEN)):
                    people.add(_key(name))
            said = reported[index]
            run = re.search(r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+\s?){1,4}$", said or "")
            if said and run and not said.startswith("The "):
                words = run.group(0).split()
                named = run.group(0).strip()
                if (len(words) > 1 or words[0].lower() in GIVEN) and named not in places:
                    people.add(_key(named))  # "widow Terry Strada", "Melanie"; not "Puerto Rico"
        return people - ORG_HEADS

    def _find(self, index: int, plain: str, places: frozenset[str]) -> list[_Mention]:
        spans: list[tuple[int, str]] = []
        for w in re.finditer(r"\b[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)*", plain):
            toks = list(re.finditer(r"\S+", w.group(0)))
            words = [t.group(0) for t in toks]
            for k in range(len(words) - 1, -1, -1):  # the run up to its last evidenced surname
                if _key(words[k]) in self._people and words[k].lower() not in TITLES:
                    given = [j for j in range(k) if words[j].lower() in GIVEN]
                    first = (
                        given[-1]
                        if given
                        else next(
                            (j for j in range(k + 1) if words[j].lower().rstrip(".") not in _NOT_NAME_START),
                            k,
                        )
                    )
                    spans.append((w.start() + toks[first].start(), " ".join(words[first : k + 1])))
                    break
        if self._roles:
            spans += [(m.start(), m.group(0)) for m in OFFICE.finditer(plain)]
        pronoun = pronoun_subject(plain)
        if not spans and not pronoun and not self._said[index]:
            return []
        subjects = [x for x in (leading_subject(plain), self._said[index]) if x]
        out: list[_Mention] = []
        said = self._said[index]
        asked = _ASKED.match(plain)
        for at, name in sorted(spans):
            end = at + len(name)
            # "Trump's spokesman said he", "Asked if Mr Blunkett could return, he replied": not the one
            aside = plain[end : end + 2] in ("'s", "’s") or name.endswith(("'s", "’s"))
            aside = aside or (asked is not None and at < asked.end())
            # The head of a subject, not a modifier in it ("Trump campaign spokesman Jason Miller").
            head = any(re.search(re.escape(name) + r"\s*(?:,|$)", x) for x in subjects)
            speaks = said is not None and re.search(re.escape(name) + r"\s*$", said) is not None
            out.append(_Mention(at, name, _key(name), 2 if aside else 0 if head else 1, None, speaks))
        if out and not subjects and all(m.rank for m in out):
            out = self._unparsed_subject(plain, out)
        # "A senior official said ... '...,' he said": the official, not a name before
        gender = described_person(said) if said else None
        if said and gender is not None:
            out.append(_Mention(offset_of(plain, said, 0), said, _key(said), 0, gender, True))
        for word in [x for x in subjects if x.lower() in ("he", "she")] or ([pronoun] if pronoun else []):
            at = offset_of(plain, word, 0)  # "He suggested ...": the person it refers to goes on
            speaks = said is not None and said.lower() == word.lower()  # "..., he said": the one who spoke
            referent = self.resolve(word, (index, at), speaker=speaks)
            if referent:
                out.append(_Mention(at, referent, _key(referent), 0, described_person(referent), speaks))
        return sorted(out, key=lambda m: m.offset)

    @staticmethod
    def _unparsed_subject(plain: str, out: list[_Mention]) -> list[_Mention]:
        """When no subject could be read, the subject is the last name before the reporting verb ("one
        of the Guildford Four, Gerry Conlon - who was wrongly convicted - said ...") or a passive's agent
        ("The report was welcomed by shadow pensions secretary David Willetts")."""
        verb = REPORTING.search(plain)
        passive = PASSIVE.search(plain)
        named = [m for m in out if m.rank == 1]
        if verb:
            chosen = [m for m in named if m.offset < verb.start()][-1:]
        else:
            chosen = [m for m in named if passive and 0 <= m.offset - passive.end() < 60][:1]
        return [_Mention(m.offset, m.name, m.key, 0, None, m.speaks) if m in chosen else m for m in out]

    def _vote(self, plain: str, m: _Mention, named: int) -> None:
        before = [w.lower() for w in _WORD.findall(plain[max(0, m.offset - 40) : m.offset])[-3:]]
        tail = plain[m.offset + len(m.name) :]
        after = [w.lower() for w in _WORD.findall(tail[:60])[:6]]
        near = before + (after if tail.lstrip()[:1] == "," else [])
        first = m.name.split()[0].lower()
        if len(m.name.split()) == 1 and m.key in self._titled:
            first = ""  # "Ms James" is a surname, not the given name James ("Melanie" alone is one)
        rest = {w.lower() for w in _WORD.findall(tail)} if named == 1 else set()
        for key in {m.key, m.name.lower()}:  # "Ivanka Trump" is not "Donald Trump"; "Trump" is either
            strong = self._strong.setdefault(key, Counter())
            strong["m"] += first in MALE or any(w in _MALE_CUES for w in near)
            strong["f"] += first in FEMALE or any(w in _FEMALE_CUES for w in near)
            # "Husted said the decision will force us ... his office": the one person named, his
            weak = self._weak.setdefault(key, Counter())
            weak["m"] += bool(rest & MALE_PRONOUNS)
            weak["f"] += bool(rest & FEMALE_PRONOUNS)

    def _gender(self, m: _Mention) -> str | None:
        if m.described is not None:
            return m.described or None
        first = m.name.split()[0].lower() if len(m.name.split()) > 1 else ""
        if first in MALE or first in FEMALE:
            return "m" if first in MALE else "f"
        full = m.name.lower()
        for votes in (
            self._strong.get(full),
            self._weak.get(full),
            self._strong.get(m.key),
            self._weak.get(m.key),
        ):
            if votes and votes["m"] != votes["f"]:
                return "m" if votes["m"] > votes["f"] else "f"
        return None

    def is_person(self, name: str) -> bool:
        """Whether the document shows this name to be a person's (a title, a given name, a full name
        that reports)."""
        return _key(name) in self._people

    def full_name_before(self, surname: str, at: tuple[int, int]) -> str | None:
        """The full name with this surname the document gives last before `at` ("Clinton" after
        "Hillary Clinton" is Hillary, even when Bill spoke last)."""
        index, offset = at
        for j in range(index, -1, -1):
            here = [
                m
                for m in self._mentions.get(j, ())
                if m.key == surname and len(m.name.split()) > 1 and (j < index or m.offset < offset)
            ]
            if here:  # the sentence's subject before others it names ("Bill Clinton ... for Hillary Clinton")
                return min(here, key=lambda m: (m.rank, m.offset)).name
        return None

    def resolve(
        self, pronoun: str, at: tuple[int, int], named: bool = False, speaker: bool = False
    ) -> str | None:
        """The name "he"/"she" (or him/her) refers to at (sentence index, character offset); any other
        word ("they") asks for the person named last whatever their gender. A person a reporting clause
        describes without naming ("A senior official said") counts too, unless `named`. A `speaker` ("he
        added", "the Conservative leader said") is, among those a sentence names, first the one who spoke in
        it ("Tony Blair has ... failed, Michael Howard has said": Howard)."""
        low = pronoun.lower()
        want = "m" if low in MALE_PRONOUNS else "f" if low in FEMALE_PRONOUNS else None
        index, offset = at
        back = SPOKEN_LOOKBACK if self._roles else LOOKBACK
        fallback: tuple[str, int] | None = None
        for j in range(index, max(-1, index - back), -1):
            here = [
                m
                for m in self._mentions.get(j, ())
                if (j < index or m.offset < offset)
                and (want is None or self._gender(m) in (want, None))
                and not (named and m.described is not None)
            ]
            # "Trump's spokesman said he ...": not Trump; "A source said he could not": not the source
            if j == index:
                here = [m for m in here if m.rank < 2 and m.described is None]
                plain = self._plain.get(index, "")
                if speaker and (_AFTER_CLAUSE.search(plain[:offset]) or _TOLD_AFTER.search(plain)):
                    # "Mr Blair has failed ..., he claimed": who claims is not whom the claim is about (but
                    # "Ban Ki-moon condemned what he called ..." is Ban)
                    here = [m for m in here if m.speaks or m.rank > 0]
            if fallback:  # a name in passing since beats a person described further back
                here = [m for m in here if m.described is None]
            if here:
                best = min(here, key=lambda m: (not (speaker and m.speaks), m.rank, m.offset))
                if best.rank == 0:
                    return best.name
                # Only named in passing ("... from coma victim Tony Bland. '...,' he said"): a subject
                # a sentence or two before is likelier.
                fallback = fallback or (best.name, j)
            if fallback and j <= fallback[1] - SUBJECT_REACH:
                break
        return fallback[0] if fallback else None


_AFTER_CLAUSE = re.compile(r",\s*[\"”’']?\s*$")
# "..., he claimed, saying he had ...": the reporting clause after what it reports
_TOLD_AFTER = re.compile(
    r",\s*[\"”’']?\s*(?:he|she)\s+(?:said|says|claimed|claims|added|argued|insisted|warned|maintained)\b"
)


def clashes(pronoun: str, name: str) -> bool:
    """True when a name's own words give it the other gender ("he" and "a spokeswoman", "she" and "Mr
    Smith" or "John Smith")."""
    words = [w.lower() for w in _WORD.findall(name)]
    male = any(w in _MALE_CUES for w in words) or (len(words) > 1 and words[0] in MALE)
    female = any(w in _FEMALE_CUES for w in words) or (len(words) > 1 and words[0] in FEMALE)
    low = pronoun.lower()
    return (low in MALE_PRONOUNS and female and not male) or (low in FEMALE_PRONOUNS and male and not female)


def offset_of(text: str, mention: str, near: int, after: bool = False) -> int:
    """Where `mention` stands in `text`: its last occurrence at or before `near` (its first at or after
    `near` when `after`), else its first (`near` when it does not occur)."""
    hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(mention.strip()) + r"(?!\w)", text)]
    chosen = [h for h in hits if h >= near][:1] if after else [h for h in hits if h <= near][-1:]
    return chosen[0] if chosen else hits[0] if hits else near


def pronoun_subject(text: str) -> str | None:
    """The "he" or "she" a sentence opens with ("However, he could not ...", "She’ll present ...")."""
    m = _PRONOUN_SUBJECT.match(text)
    return m.group(1) if m else None

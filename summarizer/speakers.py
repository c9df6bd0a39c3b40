"""Speaker mentions -> one canonical name per person (or per described official).

"Price", "Ned Price" and "State Department spokesman Ned Price" are one speaker, named "Ned Price";
"the third official", "This third official" and "a third senior administration official" are one,
distinct from "a second senior administration official"; "MS. PSAKI" in a transcript is "Jen Psaki"
when the document names her.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .entities import full_name, introduces, known_organisations
from .given_names import GIVEN
from .lexicon import (
    DETERMINERS,
    FUNCTION_CAPS,
    NATIONALITIES,
    ORDINALS,
    ORG_HEADS,
    POST_NOMINALS,
    PRONOUNS,
    ROLE_WORDS,
    TITLES,
    word_set,
)
from .mentions import CONNECTORS, after_title_domain, is_cap, strip_of_place, surname, trailing_run
from .referents import Referents, offset_of

_TOKEN = re.compile(r"[^\W\d_][\w.'’-]*")
_POSSESSIVE = re.compile(r"['’]s$")


_STYLES = frozenset({"sir", "dame"})  # a knight or a dame goes by the given name: "Sir John"
_STYLED = re.compile(rf"^(?:{'|'.join(_STYLES)})\s+\S+$", re.I)


_IN_PLACE = re.compile(
    r"^(.*?\b([\w-]+))\s+(?:in|at)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*)*$"
)


_HONOURS = _STYLES | TITLES
_FIRST_TITLE = re.compile(r"First (?:Minister|Lady|Secretary|Deputy|Vice)\b")
# A definite description that news writing uses for a person it has just named ("the Vermont senator",
# "the former secretary of state and current Democratic presidential nominee", "the 70-year-old").
# Not "the official" or "the spokesman": those are people the story does not name.
_EPITHET = re.compile(
    r"^(?:[Tt]he\s+)?(?![Aa]n?\s|[Oo]ne\s|[Aa]nother\s)(?:[\w.'’-]+\s+){0,8}?"
    r"(senator|nominee|candidate|congress(?:wo)?man|governor|lawmaker|billionaire|business(?:wo)?man|mogul|tycoon|actor|actress|singer|star|player|striker|midfielder|"
    r"defender|goalkeeper|manager|coach|boss|veteran|leader|\d+-year-old)$"
)
_EPITHET_GENDER = {
    "congressman": "he",
    "businessman": "he",
    "congresswoman": "she",
    "businesswoman": "she",
    "actress": "she",
}
# Role words that name people, not an organisation ("Department for Education" keeps its capital).
_COUNTED = word_set("one several some many both")  # "the two sides" keeps its article
_PEOPLE = ROLE_WORDS - word_set(
    "department department's agency government administration administration's state national foreign "
    "military defence defense security press"
)
_LED = frozenset(("head", "chief", "leader", "boss", "director"))
# Someone who speaks for another: "a spokesman for the embassy", "an attorney for Mills", "aides to Trump".
_ROLE_FOR = re.compile(
    r"^(?:[\w-]+\s+)?(spokes(?:man|woman|person)|attorneys?|lawyers?|aides?|advis[eo]rs?|representatives?|"
    r"friends?|assistants?|members?|officials?|employees?|staff(?:ers?)?|sources?|(?-i:head|chief|leader|boss|director))"
    r"\s+(?:for|of|to|at)\s+(?:the\s+)?(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])",  # not "spokesman for sport Hugh Robertson"
    re.I,
)


@dataclass
class _Cluster:
    kind: str  # "person", "org", "described"
    forms: list[str] = field(default_factory=list)
    capitalised: set[str] = field(default_factory=set)  # forms the document capitalises after "the"


def _described_score(form: str) -> tuple[int, int]:
    toks = form.lower().split()
    return (sum(t in ROLE_WORDS for t in toks), -len(form))


class SpeakerIndex:
    """Collects the speaker mentions of one document and resolves them to canonical names."""

    def __init__(
        self,
        known_names: list[str] | None = None,
        common: set[str] | None = None,
        referents: Referents | None = None,
    ) -> None:
        self._referents = referents  # who "he"/"she" is at a point of the document
        self._clusters: dict[str, _Cluster] = {}
        self._last_person: str | None = None
        self._last_any: str | None = None
        # Full names seen anywhere in the document (and its title), to upgrade "Psaki" -> "Jen Psaki".
        self._full: dict[str, str] = {}
        # The first names seen with each surname: two people share it ("Bill Clinton", "Hillary Clinton")
        # when there are two, and then a bare "Clinton" is the one named last (see _person_key).
        self._firsts: dict[str, set[str]] = {}
        self._recent: dict[str, str] = {}
        self._first_at: dict[str, int] = {}  # the sentence each cluster is first mentioned in
        self._sharers: dict[str, str] = {}  # full names of people who share a surname, by cluster key
        self._styled: dict[str, set[str]] = {}  # "Sir John Stevens": given name "john" -> {"stevens"}
        self._common = common or set()  # the document's lower-case words (see entities.full_name)
        for name in known_names or []:
            self._remember_full(name)

    def _remember_full(self, name: str) -> None:
        parts = full_name(name, self._common).split()
        if len(parts) >= 3 and parts[0].lower() in _STYLES:
            self._styled.setdefault(parts[1].lower(), set()).add(parts[-1].lower())
        if len(parts) >= 2:
            key = surname(parts).lower()
            self._firsts.setdefault(key, set()).add(parts[0].lower().rstrip("."))
            if len(" ".join(parts)) > len(self._full.get(key, "")):
                self._full[key] = " ".join(parts)

    def _shared(self, surname: str) -> bool:
        return len(self._firsts.get(surname, ())) > 1

    def _person_key(self, key: str, display: str, at: tuple[int, int] | None = None) -> str:
        """The cluster of a person: by surname, unless two people share it; then by first name and
        surname, and a bare surname at a position goes to the one the text named last before it (with
        no position, to the one mentioned last)."""
        surname = key.split(":", 1)[1]
        if not self._shared(surname):
            return key
        parts = full_name(display, self._common).split()
        if len(parts) >= 2:
            self._recent[surname] = self._sharer(parts)
            return self._recent[surname]
        named = self._referents.full_name_before(surname, at) if self._referents and at else None
        if named:  # the one the text named last before this point, not the last speaker
            return self._sharer(full_name(named, self._common).split())
        return self._recent.get(surname, key)

    def _sharer(self, parts: list[str]) -> str:
        """The cluster key of one of two people who share a surname, remembering their full name."""
        key = f"person:{parts[0].lower().rstrip('.')} {parts[-1].lower()}"
        if len(" ".join(parts)) > len(self._sharers.get(key, "")):
            self._sharers[key] = " ".join(parts)
        return key

    @staticmethod
    @lru_cache(maxsize=16384)
    def analyse(mention: str) -> tuple[str, str, str] | None:
        """(kind, key, display form) of a mention, or None for a pronoun or an empty mention."""
        text = re.sub(r"\s+", " ", mention.replace("[", "").replace("]", "")).strip(" ,;:-–—\"'“”‘’")
        text = strip_of_place(text)
        toks = _TOKEN.findall(text)
        while toks and toks[0].lower() in DETERMINERS:
            toks = toks[1:]
        if not toks or (len(toks) == 1 and toks[0].lower() in PRONOUNS):
            return None
        if len(toks) > 2 and toks[-1] in POST_NOMINALS and toks[-3].lower() in GIVEN:
            toks = toks[:-1]  # "Brian Monteith MSP"; not "the Ealing North MP"
        low = [t.lower() for t in toks]
        # "First Minister Jack McConnell", "First Lady": a title, not the first of several
        ordinal = next(
            (
                t
                for k, t in enumerate(low)
                if t in ORDINALS and not _FIRST_TITLE.match(" ".join(toks[k : k + 2]))
            ),
            None,
        )
        # "An attorney for Mills" is not Mills, nor are "officials in Washington" a Washington
        role = _ROLE_FOR.match(" ".join(toks))
        if role and role.group(1) in _LED and not re.match(r"(?:[Tt]he|[Aa]n?)\s", text):
            role = None  # "Shadow leader of the Commons Oliver Heald" is a name; "the head of the FAA" is not
        placed = _IN_PLACE.match(" ".join(toks))
        if placed and not (placed.group(2).islower() or placed.group(2).lower() in ROLE_WORDS):
            # "Smith in London" is Smith; "the U.S. Attorney's Office in Connecticut" is that office
            return SpeakerIndex.analyse(placed.group(1))
        if (role or placed) and ordinal is None:
            head = role.group(1).lower() if role else placed.group(2).lower() if placed else ""
            head = head + ":plural" if head.endswith("s") else head
            named = "-".join(
                t.lower() for t in toks if is_cap(t) and t.lower() not in FUNCTION_CAPS | ROLE_WORDS
            )
            return "described", f"described:{named}:{head}", " ".join(toks)
        # A trailing run of capitalised words is a name (person) or an organisation.
        run = trailing_run(toks)
        head_part = run[: next((i for i, t in enumerate(run) if t in CONNECTORS), len(run))]
        if (
            run
            and ordinal is None
            and (
                head_part[-1].lower() in ORG_HEADS
                or (len(run) == 1 and run[0].isupper() and len(run[0]) <= 5)
                or " ".join(run) in known_organisations()  # "Goldman Sachs", "Boeing"
            )
        ):
            org = " ".join(run)  # "Bank of England", "Ministry of Foreign Affairs"
            return "org", "org:" + org.lower(), org
        if run and run[-1].lower() not in ROLE_WORDS | ORDINALS:
            cut = 0
            for i, tok in enumerate(run):
                if i and i == len(run) - 1 and run[i - 1].lower() in GIVEN:
                    break  # "John Major": a surname that is also a title
                chief = (
                    tok.lower() == "executive" and i > 0 and run[i - 1].lower() == "chief"
                )  # "Chief Executive X"
                if tok.lower().rstrip(".") in TITLES or tok.lower() in TITLES or chief or introduces(run, i):
                    cut = i + 1
            name = after_title_domain(run[cut:]) if cut else run
            # "Scientologist John Travolta", "Conservative Graham Brady": the name starts at its given name
            # ("Elton John" is one name; "Sir John Bourn" keeps its honour)
            given = next((i for i, t in enumerate(name) if t.lower() in GIVEN), 0)
            if (
                given
                and not any(t.lower().rstrip(".") in _HONOURS for t in name[:given])
                and (len(name) - given == 2 or (given == len(name) - 1 and name[0].endswith(("ing", "ed"))))
            ):
                name = name[given:]
            start = len(toks) - len(run)
            domain = name and (
                name[0] in CONNECTORS
                or (start >= 2 and low[start - 1] == "the" and low[start - 2] in ("for", "of"))
            )
            if domain and len(name) > 2:
                # "Executive Vice-President for the Green Transition Marta Kowalska", "Secretary of State for
                # Health Wes Streeting": the office's domain, then the name (two words, or three from a given name)
                name = name[-3:] if name[-3].lower() in GIVEN else name[-2:]
            if name and ordinal is None:
                name = [_POSSESSIVE.sub("", t) for t in name]
                return "person", "person:" + surname(name).lower(), " ".join(name)
            if not name:  # "Secretary of State": a role, no name
                return "described", "described:" + " ".join(run).lower(), " ".join(run)
        head = next((t for t in reversed(low) if t in ROLE_WORDS), low[-1])
        display = " ".join(toks)
        if ordinal and ordinal not in ("another", "other"):
            return "described", f"described:{ordinal}", display
        plural = head.endswith("s") and head not in ("press",)
        # Names in a description keep it apart: "McConnell aides" are not "administration officials".
        named = "-".join(
            t.lower()
            for t in toks
            if is_cap(t) and t.lower() not in FUNCTION_CAPS | ROLE_WORDS | NATIONALITIES
        )
        # "both newspapers" and "the two sides" are two groups; "officials" and "senior officials" one
        return "described", f"described:{named}:{head + ':plural' if plural else head}", display

    def is_person(self, mention: str) -> bool:
        """Whether the document shows the mention to be a person's name (see Referents.is_person)."""
        return self._referents is not None and self._referents.is_person(mention)

    def add(self, mention: str, *, label: bool = False, at: tuple[int, int] | None = None) -> str | None:
        """Record a mention; return its cluster key. "He" or "she" at (sentence index, offset) is the
        person the document's referents give; without a position, any pronoun is the last speaker."""
        m = mention.strip()
        if label:  # transcript label: "MS. PSAKI", "SENIOR ADMINISTRATION OFFICIAL"
            m = " ".join(
                w
                if w.endswith(".") and len(w) <= 4
                else w.lower()
                if w.lower() in ROLE_WORDS
                else w.capitalize()
                for w in m.split()
            )
        if label and self._referents is not None and all(w in ROLE_WORDS for w in m.split()):
            # "SPOKESMAN:" in the transcript of "a briefing by Stéphane Dujarric, Spokesman for ...",
            # "SECRETARY GENERAL:" in that of "Doorstep statement by NATO Secretary General Mark Rutte"
            roles = self._referents.roles
            name = roles.named(m, 10**6) if " " not in m else roles.holder(m)
            if name:
                return self.add(name)
        low = re.sub(r"['’](?:s|ll|d|re|ve)$", "", m.lower().strip(" ,"))  # "He’s", "She’ll"
        if low in ("he", "she", "him", "her") and at is not None and self._referents is not None:
            name = self._referents.resolve(low, at, speaker=True)
            return self.add(name, at=at) if name else None
        if low in ("he", "she", "i", "him", "her"):
            return self._last_person
        if low in ("they", "we", "it"):
            last = self._last_any
            if low == "they" and last is not None and self._clusters[last].kind == "person":
                return None  # one person is not "they"
            return last
        found = self.analyse(m)
        if found is None:
            return None
        kind, key, display = found
        epithet = _EPITHET.match(m) if kind == "described" and key not in self._clusters else None
        if epithet and at is not None and self._referents:  # "the Vermont senator" after "Sanders"
            name = self._referents.resolve(
                _EPITHET_GENDER.get(epithet.group(1).lower(), "they"), at, named=True, speaker=True
            )
            if name:
                return self.add(name, at=at)
        words = display.split()
        if (
            kind == "described"
            and key not in self._clusters
            and at is not None
            and self._referents
            and re.match(r"[Tt]he\s", m)
            and len(words) <= 2
            and (display.islower() or (len(words) == 1 and words[0].lower() in TITLES))  # "the Chancellor"
        ):
            # "the attorney" after "the family's attorney, James Maron"
            name = self._referents.roles.named(words[-1], at[0])
            if name:
                return self.add(name, at=at)
        if kind == "person" and _STYLED.match(display):
            surnames = self._styled.get(display.split()[-1].lower(), set())
            if len(surnames) == 1:  # "Sir John" is Sir John Stevens: a knight goes by the given name
                key = "person:" + next(iter(surnames))
        if kind == "person":
            self._remember_full(display)
            key = self._person_key(key, display, at)
        cluster = self._clusters.setdefault(key, _Cluster(kind))
        if at is not None:
            self._first_at[key] = min(at[0], self._first_at.get(key, at[0]))
        if display not in cluster.forms:  # each form once: name() looks through them all
            cluster.forms.append(display)
        if kind == "described" and re.match(r"(?:[Tt]he|[Aa]n?)\s+[A-ZÀ-ÖØ-ÞĀ-Ž]", m):
            cluster.capitalised.add(display)  # "the Secretary", "the Chancellor": as the document writes it
        if kind == "person":
            self._last_person = key
        self._last_any = key
        return key

    def _fuller(self, key: str) -> str | None:
        """ "the spokesperson" after "the Prime Minister's official spokesperson": a bare role is the one
        described speaker with that role the document described more fully before it, if only one."""
        parts = key.split(":")
        first = self._first_at.get(key)
        if len(parts) != 3 or parts[1] or first is None or self._clusters[key].capitalised:
            return None  # (not "the President": an office, not the last president described)
        same = [
            k
            for k, at in self._first_at.items()
            if k.startswith("described:") and k.split(":")[1] and k.split(":")[2:] == parts[2:] and at < first
        ]
        return same[0] if len(same) == 1 else None

    def add_in(self, mention: str, index: int, text: str, near: int = 0) -> str | None:
        """`add` a mention that sentence `index` (of text `text`) makes at or before `near`."""
        return self.add(mention, at=(index, offset_of(text, mention, near)))

    def name(self, key: str | None) -> str | None:
        """The canonical display name of a cluster."""
        if key is None or key not in self._clusters:
            return None
        cluster = self._clusters[key]
        if cluster.kind == "person":
            best = max(cluster.forms, key=len)
            surname = key.split(":", 1)[1].split()[-1]
            full = self._sharers.get(key) if self._shared(surname) else self._full.get(surname)
            return full if full and len(full) > len(best) else best
        if cluster.kind == "org":
            return max(cluster.forms, key=len)
        if fuller := self._fuller(key):
            return self.name(fuller)
        best = max(cluster.forms, key=_described_score)
        words = best.split()
        # "Senior administration official" -> "the senior …"; a name run stays: "the New York businessman"
        proper = any(w[:1].isupper() for w in words[1:])  # "Department for Education and Skills spokeswoman"
        # "Officials at Homeland Security" are officials; "Vice President" keeps its capital
        proper = proper and not (words[0].lower() in _PEOPLE and words[1][:1].islower())
        if re.match(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*['’]s\s", best):
            return best  # "Israel’s Foreign Minister", not "the Israel’s ..."
        if words[0].lower() in _COUNTED:
            return best[:1].lower() + best[1:]  # "one backbencher", not "the one backbencher"
        proper = proper or words[0].lower() in NATIONALITIES  # "the Hungarian government"
        lower = best[1:2].islower() and not proper and best not in cluster.capitalised
        return "the " + (best[:1].lower() + best[1:] if lower else best)

    def names(self) -> list[str]:
        return [n for n in (self.name(k) for k in self._clusters) if n]

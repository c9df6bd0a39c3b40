"""What a sentence leaves to the text around it: "It fell outside Japan's exclusive economic zone" after "North
Korea launched one ballistic missile"; "He has been charged with attempted murder" after "The suspect ... was
arrested"; "The fire has burned 2,400 acres" after "... because of the Cedar Ridge Fire"; "A former care home
manager has been jailed" before "Sandra Pryce, 58, ...".

A sentence that opens with a pronoun, or with a definite noun the text has used before ("The fire", "The
Company"), is given the content words of the sentence that brought its referent in (for a pronoun the sentence
before it, for a definite noun the first sentence that used the noun) and, where that sentence writes it out,
the name the noun shortens ("Cedar Ridge"). A person a sentence only describes is given the name the next
sentence opens with; a body it names in full, its initials ("WFP"). Each sentence's words are "name | context":
search reads both beside the sentence's own; answers count the name as the sentence's own words and the context
at a lower weight (bot/rerank.py), so the sentence still has to hold what is asked."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .entities import sentence_entities
from .lexicon import word_set
from .model import Sentence
from .noun_phrases import person_noun
from .rank import stop_words

MAX_WORDS = 12  # words of context a sentence is given at most
_LEAD = r"^(?:(?:But|And|So|Yet|However|Meanwhile|Still|Instead|Now),?\s+)?"
_PRONOUN = re.compile(_LEAD + r"(?:He|She|It|They|His|Her|Its|Their|This|These)\b(?!\s*[-–—:])", re.I)
_DEFINITE = re.compile(_LEAD + r"(?:The|This|These|That|Those|Such)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)", re.I)
# ... or whose reported clause opens with one: "Novak said the group would meet again on March 5"
_REPORTED_DEFINITE = re.compile(
    r"\b(?:said|says|added|noted|warned|confirmed|announced|stated)\s+(?:that\s+)?(?:the|this)\s+"
    r"((?:[\w'’-]+\s+){0,2}[\w'’-]+)"
)
# the capitalised common nouns that documents define and then use alone ("the Company", "the Board")
_DEFINED_TERMS = word_set(
    "company board committee council government ministry department bank court commission agency authority "
    "fund group office service trust union bill act plan"
)
# a person described, not named ("a former care home manager", "a 24-year-old man", "A federal judge", "the former
# chief executive of a charity") ...
_INDEFINITE = re.compile(r"\b(?:[Aa]n?|[Tt]he\s+(?=former\b|ex-))\s*(?=((?:[\w'’-]+\s+){0,3}[\w'’-]+))")
_ANONYMOUS = word_set("official source spokesman spokeswoman spokesperson aide diplomat insider")
_NP_ENDS = word_set("of by for with to from in on at that which who whose and or but as than the its their")
_PEOPLE = word_set("man woman boy girl teenager teen person child mother father judge suspect victim pilot")
# ... whom the next sentence opens by naming ("Sandra Pryce, 58,", "The suspect, Darnell Hayes of", "U.S.
# District Judge Robert Pitman granted")
_NAMED_LEAD = re.compile(
    r"^(?:The\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?,\s+)?(?!(?:The|This|These|That|A|An|In|On|At|He|She|It|They)\s)"
    r"(?P<name>(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]+)"
)
_TWO_CAPS = re.compile(r"\b[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\s+(?:(?:of|for|and|the)\s+)*[A-ZÀ-ÖØ-ÞĀ-Ž]")
NAME_WORDS = 8  # of the sentence that names the person
NAME_SPAN = 4  # sentences, from the first to use a noun, in which the name it shortens is looked for
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _content(text: str, own: set[str]) -> list[str]:
    """A text's content words, in order, once each, without those in `own` (lower case)."""
    stops = stop_words()
    out: list[str] = []
    seen = set(own)
    for w in _words(text):
        low = w.lower().strip("'’")
        if len(low) > 2 and low not in stops and low not in seen:
            seen.add(low)
            out.append(w)
    return out


def _head(np: str, stops: frozenset[str]) -> list[str]:
    """The words of a definite noun phrase that may name what it refers to, up to its first function word
    ("fire" of "fire has burned"); none for a name ("European Parliament must", "ECB said"), which does not lean
    on the text before, but a defined term may be capitalised ("the Company")."""
    head: list[str] = []
    for w in _words(np):
        if w.lower() in stops or len(w) < 3:
            break
        head.append(w)
    names = [w for w in head if w[:1].isupper() and w.lower() not in _DEFINED_TERMS]
    return [] if names else head


def sentence_about(sentences: Sequence[Sentence]) -> tuple[str | None, ...]:
    """For each sentence, the words of what it refers back to (None when it opens with no reference back): the
    name of its referent where the text gives one ("Cedar Ridge" for "The fire"), then after " | " the words of
    the sentence that brought it in (see `parts`)."""
    stops = stop_words()
    first_use: dict[str, int] = {}  # a word (lower case) -> the position of the first sentence that uses it
    about: list[tuple[list[str], list[str]]] = []  # (the referent's name, the context), each sentence
    for i, sentence in enumerate(sentences):
        text = sentence.text
        lowered = [w.lower() for w in _words(text)]
        own = set(lowered)
        source: int | None = None
        name: list[str] = []
        if i > 0 and sentence.kind != "heading":
            if _PRONOUN.match(text):
                source = i - 1
            elif (m := _DEFINITE.match(text) or _REPORTED_DEFINITE.search(text)) and (
                head := _head(m.group(1), stops)
            ):
                used = [first_use[w.lower()] for w in head if w.lower() in first_use]
                source = min(used) if used else None
                name = _named(sentences[:i], head, source, own) if source is not None else []
            elif text.rstrip(' "”’)').endswith("?") and sentences[i - 1].paragraph == sentence.paragraph:
                # a question after its premise: "... a new contract for Bruno. Where are those talks?"
                source = i - 1
        name += _acronyms(text, own | {w.lower() for w in name})
        context: list[str] = []
        if source is not None:
            context = _content(sentences[source].text, own | {w.lower() for w in name})
            if source == i - 1:  # a pronoun's sentence before carries its own context on
                carried = " ".join(about[source][0] + about[source][1])
                context += _content(carried, own | {w.lower() for w in name + context})
        about.append((name, context[:MAX_WORDS]))
        for low in lowered:
            first_use.setdefault(low, i)
    _named_next(sentences, about)
    return tuple(_joined(name, context) for name, context in about)


def _acronyms(text: str, own: set[str]) -> list[str]:
    """The initials of the bodies a sentence names in full, as a question may name them: "WFP" for "The World
    Food Programme said it would distribute food"."""
    out: list[str] = []
    if not _TWO_CAPS.search(text):
        return out  # (no name of two capitalised words: nothing to look up)
    for found, kind in sentence_entities(text):
        initials = "".join(w[0] for w in found.split() if w[:1].isupper())
        if (
            kind == "organisation"
            and len(initials) >= 2
            and initials.lower() not in own
            and initials not in out
        ):
            out.append(initials)
    return out


def _joined(name: list[str], context: list[str]) -> str | None:
    if name:
        return " ".join(name) + (" | " + " ".join(context) if context else " |")
    return " ".join(context) or None


def parts(about: str | None) -> tuple[str, str]:
    """What a sentence refers back to as (its referent's name, the context the referent was brought in with):
    the name stands for the sentence's own words, the context does not."""
    if not about:
        return "", ""
    name, bar, context = about.partition(" |")
    return (name, context.strip()) if bar else ("", about)


def _named(before: Sequence[Sentence], head: list[str], first: int, own: set[str]) -> list[str]:
    """The name a definite noun phrase shortens, from the sentences that first use its noun (from `first`, a few):
    "Cedar Ridge" for "The fire" after "... because of the Cedar Ridge Fire" (not a heading's capitals)."""
    for w in head:
        found = _name_ending(w.lower())
        for sentence in before[first : first + NAME_SPAN]:
            if sentence.kind != "heading" and (m := found.search(sentence.text)):
                return [x for x in m.group(1).split() if x.lower() not in own and x.lower() not in _NP_ENDS]
    return []


@lru_cache(maxsize=4096)
def _name_ending(word: str) -> re.Pattern[str]:
    """Capitalised words before `word` (not a compound adjective: "The British-drafted resolution")."""
    return re.compile(rf"\b((?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿ][\w'’.]*\s+){{1,3}})(?i:{re.escape(word)})\b")


def _named_next(sentences: Sequence[Sentence], about: list[tuple[list[str], list[str]]]) -> None:
    """A person a sentence describes without naming ("A former care home manager has been jailed", "police
    arrested a 24-year-old man") whom the next sentence opens by naming ("Sandra Pryce, 58, who ran ...", "The
    suspect, Darnell Hayes of the Near East Side, ..."): that is the person's name, and the words around it its
    context."""
    for i in range(len(sentences) - 1):
        here, after = sentences[i], sentences[i + 1]
        lead = _NAMED_LEAD.match(after.text)
        if here.kind == "heading" or after.kind == "heading" or not lead:
            continue
        if not any(_described(m.group(1)) for m in _INDEFINITE.finditer(here.text)):
            continue
        name, context = about[i]
        own = {w.lower() for w in _words(f"{here.text} {' '.join(name + context)}")}
        person = _content(lead.group("name"), own)
        rest = _content(" ".join(after.text.split()[:NAME_WORDS]), own | {w.lower() for w in person})
        about[i] = (name + person, context + rest)


def _described(np: str) -> bool:
    """Whether the words after "a" or "an", up to a function word, describe a person (not an anonymous source:
    "A third official said ...", whom no sentence after names)."""
    for w in np.split():
        if w.lower() in _NP_ENDS or w.lower().rstrip("s") in _ANONYMOUS:
            return False
        if w.islower() and (w in _PEOPLE or person_noun(w)):
            return True
    return False

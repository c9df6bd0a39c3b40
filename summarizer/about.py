"""What a sentence leaves to the text before it: "It fell outside Japan's exclusive economic zone" after "North
Korea launched one ballistic missile"; "He has been charged with attempted murder" after "The suspect ... was
arrested"; "The fire has burned 2,400 acres" after "... because of the Cedar Ridge Fire".

A sentence that opens with a pronoun, or with a definite noun the text has used before ("The fire", "The
Company"), is given the content words of the sentence that brought its referent in: for a pronoun the sentence
before it, for a definite noun the first sentence that used the noun. Search and answers read those words
beside the sentence's own, at a lower weight (bot/rerank.py): a question that names what the sentence leaves to
its context finds it, and the sentence still has to hold what is asked."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import word_set
from .model import Sentence
from .noun_phrases import person_noun
from .rank import stop_words

MAX_WORDS = 12  # words of context a sentence is given at most
_LEAD = r"^(?:(?:But|And|So|Yet|However|Meanwhile|Still|Instead|Now),?\s+)?"
_PRONOUN = re.compile(_LEAD + r"(?:He|She|It|They|His|Her|Its|Their|This|These)\b(?!\s*[-–—:])", re.I)
_DEFINITE = re.compile(_LEAD + r"(?:The|This|These|That|Those|Such)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)", re.I)
# the capitalised common nouns that documents define and then use alone ("the Company", "the Board")
_DEFINED_TERMS = word_set(
    "company board committee council government ministry department bank court commission agency authority "
    "fund group office service trust union bill act plan"
)
# a person described, not named ("a former care home manager", "a 24-year-old man", "A federal judge") ...
_INDEFINITE = re.compile(r"\b[Aa]n?\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)")
_NP_ENDS = word_set("of by for with to from in on at that which who whose and or but as than the its their")
_PEOPLE = word_set("man woman boy girl teenager teen person child mother father judge suspect victim pilot")
# ... whom the next sentence opens by naming ("Sandra Pryce, 58,", "The suspect, Darnell Hayes of", "U.S.
# District Judge Robert Pitman granted")
_NAMED_LEAD = re.compile(
    r"^(?:The\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?,\s+)?(?!(?:The|This|These|That|A|An|In|On|At|He|She|It|They)\s)"
    r"(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]+"
)
NAME_WORDS = 8  # of the sentence that names the person
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
    """For each sentence, the words of what it refers back to (None when it opens with no reference back)."""
    stops = stop_words()
    first_use: dict[str, int] = {}  # a word (lower case) -> the position of the first sentence that uses it
    about: list[str | None] = []
    for i, sentence in enumerate(sentences):
        text = sentence.text
        source: int | None = None
        if i > 0 and sentence.kind != "heading":
            if _PRONOUN.match(text):
                source = i - 1
            elif (m := _DEFINITE.match(text)) and (head := _head(m.group(1), stops)):
                used = [first_use[w.lower()] for w in head if w.lower() in first_use]
                source = min(used) if used else None
        if source is not None:
            own = {w.lower() for w in _words(text)}
            context = _content(sentences[source].text, own)
            if about[source] and source == i - 1:  # a pronoun's sentence before carries its own context on
                context += _content(about[source] or "", own | {w.lower() for w in context})
            about.append(" ".join(context[:MAX_WORDS]) or None)
        else:
            about.append(None)
        for w in _words(text):
            first_use.setdefault(w.lower(), i)
    return tuple(_named_next(sentences, about))


def _named_next(sentences: Sequence[Sentence], about: list[str | None]) -> list[str | None]:
    """A person a sentence describes without naming ("A former care home manager has been jailed", "police
    arrested a 24-year-old man") whom the next sentence opens by naming ("Sandra Pryce, 58, who ran ...", "The
    suspect, Darnell Hayes of the Near East Side, ..."): the name's words are what the sentence is about too."""
    out = list(about)
    for i in range(len(sentences) - 1):
        here, after = sentences[i], sentences[i + 1]
        if here.kind == "heading" or after.kind == "heading" or not _NAMED_LEAD.match(after.text):
            continue
        if not any(_described(m.group(1)) for m in _INDEFINITE.finditer(here.text)):
            continue
        before = out[i] or ""
        named = _content(
            " ".join(after.text.split()[:NAME_WORDS]), {w.lower() for w in _words(f"{here.text} {before}")}
        )
        out[i] = " ".join([before, *named]).strip() or None
    return out


def _described(np: str) -> bool:
    """Whether the words after "a" or "an", up to a function word, describe a person."""
    for w in np.split():
        if w.lower() in _NP_ENDS:
            return False
        if w.islower() and (w in _PEOPLE or person_noun(w)):
            return True
    return False

"""A document's entity list: the people, organisations, places, sums and dates it names, each counted once
under its fullest name ("Lopez Obrador" counts for "Andres Manuel Lopez Obrador"), for the JSON contract."""

from __future__ import annotations

import re
from collections import Counter

from .entities import DATE, MONEY, full_name, known_places, lowercase_words, mentions, normalise_money
from .given_names import GIVEN
from .lexicon import word_set
from .model import Entity, EntityKind, Sentence

# A person's name runs into the role before it ("Treasurer Jim Chalmers") or a byline's words after it
# ("Daniel Ortiz Staff Writer", "Marcus Lee" before "Associated Press" on the next line)
_ROLE_BEFORE = word_set(
    "treasurer manager inspector sheriff councilmember councilmembers councilman councilwoman headteacher "
    "superintendent constable detective sergeant chair chairperson coach"
)
_BYLINE_AFTER = word_set("associated staff writer headteacher correspondent reporter editor press contact")
# the last word of a place's name ("Franklin County", "Near East Side") and of a body's ("Mapleton High School")
_PLACE_LAST = word_set(
    "county city province district region side street avenue square park station airport valley river lake "
    "island islands bay falls heights hills beach springs"
)
_PLACE_FIRST = word_set("port fort mount lake")
_ORG_LAST = word_set(
    "school college club guard securities resources mining grocers community partners platforms energy foods "
    "systems labs media railways trust hospital clinic"
)
# initials that name a measure or a thing, not a body; and a currency's letter before its figure ("R560")
_NOT_BODIES = word_set(
    "gdp gnp vat gst utc gmt api suv ceo cfo coo cto doi cctv pin pdf faq url sms hiv aids isbn"
)
_FIGURE = re.compile(r"^(?!G\d)[A-Z]{1,2}\d+(?:[.,]\d+)?$")  # (not the G7 or the G20)
# a single capitalised word with a common noun's form, neither titled nor a given name, that only ever opens a
# sentence: "Patients", "Markets"
_COMMON_FORM = re.compile(r"(?:ion|ions|ity|ment|ments|ness|ance|ence|ship|ure|ism|ing|ics|[^su]s)$")


def _person(name: str, common: set[str]) -> tuple[str, EntityKind]:
    """A person's name as the entity list gives it, or what else its last or first word shows it is."""
    toks = full_name(name, common).split()
    while len(toks) > 2 and toks[0].lower() in _ROLE_BEFORE:
        toks = toks[1:]
    while len(toks) > 2 and toks[-1].lower().strip("'’") in _BYLINE_AFTER | common:
        toks = toks[:-1]
    low = [t.lower().strip("'’") for t in toks]
    if len(toks) > 1 and (low[-1] in _PLACE_LAST or low[0] in _PLACE_FIRST):
        return " ".join(toks), "place"
    if len(toks) > 1 and low[-1] in _ORG_LAST:
        return " ".join(toks).rstrip("'’"), "organisation"
    return " ".join(toks), "person"


def find_entities(sentences: list[Sentence]) -> list[Entity]:
    places = known_places()
    counts: Counter[tuple[str, EntityKind]] = Counter()
    lower_words = lowercase_words(sentences)
    common_form: set[str] = set()  # single words with a common noun's form, not titled
    named: set[str] = set()  # (the same word elsewhere in a sentence or titled is a name: "Cllr Hughes")
    for s in sentences:
        if s.kind == "heading":
            continue
        for m in MONEY.finditer(s.text):
            counts[(normalise_money(m.group(0)), "money")] += 1
        for m in DATE.finditer(s.text):
            counts[(m.group(0), "date")] += 1
        for name, kind, after_title in mentions(s.text, places):
            if kind == "person" and not after_title and any(t.lower() in lower_words for t in name.split()):
                continue
            if kind == "person":
                name, kind = _person(name, lower_words)
            elif kind == "organisation" and (name.lower() in _NOT_BODIES or _FIGURE.match(name)):
                continue
            if (
                kind == "person"
                and " " not in name
                and not after_title
                and name.lower() not in GIVEN
                and _COMMON_FORM.search(name)
                and s.text.lstrip(" \"“‘'").startswith(name + " ")
            ):
                common_form.add(name)  # (unless it shortens a full name: "Hughes" of "Sarah Hughes")
            elif kind == "person":
                named.add(name)
            counts[(name, kind)] += 1
    # A shorter form of a full name found in the document ("Lopez Obrador") counts for that name;
    # a single word that opens an organisation's name ("Merida" of "Merida Initiative") is no person.
    # A name the document shows to be an organisation is one wherever it appears ("Defra had ...").
    for (name, kind), c in list(counts.items()):
        if kind == "person" and (name, "organisation") in counts:
            counts[(name, "organisation")] += c
            del counts[(name, kind)]
    people = [n for (n, k) in counts if k == "person" and " " in n]
    org_first = {n.split()[0] for (n, k) in counts if k == "organisation" and " " in n}
    for (name, kind), c in list(counts.items()):
        if kind != "person":
            continue
        if name in org_first and not any(p.endswith(" " + name) for p in people):
            del counts[(name, kind)]  # (but "Trump" of "Trump Foundation" is Donald Trump)
            continue
        full = [p for p in people if p != name and p.endswith(" " + name)]
        if name.split()[0].lower() in ("sir", "dame") and len(name.split()) == 2:
            full = [p for p in people if p.startswith(name + " ")]  # "Sir Alan" is "Sir Alan Budd"
        if len(full) == 1:
            counts[(full[0], "person")] += c
            del counts[(name, kind)]
    for name in (
        common_form - named
    ):  # "Patients will ...", "Markets were ...": a common noun opening a sentence
        counts.pop((name, "person"), None)
    order = {"person": 0, "organisation": 1, "place": 2, "money": 3, "date": 4}
    return [
        Entity(text, kind, count)
        for (text, kind), count in sorted(counts.items(), key=lambda kv: (order[kv[0][1]], -kv[1], kv[0][0]))
    ]

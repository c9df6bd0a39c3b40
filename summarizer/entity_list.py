"""A document's entity list: the people, organisations, places, sums and dates it names, each counted once
under its fullest name ("Lopez Obrador" counts for "Andres Manuel Lopez Obrador"), for the JSON contract."""

from __future__ import annotations

from collections import Counter

from .entities import DATE, MONEY, known_places, lowercase_words, mentions, normalise_money
from .model import Entity, EntityKind, Sentence


def find_entities(sentences: list[Sentence]) -> list[Entity]:
    places = known_places()
    counts: Counter[tuple[str, EntityKind]] = Counter()
    lower_words = lowercase_words(sentences)
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
    order = {"person": 0, "organisation": 1, "place": 2, "money": 3, "date": 4}
    return [
        Entity(text, kind, count)
        for (text, kind), count in sorted(counts.items(), key=lambda kv: (order[kv[0][1]], -kv[1], kv[0][0]))
    ]

"""Names that open with an accented capital ("Álvaro", "Élise", "Łukasz") are names like any other."""

from __future__ import annotations

from summarizer.analyze import analyse
from summarizer.attribution import reporting_speaker
from summarizer.entities import sentence_entities


def test_accented_names_are_people_and_speakers() -> None:
    a = analyse(
        "Ministers met on Wednesday. Álvaro Leyva said Colombia will reopen the bridge in March. "
        "Élise Dubois, the French envoy, said France would send observers."
    )
    assert [(c.actor, c.speaker) for c in a.commitments] == [
        ("Colombia", "Álvaro Leyva"),
        ("France", "Élise Dubois"),
    ]
    people = [e.text for e in a.entities if e.kind == "person"]
    assert people == ["Álvaro Leyva", "Élise Dubois"]


def test_accented_names_after_titles_and_in_apposition() -> None:
    found = sentence_entities("Foreign Minister Álvaro Leyva met Éric Dupont and Łukasz Nowak.")
    assert found == [("Álvaro Leyva", "person"), ("Éric Dupont", "person"), ("Łukasz Nowak", "person")]
    text = "The Colombian foreign minister, Álvaro Leyva, said the army will win."
    assert reporting_speaker(text, len(text), outermost=True) == "Álvaro Leyva"


def test_a_name_in_apposition_after_an_inverted_verb_and_before_more() -> None:
    """ "declared the Colombian foreign minister, Álvaro Leyva, at the end of the meeting": Leyva."""
    text = '"We will win," declared the Colombian foreign minister, Álvaro Leyva, at the end of the meeting.'
    assert reporting_speaker(text, len(text), outermost=True) == "Álvaro Leyva"
    text = '"We will win," said the spokesman, Tom Hale, on Friday.'
    assert reporting_speaker(text, len(text), outermost=True) == "Tom Hale"
    text = '"We will win," said the official, adding that the talks would go on.'
    assert reporting_speaker(text, len(text), outermost=True) == "the official"

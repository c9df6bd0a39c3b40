"""What a sentence refers back to (summarizer/about.py), and the answers it makes possible: a sentence that opens
with a pronoun or with a noun used before is found by the words of the sentence that brought its referent in."""

from __future__ import annotations

from pathlib import Path

from briefed import answer, briefed

from summarizer.about import parts, sentence_about
from summarizer.model import Sentence


def _about(*texts: str, kinds: tuple[str, ...] = ()) -> tuple[str | None, ...]:
    kinds = kinds or ("body",) * len(texts)
    return sentence_about([Sentence(i, t, i, k) for i, (t, k) in enumerate(zip(texts, kinds, strict=True))])  # type: ignore[arg-type]


def test_a_pronoun_is_about_the_sentence_before() -> None:
    assert _about(
        "Police arrested a 31-year-old woman at the station.",
        "She has been charged with arson.",
        "But she denies it.",
    ) == (
        None,
        "Police arrested year-old woman station",
        # the sentence before carries on its own context (its own words are not repeated: "charged")
        "charged arson Police arrested year-old woman station",
    )


def test_a_definite_noun_is_about_the_first_sentence_that_used_it() -> None:
    about = _about(
        "Crews are fighting the Pine Hollow Fire near Bend.",
        "Evacuations were ordered on Tuesday.",
        "The fire has burned 900 acres.",
    )
    # the name it shortens, then the words it was brought in with ("fire" is its own)
    assert about == (None, None, "Pine Hollow | Crews fighting Bend")
    assert parts(about[2]) == ("Pine Hollow", "Crews fighting Bend")
    assert parts("Crews fighting Bend") == ("", "Crews fighting Bend") and parts(None) == ("", "")
    # a capitalised term a document defines and then uses alone is such a noun too
    assert (
        _about(
            'Acme Inc. (the "Company") approved a restructuring plan.',
            "The Company expects charges of $4 million.",
        )[1]
        == "Acme approved restructuring plan"
    )


def test_a_name_or_a_first_mention_refers_back_to_nothing() -> None:
    assert _about(
        "The European Parliament must approve the rules.",
        "The European Parliament will vote in May.",  # a name written out
        "The ECB kept rates on hold.",
        "The ECB said inflation was slowing.",  # an acronym is a name
        "The mayor spoke on Friday.",  # "mayor" is new
    ) == ("EP |", "EP |", None, None, None)  # (nothing but the European Parliament's own initials)
    # a heading refers back to nothing, and nothing comes before the first sentence
    assert _about("It was a long night.", "It ended.", kinds=("body", "heading")) == (None, None)


def test_a_body_named_in_full_is_also_named_by_its_initials() -> None:
    assert _about(
        "The World Food Programme said it would distribute food to 60,000 people.",
        "The European Central Bank (ECB) held rates.",  # (its initials are its own words already)
        "Prime Minister Keir Starmer spoke.",  # (a person's initials are no name)
    ) == ("WFP |", None, None)


def test_a_person_described_is_the_one_the_next_sentence_names() -> None:
    about = _about(
        "A retired teacher has been fined for feeding pigeons in the square.",
        "Margaret Ellis, 71, of Harrow Road, was fined £150 on Monday.",
        "The council hired a contractor.",
        "Work will start in May.",  # no name: nothing to add
    )
    assert about == ("Margaret Ellis | Harrow Road", None, None, None)
    # (and a sentence that refers back keeps that too)
    assert (
        _about(
            "Police were called to the bank at noon.",
            "They arrested a man at the scene.",
            "The suspect, Tom Reed, appeared in court.",
        )[1]
        == "Tom Reed | Police called bank noon suspect appeared court"
    )


def test_a_question_is_answered_from_a_sentence_that_leaves_its_subject_to_the_one_before(
    tmp_path: Path,
) -> None:
    service = briefed(
        tmp_path,
        "Transit police said the suspect, a 35-year-old man, was detained at Union Station on Monday night. "
        "He has been charged with aggravated assault.\n\n"
        "Crews are fighting the Pine Hollow Fire near Bend, Oregon. Evacuations were ordered on Tuesday. "
        "The fire has burned about 900 acres and is 10% contained.\n\n"
        "A hospital spokesman said the hospital had postponed more than 300 operations. "
        "He refused to say how many patients had been moved.",
    )
    assert (
        answer(service, "What was the suspect charged with?")
        == "He has been charged with aggravated assault."
    )
    assert answer(service, "How big is the Pine Hollow Fire?") == "about 900 acres"
    # a refusal of another count ("how many patients") is no answer to how many operations
    assert answer(service, "How many operations has the hospital postponed?") == "more than 300 operations"
    # a name the next sentence gives the person a sentence describes, who is the answer to "who"
    arrest = briefed(
        tmp_path / "arrest",
        "Stabbing suspect charged\n\nPolice arrested a 24-year-old man on Tuesday night. The suspect, Darnell "
        "Hayes, has been charged with assault.\n\nA third official said the city would pay. Mayor Ann Cole "
        "welcomed the plan.",
    )
    assert answer(arrest, "Who was arrested?") == "Darnell Hayes"
    # (not an anonymous source, whom the sentence after does not name)
    assert "Ann Cole" not in answer(arrest, "Who will pay?")
    fined = briefed(
        tmp_path / "fined",
        "A retired teacher has been fined £150 for feeding pigeons in the square.\n\n"
        "Margaret Ellis, 71, of Harrow Road, said she would appeal.",
    )
    assert answer(fined, "How much was Margaret Ellis fined?") == "£150"
    # the words lent do not make a sentence that holds none of the question's own an answer
    assert answer(service, "Where was the suspect detained?") == "Union Station"

"""Shapes the twenty-fifth batch of test briefings (scored once with the code as it stood, then mended) brought: a wire
story on an earthquake, a Reuters story on oil output cuts, a government's response to a petition, a regulator's
price-cap release and a press gaggle aboard Air Force One."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed

from bot.question import question_type
from bot.vocabulary import IRREGULAR
from summarizer.declined import find_declined
from summarizer.document import is_boilerplate


def test_a_question_opening_with_when_where_or_who_asks_for_that_whatever_noun_it_names() -> None:
    assert question_type("When is the next price cap announcement?") == "date"
    assert question_type("Who will pay the cost?") == "person"
    assert question_type("Where will the price rises hit hardest?") == "place"
    assert question_type("How much will the price cap rise?") == "money"  # (as before)


def test_an_irregular_verbs_ing_and_s_forms_have_its_other_forms() -> None:
    assert set(IRREGULAR["driving"]) == {"drive", "drove", "driven"}
    assert "ran" in IRREGULAR["running"] and "said" in IRREGULAR["says"]


def test_refusals_of_a_gaggle_and_of_a_figure_still_to_come() -> None:
    for text in (
        "I'm not going to read out private conversations.",
        "The Government has not yet estimated the cost to local authorities of registering new voters.",
        'Jarvis said it was "impossible to predict".',
    ):
        assert find_declined(text) is not None, text
    assert find_declined("The Government has estimated the cost at £20 million.") is None


def test_a_release_date_line_and_a_response_date_line_are_furniture() -> None:
    for line in (
        "Press release",
        "Press release Publication date: 27 August 2025",
        "This response was given on 14 March 2025",
    ):
        assert is_boilerplate(line), line
    assert not is_boilerplate("The press release said the cap would rise.")


def test_a_discourse_marker_and_a_title_used_alone_leave_the_president_the_president() -> None:
    out = analysis(
        "MS. DALTON: Today the President will visit the Ford plant in Wayne. Second, the President spoke with "
        "President Zelenskyy this morning. He reaffirmed that the United States will continue to support Ukraine, "
        "and he told President Zelenskyy that a new package of air defense equipment will be announced by the "
        "Pentagon on Friday.\n\nQ: Thank you.\n\nMS. DALTON: Thanks, everyone."
    )
    pairs = [(c["actor"], c["speaker"]) for c in out["commitments"]]
    assert ("the United States", "the President") in pairs
    assert ("the Pentagon", "the President") in pairs  # (a passive's agent acts)
    assert not any("Zelenskyy" in (c["speaker"] or "") for c in out["commitments"])


def test_a_judgement_in_quote_marks_is_no_commitment() -> None:
    out = analysis(
        'Consumer group Which? said the rise would be "a blow to millions of households" and urged suppliers to '
        "help customers in debt."
    )
    assert out["commitments"] == []


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Oil and the voting age\n\n"
        "OPEC+ agreed on Sunday to extend its current oil output cuts until the end of March, three sources from "
        "the group said.\n\n"
        "Brent crude futures fell 1.2% to $71.84 a barrel after the news.\n\n"
        "OPEC+ pumps about half of the world's oil.\n\n"
        "The sources said the decision was taken at an online meeting of ministers.\n\n"
        "Russia's Deputy Prime Minister Alexander Novak said the group would meet again on March 5.\n\n"
        "The increase is mainly driven by higher wholesale costs.\n\n"
        "Some have raised concerns about the cost of the change. The Government has not yet estimated the cost "
        "to local authorities of registering new voters.",
    )
    assert answer(service, "How much is Brent crude trading at?") == "$71.84"
    assert answer(service, "How much oil does OPEC+ produce?") == "OPEC+ pumps about half of the world's oil."
    assert (
        answer(service, "When will OPEC+ meet again?") == "on March 5"
    )  # ("the group" after a reporting verb)
    assert (
        answer(service, "What is driving the increase?")
        == "The increase is mainly driven by higher wholesale costs."
    )
    assert answer(service, "How much will the change cost?") == (
        "The Government has not yet estimated the cost to local authorities of registering new voters."
    )


def test_a_body_named_for_what_it_serves_and_a_datelines_city() -> None:
    from summarizer.entities import sentence_entities

    found = sentence_entities(
        "AUSTIN, Texas (AP) — A measles outbreak has grown, and the federal Centers for Disease Control and "
        "Prevention said it was sending a team."
    )
    assert ("AUSTIN", "place") in found
    assert ("Centers for Disease Control and Prevention", "organisation") in found
    assert not any(kind == "person" for _, kind in found)
    assert sentence_entities("The Office for National Statistics said on Tuesday.")[0] == (
        "Office for National Statistics",
        "organisation",
    )


def test_a_person_with_a_relative_clause_of_their_own_speaks_not_the_place_in_it() -> None:
    out = analysis(
        "BILLINGS, Mont. (AP) — The pilot of a small cargo plane that crashed near Billings last month reported "
        '"heavy vibration" in the engine, federal investigators said.'
    )
    assert [q["speaker"] for q in out["quotes"]] == ["the pilot of a small cargo plane"]


def test_the_entity_list_keeps_names_apart_from_roles_bylines_places_bodies_and_common_nouns() -> None:
    out = analysis(
        "Treasurer Jim Chalmers said the budget would be tabled in May. Patients will wait longer, he said. "
        "Mapleton High School will close early. Flooding hit Franklin County and Port Harcourt. GDP grew by 1%, and "
        "prices rose to R560. Markets were calm.\n\nDaniel Ortiz Staff Writer"
    )
    ents = {(e["text"], e["kind"]) for e in out["entities"]}
    assert ("Jim Chalmers", "person") in ents
    assert ("Mapleton High School", "organisation") in ents
    assert {("Franklin County", "place"), ("Port Harcourt", "place")} <= ents
    assert not {name for name, _ in ents} & {"Patients", "Markets", "GDP", "Treasurer Jim Chalmers"}
    assert not any(name.endswith("Staff Writer") for name, _ in ents)
    assert ("R560", "organisation") not in ents  # (a sum in rand)

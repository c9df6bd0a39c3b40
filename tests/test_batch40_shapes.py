"""Shapes the fortieth batch brought: a CNN politics story from the CNN/DailyMail set, a BBC politics story, a White
House readout and a joint statement, scored once with the code as it stood, then mended. Each test uses text
written for it in the same shape."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed, found_actors


def test_an_adverb_is_no_part_of_the_actor_and_a_purpose_is_no_commitment() -> None:
    assert found_actors('"And we are absolutely committed to doing that."') == ["we"]
    assert found_actors("The family is firmly committed to staying.") == ["The family"]
    # "... so that older people ... can rest assured that their personal care needs will be met"
    assert (
        found_actors("We need the money now so that pensioners can rest assured their bills will be paid.")
        == []
    )


def test_a_readout_met_in_a_city_with_someone() -> None:
    out = analysis(
        "Readout\n\nThe Foreign Minister Ana Reyes met today in Lisbon with Deputy Minister Tom Lund to discuss "
        "trade. They also discussed fisheries. They agreed to meet again in the autumn."
    )
    assert [c["actor"] for c in out["commitments"]] == ["Ana Reyes and Tom Lund"]


def test_she_after_an_ambassador_to_a_body_named_in_full() -> None:
    # (the one quoted before her has a given name that says nothing of gender)
    out = analysis(
        'Genocide\n\n"We cannot call it a genocide," Foreign Minister Mevlut Demir told CNN on Tuesday. In her '
        "book, Ambassador to the United Nations Sara Holm hammered U.S. policy makers for not acting. "
        '"No U.S. president has ever made prevention a priority. It is no coincidence that it goes on," she wrote.'
    )
    assert [q["speaker"] for q in out["quotes"]] == ["Mevlut Demir", "Sara Holm"]


def test_a_link_glued_to_the_next_sentence_is_cut_at_in() -> None:
    out = analysis(
        "Story\n\nThe council approved the budget on Monday. 5 things to know about the budget In 2024, the "
        "council cut the library budget by half. Officials said more cuts were possible."
    )
    texts = [s["text"] for s in out["summary"]]
    assert "In 2024, the council cut the library budget by half." in texts


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Report\n\n"
        "This week is the 80th anniversary of the massacre of an estimated 20,000 villagers in the valley. "
        "Officials recalled the 1944 massacre by soldiers of villagers from the valley. "
        "Norway has the largest fishing fleet in the region, behind only Russia, and is a key partner when it "
        "comes to Iceland, Greenland and other northern issues. "
        "Spain, Portugal and Italy have the longest waiting lists. "
        "A spokesman said Moscow had abstained in the vote. "
        "The minister met today in Lisbon to discuss the fleet as it faces attacks from armed smugglers. "
        "The rise in costs stems from mistakes in the research. "
        "New assumptions could drive the cost of the scheme up by another £130m by 2030, the report warned. "
        "The Scottish Executive will publish its own research on the scheme.",
    )
    assert answer(service, "How many villagers were killed?") == "20,000 villagers"
    assert answer(service, "Which country has the largest fishing fleet in the region?") == "Norway"
    assert answer(service, "Which countries have the longest waiting lists?") == "Spain, Portugal and Italy"
    assert answer(service, "Which country abstained?") == "Russia"
    assert answer(service, "Who is attacking the fleet?") == "armed smugglers"
    assert answer(service, "By how much could the cost rise by 2030?") == "£130m"
    assert answer(service, "When will the Scottish Executive publish its own research?") == ""

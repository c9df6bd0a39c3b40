"""Shapes the twenty-eighth batch of test briefings (scored once with the code as it stood, then mended) brought: a
central bank's policy resolution, a ceasefire wire story, a minister's Commons statement, a police force's plan and a
congestion charge explained in questions."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed

from summarizer.declined import find_declined
from summarizer.document import is_boilerplate


def test_a_speech_page_delivered_by_a_minister_is_in_the_ministers_voice() -> None:
    out = analysis(
        "Oral statement to Parliament: Public ownership of rail services\n\n"
        "Delivered on: 10 March 2026 by The Rt Hon Heidi Alexander MP, Secretary of State for Transport\n\n"
        "With permission, Madam Deputy Speaker, I will make a statement on our railways.\n\n"
        "We will publish the Railways Bill in the spring.\n\nI commend this statement to the House."
    )
    assert [(c["text"], c["speaker"]) for c in out["commitments"]] == [
        ("We will publish the Railways Bill in the spring.", "Heidi Alexander")
    ]
    assert is_boilerplate("With permission, Madam Deputy Speaker, I will make a statement on our railways.")


def test_two_countries_closing_a_sentence_speak_it() -> None:
    out = analysis(
        "The two sides have agreed to a 72-hour ceasefire starting at midnight on Thursday, Saudi Arabia and the "
        "United States said in a joint statement on Wednesday."
    )
    speakers = [c["speaker"] or "" for c in out["commitments"]]
    assert len(speakers) == 1 and "United States" in speakers[0], speakers


def test_forward_guidance_refused_and_a_charge_that_hits_workers() -> None:
    assert find_declined("The Governor said it would not be appropriate to give forward guidance.")
    assert analysis("Opponents said the charge would hit low-paid workers who commute.")["commitments"] == []


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Rail, knives and charges\n\n"
        "The two sides have agreed to a 72-hour ceasefire starting at midnight on Thursday.\n\n"
        "Last year one in every 25 trains was cancelled.\n\n"
        "South Western Railway will transfer to public ownership on 25 May, followed by c2c in July and Greater "
        "Anglia in October.\n\n"
        "The honourable member for Wimbledon asked last week what will happen to the staff. I can confirm that all "
        "staff will transfer on their existing terms and conditions.\n\n"
        "Knife offences in the West Midlands rose by 8% last year to 4,310.\n\n"
        "Vans will pay £10 and lorries £50.\n\n"
        "Real GDP growth for 2025-26 is projected at 6.8 per cent.\n\n"
        "The council has not said how many cameras will be needed to enforce the zone.",
    )
    assert answer(service, "When does the ceasefire start?") == "at midnight on Thursday"
    assert answer(service, "How many trains were cancelled last year?") == "one in every 25 trains"
    assert answer(service, "When will Greater Anglia move to public ownership?") == "in October"
    assert answer(service, "What will happen to rail staff?").startswith("I can confirm that all staff")
    assert answer(service, "How many knife offences were there last year?") == "4,310"
    assert answer(service, "How much will lorries pay?") == "£50"
    assert answer(service, "What is the GDP growth forecast for 2025-26?") == "6.8 per cent"
    assert (
        answer(service, "How much will the congestion charge cost drivers?") == ""
    )  # (not the cameras' refusal)

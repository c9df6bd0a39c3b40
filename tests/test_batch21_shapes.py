"""Shapes the twenty-first batch of test briefings (scored once with the code as it stood, then mended) brought: an
NTSB preliminary report, a grocer's earnings call, a campaign speech, a boil-water notice and an arraignment."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed

from summarizer.entities import sentence_entities
from summarizer.when import find_when


def test_a_speaker_given_with_a_role_in_apposition_speaks_the_quote() -> None:
    out = analysis(
        "Harbor Air said it had grounded its planes. "
        '"We are heartbroken," the company\'s president, Lena Ford, said in a statement. '
        '"We will rebuild," Tom Hale, the airline\'s founder, said.'
    )
    assert [(q["text"], q["speaker"]) for q in out["quotes"]] == [
        ("We are heartbroken", "Lena Ford"),
        ("We will rebuild", "Tom Hale"),
    ]


def test_a_reported_clause_carries_its_subject_to_a_would_after_and() -> None:
    out = analysis('Reyes told reporters that his client "regrets nothing" and would fight the charges.')
    assert [(c["actor"], c["speaker"], c["action"]) for c in out["commitments"]] == [
        ("his client", "Reyes", "would fight the charges")
    ]


def test_wont_even_say_is_a_refusal() -> None:
    out = analysis("My opponent won't even say whether he supports the road bill.")
    assert [d["text"] for d in out["declined"]] == [
        "My opponent won't even say whether he supports the road bill."
    ]


def test_a_notices_issue_line_a_calls_participants_and_its_operator_are_furniture() -> None:
    out = analysis(
        "BOIL WATER NOTICE\n\nIssued Tuesday, March 16, 2027, at 6:30 a.m.\n\n"
        "Corporate participants: Ana Ruiz, Chief Executive Officer\n\n"
        "Operator: Good morning, and welcome to the call.\n\n"
        "Ana Ruiz: Sales grew 4% in the quarter. We will open 12 stores next year.\n\n"
        "Operator: That concludes today's call."
    )
    summary = " ".join(s["text"] for s in out["summary"])
    assert "Issued" not in summary and "participants" not in summary and "welcome" not in summary
    assert "Sales grew 4%" in summary


def test_a_person_from_a_place_is_a_person() -> None:
    assert sentence_entities("The pilot, 52-year-old Dan Ortiz of Laurel, was killed.") == [
        ("Dan Ortiz", "person")
    ]
    assert sentence_entities("The Bank of England held rates.") == [("Bank of England", "organisation")]


def test_a_day_keeps_its_part_of_the_day() -> None:
    assert find_when("Crews expect to finish the repair by Wednesday evening") == "by Wednesday evening"


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Maria Lopez, 44, appeared in court with her attorney, Sam Greer. The judge set bail at $20,000.\n\n"
        'The pilot reported "heavy vibration" about four minutes before the plane went down, investigators said '
        "on Thursday. Investigators shipped the engine to a laboratory in Canada. It was the last flight of the "
        "plane.\n\n"
        '"We are devastated," the airline\'s president, Joan Park, said.\n\n'
        "The city will hand out free water at the Civic Center, 12 Oak Street, each day.",
    )
    assert answer(service, "Who is Lopez's attorney?") == "Sam Greer"  # (an office after a possessive name)
    assert answer(service, "When did the pilot report vibration?") == "about four minutes before"
    assert answer(service, "Where was the engine sent?") == "Canada"
    assert answer(service, "How old was the plane?") == ""  # (a sentence with no age is no answer)
    assert answer(service, "Who is the president of the airline?") == "Joan Park"
    assert (
        answer(service, "Where will the city hand out free water?") == "Civic Center"
    )  # (the name after "at")

"""Shapes the fifteenth batch of test briefings (written before the code was changed for them) brought: a
council's minutes (numbered sections, a motion, a question reported and refused), an EU press release, a
statistics bulletin, a police appeal and an airline's statement with its FAQ."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed

from summarizer.document import build
from summarizer.entities import sentence_entities
from summarizer.text import parse_text

MINUTES = """Minutes of the Ordinary Meeting

1. Library opening hours

Councillor Bell moved, and Councillor Davies seconded, that the council restore Saturday opening at all five branch libraries from 1 November 2027. The motion was carried by 7 votes to 2.

2. Bus shelter repairs

The Director of Environment, Sam Okafor, reported that 46 of the borough's 212 bus shelters were damaged. He said the council would repair all of them by the end of March 2028.

Councillor Khan asked how much the operator would contribute. Mr Okafor said he could not say until talks with the operator had finished.
"""


def test_numbered_section_heads_and_a_reported_question() -> None:
    doc = build(parse_text(MINUTES))
    kinds = {s.text: s.kind for s in doc.sentences}
    assert kinds["Bus shelter repairs"] == "heading"
    assert kinds["Councillor Khan asked how much the operator would contribute."] == "question"


def test_a_motion_binds_the_body_it_names() -> None:
    out = analysis(MINUTES)
    first = out["commitments"][0]
    assert (first["actor"], first["when"]) == ("the council", "from 1 November 2027")
    assert not analysis("Critics proposed that the council needed help.")["commitments"]


def test_a_section_s_heading_leads_to_its_sentences(tmp_path: Path) -> None:
    service = briefed(tmp_path, MINUTES)
    assert answer(service, "When will the bus shelters be repaired?") == "by the end of March 2028"
    assert (
        answer(service, "What was the vote on library opening hours?")
        == "The motion was carried by 7 votes to 2."
    )
    # a part, not the whole; a question reported leads to its refusal
    assert answer(service, "How many bus shelters are damaged?") == "46 of the borough's 212 bus shelters"
    assert answer(service, "How much will the bus operator contribute?").startswith(
        "Mr Okafor said he could not say"
    )


def test_an_faq_s_question_leads_to_its_answer_and_refusals_in_the_present(tmp_path: Path) -> None:
    text = (
        "Update on disruption\n\nWhich supplier provided the system?\nWe are not naming the supplier while our "
        "review is under way.\n\nWe cannot confirm whether the cyclist was wearing a helmet. A spokesperson "
        "said the allocation will be discussed and gave no figures."
    )
    assert len(analysis(text)["declined"]) == 3
    service = briefed(tmp_path, text)
    assert answer(service, "Which supplier provided the system?").startswith("We are not naming the supplier")


def test_an_office_for_a_domain_before_a_name() -> None:
    out = analysis(
        'Grids\n\nExecutive Vice-President for the Green Transition Marta Kowalska said: "Every wind farm that '
        'waits is money wasted. With this package we will connect Europe faster."'
    )
    assert {q["speaker"] for q in out["quotes"]} == {"Marta Kowalska"}


def test_british_times_growth_and_money_without_a_trailing_comma(tmp_path: Path) -> None:
    found = sentence_entities("Compensation of between £220 and £520, depending; Rs 25,00,000 crore.")
    assert [t for t, k in found if k == "money"] == ["£220", "£520", "Rs 25,00,000 crore"]
    service = briefed(
        tmp_path,
        "Bulletin\n\nAnnual growth in regular pay (excluding bonuses) slowed to 4.1%, the lowest in three years. "
        "The collision happened at about 6.40pm on 30 April on Gloucester Road.",
    )
    assert answer(service, "How fast is regular pay growing?") == "4.1%"
    assert "6.40pm" in answer(service, "When did the collision happen?")

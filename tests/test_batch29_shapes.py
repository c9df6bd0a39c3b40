"""Shapes the twenty-ninth batch of test briefings (scored once with the code as it stood, then mended) brought: a
governor's emergency order, a UN spokesperson's statement, a takeover announcement, a school inspection report and
a city's snow emergency."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed

from summarizer.document import is_boilerplate


def test_a_statement_attributable_to_a_spokesperson_is_in_the_voice_of_the_one_who_signs_it() -> None:
    out = analysis(
        "Statement attributable to the Spokesperson for the Secretary-General - on the election\n\n"
        "The United Nations will continue to support the people of Côte d'Ivoire.\n\n"
        "Stéphane Dujarric, Spokesman for the Secretary-General"
    )
    assert [c["speaker"] for c in out["commitments"]] == ["Stéphane Dujarric"]
    unsigned = analysis(
        "Statement attributable to the Spokesperson for the Secretary-General - on the election\n\n"
        "The United Nations will continue to support the people of Côte d'Ivoire."
    )
    assert [c["speaker"] for c in unsigned["commitments"]] == ["the Spokesperson for the Secretary-General"]


def test_a_market_announcements_legend_is_furniture() -> None:
    assert is_boilerplate(
        "NOT FOR RELEASE, PUBLICATION OR DISTRIBUTION, IN WHOLE OR IN PART, IN, INTO OR FROM ANY JURISDICTION"
    )


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Storm\n\n"
        "I do hereby declare that a State of Emergency exists in the Commonwealth of Kentucky, effective 6:00 a.m. on "
        "January 23, 2026.\n\n"
        "A major winter storm is forecast to bring heavy snow, freezing rain and ice accumulations of up to one "
        "inch.",
    )
    assert answer(service, "When does the state of emergency take effect?") == "6:00 a.m. on January 23, 2026"
    assert "up to one inch" in answer(service, "How much ice is expected?")  # ("expected" of "forecast")


def test_a_person_of_a_body_whose_name_has_its_small_words_speaks() -> None:
    out = analysis(
        "Professor Beate Kampmann of the London School of Hygiene and Tropical Medicine called the approval "
        '"a landmark moment for child health".'
    )
    assert [q["speaker"] for q in out["quotes"]] == ["Beate Kampmann"]

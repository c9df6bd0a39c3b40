"""Shapes the thirty-third batch brought: real documents again (two Daily Mail stories from the CNN/DailyMail set, a
Reuters story from PolNeAR), scored once with the code as it stood, then mended. Each test uses text written for it
in the same shape."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed

from summarizer.commitments import find_in_sentence


def test_quotes_in_typewriter_single_marks_are_quotes() -> None:
    out = analysis(
        "Finance minister Marco Rossi said that Italy will make the payment on time. He said: 'We strive to pay our "
        "debts on time. We are ready to pay on May 4.' A senior official told the paper: 'It's a matter of "
        "weeks.' Rossi's deputy called the talks 'very useful,' according to the report."
    )
    quotes = {q["text"][:10]: q["speaker"] for q in out["quotes"]}
    assert quotes["We strive "] == "Marco Rossi"
    assert quotes["It's a mat"] == "the senior official"
    assert "very usefu" in quotes  # (an apostrophe inside, "It's", is no closing mark)
    assert [c["speaker"] for c in out["commitments"] if "May 4" in c["text"]] == ["Marco Rossi"]


def test_a_speaker_named_before_two_descriptions_speaks() -> None:
    out = analysis(
        '"It is an invasion of the state\'s domain," Sam Ortiz, the Republican attorney general of Kansas, one of the '
        "states suing the agency, said at an event this month."
    )
    assert [q["speaker"] for q in out["quotes"]] == ["Sam Ortiz"]


def test_commitments_of_a_country_in_its_clause_and_plans_that_are_nouns() -> None:
    out = analysis(
        "The plan is the main tool for Canada to meet the emissions target it pledged to reach at the climate talks."
    )
    assert [c["actor"] for c in out["commitments"]] == ["Canada"]
    for text in (
        "Each province was tasked with designing its own plan to achieve that goal.",
        "The government is hoping approval of its latest reforms package will unlock remaining aid.",
    ):
        assert find_in_sentence(text, lambda p: False) == [], text


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Court hears challenge\n\n"
        "Twenty-seven states are challenging the agency's rules in court. "
        '"It is an invasion of the state\'s domain," Sam Ortiz, the Republican attorney general of Kansas, one of the '
        "states suing the agency, said at an event this month. "
        "Corporations including Apple and Google support the rules. "
        "Rome has not received any funds since August last year.",
    )
    assert answer(service, "How many states are challenging the rules?") == "Twenty-seven states"
    assert answer(service, "Who is Kansas's attorney general?") == "Sam Ortiz"
    assert "Apple" in answer(service, "Which companies support the rules?")
    assert "August last year" in answer(service, "When did Italy last receive funds?")

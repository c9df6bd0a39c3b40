"""Shapes the twenty-seventh batch of test briefings (scored once with the code as it stood, then mended) brought: a
hospital's critical incident, a union's strike announcement, a European Council press conference, a budget's key
points and a new law in force."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed

from summarizer.declined import find_declined


def test_it_after_a_trust_that_speaks_is_the_trust() -> None:
    out = analysis("The trust said it would cancel non-urgent operations for the rest of the week.")
    assert [(c["actor"], c["speaker"]) for c in out["commitments"]] == [("the trust", "the trust")]


def test_a_date_not_yet_set_is_open() -> None:
    assert find_declined("The Ministry of Justice said it had not yet set a date for new court guidance.")
    assert find_declined("The Ministry of Justice set a date for new court guidance.") is None


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Strike and schools\n\n"
        "Unite today announced that more than 1,900 workers at the Port of Felixstowe will take strike action.\n\n"
        "The workers will walk out for eight days from 21 August to 29 August.\n\n"
        "£1.4 billion will be spent on rebuilding more than 500 schools.\n\n"
        'Section 21 "no fault" evictions are abolished from today.',
    )
    assert answer(service, "When will the strike take place?") == "from 21 August"  # (walk out)
    assert answer(service, "How many schools will be rebuilt?") == "more than 500 schools"
    assert answer(service, "What type of evictions are abolished?") == (
        'Section 21 "no fault" evictions are abolished from today.'
    )


def test_the_time_a_reporting_verb_gives_is_when_it_was_said_not_what_it_says(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "New rail timetable\n\n"
        "Passengers will see faster journeys from 15 December, when a new timetable adds four extra trains an "
        "hour, Network North said on Tuesday.",
    )
    assert answer(service, "When does the new timetable start?") == "from 15 December"
    assert answer(service, "When did Network North announce the timetable?") == "on Tuesday"

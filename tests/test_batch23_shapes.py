"""Shapes the twenty-third batch of test briefings (scored once with the code as it stood, then mended) brought: a
fact sheet, a jury verdict, a chief executive's memo, a Security Council press statement and an election result."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed


def test_a_second_reporting_verb_reports_for_the_first_ones_subject() -> None:
    out = analysis(
        "The members of the Council reaffirmed their support for the Mission and reiterated that they would "
        "continue to follow the situation closely."
    )
    assert [(c["actor"], c["action"]) for c in out["commitments"]] == [
        ("the members of the Council", "would continue to follow the situation closely")
    ]


def test_a_memo_signed_with_a_dash_is_in_its_signers_voice() -> None:
    out = analysis(
        "Subject: A difficult decision\n\nTeam,\n\nWe will hold an all-hands meeting tomorrow. I won't be able to "
        "discuss individual cases.\n\n— Priya Shah, CEO"
    )
    assert [c["speaker"] for c in out["commitments"]] == ["Priya Shah"]
    assert [(d["text"], d["speaker"]) for d in out["declined"]] == [
        ("I won't be able to discuss individual cases.", "Priya Shah")
    ]
    # (a wire story's credit line is no signature)
    wire = analysis("Acme will cut 300 jobs by June.\n\n-- Reporting by Jane Smith; Editing by Tom Brown")
    assert [c["speaker"] for c in wire["commitments"]] == [None]


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Council statement and company news\n\n"
        "The following press statement was issued today by Council President Hana Kovač (Slovenia):\n\n"
        "The attack killed three peacekeepers from Chad and injured eight others.\n\n"
        "Everyone leaving will get 16 weeks of pay and health coverage through the end of June.\n\n"
        "We are reducing the size of Lumenfield by 12%, saying goodbye to roughly 340 colleagues.\n\n"
        "We are not planning further reductions this year.\n\n"
        "Launch a pilot program in 10 states.\n\n"
        "A jury has found the former chief executive of a charity guilty of defrauding donors of £900,000.\n\n"
        "Martin Hale, 53, used the money to pay for holidays and a sports car.",
    )
    assert answer(service, "Who issued the statement?") == "Hana Kovač"  # (the agent after "today by")
    assert answer(service, "How many peacekeepers were injured?") == "eight others"
    assert answer(service, "How long will health coverage last?") == "through the end of June"
    assert answer(service, "How many people is Lumenfield laying off?") == "roughly 340 colleagues"
    assert answer(service, "What share of staff are being cut?") == "12%"
    assert (
        answer(service, "Will there be more layoffs this year?")
        == "We are not planning further reductions this year."
    )
    assert answer(service, "How much will the pilot program cost?") == ""  # (a count of states is no sum)
    assert (
        answer(service, "How much did Martin Hale defraud donors of?") == "£900,000"
    )  # (named the sentence after)
    assert answer(service, "What did Hale spend the money on?").startswith("Martin Hale, 53, used the money")

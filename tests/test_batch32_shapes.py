"""Shapes the thirty-second batch brought: real documents again (three BBC politics stories, two White House joint
statements), scored once with the code as it stood, then mended. Each test uses text written for it in the same
shape."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed


def test_who_adds_or_claims_is_who_spoke_not_whom_the_claim_is_about() -> None:
    out = analysis(
        "Mayor blamed for delays\n\n"
        "Mark Lin has had the chance to fix the buses and has failed, Tom Reyes has said.\n\n"
        '"The city is going backwards," the opposition leader said in his weekly column. '
        'Mr Lin\'s administration was "tired and out of ideas," he added.\n\n'
        'Mr Lin has ignored the problem, he claimed, saying he had the "wrong answer".\n\n'
        '"The result is longer waits. Worst of all, fares went up."'
    )
    assert {q["text"][:12]: q["speaker"] for q in out["quotes"]} == {
        "The city is ": "Tom Reyes",
        "tired and ou": "Tom Reyes",
        "wrong answer": "Tom Reyes",
        "The result i": "Tom Reyes",
    }
    # (a pronoun inside the subject's own clause is the subject: "Ban Ki-moon condemned what he called ...")
    ban = analysis('Secretary General Ban Ki-moon condemned what he called a "brazen breach" of the rules.')
    assert [q["speaker"] for q in ban["quotes"]] == ["Ban Ki-moon"]


def test_what_a_thing_will_do_is_no_ones_commitment() -> None:
    out = analysis(
        "Nine offices will close in an effort to save money, Minister Jack Hale has announced. "
        "Mr Hale said the move would save £6m a year. "
        'In a statement, Mr Hale said: "The savings made will help to fund our priorities. '
        'The election will give voters the chance to judge us." '
        "This is the record Mr Hale will have to defend, critics said. "
        "The new bridge will for decades serve to link the two cities."
    )
    assert [c["text"][:20] for c in out["commitments"]] == ["Nine offices will cl"]


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Joint statement\n\n"
        "Trade Minister Ruth Adeyemi together with Finance Minister Paul Okafor convened the council by secure video "
        "conference. "
        "The follow up talks would include an in person council meeting as early as next week.\n\n"
        "Twelve regional offices will also be closed. "
        "They include Leeds, Bristol and Exeter, with staff moving to London.",
    )
    assert answer(service, "Who convened the council?") == "Ruth Adeyemi and Paul Okafor"
    assert "by secure video conference" in answer(service, "How was the meeting held?")
    assert answer(service, "Which offices will close?") == "Leeds, Bristol and Exeter"

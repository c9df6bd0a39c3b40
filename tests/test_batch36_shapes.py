"""Shapes the thirty-sixth batch brought: real documents again (a BBC politics story, a USA Today story from PolNeAR),
scored once with the code as it stood, then mended. Each test uses text written for it in the same shape."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed, found_actors


def test_a_promise_not_to_act_and_what_is_only_thought_or_foreseen() -> None:
    # a pledge not to act, said as one ("... will not ..., X has promised")
    assert found_actors(
        "Flood aid will not take money from schools, Prime Minister Ana Ruiz has promised."
    ) == ["Flood aid"]
    assert found_actors("Flood aid will not take money from schools.") == []  # (a forecast, said by no one)
    for text in (
        '"I think Judge Holt will be very fair," Mr Reyes said.',
        '"A lot of people are going to be watching to see if that is true," Mr Reyes said.',
        "Within the next few weeks a clearer picture would emerge of the costs, he added.",
    ):
        assert found_actors(text) == [], text


def test_plans_after_a_preposition_are_a_noun() -> None:
    # (batch 37: "Mr Kennedy held talks with Tony Blair on Friday over government plans to hold terror suspects ...")
    assert (
        found_actors("Ms Cole held talks with the mayor on Friday over government plans to close the depot.")
        == []
    )
    assert found_actors("The government plans to close the depot.") == ["The government"]


def test_an_allocation_that_cannot_be_clarified_is_an_open_question() -> None:
    out = analysis("The exact allocation could not be clarified until the bank had completed its assessment.")
    assert len(out["declined"]) == 1


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Debates\n\n"
        "Anna Reyes and Tom Park are scheduled to co-moderate the second debate, Oct. 9 in Denver. "
        "The campaign has had kinder words for Sam Ortiz, who will moderate the third and final debate Oct. 19 in "
        "Las Vegas. "
        "The candidates meet for the first of three president debates Monday at Hofstra University. "
        "Ms Cole told the BBC's Sunday Politics show that the budget was fair.",
    )
    assert answer(service, "Who will moderate the third debate?") == "Sam Ortiz"
    assert "Oct. 9" in answer(service, "When is the second debate?")
    assert "Las Vegas" in answer(service, "Where will the third debate be held?")
    assert "three" in answer(service, "How many presidential debates are there?")
    assert "Sunday Politics" in answer(service, "Which show did Ms Cole speak to?")

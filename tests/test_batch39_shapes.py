"""Shapes the thirty-ninth batch brought: five more White House documents (a statement in the President's own
words, two call statements, a fact sheet, the opening of a background press call), scored once with the code as it
stood, then mended. Each test uses text written for it in the same shape."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed, found_actors

from summarizer.declined import DECLINED
from summarizer.when import WHEN


def test_an_order_not_to_act_and_a_judgement_of_importance() -> None:
    # "It further directs that the U.S. government will not base ... decisions on ..."
    assert found_actors(
        "It further directs that the city council will not base hiring decisions on age."
    ) == ["the city council"]
    assert found_actors("The city council will not base hiring decisions on age.") == []  # (no one orders it)
    # "noting that increasing shared prosperity and security will be of critical importance in ..."
    assert (
        found_actors("They noted that cheaper housing will be of critical importance in keeping nurses.")
        == []
    )
    assert found_actors("Cheaper housing would be key to keeping nurses, she said.") == []


def test_a_briefers_procedure_and_refusal() -> None:
    out = analysis(
        "Background Press Call\n\nSENIOR OFFICIAL: Thanks. The minister met her counterpart today. Both sides "
        "agreed to meet again in June.\n\nWith that, I’ll go ahead and turn it back to the moderator.\n\n"
        "Q: Did they discuss tariffs?\n\nSENIOR OFFICIAL: On tariffs, I’ll not go into specifics of those "
        "conversations."
    )
    assert [c["text"] for c in out["commitments"]] == ["Both sides agreed to meet again in June."]
    assert DECLINED.search("I’ll not go into specifics of those conversations.")


def test_days_told_as_ordinals_and_a_part_of_today() -> None:
    assert [m.group(0) for m in WHEN.finditer("met on May 10th and 11th with the minister")] == [
        "on May 10th and 11th"
    ]
    assert [m.group(0) for m in WHEN.finditer("The two leaders spoke by telephone this afternoon.")] == [
        "this afternoon"
    ]


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "---\ntitle: Statement from Governor Ana Reyes on Flood Relief\n---\n\n"
        "As governor, I have one duty: keep our people safe. "
        "Earlier this week, state crews delivered more than two million sandbags to the river towns, enough to "
        "protect 40 percent of the homes at risk. "
        "I want to thank Mayor Tom Lund for his leadership in the worst of the storm. "
        "The order directs the Director of Emergency Management to reopen the shelters. "
        "The two mayors spoke by telephone this afternoon and will meet in early May.",
    )
    assert answer(service, "How much sand did state crews deliver?") == "more than two million sandbags"
    assert answer(service, "Who did Reyes thank?") == "Tom Lund"
    assert (
        answer(service, "Who is directed to reopen the shelters?") == "the Director of Emergency Management"
    )
    assert answer(service, "When did the two mayors speak?") == "this afternoon"


def test_a_fact_sheets_long_run_in_head_is_no_part_of_its_sentence() -> None:
    out = analysis(
        "---\ntitle: 'Fact Sheet: The Governor Opens the Shelters'\n---\n\n"
        "**KEEPING FAMILIES SAFE, WARM, AND\nTOGETHER:** Today, Governor Ana Reyes signed an order opening the "
        "state's shelters.\n\n-   The order directs the Director of Emergency Management to reopen twelve shelters."
    )
    assert (
        out["summary"][0]["text"] == "Today, Governor Ana Reyes signed an order opening the state's shelters."
    )

"""Shapes the forty-first batch brought: two White House statements and a BBC politics story, scored once with the
code as it stood, then mended. Each test uses text written for it in the same shape."""

from __future__ import annotations

from pathlib import Path

from briefed import answer, briefed, found_actors


def test_a_time_before_the_subject_without_its_comma() -> None:
    assert found_actors("On Tuesday Ms Reyes will visit Leicester South.") == ["Ms Reyes"]
    assert found_actors("Tomorrow the minister will open the bridge.") == ["the minister"]


def test_a_comparison_foreseen_is_no_commitment() -> None:
    assert found_actors("She said the vote would be much more unpredictable than any before it.") == []


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Tour\n\n"
        "Speaking to the BBC's Sunday Review on Sunday, Ms Reyes said the vote would be close. "
        "On Tuesday Ms Reyes will visit Hill Park, where Green Party MP Tom Lund overturned a very big Labour majority to win "
        "the seat in last year's by-election. "
        "On May 9, the ministry will convene the first U.S.- Chile Fisheries Forum since 2016 in recognition of the broad agenda of the two fleets.",
    )
    assert "Sunday Review" in answer(service, "Which programme did Ms Reyes speak to?")
    assert answer(service, "Who won Hill Park in last year's by-election?") == "Tom Lund"
    assert "May 9" in answer(service, "When will the Fisheries Forum be convened?")
    # (not a place in the name of what is asked about)
    assert answer(service, "Where will the Forum be held?") not in ("U.S", "Chile")

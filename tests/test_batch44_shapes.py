"""Shapes the forty-fourth batch brought: two White House joint statements, scored once with the code as it stood,
then mended. Each test uses text written for it in the same shape."""

from __future__ import annotations

from pathlib import Path

from briefed import answer, briefed, found_actors

from summarizer.entities import sentence_entities


def test_a_list_of_names_is_the_whole_subject() -> None:
    assert found_actors("Under the Ports Dialogue, Chile, Peru, and Ecuador will prioritize four areas.") == [
        "Chile, Peru, and Ecuador"
    ]
    assert found_actors("The United States, Mexico and Canada will meet in June.") == [
        "The United States, Mexico and Canada"
    ]
    assert found_actors("In Washington, Mexico and Canada will meet in June.") == ["Mexico and Canada"]


def test_a_republic_of_a_country_is_a_place() -> None:
    assert ("Republic of Korea", "place") in sentence_entities(
        "She met the President of the Republic of Korea."
    )


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Statement\n\n"
        "Today, we the governments of Chile, the Netherlands, the Republic of Korea, and the United States are "
        "pleased to announce that our leaders will co-host the third Ocean Summit on May 4-5, 2027.",
    )
    assert answer(service, "Which countries will co-host the Ocean Summit?") == (
        "Chile, Netherlands, Republic of Korea and United States"
    )

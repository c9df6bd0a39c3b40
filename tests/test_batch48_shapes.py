"""Shapes the forty-eighth batch brought: a BBC politics story, scored once with the code as it stood, then mended.
Each test uses text written for it in the same shape."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed, found_actors


def test_a_first_time_and_what_is_thought() -> None:
    assert found_actors("It will be the first time since 1917 that the party has chosen Leeds.") == []
    assert (
        found_actors("The cost is not yet known but it is thought that bookings will be taken elsewhere.")
        == []
    )


def test_a_person_and_the_body_they_speak_for() -> None:
    out = analysis(
        'Resort\n\nAna Reyes, Seaside Hotel Association said: "We have tried very hard to keep them."'
    )
    assert [q["speaker"] for q in out["quotes"]] == ["Ana Reyes"]


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Conference\n\nIn 1998 the party said it would not return to Scarborough but did so in 2002. "
        "Scarborough will get the much smaller spring conference instead in what will be seen as a placatory move. "
        'Ana Reyes, Seaside Hotel Association said: "We have tried very hard."',
    )
    assert "spring conference" in answer(service, "What will Scarborough get instead?")
    assert "Seaside Hotel Association" in answer(service, "Which organisation does Ana Reyes represent?")

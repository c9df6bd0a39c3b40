"""Shapes the forty-fifth batch brought: the opening of a White House background press call and a BBC politics
story, scored once with the code as it stood, then mended. Each test uses text written for it in the same shape."""

from __future__ import annotations

from pathlib import Path

from briefed import answer, briefed, found_actors


def test_what_we_would_not_do_and_a_briefers_start() -> None:
    assert found_actors("We would not make any commitments to the union that touch pay without that.") == [
        "We"
    ]
    assert found_actors("We would not raise fares.") == ["We"]
    assert found_actors("It would not make a difference.") == []
    assert found_actors("I want to start off by directing your attention to the minister's remarks.") == []


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Speech\n\nHe will attack the council's record on housing and he will set out plans for a rent cap to be "
        "set by tenants.",
    )
    assert answer(service, "Who should set the rent cap?") == "tenants"

"""Shapes the thirty-fifth batch brought: real documents again (a BBC politics story, a White House call readout),
scored once with the code as it stood, then mended. Each test uses text written for it in the same shape."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed


def test_a_call_readouts_they_is_both_sides_and_what_a_thing_will_be_is_no_commitment() -> None:
    out = analysis(
        "Readout\n\n"
        "National Security Advisor Jake Sullivan spoke by phone today with Japanese National Security Advisor Akiba "
        "Takeo to discuss the President's upcoming visit. They also committed to maintain close coordination.\n\n"
        'Ms Lane told reporters: "It will be a report that is brutally frank about the reality." '
        "The envoy's presence has been read as a sign that it will be uncompromising in its demands."
    )
    assert [(c["actor"], c["action"][:12]) for c in out["commitments"]] == [
        ("Jake Sullivan and Akiba Takeo", "committed to")
    ]


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Readout\n\n"
        "National Security Advisor Jake Sullivan spoke by phone today with Japanese National Security Advisor Akiba "
        "Takeo to discuss the President's upcoming visit to Japan.",
    )
    assert answer(service, "Who did Jake Sullivan speak with?") == "Akiba Takeo"
    assert "upcoming visit" in answer(service, "Why did Sullivan call Akiba?")
    assert (
        answer(service, "When will the President visit Japan?") != "today"
    )  # (the call's day, not the visit's)

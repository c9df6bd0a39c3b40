"""Refusals that a press briefing and a news story phrase in other ways: no comment yet, a briefer
pointing elsewhere, "we don't have anything to announce"."""

from summarizer.declined import find_declined


def test_no_comment_yet_and_a_pointer_elsewhere_are_refusals() -> None:
    for text in (
        "The White House has not commented.",
        "The ministry had not responded to requests for comment by Friday.",
        "We don't have anything to announce on that.",
        "I'd refer you to CENTCOM for more details.",
        "I would refer you to the State Department.",
    ):
        assert find_declined(text), text


def test_what_is_not_information_withheld_is_no_refusal() -> None:
    for text in (
        "The patient had not responded to treatment.",
        "We have not commenced the works.",
        "They would refer the case to a judge.",
    ):
        assert not find_declined(text), text


def test_wont_is_will_not_and_speaking_for_others_is_withheld() -> None:
    assert find_declined("I won't speak for Beijing.")
    assert find_declined("He won't comment on the report.")
    assert find_declined("I'm not going to speak for Leader McConnell.")
    assert not find_declined("We won't stop.")

"""Shapes the thirty-fourth batch brought: real documents again (two BBC politics stories and the opening of a White
House press briefing), scored once with the code as it stood, then mended. Each test uses text written for it in the
same shape."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed

from summarizer.commitments import find_in_sentence


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.actor, f.modality) for f in find_in_sentence(text, lambda p: False)]


def test_what_is_sought_and_what_is_to_be_done_for_someone_are_commitments() -> None:
    assert _found("The ministry is seeking to amend the Housing Bill.") == [("The ministry", "seek")]
    assert _found("Young carers are to be guaranteed a weekly allowance, the government has announced.") == [
        ("Young carers", "plan")
    ]
    # (but not what is to be found or seen, nor a participle's seeking)
    assert _found("The answer is to be found elsewhere.") == []
    assert _found("By seeking to amend the bill, the ministry hopes to win votes.") == [
        ("the ministry", "hope")
    ]


def test_a_feeling_and_what_a_decision_will_do_to_others_are_no_commitments() -> None:
    assert _found('Mr Hale told the paper he would now find a life in politics too "boring".') == []
    out = analysis(
        "Mr Hale will step down. His determination to stay away will disappoint some senior members."
    )
    assert [c["text"][:14] for c in out["commitments"]] == ["Mr Hale will s"]


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Briefing\n\n"
        "MS. LANE: I know a number of you have asked whether the President has spoken to the governor since the "
        "report came out. The answer is no.\n\n"
        "Minister for Schools, Colleges and Families Helen Marsh said the plans would be fair. "
        "Mr Doyle became an MP at 29 and a minister at 41.",
    )
    assert answer(service, "Has the President spoken to the governor since the report came out?") == (
        "The answer is no."
    )
    assert answer(service, "Who is the Minister for Schools?") == "Helen Marsh"
    assert answer(service, "How old was Mr Doyle when he became an MP?") == "29"

"""Shapes the forty-seventh batch brought: two BBC politics stories, scored once with the code as it stood, then
mended. Each test uses text written for it in the same shape."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed


def test_a_speaker_with_a_long_role_after_the_quote() -> None:
    out = analysis(
        'Visit\n\nThe minister should see for himself "the harm the closures did", Rabbi Tom Berg, founder of '
        "local charity group the Harbour Trust said."
    )
    assert [q["speaker"] for q in out["quotes"]] == ["Tom Berg"]


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Budget\n\n"
        "Finance Minister Ana Reyes will deliver her budget to parliament on 16 March, the ministry has announced. "
        "The budget will be at 1230 GMT on that Wednesday, just after question time. "
        "A shortened bill would have to be rushed through parliament with all-party support to allow the "
        "government to continue collecting revenue.",
    )
    assert answer(service, "At what time will the budget be delivered?") == "at 1230 GMT"
    assert answer(service, "How much revenue does the government collect?") == ""

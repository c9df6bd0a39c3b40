"""Shapes the forty-third batch brought: two BBC politics stories and the opening of a White House fact sheet,
scored once with the code as it stood, then mended. Each test uses text written for it in the same shape."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed

from summarizer.entities import sentence_entities


def test_a_quote_after_someone_else_reported_in_between() -> None:
    out = analysis(
        "Sport\n\nShadow home secretary Dan Cole said five million children were denied sport. The plans would "
        'help tackle the "fastest growing rate of obesity", he said. Shadow sports minister Lord Reyes said the '
        'policy would empower local clubs. "We aim to shift the emphasis away from our teachers."'
    )
    assert [q["speaker"] for q in out["quotes"]] == ["Dan Cole", "Lord Reyes"]


def test_the_district_of_columbia_is_a_place() -> None:
    assert ("D.C", "place") in sentence_entities("The group met in Washington, D.C. on March 5, 2024.")


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Funds\n\n"
        "Ana Reyes, founder of the Harbour Trust (HT), said the grant was overdue. "
        "The party claims that of the £600m the minister pledged in 2001 to invest in ports, only £35m had been "
        "spent.",
    )
    assert answer(service, "Who founded the Harbour Trust?") == "Ana Reyes"
    assert answer(service, "How much of the £600m had been spent?") == "£35m"

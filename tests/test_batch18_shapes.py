"""Shapes the eighteenth batch of test briefings (written before the code was changed for them) brought: a
Kremlin readout, an evacuation order, an embargoed research release, a minister's thread and a court's press
summary."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed

from bot.short_answer import short_answer
from summarizer.document import build, is_boilerplate
from summarizer.text import parse_text

THREAD = """Thread by @EnergyMinCA

1/ Today I'm announcing $1.2 billion to connect remote Indigenous communities to clean power. 🧵

2/ With this funding, we will connect 45 of those communities to the grid by 2032.

3/ I know people will ask which communities are first. We'll announce the first 10 projects this fall. /end
"""


def test_a_thread_s_numbers_go_and_an_expected_question_leads_to_itsanswer(tmp_path: Path) -> None:
    assert [b.text[:6] for b in parse_text(THREAD).blocks][1:] == ["Today ", "With t", "I know"]
    # (a paragraph opening with a fraction is no post of a thread)
    assert parse_text("Vote\n\n3/4 of residents voted yes.").blocks[1].text.startswith("3/4 of")
    kinds = {s.text[:6]: s.kind for s in build(parse_text(THREAD)).sentences}
    assert kinds["I know"] == "question"
    assert [c["when"] for c in analysis(THREAD)["commitments"]] == ["by 2032", "this fall"]
    service = briefed(tmp_path, THREAD)
    assert answer(service, "How many communities will be connected?") == "45 of those communities"
    assert answer(service, "Which communities are first?").startswith("We'll announce the first 10 projects")


def test_which_said_it_would_and_a_relative_clause_without_that() -> None:
    out = analysis(
        "Study\n\nThe study was funded by Cancer Research UK, which said it would contribute £6 million to the "
        "next trial. Friends of the Earth argued that the government failed to assess the emissions from "
        "burning the coal the mine would produce."
    )
    assert [(c["actor"], c["speaker"]) for c in out["commitments"]] == [
        ("Cancer Research UK", "Cancer Research UK")
    ]
    assert is_boilerplate("Issued: Saturday, August 9, 2027, 3:45 p.m.")


def test_a_growth_and_a_value_a_conversation_and_a_judgment_given(tmp_path: Path) -> None:
    trade = (
        "They noted the steady growth of trade, which increased by 7.4 percent last year to $28.3 billion."
    )
    assert short_answer("money", "How much did trade grow last year?", trade) == "7.4 percent"
    assert short_answer("money", "What was the value of trade?", trade) == "$28.3 billion"
    service = briefed(
        tmp_path,
        "Readout\n\nVladimir Putin had a telephone conversation with President Kassym-Jomart Tokayev. Lord Reed "
        "gives the lead judgment, with which the other Justices agree. A simple blood test correctly identified "
        "89% of early-stage pancreatic cancers.",
    )
    assert "Tokayev" in answer(service, "Who did Putin speak with?")
    assert answer(service, "Who gave the lead judgment?") == "Lord Reed"
    assert answer(service, "How accurate is the blood test?") == "89%"

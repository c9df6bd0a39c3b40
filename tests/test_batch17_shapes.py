"""Shapes the seventeenth batch of test briefings (written before the code was changed for them) brought: a
company's 8-K filing, a UN flash update, an open letter, a release in Markdown and a podcast transcript."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed

from bot.short_answer import short_answer
from summarizer.text import parse_text
from summarizer.when import find_when

PODCAST = """The Policy Desk, Episode 212

[00:00:15] HOST (Priya Nair): You've promised 1.5 million homes. Are you going to miss that target?

[00:00:26] TOM BRENNAN: No. Starts fell because of high interest rates.

[00:01:10] HOST (Priya Nair): Will you build on the green belt?

[00:01:13] TOM BRENNAN: We will release lower-quality grey belt land, but I'm not going to speculate on individual sites.
"""


def test_a_recording_s_time_stamps_go_and_its_host_asks(tmp_path: Path) -> None:
    turns = [(b.turn, b.text[:8]) for b in parse_text(PODCAST).blocks if b.turn]
    assert turns == [
        ("Q", "You've p"),
        ("TOM BRENNAN", "No. Star"),
        ("Q", "Will you"),
        ("TOM BRENNAN", "We will "),
    ]
    out = analysis(PODCAST)
    assert [c["speaker"] for c in out["commitments"]] == ["Tom Brennan"]
    service = briefed(tmp_path, PODCAST)
    assert answer(service, "Will the government build on the green belt?").startswith("We will release")


def test_a_filing_s_items_are_headings_and_an_appositive_after_and_names_the_actor() -> None:
    out = analysis(
        "FORM 8-K\n\nItem 5.02 Departure of Directors or Certain Officers.\n\nThe Company will begin a search "
        "immediately, and David Ortiz, the Company's Vice President of Finance, will serve as interim Chief "
        "Financial Officer."
    )
    assert [c["actor"] for c in out["commitments"]] == ["The Company", "David Ortiz"]
    assert not any(s["text"].startswith("Item 5.02") for s in out["summary"])
    assert find_when("complete the closures by the end of the third quarter of 2027") == (
        "by the end of the third quarter of 2027"
    )


def test_an_announced_plan_commits_to_what_it_will_do() -> None:
    found = analysis(
        "Pipes\n\nMayor Dana Whitfield today announced the Lead-Free Riverton plan, which will replace all 4,300 "
        "lead service lines by December 2029. The minister unveiled a plan, which will be debated next week. "
        "The budget, which will cut taxes, passed. The city has not yet selected a contractor."
    )
    assert [(c["actor"], c["when"]) for c in found["commitments"]] == [
        ("the Lead-Free Riverton plan", "by December 2029")
    ]
    assert [d["text"][:8] for d in found["declined"]] == ["The city"]


def test_amounts_a_range_the_words_beside_one_and_a_share() -> None:
    charges = (
        "The Company estimates that it will incur charges of $48 million to $55 million, consisting of about $31 "
        "million in severance and related costs and $17 million to $24 million in lease termination charges."
    )
    assert short_answer("money", "How much are severance costs?", charges) == "about $31 million"
    assert short_answer("money", "How much will the charges be?", charges) == "$48 million to $55 million"
    appeal = "Donors must fund the US$2.7 billion humanitarian appeal for Sudan, which is only 16% funded."
    assert short_answer("money", "How much of the appeal is funded?", appeal) == "16%"


def test_a_letter_s_refusal_and_unable_to_confirmanswer(tmp_path: Path) -> None:
    text = (
        "Open letter\n\nWe, the undersigned 34 humanitarian organisations, urge you to act. Our organisations will "
        "continue to deliver aid. We are not in a position to share the locations of our staff in the city, for "
        "their safety. Partners said they were unable to confirm the number of people displaced.\n\n"
        "Signatories: CARE International; Save the Children."
    )
    out = analysis(text)
    assert len(out["declined"]) == 2 and not any("Signatories" in s["text"] for s in out["summary"])
    service = briefed(tmp_path, text)
    assert answer(service, "How many organisations signed the letter?").startswith("34")
    assert answer(service, "Where are the organisations' staff in the city?").startswith(
        "We are not in a position"
    )

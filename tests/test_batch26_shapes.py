"""Shapes the twenty-sixth batch of test briefings (scored once with the code as it stood, then mended) brought: a
football manager's press conference, a cabinet reshuffle, a university's letter on fees, a public inquiry's opening
statement and a local planning decision."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed

from bot.amounts import from_to
from summarizer.declined import find_declined
from summarizer.document import is_boilerplate


def test_an_opening_statement_by_an_office_and_its_holder_is_in_the_holders_voice() -> None:
    out = analysis(
        "Opening statement by the Chair of the Grenmouth Dam Inquiry, Sir Richard Alden\n\n"
        "Good morning, and welcome to the first public hearing of the Grenmouth Dam Inquiry.\n\n"
        "I will publish an interim report by the end of the year."
    )
    assert [(c["actor"], c["speaker"]) for c in out["commitments"]] == [
        ("Sir Richard Alden", "Sir Richard Alden")
    ]
    assert is_boilerplate(
        "Good morning, and welcome to the first public hearing of the Grenmouth Dam Inquiry."
    )


def test_a_letter_signed_by_a_titled_name_over_a_hyphenated_office_is_in_its_voice() -> None:
    out = analysis(
        "Subject: Fees\n\nDear students,\n\nWe will also freeze rents in all university-owned accommodation.\n\n"
        "Yours sincerely,\n\nProfessor Helen Marsh\nVice-Chancellor, University of Northfield"
    )
    assert [c["speaker"] for c in out["commitments"]] == ["Helen Marsh"]


def test_refusals_of_a_press_conference_and_an_inquiry_and_a_point_still_open() -> None:
    for text in (
        "I'm not going to tell you the team, though.",
        "It would not be right for me to comment on any legal proceedings.",
        "Ms Chen said the split had not yet been agreed with the council.",
    ):
        assert find_declined(text) is not None, text
    assert find_declined("I can tell you that we will win.") is None


def test_it_after_a_named_body_that_committed_is_that_body() -> None:
    out = analysis(
        "The developer, Redstone Homes, has agreed to build a new primary school. It will also pay £6.5 million "
        "towards improvements to the A42 junction."
    )
    assert [c["actor"] for c in out["commitments"]] == ["Redstone Homes", "Redstone Homes"]


def test_a_change_between_amounts_in_thousands_keeps_both_ends_whole() -> None:
    assert from_to("£9,535", "fees will rise from £9,535 to £9,790 a year.") == "from £9,535 to £9,790"


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Inquiry and football\n\n"
        "The inquiry was set up by the Secretary of State for Environment in May under the Inquiries Act 2005.\n\n"
        "I will publish an interim report with urgent recommendations by the end of the year, and my final report "
        "in 2027.\n\n"
        "Angela Rayner resigned as Deputy Prime Minister on Friday after an investigation found she had not paid "
        "the correct amount of stamp duty on a flat.\n\n"
        'In her resignation letter she said she took "full responsibility" for the error.\n\n'
        "Yours sincerely,\n\nProfessor Helen Marsh\nVice-Chancellor, University of Northfield",
    )
    football = briefed(
        tmp_path / "football",
        "Pre-match press conference\n\n"
        "Eddie Howe spoke to the media on Friday ahead of Sunday's Premier League match against Arsenal.\n\n"
        "Q: Is Alexander Isak fit to start?\n\nEddie Howe: Alex is fine.\n\n"
        "Q: There's been a lot of speculation about a new contract for Bruno Guimarães. Where are those talks?\n\n"
        "Eddie Howe: I won't discuss contract talks in public. Bruno is a hugely important player for us.\n\n"
        "Q: Thanks, Eddie.\n\nEddie Howe: Thank you.",
    )
    assert answer(service, "Who set up the inquiry?") == "the Secretary of State for Environment"
    assert answer(service, "When will the final report come out?") == "in 2027"
    assert answer(service, "Why did Angela Rayner resign?").startswith("Angela Rayner resigned")
    assert answer(football, "When is the match against Arsenal?") == "Sunday"
    assert (
        answer(football, "How are the contract talks with Bruno Guimarães going?")
        == "I won't discuss contract talks in public."
    )
    assert answer(service, "Who is the Vice-Chancellor?") == "Helen Marsh"


def test_a_letters_i_am_writing_to_let_you_know_is_not_its_summary() -> None:
    text = (Path(__file__).parent / "data" / "briefings" / "university-fees.txt").read_text(encoding="utf-8")
    picked = [s["text"] for s in analysis(text)["summary"]]
    assert not any(t.startswith("I am writing to") for t in picked), picked
    assert any("£4 million" in t for t in picked), picked

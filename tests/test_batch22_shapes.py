"""Shapes the twenty-second batch of test briefings (scored once with the code as it stood, then mended) brought: a
parliamentary written answer, a weather warning, a football club's statement, a letter to shareholders and a
television interview through an interpreter."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed

LETTER = (
    "Letter to Shareholders\n\nDear Fellow Shareholders,\n\n"
    "It was a hard year. We will reopen the Kestrel mine by the end of 2027.\n\n"
    "Many of you have asked about our talks with Meridian Resources.\n\n"
    "I cannot comment on speculation.\n\nSincerely,\n\nAmara Nwosu\nChief Executive Officer\nCobalt Mining plc"
)


def test_a_signed_letter_and_a_written_answer_are_in_their_signers_voice() -> None:
    letter = analysis(LETTER)
    assert [(c["actor"], c["speaker"]) for c in letter["commitments"]] == [("We", "Amara Nwosu")]
    assert [d["speaker"] for d in letter["declined"]] == ["Amara Nwosu"]
    written = analysis(
        "Written question: Homelessness\n\nAsked by Helen Marsh (Sheffield Central)\n\n"
        "To ask the Secretary of State for Housing, how many families are in temporary accommodation.\n\n"
        "Answered by Daniel Okafor, Minister for Housing and Planning\n\n"
        "81,300 families were in temporary accommodation. The Government will publish a strategy by the summer. "
        "The Department does not hold information on the average length of stay."
    )
    assert [c["speaker"] for c in written["commitments"]] == ["Daniel Okafor"]
    assert [d["text"] for d in written["declined"]] == [
        "The Department does not hold information on the average length of stay."
    ]
    assert "To ask" not in " ".join(s["text"] for s in written["summary"])  # (the member's question)


def test_a_tribute_is_no_pledge_and_thanks_are_furniture() -> None:
    out = analysis(
        'The club has parted company with its manager. Chairman Graham Whitlock said: "Marco will always be part '
        "of this club's history.\" The club will appoint a successor in the summer.\n\n"
        "ANCHOR: Minister, thank you for joining us. What do you expect?\n\n"
        "MINISTER: [through interpreter] Thank you. We expect all eight members to attend."
    )
    assert [c["action"] for c in out["commitments"]] == ["will appoint a successor in the summer"]
    kinds = {s["text"]: s for s in out["summary"]}
    assert "Thank you." not in kinds and not any("interpreter" in t for t in kinds)


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "An amber warning for wind has been issued for western Scotland from 6am on Saturday as the storm "
        "brings gusts of up to 90mph.\n\n"
        "Assistant manager Ryan Cole and coach Dele Asante will take charge of the team on Saturday.\n\n"
        "On 30 September, 81,300 households with children were in temporary accommodation, including 164,000 "
        "children. We are providing £450 million to councils to buy homes for families.\n\n"
        "Norway will raise defence spending to 3% of GDP by 2030. Statoil will buy back up to $500 million of shares.\n\n"
        "ANCHOR: The Arctic Council meets in Tromsø next month. What do you expect?\n\n"
        "MINISTER: We expect all eight members to attend.",
    )
    assert answer(service, "Where is the amber warning in force?") == "western Scotland"
    assert answer(service, "How strong will the gusts be?") == "up to 90mph"
    assert answer(service, "Who will take charge of the team?") == "Ryan Cole and Dele Asante"
    assert answer(service, "How many children were in temporary accommodation?") == "164,000 children"
    assert answer(service, "How many councils have bought homes?") == ""  # (a sum is no count)
    assert answer(service, "How much will Norway spend on defence?") == "3% of GDP"
    assert answer(service, "How much stock will be bought back?") == "up to $500 million"
    assert answer(service, "Where will the Arctic Council meet?") == "Tromsø"  # (an interviewer's premise)
    # a letter's reported question leads to the refusal after it
    letter = briefed(tmp_path / "letter", LETTER)
    assert answer(letter, "Is Cobalt in talks with Meridian Resources?") == "I cannot comment on speculation."

"""Shapes the sixteenth batch of test briefings (written before the code was changed for them) brought: a
select committee's numbered questions, a mayor's transcript with a transcriber's notes, a court ruling, a
sports body's sanction and a WHO outbreak notice."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed

from summarizer.document import is_boilerplate
from summarizer.entities import sentence_entities
from summarizer.text import parse_text

COMMITTEE = """Public Accounts Committee

Members present: Sir Geoffrey Clifton-Brown (Chair); Anna Dixon.

Q1 Chair: Welcome. The government promised 40 new hospitals by 2030. How many will actually be finished by then?

Sir Chris Wormald: We now expect 22 schemes to be complete by 2030.

Q2 Anna Dixon: Which hospitals have been pushed back?

Natalie Forrest: I would rather not name individual trusts today. We will write to the Committee by the end of April.
"""

MAYOR = """Media availability

Mayor Luis Delgado: Good morning. [Inaudible] Starting tonight, we will deploy 1,000 additional officers.

Police Commissioner Jessica Tisch: The suspect, a 41-year-old man, was arrested this morning. He has been charged with attempted murder.

Question: Mayor, how much will the extra deployment cost, and how long will it last?

Mayor Delgado: We're looking at about $2 million a week in overtime. It will last as long as it needs to last. I'm not going to put an end date on keeping New Yorkers safe.
"""


def test_a_numbered_question_is_asked_and_its_whole_turn_leads_to_the_reply(tmp_path: Path) -> None:
    turns = [(b.turn, b.text[:9]) for b in parse_text(COMMITTEE).blocks if b.turn]
    assert turns[0] == ("Q", "Welcome. ") and turns[2] == ("Q", "Which hos")
    assert is_boilerplate("Members present: Sir Geoffrey Clifton-Brown (Chair); Anna Dixon.")
    out = analysis(COMMITTEE)
    assert [d["speaker"] for d in out["declined"]] == ["Natalie Forrest"]
    service = briefed(tmp_path, COMMITTEE)
    assert answer(service, "How many hospitals will be finished by 2030?").startswith(
        "We now expect 22 schemes"
    )


def test_a_transcriber_s_notes_go_and_a_reply_reads_its_question_s_verb(
    tmp_path: Path,
) -> None:
    assert "[Inaudible]" not in " ".join(b.text for b in parse_text(MAYOR).blocks)
    assert [d["text"][:20] for d in analysis(MAYOR)["declined"]] == ["I'm not going to put"]
    service = briefed(tmp_path, MAYOR)
    assert (
        answer(service, "How long will the deployment last?") == "It will last as long as it needs to last."
    )


def test_who_the_organisation_commits_and_an_unknown_name_s_it_acts() -> None:
    out = analysis(
        "Outbreak\n\nWHO has released US$ 3 million and will send 15 experts. Galatasaray said in a statement "
        "that it would appeal against the decision. Acme said it would help customers. The people who will "
        "benefit are many."
    )
    assert [c["actor"] for c in out["commitments"]] == ["WHO", "Galatasaray"]


def test_a_court_s_ruling_is_its_vote_and_money_in_words(tmp_path: Path) -> None:
    assert ("250,000 euros", "money") in sentence_entities("UEFA fined Galatasaray 250,000 euros on Friday.")
    service = briefed(
        tmp_path,
        "Ruling\n\nThe Supreme Court on Thursday ruled 6-3 that the agency cannot impose fines. Chief Justice "
        "John Roberts wrote for the majority that the Seventh Amendment guarantees a jury trial. The outbreak "
        "was reported in Kagera region.",
    )
    assert "ruled 6-3" in answer(service, "What was the vote?")
    assert answer(service, "Who wrote the majority opinion?") == "John Roberts"
    assert answer(service, "Where is the outbreak?") == "Kagera"

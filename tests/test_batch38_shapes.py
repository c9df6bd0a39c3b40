"""Shapes the thirty-eighth batch brought: five White House documents (two readouts, two joint statements and a
migration plan from its corpus), scored once with the code as it stood, then mended. Each test uses text written
for it in the same shape."""

from __future__ import annotations

from pathlib import Path

from briefed import SCOPE, analysis, answer, briefed

from bot.config import load
from bot.service import BriefingService
from bot.store import Store
from summarizer.commitments import find_in_sentence
from summarizer.when import WHEN


def test_a_commitment_spoken_of_is_one() -> None:
    # "They discussed their shared commitment to continue supporting Ukraine"
    found = find_in_sentence(
        "They discussed their shared commitment to keep funding the clinics.", lambda p: False
    )
    assert [f.actor for f in found] == ["They"]
    found = find_in_sentence(
        "The ministers stressed the U.S. commitment to close consultation.", lambda p: False
    )
    assert [f.actor for f in found] == ["The ministers"]
    assert find_in_sentence("They discussed the budget for the clinics.", lambda p: False) == []


def test_a_readouts_co_chairs_are_its_they() -> None:
    out = analysis(
        "Today, the minister hosted her counterparts for a meeting of the Water Council. "
        "During this second meeting of the Council, the co-chairs discussed progress made by the expert group. "
        "They also shared information about river levels. "
        "To keep up the pace, they agreed to meet again in Lisbon in early 2027."
    )
    assert [(c["actor"], c["when"]) for c in out["commitments"]] == [("the co-chairs", "in early 2027")]


def test_both_countries_of_a_statement_from_two_presidents() -> None:
    out = analysis(
        "---\ntitle: Joint Statement from the President of Chile Ana Reyes and the President of Peru Tomas Lund on "
        "Fisheries\n---\n\nChile and Peru are taking measures today to protect their fisheries. Both countries will "
        "share catch data every month."
    )
    assert [c["actor"] for c in out["commitments"]] == ["Chile and Peru"]


def test_a_range_of_days_is_one_date() -> None:
    assert [m.group(0) for m in WHEN.finditer("during the summit on January 9-10, 2023 to guide")] == [
        "on January 9-10, 2023"
    ]


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Water Council meets\n\n"
        "Today, Water Security Advisor to the Prime Minister of Norway Ana Lindqvist hosted her counterparts for a "
        "virtual meeting of the Regional Water Council (RWC). "
        "President Tom Berg, President Maria Olsen, and Prime Minister Karl Dahl established the Council during the "
        "Baltic Summit on March 3-4, 2024 to guide joint work on rivers. "
        "The Council met for the fifth time on May 2, 2025, convened by co-chairs Eva Holm, Special Coordinator for "
        "Rivers and Lakes, and Nils Strand, Head of the Water Agency. "
        "This complements the 30-day inspection campaign that Norway recently launched with Finland and Estonia "
        "to counter pollution in the Narva. "
        "Norway will take in as many as 500 engineers from Latvia, Lithuania, and Poland under the exchange "
        "programme. "
        "The minister approved moving forward on the expansion of the Narva Water Gate. "
        "The region cut its use of river water from 40 million cubic meters in 2021 to 30 million cubic meters in "
        "2023, and cut pollution by 20 percent. "
        "Both countries will implement rules on dredging (Norway, Finland, and Estonia). "
        "To protect the rivers, Finland will implement a permit system for dams.",
    )
    assert answer(service, "Who hosted the meeting?") == "Ana Lindqvist"
    assert answer(service, "Who established the Council?") == "Tom Berg, Maria Olsen and Karl Dahl"
    assert answer(service, "When was the Council established?") == "on March 3-4, 2024"
    assert answer(service, "Who are the co-chairs of the Council?") == "Eva Holm and Nils Strand"
    assert (
        answer(service, "Which countries did Norway launch the inspection campaign with?")
        == "Finland and Estonia"
    )
    assert answer(service, "Which countries will the engineers come from?") == "Latvia, Lithuania and Poland"
    assert "Narva Water Gate" in answer(service, "Which water gate will be expanded?")
    assert answer(service, "How much river water did the region use in 2021?") == "40 million cubic meters"
    assert "permit system" in answer(service, "What will Finland implement?")
    assert answer(service, "What does RWC stand for?") == "Regional Water Council"


def test_a_name_with_accents_is_searched_for(store_url: str) -> None:
    # (a query of ASCII words only had dropped "micheál", and with it the sentence)
    service = BriefingService(Store.open(store_url), load(environ={}))
    service.brief_text(
        SCOPE,
        "Readout\n\nThe adviser met today with Micheál Ó Briain, Deputy Leader and Minister for Fisheries of "
        "Ireland. They discussed trade.",
    )
    assert "Minister for Fisheries" in str(
        service.ask(SCOPE, "What posts does Micheál Ó Briain hold?").data["answer"]
    )

"""Shapes the fourteenth batch of test briefings (written before the code was changed for them) brought: a
parliament's question period, a live blog, a budget speech, a leaders' communiqué with numbered paragraphs
and a company's incident report."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed

from summarizer.document import build, is_boilerplate
from summarizer.entities import sentence_entities
from summarizer.text import parse_text
from summarizer.when import find_when

HANSARD = """Oral Questions

Housing

Mr. Pierre Martin (Carleton, CPC): Mr. Speaker, rents have doubled. How many homes has it built?

Hon. Sarah Lavoie (Minister of Housing, Lib.): Mr. Speaker, construction has started on 1,100 homes, and we will finish all 4,000 by the end of 2028.

Mr. Pierre Martin (Carleton, CPC): Mr. Speaker, the minister is building press releases. Will she publish the list of the federal sites?

Hon. Sarah Lavoie: Mr. Speaker, we will publish the full list of sites next month. What I will not do is comment on land negotiations.
"""


def test_a_parliament_s_labels_name_the_member_and_keep_the_seat() -> None:
    doc = build(parse_text(HANSARD))
    kinds = [(s.kind, s.turn) for s in doc.sentences if s.text.startswith(("Hon.", "Will she"))]
    assert kinds == [("boilerplate", None), ("question", "Mr. Pierre Martin")]
    out = analysis(HANSARD)
    assert [(c["speaker"], c["when"]) for c in out["commitments"]] == [
        ("Sarah Lavoie", "by the end of 2028"),
        ("Sarah Lavoie", "next month"),
    ]
    assert [d["speaker"] for d in out["declined"]] == ["Sarah Lavoie"]


def test_a_question_put_in_a_named_turn_leads_to_the_reply(tmp_path: Path) -> None:
    service = briefed(tmp_path, HANSARD)
    assert answer(service, "When will the list of federal sites be published?") == "next month"


def test_a_live_blog_s_timed_entries_are_content_and_a_clock_time_is_a_deadline() -> None:
    assert is_boilerplate("9:15 p.m. ET, January 18, 2027") and is_boilerplate("10:30 a.m.")
    out = analysis(
        "Live updates: storm\n\n9:15 p.m. — Governor Josh Carter said the state would keep the turnpike closed "
        "to trucks until at least 6 a.m. Tuesday.\n\n8:40 p.m. — The city will open 18 warming centers by 10 p.m."
    )
    assert [(c["speaker"], c["when"]) for c in out["commitments"]] == [
        ("Josh Carter", "until at least 6 a.m. Tuesday"),
        (None, "by 10 p.m."),
    ]
    assert find_when("Gross debt will peak at 75.3 per cent of GDP in 2027/28.") == "in 2027/28"


def test_refusals_of_a_budget_and_a_question_period_and_what_commits_no_one() -> None:
    out = analysis(
        "Negotiations are continuing, and I am not in a position to announce an outcome today. What I will not "
        "do is comment on land negotiations. The timeline will depend on provincial legislation, and I am not "
        "going to guess at dates. Members will ask about the wage agreement."
    )
    assert len(out["declined"]) == 3
    assert out["commitments"] == []


def test_we_the_prime_ministers_is_the_group_not_the_list_s_last_two() -> None:
    out = analysis(
        "Leaders' Communiqué\n\n1. We, the Prime Ministers of Denmark, Finland, Norway and Sweden, met in "
        "Tallinn today.\n\n2. We will set up a surveillance centre in Helsinki by the end of 2027."
    )
    assert [c["actor"] for c in out["commitments"]] == [
        "the Prime Ministers of Denmark, Finland, Norway and Sweden"
    ]


def test_a_closing_attribution_before_adding_that_names_the_speaker() -> None:
    out = analysis(
        "Norway will provide half of that amount, Prime Minister Erik Solberg told reporters after the meeting, "
        'adding that "energy security is now security." Canada will double its aid, saying the crisis is grave.'
    )
    assert [(c["actor"], c["speaker"]) for c in out["commitments"]] == [
        ("Norway", "Erik Solberg"),
        ("Canada", None),
    ]


def test_a_speech_s_own_words_are_its_speaker_s() -> None:
    speech = (
        "2027 Budget Speech\n\nMinister of Finance Thandiwe Mokoena\n\nMadam Speaker, I rise to table the budget. "
        "Government will increase the child support grant from R560 to R600 a month. I will not pretend "
        'otherwise. As Mandela said, "We will overcome."'
    )
    out = analysis(speech)
    assert [(c["actor"], c["speaker"]) for c in out["commitments"]][:1] == [
        ("Government", "Thandiwe Mokoena")
    ]
    statement = "Statement from President Joe Biden on Security\n\nWe will keep working with Mexico."
    assert [c["speaker"] for c in analysis(statement)["commitments"]] == ["Joe Biden"]
    joint = "Joint Statement from Canada and Mexico\n\nWe pledge to improve prisons."
    assert [c["speaker"] for c in analysis(joint)["commitments"]] == [None]


def test_rand_and_rupees_are_money_and_not_names() -> None:
    found = sentence_entities(
        "Load-shedding cost an estimated R90 billion; Rs 3 lakh; the R5 road and R2-D2."
    )
    assert [t for t, k in found if k == "money"] == ["R90 billion", "Rs 3 lakh"]
    assert "R90" not in [t for t, _ in found]


def test_answers_a_change_a_compound_span_a_refused_count_and_a_rate(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Report\n\nGovernment will increase the child support grant from R560 to R600 a month. The outage lasted "
        "five hours and 35 minutes. Customers whose workloads were affected will receive a credit of 25% of "
        "their bill. We are not able to share the number of customers affected. Load-shedding cost the "
        "economy an estimated R90 billion, and unemployment remains at 32.1 per cent.",
    )
    assert answer(service, "How much will the child support grant be?") == "from R560 to R600"
    assert answer(service, "How long did the outage last?") == "five hours and 35 minutes"
    assert answer(service, "How many customers were affected?").startswith("We are not able to share")
    assert answer(service, "What is the unemployment rate?") == "32.1 per cent"
    assert answer(service, "How much did load-shedding cost the economy?") == "R90 billion"


def test_where_is_not_a_place_that_says_whose_office(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Nordic Leaders' Communiqué\n\nEstonia's Prime Minister Kadri Tamm, who chaired the meeting, said the "
        "leaders had not discussed the climate target. We will meet again in Oslo in June 2028. Russia's "
        "deputy ambassador said Moscow had abstained.",
    )
    assert answer(service, "Where will the leaders meet next?") == "Oslo"
    assert answer(service, "Which country abstained?") == "Russia"


def test_a_described_body_that_speaks_is_the_body_named_before_it() -> None:
    out = analysis(
        "Storm\n\nPPL Electric said about 212,000 customers had lost power. The utility said crews would work "
        "through the night.\n\nChief Executive Chris Weston said sales fell. The company said it would cut 500 jobs."
    )
    assert [c["speaker"] for c in out["commitments"]] == ["PPL Electric", "the company"]

"""A wire report read end to end: dateline, byline, closing attributions, refusals, open questions."""

from pathlib import Path

from bot.config import load
from bot.scope import Scope
from bot.service import BriefingService
from bot.store import Store
from summarizer.analyze import analyse

REPORT = """G7 finance ministers pledge $20 billion for climate fund, stop short of coal deadline

By Jane Doe and Ravi Patel

LONDON, May 12 (Reuters) - Finance ministers from the Group of Seven rich nations pledged on Friday to \
provide $20 billion for a new climate adaptation fund by 2026, but declined to set a date for ending public \
financing of coal power.

"We have agreed today to put real money on the table," British finance minister Rachel Reeves said.

Canada promised to double its contribution to C$1.2 billion, Finance Minister Francois-Philippe Champagne \
said. He added that Ottawa would announce details in the autumn.

It was not immediately clear whether the fund would be managed by the World Bank.

The ministers also agreed to meet again in October in Washington, according to a final communique.
"""


def test_a_wire_report() -> None:
    a = analyse(REPORT)
    by_actor = {c.actor: c for c in a.commitments}
    assert by_actor["Canada"].action == "promised to double its contribution to C$1.2 billion"
    assert by_actor["Canada"].speaker == "Francois-Philippe Champagne"
    assert (
        by_actor["Ottawa"].speaker == "Francois-Philippe Champagne"
    )  # "He added": the one who closed the sentence before
    assert by_actor["The ministers"].action == "agreed to meet again in October in Washington"
    declined = {d.text.split()[0]: d.speaker for d in a.declined}
    assert declined["LONDON,"] == "the finance ministers"  # past the dateline, not "LONDON"
    assert declined["It"] is None  # an open question is the report's own
    assert ("LONDON", "place") in {(e.text, e.kind) for e in a.entities}


def test_questions_on_a_wire_report(tmp_path: Path) -> None:
    service = BriefingService(Store.open(f"sqlite:///{tmp_path / 'w.db'}"), load(environ={}))
    service.brief_text(SCOPE, REPORT + FOLLOW_UP)
    answers = {q: service.ask(SCOPE, q).data["answer"] for q in QUESTIONS}
    assert answers == QUESTIONS


SCOPE = Scope("local", "local", "console", "u")
FOLLOW_UP = """
British finance minister Rachel Reeves told reporters the fund would be "up and running within a year".

A spokesperson for the German finance ministry declined to say how much Berlin would contribute.
"""
QUESTIONS = {
    # the amount pledged comes before the refusal in its sentence: it is the answer
    "How much did the G7 pledge for the climate fund?": "$20 billion",
    "When will the fund be up and running?": "within a year",
    "When will Ottawa announce details?": "in the autumn",
    # an open question or a refusal is its own answer, never a name or an amount from it
    "Who will manage the fund?": "It was not immediately clear whether the fund would be managed by the World Bank.",
    "How much will Germany contribute?": (
        "A spokesperson for the German finance ministry declined to say how much Berlin would contribute."
    ),
}


BRIEFING_REPORT = """White House says it will send more vaccines to Africa, won't commit to patent waiver date

WASHINGTON — The White House said on Tuesday that the United States will donate 50 million more doses.

Health Secretary Xavier Becerra, who will travel to Geneva next week, has promised to press other \
countries to match the U.S. commitment.

The administration also plans to help build manufacturing capacity in South Africa and Senegal, Psaki said, though she \
did not give a timeline.
"""


def test_a_headline_in_sentence_case_a_perfect_promise_and_a_mid_sentence_attribution() -> None:
    a = analyse(BRIEFING_REPORT)
    assert (
        a.title == "White House says it will send more vaccines to Africa, won't commit to patent waiver date"
    )
    assert 0 not in [s.index for s in a.summary]  # the headline is no summary sentence
    found = {c.action.split()[0]: (c.actor, c.speaker) for c in a.commitments}
    assert found["promised"] == ("Health Secretary Xavier Becerra", "Xavier Becerra")
    assert found["plans"] == ("The administration", "Psaki")


def test_coordinated_places_answer_together(tmp_path: Path) -> None:
    service = BriefingService(Store.open(f"sqlite:///{tmp_path / 'b.db'}"), load(environ={}))
    service.brief_text(SCOPE, BRIEFING_REPORT)
    answer = service.ask(SCOPE, "Where will manufacturing capacity be built?").data["answer"]
    assert answer == "South Africa and Senegal"


UK_REPORT = """Schools to get £2bn for repairs, Education Secretary announces

Schools in England will receive an extra £2bn to repair crumbling buildings over the next two years, the \
government has announced.

The Department for Education said the first payments would be made in April, with councils expected to \
bid for a share by the end of March.

Labour has pledged to build 40 new schools by 2030, and ministers say the repair fund is "only the start".

Smoke-free areas will save lives, First Minister Jack McConnell has insisted.

The Conservatives said the government was "recycling old money" and promised to publish their own plan.
"""


def test_closing_attributions_with_has_a_with_clause_and_a_coordinated_promise() -> None:
    a = analyse(UK_REPORT)
    found = {c.actor: (c.action, c.speaker, c.when) for c in a.commitments}
    assert found["Schools in England"] == (
        "will receive an extra £2bn to repair crumbling buildings over the next two years",
        "the government",
        "over the next two years",
    )
    assert found["the first payments"] == ("would be made in April", "Department for Education", "in April")
    assert found["Labour"][0] == "pledged to build 40 new schools by 2030"
    assert found["Smoke-free areas"][1] == "Jack McConnell"  # "First Minister" is a title, not an ordinal
    assert found["The Conservatives"][0] == "promised to publish their own plan"
    assert {q.text: q.speaker for q in a.quotes}["only the start"] == "the ministers"


EU_REPORT = """EU agrees to phase out Russian gas imports by 2027

In a statement, the Hungarian government said it would challenge the decision in the European Court of \
Justice. Foreign Minister Peter Szijjarto called the plan "a political decision dressed up as energy policy".

The posters were labelled a "big misjudgement" by the Conservatives.

The Commission will present a legal proposal in June, according to a spokesperson, who said member states \
would have to submit national plans within six months.

Analysts at Goldman Sachs said prices would likely stay high through the winter.
"""


def test_naming_quotes_a_later_according_to_and_a_hedged_forecast() -> None:
    a = analyse(EU_REPORT)
    quotes = {q.text: q.speaker for q in a.quotes}
    assert quotes["a political decision dressed up as energy policy"] == "Peter Szijjarto"
    assert quotes["big misjudgement"] != "the posters"  # a passive names no caller before it
    found = {c.actor: c.speaker for c in a.commitments}
    assert found["the Hungarian government"] == "the Hungarian government"  # a nationality keeps its capital
    assert found["The Commission"] == "the spokesperson"
    assert "prices" not in found  # "would likely stay high" is a forecast

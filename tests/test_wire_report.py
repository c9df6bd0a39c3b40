"""A wire report read end to end: dateline, byline, closing attributions, refusals, open questions."""

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

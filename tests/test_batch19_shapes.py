"""Shapes the nineteenth batch of test briefings (written before the code was changed for them) brought: an
FOMC statement, a school's letter, a transit alert, an explainer in questions and a joint press conference."""

from __future__ import annotations

from pathlib import Path

from briefed import SCOPE, answer, briefed

from bot.short_answer import short_answer
from summarizer.document import build
from summarizer.entities import sentence_entities
from summarizer.text import parse_text
from summarizer.when import find_when

EXPLAINER = """Explained: the new EU rules on short-term rentals

What has changed?

From 20 May 2026, everyone who lets a property through platforms such as Airbnb in the EU must register it.

Who has to register?

All hosts, including people who rent out a single room for a few nights a year.
"""


def test_an_explainer_s_questions_lead_to_their_answers(tmp_path: Path) -> None:
    kinds = [s.kind for s in build(parse_text(EXPLAINER)).sentences]
    assert kinds == ["heading", "question", "body", "question", "body"]
    service = briefed(tmp_path, EXPLAINER)
    assert answer(service, "Who has to register?").startswith("All hosts")


def test_fractions_a_range_a_middle_initial_and_the_fed(tmp_path: Path) -> None:
    cut = (
        "In support of its goals, the Committee decided to lower the target range for the federal funds rate by "
        "1/4 percentage point to 3-1/2 to 3-3/4 percent."
    )
    assert short_answer("money", "What is the new target range for the federal funds rate?", cut) == (
        "3-1/2 to 3-3/4 percent"
    )
    assert short_answer("money", "By how much did the Fed cut rates?", cut) == "1/4 percentage point"
    assert ("Beth M. Hammack", "person") in sentence_entities(
        "Voting against the action was Beth M. Hammack."
    )
    assert ("Plan B", "organisation") in sentence_entities("They chose Plan B. The vote was close.")
    service = briefed(
        tmp_path,
        "Federal Reserve issues FOMC statement\n\nVoting for the action were Jerome H. Powell, Chair; John C. "
        "Williams, Vice Chair.",
    )
    assert answer(service, "Who is the Fed chair?") == "Jerome H. Powell"


def test_a_day_with_its_date_and_a_count_the_title_cannot_make(tmp_path: Path) -> None:
    assert (
        find_when("changes to the school day from Monday 7 September 2027.") == "from Monday 7 September 2027"
    )
    service = briefed(
        tmp_path,
        "Changes to the school day\n\nBreakfast club will open at 7:45 a.m. and will remain free for all pupils.",
    )
    assert service.ask(SCOPE, "How many pupils attend the school?").data["found"] is False

"""Answers met in the briefings of tests/data/briefings, one mechanism each, on a small store."""

from __future__ import annotations

from pathlib import Path

from bot.config import load
from bot.scope import Scope
from bot.service import BriefingService
from bot.store import Store

SCOPE = Scope("local", "local", "news", "you")


def _service(tmp_path: Path, text: str) -> BriefingService:
    service = BriefingService(Store.open(f"sqlite:///{tmp_path / 'a.db'}"), load(environ={}))
    service.brief_text(SCOPE, text)
    return service


def test_a_when_takes_a_refusal_of_a_time_not_any_refusal(tmp_path: Path) -> None:
    service = _service(
        tmp_path,
        "Summit plans\n\nThe leaders will hold the summit in Lisbon on May 12. Officials would not say when the leaders "
        "would sign the summit declaration. Officials declined to say how much the summit would cost.",
    )
    assert service.ask(SCOPE, "When will the summit be held?").data["answer"] == "on May 12"
    assert service.ask(SCOPE, "When will the leaders sign the summit declaration?").data["answer"] == (
        "Officials would not say when the leaders would sign the summit declaration."
    )


def test_a_how_many_with_no_number_is_not_found(tmp_path: Path) -> None:
    service = _service(
        tmp_path,
        "Briefing on the region\n\nHe has not spoken to him this week. He made clear that we want to see more aid trucks entering Gaza "
        "every day.",
    )
    assert service.ask(SCOPE, "How many aid trucks entered Gaza last week?").data["found"] is False


def test_a_word_the_sentence_leaves_to_the_one_before(tmp_path: Path) -> None:
    service = _service(
        tmp_path,
        "France and Morocco\n\nThe question of visas was not mentioned in the final declaration. The French Interior Ministry did "
        "not wish to comment.",
    )
    data = service.ask(SCOPE, "What did the Interior Ministry say about visas?").data
    assert data["citations"][0]["text"] == "The French Interior Ministry did not wish to comment."
    assert service.ask(SCOPE, "What did the Interior Ministry say about tariffs?").data["found"] is False


def test_a_when_takes_the_time_after_its_verb_and_which_countries_are_places(tmp_path: Path) -> None:
    service = _service(
        tmp_path,
        "EU gas\n\nEnergy ministers agreed to ban new contracts for Russian natural gas from January and to "
        "end all imports by the end of 2027. Hungary and Slovakia voted against the plan. Under the deal, "
        "countries must submit national plans by March 1.",
    )
    assert service.ask(SCOPE, "When will Russian gas imports end?").data["answer"] == "by the end of 2027"
    assert (
        service.ask(SCOPE, "Which countries voted against the plan?").data["answer"] == "Hungary and Slovakia"
    )

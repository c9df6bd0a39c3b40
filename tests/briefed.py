"""What the batch-shape tests share: a text's analysis as JSON, a store holding one briefing, and the answer
to a question about it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.config import load
from bot.scope import Scope
from bot.service import BriefingService
from bot.store import Store
from summarizer.analyze import analyse
from summarizer.commitments import find_in_sentence

SCOPE = Scope("local", "local", "briefed", "you")


def analysis(text: str) -> dict[str, Any]:
    """The analysis of `text` as `briefbot brief --format json` gives it."""
    return dict(analyse(text).to_dict())


def briefed(tmp_path: Path, text: str) -> BriefingService:
    """A service over a new SQLite store in `tmp_path` holding `text` as one briefing."""
    service = BriefingService(Store.open(f"sqlite:///{tmp_path / 'a.db'}"), load(environ={}))
    service.brief_text(SCOPE, text)
    return service


def answer(service: BriefingService, question: str) -> str:
    """The answer to `question` in the briefing's workspace ("" when nothing answers)."""
    return str(service.ask(SCOPE, question).data["answer"])


def found_actors(text: str) -> list[str]:
    """The actor of each commitment one sentence makes, outside any quote."""
    return [f.actor for f in find_in_sentence(text, lambda p: False)]

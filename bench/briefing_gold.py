"""The gold questions of the briefings written for the tests (tests/data/briefings), asked through
BriefingService.ask over a temporary SQLite store holding all of them (each in its own channel), scored
by ../shared/eval/score.py; with the analysis figures pooled over the files."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from bot.config import load
from bot.scope import Scope
from bot.service import BriefingService
from bot.store import Store

BRIEFINGS = Path(__file__).resolve().parent.parent / "tests" / "data" / "briefings"


def briefing_gold(score: ModuleType) -> dict[str, Any]:
    """Per file: the analysis and answer figures; "pooled": counts over all the files."""
    pooled = {"required": 0, "found": 0, "answerable": 0, "answered": 0, "unanswerable": 0, "abstained": 0}
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        service = BriefingService(Store.open(f"sqlite:///{Path(tmp) / 'gold.db'}"), load(environ={}))
        for path in sorted(BRIEFINGS.glob("*.gold.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            name = path.name.removesuffix(".gold.json")
            scope = Scope("local", name, name, "u")  # a workspace each: "unanswerable" is of this briefing
            analysis = service.brief_text(scope, (BRIEFINGS / gold["document"]).read_text(encoding="utf-8"))
            figures = score.analysis(gold, analysis.data["analysis"])
            asked = {q["id"]: service.ask(scope, q["q"]).data for q in gold["questions"]}
            answers = score.answers(gold, asked)
            out[path.name] = {"analysis": figures, "answers": answers}
            required = len(gold["commitments"]["required"])
            answerable = [q for q in gold["questions"] if not q.get("unanswerable")]
            unanswerable = len(gold["questions"]) - len(answerable)
            pooled["required"] += required
            pooled["found"] += required - len(figures["missed"])
            pooled["answerable"] += len(answerable)
            pooled["answered"] += len(answerable) - len(answers["wrong"])
            pooled["unanswerable"] += unanswerable
            pooled["abstained"] += round((answers["abstain_acc"] or 0.0) * unanswerable)
    out["pooled"] = pooled
    return out

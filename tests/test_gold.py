"""The canonical briefing against its hand-made gold, scored by ../shared/eval/score.py."""

import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType


def brief_json(path: Path) -> dict[str, object]:
    exe = Path(sys.executable).with_name("briefbot")
    proc = subprocess.run(
        [str(exe), "brief", str(path), "--format", "json"], capture_output=True, text=True, check=True
    )
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


def test_canonical_briefing_meets_the_targets(eval_path: Path, scorer: ModuleType) -> None:
    gold = json.loads((eval_path / "us-mexico-security-dialogue.gold.json").read_text(encoding="utf-8"))
    out = brief_json(eval_path / "briefings" / "us-mexico-security-dialogue.txt")
    figures = scorer.analysis(gold, out)
    assert figures["commitment_precision"] >= 0.9, figures
    assert figures["commitment_recall"] == 1.0, (
        figures
    )  # (">= 0.9" let a rule drop C3 unseen for one session)
    assert figures["commitment_speaker_acc"] >= 0.9, figures
    assert figures["quote_speaker_acc"] >= 0.85, figures
    assert figures["declined_recall"] >= 0.75, figures
    assert figures["summary_violations"] == [], figures
    assert figures["false_commitments"] == [], figures


def test_other_shapes_of_briefing(eval_path: Path) -> None:
    """A joint statement, a fact sheet and a transcript from the corpus, checked by hand."""
    from summarizer.analyze import analyse

    wh = eval_path / "corpus" / "whitehouse"
    joint = analyse(
        (
            wh
            / "joint_statements"
            / "2023-01-09-joint-statement-by-president-joe-biden-and-president-luiz-inacio-lula-da-silva-following-call.md"
        ).read_text(encoding="utf-8")
    )
    assert [(c.actor, c.modality) for c in joint.commitments] == [
        ("President Joe Biden and President Luiz Inácio Lula da Silva", "pledge")
    ]
    briefing = analyse(next((wh / "press_briefings").glob("2021-01-20-*.md")).read_text(encoding="utf-8"))
    assert {q.speaker for q in briefing.quotes} >= {"Jen Psaki"}
    assert all(s.turn != "Q" for s in briefing.summary)
    assert any(c.speaker == "Jen Psaki" for c in briefing.commitments)
    fact = analyse(
        (wh / "us_mexico" / "2021-10-08-fact-sheet-u-s-mexico-high-level-security-dialogue.md").read_text(
            encoding="utf-8"
        )
    )
    assert any(c.actor == "The United States and Mexico" and c.modality == "commit" for c in fact.commitments)
    assert all(s.kind in ("body", "bullet") for s in fact.summary)

"""Quality, measured in one run: `.venv/bin/python -m bench.eval [--quick]`.

- every summary ranker (ours, sumy's, Lead-N) on CNN/DailyMail (3 sentences) and on BBC politics (the
  reference's length), ROUGE-1/2/Lsum F1 with rouge-score and stemming;
- the analysis against every gold file in ../shared/eval and tests/data/briefings (commitments, declined,
  quotes, summary);
- speaker attribution on PolNeAR dev: for each attribution whose source is a named person or
  organisation, is the speaker we give the sentences of its content that source;
- commitment detection on the manifesto pledge labels (1 or 2 against 0), precision, recall and F1,
  for any commitment and for specific ones (a concrete act, an amount or a deadline), all and dev;
- LexRank speed against document length, ours and sumy's.
Prints tables, writes bench/results/eval.json and PNG charts (bench/results/rouge.png, speed.png).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import statistics
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from summarizer.analyze import SUMMARY_KINDS, analyse, summarise
from summarizer.commitments import find_in_sentence
from summarizer.document import build
from summarizer.rank import ALGORITHMS, rank, sumy_rank
from summarizer.segment import split
from summarizer.specific import is_specific
from summarizer.text import parse_text

from .briefing_gold import briefing_gold
from .common import RESULTS, need_eval, table, write
from .polnear import polnear, pronouns

KEYS = ("rouge1", "rouge2", "rougeLsum")
SLOW = ("kl", "reduction", "sumy-lexrank")  # skipped with --quick
TUNE = 60  # the first articles of each news set: the default ranker's tuning split, never scored


PYSBD_LEAD = "lead (pysbd)"


def pysbd_sentences(text: str) -> list[str]:
    import pysbd

    return [x.strip() for x in pysbd.Segmenter(language="en", clean=False).segment(text) if x.strip()]


def rouge_table(
    path: Path, algos: list[str], limit: int, bbc: bool, start: int = TUNE
) -> dict[str, list[float]]:
    """Mean ROUGE F1 x100 of each ranker over the articles from `start` (by default past the tuning
    split, which is never scored)."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(KEYS), use_stemmer=True)
    scores: dict[str, list[list[float]]] = {a: [] for a in algos}
    for line in path.read_text(encoding="utf-8").splitlines()[start : start + limit]:
        item = json.loads(line)
        ref = item["reference"]
        if bbc:  # the BBC references join sentences without a space after the full stop
            ref = re.sub(r"\.(?=[A-Z“\"])", ". ", ref)
        ref_sents = split(ref)
        n = len(ref_sents) if bbc else 3
        eligible = [s for s in build(parse_text(item["article"])).sentences if s.kind in SUMMARY_KINDS]
        for algo in algos:
            if algo == PYSBD_LEAD:  # the baseline: the first sentences as pysbd splits the raw text
                summary = pysbd_sentences(item["article"])[:n]
            else:
                summary = [s.text for s in summarise(eligible, algo, max(1, min(n, len(eligible))))]
            r = scorer.score("\n".join(ref_sents), "\n".join(summary))
            scores[algo].append([r[k].fmeasure for k in KEYS])
    return {a: [100 * statistics.mean(x[i] for x in v) for i in range(3)] for a, v in scores.items()}


def _score_module(eval_dir: Path) -> ModuleType:
    import importlib.util

    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


def gold_files(eval_dir: Path) -> dict[str, Any]:
    score = _score_module(eval_dir)
    out = {}
    for gold_path in sorted(eval_dir.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = (eval_dir / gold["document"]).read_text(encoding="utf-8")
        out[gold_path.name] = score.analysis(gold, analyse(doc).to_dict())
    return out


def _prf(pairs: list[tuple[bool, bool]]) -> dict[str, float]:
    """Precision, recall and F1 of (predicted, gold) pairs."""
    tp = sum(p and g for p, g in pairs)
    fp = sum(p and not g for p, g in pairs)
    fn = sum(g and not p for p, g in pairs)
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return {
        "sentences": len(pairs),
        "precision": pr,
        "recall": rc,
        "f1": 2 * pr * rc / (pr + rc) if pr + rc else 0.0,
    }


def pledges(eval_dir: Path) -> dict[str, dict[str, float]]:
    """Does the detector flag the pledge sentences (label 1 or 2 against 0)? Scored for any commitment
    and for specific ones only, on all sentences and on `dev` alone (the specific-act word lists were
    chosen reading `trn`)."""
    rows = list(csv.DictReader((eval_dir / "pledges" / "india_manifesto_pledges.csv").open(encoding="utf-8")))
    found = [(r, find_in_sentence(r["text"].strip(), lambda pos: False)) for r in rows]
    out = {}
    flags = {
        "any": [bool(fs) for _, fs in found],
        "specific": [any(is_specific(f.action, f.when) for f in fs) for _, fs in found],
    }
    for name, flag in flags.items():
        pairs = [(p, r["pledge"] in ("1", "2"), r["set"]) for p, (r, _) in zip(flag, found, strict=True)]
        out[name] = _prf([(p, g) for p, g, _ in pairs])
        out[f"{name}_dev"] = _prf([(p, g) for p, g, split in pairs if split == "dev"])
    return out


def speed(eval_dir: Path, quick: bool) -> list[dict[str, float]]:
    from .lexrank_speed import corpus_sentences

    pool = corpus_sentences(eval_dir)
    out = []
    for n in (50, 100, 200, 400) if quick else (50, 100, 200, 400, 800):
        sents = pool[:n]
        t0 = time.perf_counter()
        rank("lexrank", sents, 5)
        ours = time.perf_counter() - t0
        t0 = time.perf_counter()
        sumy_rank("sumy-lexrank", sents, 5)
        out.append({"sentences": n, "ours_s": ours, "sumy_s": time.perf_counter() - t0})
    return out


def charts(rouge: dict[str, dict[str, list[float]]], speeds: list[dict[str, float]]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(12, 4.5))
    for ax, (name, rows) in zip(axes, rouge.items(), strict=False):
        algos = list(rows)
        for k, label in enumerate(("R-1", "R-2", "R-Lsum")):
            ax.bar(
                [i + 0.27 * k for i in range(len(algos))],
                [rows[a][k] for a in algos],
                width=0.27,
                label=label,
            )
        ax.set_xticks([i + 0.27 for i in range(len(algos))], algos, rotation=45, ha="right")
        ax.set_title(name)
        ax.legend()
    fig.tight_layout()
    fig.savefig(RESULTS / "rouge.png", dpi=110)
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot(
        [s["sentences"] for s in speeds], [s["ours_s"] * 1000 for s in speeds], "o-", label="briefbot lexrank"
    )
    ax.plot(
        [s["sentences"] for s in speeds], [s["sumy_s"] * 1000 for s in speeds], "o-", label="sumy LexRank"
    )
    ax.set_xlabel("sentences")
    ax.set_ylabel("ms")
    ax.set_yscale("log")
    ax.legend()
    fig.tight_layout()
    fig.savefig(RESULTS / "speed.png", dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer articles, no slow sumy rankers")
    args = parser.parse_args()
    ev = need_eval()
    algos = [a for a in ALGORITHMS if not (args.quick and a in SLOW)] + [PYSBD_LEAD]
    limit = 60 if args.quick else 10_000
    rouge = {
        "CNN/DailyMail (3 sentences)": rouge_table(
            ev / "news" / "cnndm_test_250.jsonl", algos, limit, bbc=False
        ),
        "BBC politics (reference length)": rouge_table(
            ev / "news" / "bbc_politics_417.jsonl", algos, limit, bbc=True
        ),
    }
    for name, rows in rouge.items():
        print(f"\n{name}")
        print(
            table(
                ["ranker", "R-1", "R-2", "R-Lsum"],
                [[a, *v] for a, v in sorted(rows.items(), key=lambda kv: -kv[1][0])],
            )
        )
    gold = gold_files(ev)
    print("\nGold files")
    for name, fig in gold.items():
        print(name, json.dumps(fig))
    own = briefing_gold(_score_module(ev))
    for name, fig in own.items():
        if name != "pooled":
            print(f"tests/data/briefings/{name}", json.dumps(fig["analysis"]), json.dumps(fig["answers"]))
    p = own["pooled"]
    print(
        f"tests/data/briefings, pooled: required commitments found {p['found']} of {p['required']}; "
        f"questions answered right {p['answered']} of {p['answerable']}; unanswerable ones left "
        f"unanswered {p['abstained']} of {p['unanswerable']}"
    )
    pol = polnear(ev)
    print(
        f"\nPolNeAR dev: speaker right for {pol['accuracy']:.1%} of {pol['relations']} named-source attributions"
    )
    pro = pronouns(ev)
    print(
        f"PolNeAR dev, he/she sources (hand-labelled referents): {pro['accuracy']:.1%} of {pro['relations']}"
    )
    pl = pledges(ev)
    for key, label in (("any", "any commitment"), ("specific", "specific commitments")):
        for part, fig in (("all", pl[key]), ("dev", pl[f"{key}_dev"])):
            print(
                f"Manifesto pledges, {label}, {part}: P {fig['precision']:.3f} R {fig['recall']:.3f} "
                f"F1 {fig['f1']:.3f} ({fig['sentences']} sentences)"
            )
    speeds = speed(ev, args.quick)
    print(
        table(
            ["sentences", "ours ms", "sumy ms"],
            [[s["sentences"], s["ours_s"] * 1000, s["sumy_s"] * 1000] for s in speeds],
        )
    )
    charts(rouge, speeds)
    path = write(
        "eval",
        {
            "rouge": rouge,
            "gold": gold,
            "briefing_gold": own,
            "polnear": pol,
            "pronouns": pro,
            "pledges": pl,
            "speed": speeds,
            "quick": args.quick,
        },
    )
    print(f"wrote {path}, {RESULTS / 'rouge.png'}, {RESULTS / 'speed.png'}")


if __name__ == "__main__":
    main()

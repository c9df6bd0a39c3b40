"""ROUGE of the summary rankers on the CNN/DailyMail articles (a first step of the evaluation harness).

    .venv/bin/python -m bench.news_rouge [--limit N] [--algorithms lead,default,lexrank]

3-sentence summaries, Google's rouge-score with stemming, ROUGE-1/2/Lsum F1 means (x100).
Writes bench/results/news_rouge.json.
"""

from __future__ import annotations

import argparse
import json
import statistics

from rouge_score import rouge_scorer

from summarizer.analyze import analyse

from .common import need_eval, table, write

KEYS = ("rouge1", "rouge2", "rougeLsum")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=250)
    parser.add_argument("--algorithms", default="lead,default,lexrank,textrank,sum-basic")
    args = parser.parse_args()
    algos = args.algorithms.split(",")
    lines = (
        (need_eval() / "news" / "cnndm_test_250.jsonl").read_text(encoding="utf-8").splitlines()[: args.limit]
    )
    scorer = rouge_scorer.RougeScorer(list(KEYS), use_stemmer=True)
    scores: dict[str, list[list[float]]] = {a: [] for a in algos}
    for line in lines:
        item = json.loads(line)
        reference = item["reference"].replace(". ", ".\n")
        for algo in algos:
            summary = "\n".join(s.text for s in analyse(item["article"], sentences=3, algorithm=algo).summary)
            result = scorer.score(reference, summary)
            scores[algo].append([result[k].fmeasure for k in KEYS])
    rows = [[a, *(100 * statistics.mean(x[i] for x in scores[a]) for i in range(3))] for a in algos]
    print(table(["ranker", "R-1", "R-2", "R-Lsum"], rows))
    path = write(
        "news_rouge",
        {"articles": len(lines), "rows": {r[0]: dict(zip(KEYS, r[1:], strict=True)) for r in rows}},
    )
    print(f"wrote {path}")


if __name__ == "__main__":
    main()

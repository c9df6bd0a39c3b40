"""Our vectorised LexRank against sumy's LexRankSummarizer, in one run, on the same sentences.

    .venv/bin/python -m bench.lexrank_speed [--quick]

Speed at 100, 1,000 and 5,000 sentences (medians), the whole default analysis of a 5,000-sentence
report, and how often our picks equal sumy's on the 250 CNN/DailyMail articles (3 sentences each).
Writes bench/results/lexrank.json.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from summarizer.analyze import analyse
from summarizer.document import build
from summarizer.rank import rank, sumy_rank
from summarizer.segment import split
from summarizer.text import parse_text

from .common import median_time, need_eval, table, write


def corpus_sentences(eval_dir: Path) -> list[str]:
    out: list[str] = []
    for f in sorted((eval_dir / "corpus" / "whitehouse").glob("*/*.md")):
        doc = build(parse_text(f.read_text(encoding="utf-8")))
        out.extend(s.text for s in doc.sentences if s.kind in ("body", "bullet"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="skip sumy at 5,000 sentences (takes minutes)")
    args = parser.parse_args()
    eval_dir = need_eval()
    pool = corpus_sentences(eval_dir)
    rows = []
    speed = []
    for n in (100, 1000, 5000):
        sents = pool[:n]
        ours = median_time(lambda s=sents: rank("lexrank", s, 5), 5 if n < 5000 else 3)
        sumy_repeat = 3 if n <= 100 else 1
        theirs = (
            None
            if (args.quick and n >= 5000)
            else median_time(lambda s=sents: sumy_rank("sumy-lexrank", s, 5), sumy_repeat)
        )
        same = None
        if theirs is not None:
            same = sorted(rank("lexrank", sents, 5)) == sorted(sumy_rank("sumy-lexrank", sents, 5))
        rows.append(
            [
                n,
                ours * 1000,
                theirs * 1000 if theirs else "-",
                f"{theirs / ours:.0f}x" if theirs else "-",
                same,
            ]
        )
        speed.append(
            {
                "sentences": n,
                "ours_ms": ours * 1000,
                "sumy_ms": theirs * 1000 if theirs else None,
                "same_picks": same,
            }
        )
    print(table(["sentences", "ours ms (median)", "sumy ms (median)", "speed-up", "same 5 picks"], rows))

    report = "\n\n".join(" ".join(pool[i : i + 10]) for i in range(0, 5000, 10))
    full = median_time(lambda: analyse(report, sentences=5), 3)
    doc_sents = len(analyse(report, sentences=5).sentences)
    print(
        f"\nWhole analysis (default ranker, quotes, commitments, entities) of a {doc_sents}-sentence report: "
        f"{full * 1000:.0f} ms (median of 3)"
    )

    lines = (eval_dir / "news" / "cnndm_test_250.jsonl").read_text(encoding="utf-8").splitlines()
    same = total = 0
    for line in lines:
        sents = split(json.loads(line)["article"])
        ours_p = set(rank("lexrank", sents, 3))
        theirs_p = sumy_rank("sumy-lexrank", sents, 3)
        same += len(ours_p & set(theirs_p))
        total += len(theirs_p)
    agreement = same / total
    print(
        f"Agreement with sumy's picks on {len(lines)} CNN/DailyMail articles (3 sentences): {agreement:.1%}"
    )
    path = write(
        "lexrank",
        {
            "speed": speed,
            "analysis_5000_ms": full * 1000,
            "analysis_sentences": doc_sents,
            "cnndm_pick_agreement": agreement,
            "articles": len(lines),
        },
    )
    print(f"wrote {path}")


if __name__ == "__main__":
    main()

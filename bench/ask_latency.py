"""Ask latency with 1,000 and 100,000 stored briefings, on SQLite and PostgreSQL, in one run.

    .venv/bin/python -m bench.ask_latency [--sizes 1000,100000] [--backends sqlite,postgresql]

Briefings are synthesised from the corpus: windows of 20 analysed sentences from the White House
documents, each stored as its own briefing (rows written in bulk, as the store's schema has them).
Each question of the canonical gold file is asked 5 times through BriefingService.ask (search in the
database + rerank); the table gives median and p95 in milliseconds. Writes bench/results/ask_latency.json.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text

from bot.config import load
from bot.schema import briefings, sentences
from bot.scope import Scope
from bot.service import BriefingService
from bot.store import Store
from summarizer.analyze import analyse

from .common import need_eval, table, write

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
SCOPE = Scope("local", "bench", "c1", "u")
WINDOW = 20


def corpus_windows(eval_dir: Path) -> list[list[tuple[str, str, str | None]]]:
    out = []
    for f in sorted((eval_dir / "corpus" / "whitehouse").glob("*/*.md")):
        analysis = analyse(f.read_text(encoding="utf-8"))
        about = analysis.sentence_about or (None,) * len(analysis.sentences)
        # as the store keeps them: a section's heading, not the title; what a sentence refers back to
        sents = [
            (s.kind, s.text, about[s.index])
            for s in analysis.sentences
            if s.kind != "heading" or s.text != analysis.title
        ]
        out.extend(sents[i : i + WINDOW] for i in range(0, max(1, len(sents) - WINDOW), WINDOW))
    return out


def fill(store: Store, windows: list[list[tuple[str, str, str | None]]], n: int) -> None:
    rng = random.Random(7)
    now = datetime.now(UTC)
    batch = 2000
    with store.engine.begin() as conn:
        for start in range(0, n, batch):
            rows = []
            for i in range(start, min(n, start + batch)):
                rows.append(
                    {
                        "id": i + 1,
                        "tenant": SCOPE.tenant_key,
                        "channel": SCOPE.channel,
                        "user_id": "u",
                        "content_key": f"{i:064d}",
                        "title": f"Synthetic briefing {i}",
                        "source": None,
                        "published": None,
                        "created_at": now,
                        "analysis": "{}",
                    }
                )
            conn.execute(insert(briefings), rows)
            srows: list[dict[str, Any]] = []
            for i in range(start, min(n, start + batch)):
                for idx, (kind, sent, about) in enumerate(rng.choice(windows)):
                    srows.append(
                        {
                            "briefing_id": i + 1,
                            "tenant": SCOPE.tenant_key,
                            "channel": SCOPE.channel,
                            "idx": idx,
                            "kind": kind,
                            "text": sent,
                            "speaker": None,
                            "about": about,
                        }
                    )
            conn.execute(insert(sentences), srows)
        if conn.dialect.name == "postgresql":
            conn.execute(text("ANALYZE"))


def measure(service: BriefingService, questions: list[str], repeat: int = 5) -> tuple[float, float]:
    for q in questions:  # warm caches
        service.ask(SCOPE, q)
    times = []
    for _ in range(repeat):
        for q in questions:
            t0 = time.perf_counter()
            service.ask(SCOPE, q)
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,100000")
    parser.add_argument("--backends", default="sqlite,postgresql")
    args = parser.parse_args()
    eval_dir = need_eval()
    import json

    gold = json.loads((eval_dir / "us-mexico-security-dialogue.gold.json").read_text(encoding="utf-8"))
    questions = [q["q"] for q in gold["questions"]]
    windows = corpus_windows(eval_dir)
    rows, results = [], []
    for backend in args.backends.split(","):
        for n in (int(x) for x in args.sizes.split(",")):
            with tempfile.TemporaryDirectory() as tmp:
                if backend == "sqlite":
                    url = f"sqlite:///{tmp}/bench.db"
                else:
                    import psycopg

                    with psycopg.connect(PG.replace("+psycopg", ""), autocommit=True) as c:
                        c.execute("DROP SCHEMA IF EXISTS public CASCADE")
                        c.execute("CREATE SCHEMA public")
                    url = PG
                store = Store.open(url)
                t0 = time.perf_counter()
                fill(store, windows, n)
                load_s = time.perf_counter() - t0
                service = BriefingService(store, load(environ={}))
                med, p95 = measure(service, questions)
                store.close()
            rows.append([backend, n, n * WINDOW, med, p95, load_s])
            results.append(
                {
                    "backend": backend,
                    "briefings": n,
                    "sentences": n * WINDOW,
                    "median_ms": med,
                    "p95_ms": p95,
                    "load_s": load_s,
                }
            )
            print(table(["backend", "briefings", "sentences", "median ms", "p95 ms", "load s"], rows[-1:]))
    print()
    print(table(["backend", "briefings", "sentences", "median ms", "p95 ms", "load s"], rows))
    print(f"wrote {write('ask_latency', {'questions': len(questions), 'results': results})}")


if __name__ == "__main__":
    main()

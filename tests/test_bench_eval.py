"""The quality harness scores only the articles past the tuning split."""

import json
from pathlib import Path

from bench.eval import TUNE, rouge_table


def test_rouge_tables_leave_the_tuning_split_out(tmp_path: Path) -> None:
    tuned = {"article": "Tuned words only here. Nothing else at all.", "reference": "Tuned words only here."}
    held = {
        "article": "The council will repair the bridge. Rain fell.",
        "reference": "The council will repair the bridge.",
    }
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in [tuned] * TUNE + [held] * 2), encoding="utf-8")
    table = rouge_table(path, ["lead"], 10, bbc=False)
    # Lead-3 of the held-out article contains its reference: recall 1, precision 6/8 words
    assert round(table["lead"][0], 1) == round(100 * 2 * 0.75 / 1.75, 1)
    assert rouge_table(path, ["lead"], 10, bbc=False, start=0)["lead"][0] != table["lead"][0]


def test_the_issues_lead_3_splits_the_raw_article_with_pysbd(tmp_path: Path) -> None:
    from bench.eval import PYSBD_LEAD

    # a caption run into the first sentence: our segmentation cuts it off, pysbd keeps it in sentence one
    item = {
        "article": "Smith at the court on Monday A judge jailed Smith. He appealed. Rain fell. Fans wept.",
        "reference": "A judge jailed Smith. He appealed. Rain fell.",
    }
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(item), encoding="utf-8")
    table = rouge_table(path, ["lead", PYSBD_LEAD], 10, bbc=False, start=0)
    assert (
        round(table["lead"][0], 1) == 100.0
    )  # the caption is boilerplate, the three sentences are the reference
    assert table[PYSBD_LEAD][0] < 100.0


def test_pronoun_labels_name_someone_before_the_pronoun_and_are_scored(eval_path: Path) -> None:
    from bench.polnear import LABELS, pronouns

    rows = json.loads(LABELS.read_text(encoding="utf-8"))["relations"]
    texts = eval_path / "quotes" / "polnear_dev" / "text"
    for row in rows:
        raw = (texts / f"{row['file']}.txt").read_text(encoding="utf-8")
        start, end = row["source"]
        assert raw[start:end] == row["pronoun"] and row["pronoun"].lower() in ("he", "she")
        assert row["referent"] in raw[:start]  # the person is named before the pronoun
    got = pronouns(eval_path)
    assert got["relations"] == len(rows) >= 78
    assert got["accuracy"] > 0.5  # the position-blind "last speaker" rule scored 0.50

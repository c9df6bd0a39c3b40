"""Speaker attribution on PolNeAR dev.

- named sources: every attribution relation whose source (from the corpus's own annotation) is a
  named person or organisation;
- "he"/"she" sources: a hand-labelled sample (bench/data/polnear_pronouns.json) giving the person
  each pronoun refers to.
For each relation, the analysed sentence overlapping its content most is found; the speaker we give
that sentence (Analysis.sentence_sources) is right when it holds the source's name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from summarizer.analyze import analyse
from summarizer.lexicon import DETERMINERS, PRONOUNS

LABELS = Path(__file__).parent / "data" / "polnear_pronouns.json"


def _words(text: str) -> set[str]:
    return {re.sub(r"['’]s$", "", w.lower()) for w in re.findall(r"[\w'’-]+", text)}


# A person described by role, not named: "the Vermont senator", "The GOP nominee", "the New York
# businessman". Its capitalised words are modifiers, not the source's name.
_DESCRIBED = re.compile(
    r"^(?:[Tt]he\s+)?[^,]*?\b(?:senator|nominee|candidate|congress(?:wo)?man|governor|lawmaker|"
    r"business(?:wo)?man|secretary|president|leader|mayor|chairman|spokes(?:wo)?man)\W*$"
)


def _named(raw: str, start: int, source: str) -> set[str]:
    """The proper nouns of a source span ("Mr. McGinley, the law professor" -> mcginley): capitalised
    words that are not pronouns or determiners and, at a sentence start, are capitalised elsewhere in
    the text after a lower-case word too. Empty for "He", "World leaders", "officials", and for a role
    described with capitalised modifiers ("the Vermont senator")."""
    if _DESCRIBED.match(source.strip()):
        return set()
    out = set()
    for m in re.finditer(r"[A-Z][\w'’-]+", source):
        word = m.group(0)
        low = re.sub(r"['’]s$", "", word.lower())
        if low in PRONOUNS or low in DETERMINERS or low in ("mr", "ms", "mrs", "dr"):
            continue
        before = raw[: start + m.start()].rstrip()
        initial = (not before or before[-1] in '.!?"“”\n:―—') and not re.search(
            r"\b[A-Z][a-z]{0,3}\.$", before
        )
        if initial and not re.search(r"[a-z,]\s+" + re.escape(word) + r"\b", raw):
            continue
        out.add(low)
    return out


def _pattern(key: str) -> re.Pattern[str]:
    """A sentence (or its opening) as it may appear in the raw text, before `text.normalise`: typewriter quote
    marks ('' and ``) for curly ones, any space for a space, invisible characters anywhere."""
    parts = []
    for ch in key:
        if ch in "“”":
            parts.append("(?:``|''|“|”)")
        elif ch == " ":
            parts.append(r"\s+")
        else:
            parts.append(re.escape(ch))
    return re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]*".join(parts))


class _Scored:
    """One PolNeAR text, analysed, with its sentences located in the raw text."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.analysis = analyse(raw)
        self.located: list[tuple[int, int]] = []
        cursor = 0
        for s in self.analysis.sentences:
            m = _pattern(s.text).search(raw, cursor) or _pattern(s.text[:40]).search(raw, cursor)
            if m is None:
                self.located.append((-1, -1))
                continue
            cursor = m.start()
            self.located.append((cursor, max(m.end(), cursor + len(s.text))))

    def source(self, c0: int, c1: int) -> str | None:
        """Whose statement we say the sentence overlapping the content [c0, c1) most reports."""
        if not self.located or not self.analysis.sentence_sources:
            return None
        best = max(
            range(len(self.located)), key=lambda i: min(c1, self.located[i][1]) - max(c0, self.located[i][0])
        )
        return self.analysis.sentence_sources[best]


def _relations(ann: Path) -> Iterator[tuple[int, str, int, int]]:
    """(source start, source text, content start, content end) of each attribution in a brat file."""
    spans: dict[str, tuple[int, int, str]] = {}
    events = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            _, *offs = parts[1].split()
            spans[parts[0]] = (int(offs[0]), int(offs[-1]), parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(p.split(":", 1) for p in parts[1].split()))
    for ev in events:
        if ev.get("Source") in spans and ev.get("Content") in spans:
            s0, _, source = spans[ev["Source"]]
            c0, c1, _ = spans[ev["Content"]]
            yield s0, source, c0, c1


def polnear(eval_dir: Path) -> dict[str, float]:
    """Named sources (person or organisation): accuracy of the speaker we give their content."""
    root = eval_dir / "quotes" / "polnear_dev"
    total = right = 0
    for txt in sorted((root / "text").glob("*.txt")):
        ann = next((root / "attributions").glob(txt.stem + "*.ann"), None)
        if ann is None:
            continue
        scored = _Scored(txt.read_text(encoding="utf-8"))
        for s0, source, c0, c1 in _relations(ann):
            names = _named(scored.raw, s0, source)
            if not names:  # pronouns, "sources", "officials": not a named source
                continue
            total += 1
            said = scored.source(c0, c1)
            right += bool(said and names & _words(said))
    return {"relations": total, "accuracy": right / total if total else 0.0}


def pronouns(eval_dir: Path) -> dict[str, float]:
    """ "He"/"she" sources: does the speaker we give their content hold the hand-labelled referent?"""
    root = eval_dir / "quotes" / "polnear_dev" / "text"
    rows = json.loads(LABELS.read_text(encoding="utf-8"))["relations"]
    cache: dict[str, _Scored] = {}
    right = 0
    for row in rows:
        if row["file"] not in cache:
            cache[row["file"]] = _Scored((root / f"{row['file']}.txt").read_text(encoding="utf-8"))
        said = cache[row["file"]].source(*row["content"])
        right += bool(said and row["referent"].lower() in _words(said))
    return {"relations": len(rows), "accuracy": right / len(rows) if rows else 0.0}

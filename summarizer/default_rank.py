"""The default summary ranker: news structure first, centrality second, no repeats.

News puts its point first, so position carries most of the weight; LexRank centrality (our fast one)
lifts a later sentence that restates the core of the story; sentences that open with a quote, ask a
question or are too short to stand alone are held back; a sentence too similar to one already chosen
is skipped (maximal marginal relevance).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from . import lexrank
from .model import Sentence
from .rank import terms

POSITION_WEIGHT = 1.0
CENTRALITY_WEIGHT = 0.35
PARAGRAPH_START_BONUS = 0.1
REDUNDANCY = 0.5


_FILLER = re.compile(
    r"^(?:thanks?|thank you|good (?:morning|afternoon|evening)|hi|hello|hey|great|okay|ok|all right|sure|"
    r"yes|no|well|so|and|but|look)\b[,.!]?\s*(?:everybody|everyone|all|so much|very much)?[,.!]*\s*$",
    re.I,
)
_OPENER = re.compile(r"^(?:and|so|but|well|look|now|okay|ok|thanks?|thank you)\b", re.I)


def _features(sentences: Sequence[Sentence], bags: list[list[str]]) -> np.ndarray:
    n = len(sentences)
    # A transcript's point is not in its first lines (greetings, logistics): position matters less.
    spoken = sum(1 for s in sentences if s.turn) > n / 2
    position_weight = 0.25 if spoken else POSITION_WEIGHT
    central = lexrank.scores(bags) if n else np.zeros(0)
    if n and central.max() > 0:
        central = central / central.max()
    score = np.zeros(n)
    seen_paras: set[int] = set()
    for i, s in enumerate(sentences):
        words = len(s.text.split())
        position = 1.0 / (1.0 + i / 2.0)
        score[i] = position_weight * position + CENTRALITY_WEIGHT * central[i]
        if s.paragraph not in seen_paras:
            score[i] += PARAGRAPH_START_BONUS
            seen_paras.add(s.paragraph)
        if words < 6 or _FILLER.match(s.text):
            score[i] -= 1.0
        elif words < 9:
            score[i] -= 0.2
        if _OPENER.match(s.text):
            score[i] -= 0.15
        elif words > 60:
            score[i] -= 0.2
        if s.text.rstrip(' "”’').endswith("?"):
            score[i] -= 0.4
        if s.text[:1] in "\"“‘'":
            score[i] -= 0.15
    return score


def _overlap(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def default_rank(sentences: Sequence[Sentence], count: int) -> list[int]:
    """Positions (into `sentences`) of the chosen sentences, in document order."""
    bags = [terms(s.text) for s in sentences]
    score = _features(sentences, bags)
    sets = [set(b) for b in bags]
    chosen: list[int] = []
    for i in sorted(range(len(sentences)), key=lambda k: score[k], reverse=True):
        if len(chosen) >= count:
            break
        if any(_overlap(sets[i], sets[j]) > REDUNDANCY for j in chosen):
            continue
        chosen.append(i)
    return sorted(chosen)

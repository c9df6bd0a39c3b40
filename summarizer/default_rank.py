"""The default summary ranker: news structure first, centrality second, no repeats.

News puts its point first, so position carries most of the weight; LexRank centrality (our fast one)
lifts a later sentence that restates the core of the story; sentences that open with a quote, ask a
question or are too short to stand alone are held back; a sentence too similar to one already chosen
is skipped (maximal marginal relevance).

A long summary (more than SHORT_SHARE of the document, like the BBC references at about 40%) must
cover the document rather than its opening: the position prior spreads out, Reduction-style degree
centrality (summed word overlap with every other sentence, which favours long, content-dense
sentences) and sentence length weigh in, and the redundancy filter relaxes, in proportion to how far
the summary's share exceeds SHORT_SHARE. Three-sentence news summaries enter it only for articles of
fewer than ten sentences (7 of the 250 CNN/DailyMail articles). The LONG_* and other weights were set
by hand on the first 60 articles of the CNN/DailyMail and BBC sets, which bench/eval.py leaves out of
its tables.
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
LONG_REDUNDANCY = 10.0  # the overlap allowed rises with the summary's share of the document
SHORT_SHARE = 0.3  # summaries up to this share of the document are "short": news structure rules
LONG_SPREAD = 300.0
LONG_CENTRALITY = 1.0
LONG_LENGTH = 1.0
LONG_DEGREE = 160.0


_FILLER = re.compile(
    r"^(?:thanks?|thank you|good (?:morning|afternoon|evening)|hi|hello|hey|great|okay|ok|all right|sure|"
    r"yes|no|well|so|and|but|look)\b[,.!]?\s*(?:everybody|everyone|all|so much|very much)?[,.!]*\s*$",
    re.I,
)
# The running of a briefing, not its content: questions, hand-overs, ground rules of a background call.
_PROCEDURAL = re.compile(
    r"\b(?:take|taking|get to|open it up for)\s+(?:some |a few |your |a couple of |more )?questions\b|"
    r"\b(?:leave|keep) it there\b|\bturn it (?:over|back)\b|\bproceed with (?:the|a) briefing\b|"
    r"\bwithout further ado\b|\b(?:update|brief) you\b|\bhand (?:it )?over to\b|\bkick (?:things|it|us) off\b|\bstart us off\b|\ba (?:couple|few) (?:of )?items\b|\bon background\b|\bembargoed until\b|"
    r"\battributable to\b|\bfor your awareness\b|\bthe speakers on (?:the|this) call\b|"
    r"\bthank(?:s| you) (?:all |everyone |everybody )?for joining\b|\bjoined (?:today )?by\b|"
    r"\bkick it (?:over )?to\b|\bthis is \[|"
    # a letter's opening: "I am writing to let you know about changes to ..."
    r"^(?:I|we)(?:['’]m|['’]re| am| are)\s+writing\s+to\s+(?:let\s+you\s+know|inform\s+you|tell\s+you|update\s+you)\b",
    re.I,
)
# A briefer's non-answer says nothing about the news: "I'm not going to get ahead of the President",
# "I don't have any specific information on that", "a little bit of a week ahead for you".
_NON_ANSWER = re.compile(
    r"\bnot going to (?:get ahead|go beyond|get into|speak (?:to|for)|comment|preview|weigh in)|"
    r"\b(?:don['’]t|do not) have (?:any(?:thing)?|an update|more|a (?:specific|new))\b|"
    r"\bnothing (?:more|new|further) to (?:share|add|announce|report)\b|\bweek ahead\b|"
    r"\byou don['’]t have to take it from me\b|\bI(?:['’]d| would) refer you to\b",
    re.I,
)
_HEDGE = re.compile(
    r"\s[—–]\s|\bI (?:think|mean|guess)\b|\byou know\b|\b(?:kind|sort) of\b|\b(?:certainly|obviously|look),"
)
# A speaker's courtesies: "It's great to be back in Manila", "I want to thank Secretary Teodoro for hosting us".
_COURTESY = re.compile(
    r"\b(?:great|good|wonderful|nice|a pleasure|an honou?r|honou?red)\s+to\s+be\s+(?:back\s+)?(?:here|in|with)\b|"
    r"\bI\s+(?:want|would like|['’]d like)\s+to\s+(?:thank|welcome)\b|\bthank(?:s| you)\b[^.]{0,60}\bfor\s+"
    r"(?:hosting|having|joining|the warm|your hospitality)",
    re.I,
)
_OPENER = re.compile(r"^(?:and|so|but|well|look|now|okay|ok|thanks?|thank you)\b", re.I)


def _share(n: int, count: int) -> float:
    """How far the summary's share of the document exceeds SHORT_SHARE (0 for a short summary). A long
    summary should cover the document: position matters less, content matters more."""
    return max(0.0, min(1.0, count / n) - SHORT_SHARE) if n else 0.0


def _unit(x: np.ndarray) -> np.ndarray:
    """Scaled so that the largest value is 1 (unchanged when all are 0)."""
    return x / x.max() if len(x) and x.max() > 0 else x


def _features(
    sentences: Sequence[Sentence], bags: list[list[str]], share: float, declined: frozenset[int]
) -> np.ndarray:
    n = len(sentences)
    spread = 2.0 + LONG_SPREAD * share
    # A transcript's point is not in its first lines (greetings, logistics): position matters less.
    spoken = sum(1 for s in sentences if s.turn) > n / 2
    position_weight = 0.25 if spoken else POSITION_WEIGHT
    central = _unit(lexrank.directed_scores(bags) if share == 0 else lexrank.scores(bags))
    overlap = _unit(lexrank.degree_scores(bags)) if share > 0 else np.zeros(n)
    score = np.zeros(n)
    seen_paras: set[int] = set()
    for i, s in enumerate(sentences):
        words = len(s.text.split())
        position = 1.0 / (1.0 + i / spread)
        score[i] = position_weight * position + (CENTRALITY_WEIGHT + LONG_CENTRALITY * share) * central[i]
        score[i] += LONG_LENGTH * share * min(words, 40) / 40 + LONG_DEGREE * share * overlap[i]
        if s.paragraph not in seen_paras:
            score[i] += PARAGRAPH_START_BONUS
            seen_paras.add(s.paragraph)
        if words < 6 or _FILLER.match(s.text):
            score[i] -= 1.0
        elif words < 9:
            score[i] -= 0.2
        if _PROCEDURAL.search(s.text):
            score[i] -= 1.0
        if s.turn and (_NON_ANSWER.search(s.text) or s.index in declined):
            score[i] -= 0.6  # a briefer's refusal ("I'm not going to put a figure on it")
        if s.turn and _COURTESY.search(s.text):
            score[i] -= 0.5
        if s.turn and len(_HEDGE.findall(s.text)) >= 2:
            score[i] -= 0.3  # spoken thinking aloud: "I think, certainly, ...", "— I mean, ..."
        if _OPENER.match(s.text):
            score[i] -= 0.15
        if words > 60:
            score[i] -= 0.2
        if s.text.rstrip().endswith((":", ",", ";")):
            score[i] -= 1.0  # the lead-in to a list, or a fragment
        if s.text.rstrip(' "”’').endswith("?"):
            score[i] -= 0.4
        if s.text[:1] in "\"“‘'":
            score[i] -= 0.15
    return score


def _overlap(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def default_rank(
    sentences: Sequence[Sentence], count: int, declined: frozenset[int] = frozenset()
) -> list[int]:
    """Positions (into `sentences`) of the chosen sentences, in document order. `declined`: the document
    indices of sentences the analysis found to be refusals."""
    bags = [terms(s.text) for s in sentences]
    share = _share(len(sentences), count)
    score = _features(sentences, bags, share, declined)
    sets = [set(b) for b in bags]
    limit = REDUNDANCY + LONG_REDUNDANCY * share
    chosen: list[int] = []
    for i in sorted(range(len(sentences)), key=lambda k: score[k], reverse=True):
        if len(chosen) >= count:
            break
        if any(_overlap(sets[i], sets[j]) > limit for j in chosen):
            continue
        chosen.append(i)
    return sorted(chosen)

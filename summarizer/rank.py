"""Summary ranking: sumy's summarisers by name, our fast LexRank, Lead-N and the default ranker.

Every ranker takes the document's eligible sentences (never headings or boilerplate) and returns the
positions it picks, in document order. sumy gets a ready document built here: our own segmentation and
word tokens, stemmer and stop words built once; nothing needs NLTK data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from . import lexrank
from .segment import words

SUMY_ALGORITHMS = ("textrank", "lsa", "luhn", "sum-basic", "kl", "edmundson", "reduction", "sumy-lexrank")
ALGORITHMS = ("default", "lexrank", "lead", *SUMY_ALGORITHMS)


class UnknownAlgorithm(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(f"Unknown summary algorithm {name!r}; choose one of: {', '.join(ALGORITHMS)}.")


class _Tokenizer:
    """The word tokenizer sumy's document model asks for (sumy's own needs NLTK's punkt data)."""

    language = "english"

    @staticmethod
    def to_words(text: str) -> tuple[str, ...]:
        return tuple(w for w in words(text) if w[0].isalpha())

    @staticmethod
    def to_sentences(text: str) -> tuple[str, ...]:
        from .segment import split

        return tuple(split(text))


@lru_cache(maxsize=1)
def stemmer() -> Callable[[str], str]:
    from sumy.nlp.stemmers import Stemmer

    return Stemmer("english")  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words("english"))


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return stemmer()(word)


def terms(text: str, keep: frozenset[str] = frozenset()) -> list[str]:
    """Stemmed content words of a sentence, exactly as sumy's LexRank sees them (with `keep`, some of
    its stop words kept: "cause", "available" are content to a question)."""
    stops = stop_words()
    out = []
    for w in _Tokenizer.to_words(text):
        low = w.lower()
        if low not in stops or low in keep:
            out.append(_stem(low))
    return out


def sumy_document(texts: Sequence[str]) -> Any:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tok = _Tokenizer()
    return ObjectDocumentModel([Paragraph([Sentence(t, tok) for t in texts])])


def _sumy_summarizer(name: str) -> Any:
    from sumy.summarizers import (
        edmundson,
        kl,
        lex_rank,
        lsa,
        luhn,
        reduction,
        sum_basic,
        text_rank,
    )

    classes: dict[str, Any] = {
        "textrank": text_rank.TextRankSummarizer,
        "lsa": lsa.LsaSummarizer,
        "luhn": luhn.LuhnSummarizer,
        "sum-basic": sum_basic.SumBasicSummarizer,
        "kl": kl.KLSummarizer,
        "edmundson": edmundson.EdmundsonSummarizer,
        "reduction": reduction.ReductionSummarizer,
        "sumy-lexrank": lex_rank.LexRankSummarizer,
    }
    summarizer = classes[name](stemmer())
    summarizer.stop_words = stop_words()
    if name == "edmundson":
        summarizer.null_words = stop_words()
        summarizer.bonus_words = ("will", "agree", "announce", "commit", "pledge", "first", "new")
        summarizer.stigma_words = ("however", "although", "reportedly", "contributed")
    return summarizer


def sumy_rank(name: str, texts: Sequence[str], count: int) -> list[int]:
    """Positions picked by one of sumy's summarisers, in document order."""
    if not texts:
        return []
    picked = _sumy_summarizer(name)(sumy_document(texts), count)
    wanted = {str(s) for s in picked}
    out: list[int] = []
    for i, t in enumerate(texts):
        if t.strip() in wanted and len(out) < count:
            out.append(i)
            wanted.discard(t.strip())
    return out


def lexrank_rank(texts: Sequence[str], count: int) -> list[int]:
    return lexrank.top_indices(list(lexrank.scores([terms(t) for t in texts], texts)), count)


def rank(name: str, texts: Sequence[str], count: int) -> list[int]:
    """The positions (into `texts`) of the `count` sentences the algorithm `name` picks."""
    count = max(0, min(count, len(texts)))
    if name == "lead":
        return list(range(count))
    if name == "lexrank":
        return lexrank_rank(texts, count)
    if name in SUMY_ALGORITHMS:
        return sumy_rank(name, texts, count)
    raise UnknownAlgorithm(name)

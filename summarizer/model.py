"""The analysis data model: frozen dataclasses that every other layer reads.

Nothing here computes; it only describes what the analysis found, and how it is serialised
(`Analysis.to_dict()` is the stable JSON contract of `briefbot brief --format json`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SentenceKind = Literal["body", "bullet", "heading", "boilerplate", "question"]
EntityKind = Literal["person", "organisation", "place", "money", "date"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the document, in document order.

    `paragraph` is the block it came from; `kind` says whether a summary may use it;
    `turn` is the transcript speaker label ("MS. PSAKI") when the sentence is part of a turn.
    """

    index: int
    text: str
    paragraph: int
    kind: SentenceKind = "body"
    turn: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    index: int  # the sentence where the quote starts
    text: str
    speaker: str | None


@dataclass(frozen=True, slots=True)
class Commitment:
    index: int
    text: str  # the source sentence, verbatim
    actor: str
    action: str
    modality: str
    speaker: str | None
    when: str | None
    specific: bool = False  # a concrete act, an amount or a deadline (see summarizer/specific.py)


@dataclass(frozen=True, slots=True)
class Declined:
    index: int
    text: str
    speaker: str | None


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    kind: EntityKind
    count: int


@dataclass(frozen=True, slots=True)
class Analysis:
    title: str | None
    source: str | None
    date: str | None
    sentences: tuple[Sentence, ...]
    summary: tuple[Sentence, ...]
    quotes: tuple[Quote, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    declined: tuple[Declined, ...] = ()
    entities: tuple[Entity, ...] = ()
    speakers: tuple[str, ...] = field(default=())
    # Who speaks each sentence (the quote or transcript turn it lies in), for search and answers;
    # not part of the JSON contract.
    sentence_speakers: tuple[str | None, ...] = field(default=())
    # Whose statement, view or act each sentence reports: its speaker, else the named subject of a
    # stance verb or of the sentence ("Clinton has largely ignored ..."); the attribution source.
    sentence_sources: tuple[str | None, ...] = field(default=())
    # The words of what each sentence refers back to without naming it ("It fell ..." after "North Korea
    # launched one ballistic missile"), for search and answers (summarizer/about.py).
    sentence_about: tuple[str | None, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON contract (see README, "JSON output")."""
        return {
            "title": self.title,
            "source": self.source,
            "date": self.date,
            "summary": [{"index": s.index, "text": s.text} for s in self.summary],
            "commitments": [
                {
                    "index": c.index,
                    "text": c.text,
                    "actor": c.actor,
                    "action": c.action,
                    "modality": c.modality,
                    "speaker": c.speaker,
                    "when": c.when,
                    "specific": c.specific,
                }
                for c in self.commitments
            ],
            "declined": [{"index": d.index, "text": d.text, "speaker": d.speaker} for d in self.declined],
            "quotes": [{"index": q.index, "text": q.text, "speaker": q.speaker} for q in self.quotes],
            "entities": [{"text": e.text, "kind": e.kind, "count": e.count} for e in self.entities],
        }

"""Parsed blocks -> the sentence-level document every extractor reads."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Sentence, SentenceKind
from .segment import split_with_captions
from .text import Block, Parsed

# Sentences that are furniture of the page, not content: kept (a question may ask who reported),
# but never summarised and never taken for commitments.
_BOILERPLATE = re.compile(
    r"contributed (?:to )?(?:this|the) (?:report|story|article)|"
    r"^(?:this|the) (?:story|article|report|post) (?:was|has been|is being) (?:updated|corrected|amended)|"
    r"^(?:reporting|writing|editing|additional reporting|compiled) by\b|"
    r"^(?:read|see) (?:more|also|the full)\b|^click here\b|^sign up\b|^subscribe\b|"
    r"^follow (?:us|@|\w+ on (?:twitter|x|facebook))|all rights reserved|^copyright\b|^©|"
    r"^(?:related|more|photo|image|video|watch|listen|advertisement)\s*:|^(?:this|the) (?:story|article) originally appeared|"
    r"^share (?:this|on)\b|^(?:members\s+)?present\s*:|^(?:in\s+attendance|apologies|witnesses|also\s+present|signatories|signed|cc|issued|released)\s*:|"
    r"^(?:(?:corporate|company|conference\s+call|call|other)\s+)?(?:participants|attendees|panell?ists)\s*:|^\(?(?:ap|reuters|afp|cnn)\)?\s*$|^(?:last )?updated\s*:?\s*\d|"
    r"^(?:published|posted)(?:\s+on)?\s*:?\s*\d|"
    # "Press release", "Publication date: 27 August 2025", "This response was given on 14 March 2025"
    r"^(?:news|press|media)\s+release\s*$|^(?:(?:news|press|media)\s+release\s+)?(?:publication|release|issue)\s+date\s*:|"
    r"^(?:this|the)\s+(?:response|statement|page|guidance|document)\s+was\s+(?:given|published|issued|(?:last\s+)?updated)\s+on\s+\d|"
    # "Issued Tuesday, March 16, 2027, at 6:30 a.m.": when a notice went out, on a line of its own
    r"^(?:issued|released|updated|posted|published)(?:\s+on)?\s*:?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},?\s+|"
    r"\d{1,2}\s+[a-z]+\s+)\d{4}(?:,?\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?:\s+[a-z]{2,4})?)?\s*\.?$|"
    # a time stamp on its own ("9:15 a.m. ET, June 3, 2026"), not a live blog's entry ("9:15 a.m. — The ...")
    r"^\d{1,2}:\d{2}\s*[ap]\.?m\.?(?:\s*[A-Z]{2,4})?(?:[,\s]+(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}))?\s*\.?$|"
    # thanks and greetings alone: "Thank you.", "Thanks, Sarah.", "Thank you, and good morning, everyone."
    r"^(?:thank\s+you|thanks)(?:\s+(?:very|so)\s+much|\s+(?:all|everyone|again))?(?:,?\s+(?:[A-Z][\w'’-]*|everybody|everyone|all))?"
    r"(?:,?\s+and\s+good\s+(?:morning|afternoon|evening)(?:,?\s+(?:everyone|everybody|all))?)?\s*[.!]?$|"
    # a market announcement's legend: "NOT FOR RELEASE, PUBLICATION OR DISTRIBUTION, IN WHOLE OR IN PART, ..."
    r"^not\s+for\s+(?:release|publication|distribution)\b|"
    # a Commons statement's opening and close: "With permission, Madam Deputy Speaker, I will make a statement on
    # ...", "I commend this statement to the House."
    r"^with\s+(?:your\s+)?permission,?\s+(?:mr|madam|madame)\.?\s+(?:deputy\s+)?speaker\b|"
    r"^I\s+commend\s+(?:this|the)\s+statement\s+to\s+the\s+house\b|"
    # a greeting alone: "Good morning, and welcome to the first public hearing of the ... Inquiry."
    # ("Good morning." alone is too short to summarise, and a transcript's first turn opens with it)
    r"^good\s+(?:morning|afternoon|evening)(?:,?\s+(?:everyone|everybody|all))?,?\s+and\s+welcome\b[^.!?]*[.!]?$|"
    r"^the following is an? (?:(?:near-verbatim|verbatim|partial|full|edited|unofficial|complete|rush)\s+)?"
    r"(?:transcript|text|summary)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Para:
    index: int
    kind: str
    text: str
    turn: str | None
    spans: tuple[tuple[int, int, int], ...]  # (sentence index, start, end) in `text`


@dataclass(frozen=True, slots=True)
class Doc:
    title: str | None
    date: str | None
    source: str | None
    paras: tuple[Para, ...]
    sentences: tuple[Sentence, ...]

    def para_of(self, sentence: Sentence) -> Para:
        return self.paras[sentence.paragraph]

    def full_text(self) -> str:
        """The paragraphs' text, a blank line between them."""
        return "\n\n".join(p.text for p in self.paras)

    def span_of(self, sentence: Sentence) -> tuple[int, int]:
        """(start, end) of a sentence inside its paragraph's text."""
        for idx, start, end in self.paras[sentence.paragraph].spans:
            if idx == sentence.index:
                return start, end
        raise KeyError(sentence.index)


# a notice's or an FAQ's run-in head: "What happened?", "What we are doing.", "Which supplier provided the
# system?", "Will I be compensated?" (opening a paragraph that goes on)
_LEAD_IN = re.compile(
    r"^(?:(?:What|How|Why|Who|Where|When|Which)\b[^.?!\"“”,;:]{0,40}[.?]"
    r"|(?:Will|Can|Do|Does|Is|Are|Am|Should|Could|Has|Have)\s+(?:I|we|you|my|our|the|this|it|they)\b[^.?!\"“”,;:]{0,40}\?)$"
)


# a question reported, which the next sentences answer: "Councillor Khan asked how much the operator would
# contribute. Mr Okafor said he could not say ..."
_ASKED = re.compile(
    r"^(?:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*\s+){1,4}(?:asked|wanted\s+to\s+know|queried)"
    # ... or a question the speaker expects: "I know people will ask which communities are first."
    r"|(?:I\s+know\s+|Some\s+of\s+)?(?:people|you|some|many|others|critics|parents|residents)\s+"
    r"(?:(?:will|may|might|would|have)\s+ask(?:ed)?|asked))"
    r"\s+(?:how|whether|what|when|why|if|who|which)\b[^\"“”]*\.$"
    # a letter's "Many of you have asked about our talks with ..."; a written question's "To ask the Secretary of
    # State for ..., how many ..."
    r"|^(?:I\s+know\s+)?(?:Many|Some|Several|Most|(?i:a\s+number|a\s+few|a\s+lot))\s+of\s+you\s+(?:have\s+)?asked\s+(?:about|how|whether|what|when|why|if)\b[^\"“”]*\.$"
    # one described who asked: "The honourable member for Wimbledon asked last week what will happen to the staff."
    r"|^(?:The|A|An|My)\s+(?:[\w'’-]+\s+){1,6}?(?:asked|wanted\s+to\s+know|queried)"
    r"(?:\s+(?:last\s+week|yesterday|earlier|this\s+week|on\s+\w+day))?\s+(?:how|whether|what|when|why|if|who|which)\b"
    r"[^\"“”]*\.$"
    # a concern reported, which the next sentence answers: "Some have raised concerns about the cost of the change."
    r"|^(?:Some(?:\s+people)?|Many(?:\s+people)?|Others|Critics|People|Residents|Parents|Members)\s+have\s+"
    r"(?:raised|voiced|expressed)\s+(?:concerns?|questions?|worries|doubts)\s+(?:about|over|on|regarding)\b[^\"“”]*\.$"
    r"|^To\s+ask\s+(?:the|His|Her)\s+[^\"“”]*\b(?:how|whether|what|when|why|if|which)\b[^\"“”]*[.?]$"
)


SIGN_OFF = re.compile(
    r"^(?:(?:yours\s+)?(?:sincerely|faithfully|truly)(?:\s+yours)?|(?:with\s+)?(?:best|kind|warm)\s+regards|"
    r"respectfully(?:\s+yours)?|regards)\s*,?\s*$",
    re.I,
)


def is_boilerplate(sentence: str) -> bool:
    return _BOILERPLATE.search(sentence.strip(' "“”')) is not None


def _sentence_kind(block: Block, text: str) -> SentenceKind:
    if block.kind == "heading":
        return "heading"
    if block.kind == "boilerplate" or is_boilerplate(text) or (block.turn or "").upper() == "OPERATOR":
        return "boilerplate"  # (a conference call's operator only runs the call)
    if block.turn in ("Q", "MODERATOR") or (block.turn and text.rstrip(' "”’)').endswith("?")):
        return "question"  # a reporter's turn, or a question put in a named one ("Will she publish ...?")
    return "bullet" if block.kind == "bullet" else "body"


def build(parsed: Parsed) -> Doc:
    paras: list[Para] = []
    sentences: list[Sentence] = []
    for bi, block in enumerate(parsed.blocks):
        pi = len(paras)
        after = parsed.blocks[bi + 1] if bi + 1 < len(parsed.blocks) else None
        whole = block.kind in ("heading", "boilerplate")
        cuts, captions = ([(0, len(block.text))], set()) if whole else split_with_captions(block.text)
        spans: list[tuple[int, int, int]] = []
        for start, end in cuts:
            text = block.text[start:end].strip()
            if not text:
                continue
            signed = SIGN_OFF.match(text) is not None or (
                bi > 0 and SIGN_OFF.match(parsed.blocks[bi - 1].text.strip()) is not None
            )
            # (a caption; a letter's sign-off and the signature under it)
            kind = "boilerplate" if end in captions or signed else _sentence_kind(block, text)
            if kind == "body" and not spans and len(cuts) > 1 and block.turn is None and _LEAD_IN.match(text):
                # a notice's run-in heads: "What happened? On May 23, ...", "What we are doing. We will ..."
                kind = "question" if text.endswith("?") else "heading"
            elif kind == "body" and _ASKED.match(text):
                kind = "question"  # minutes' "Councillor Khan asked how much the operator would contribute."
            elif (
                kind == "body"
                and len(cuts) == 1
                and block.turn is None
                and text.endswith("?")
                and len(text.split()) <= 15
                and after is not None
                and after.kind == "para"
                and after.turn is None
            ):
                kind = (
                    "question"  # an explainer's head asked as a question: "Who has to register?" + its answer
                )
            sentences.append(Sentence(len(sentences), text, pi, kind, block.turn))
            spans.append((len(sentences) - 1, start, end))
        paras.append(Para(pi, block.kind, block.text, block.turn, tuple(spans)))
    title = parsed.title
    first = parsed.blocks[0] if parsed.blocks else None
    if title is None and first is not None and first.kind == "heading" and len(first.text.split()) <= 25:
        title = first.text  # the headline over the story is its title
    return Doc(title, parsed.date, parsed.source, tuple(paras), tuple(sentences))

"""Quoted spans and who said them.

Quote marks are paired in order within a paragraph, whatever their direction (briefings often close a
quote with an opening mark, or leave it open at a paragraph's end when the quote runs on). A quote is
attributed from its own sentence (a trailing "..., Price said." or a leading "Price said the ...
“balanced and sustainable”"), else it continues the quote before it (same paragraph, or a paragraph
that opens with a quote), else it belongs to the transcript turn it sits in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .attribution import (
    BE_BEFORE,
    reporting_speaker,
    signature,
    source_clause,
    speaker_after,
    stance_source,
    trailing_speaker,
)
from .document import Doc, Para
from .entities import sentence_entities
from .model import Quote
from .noun_phrases import leading_subject, name_like, subject_before
from .quote_marks import blank_quotes
from .referents import offset_of, pronoun_subject
from .speakers import SpeakerIndex
from .text import is_title_case

# a quote under its speaker's name and a colon, as fact sheets list them: "President Trump: “...”"
_NAME_COLON = re.compile(r"((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*\s+){0,5}[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*)\s*:")
_NOT_NAMES = frozenset(
    ("quote", "quotes", "note", "statement", "update", "source", "related", "more", "watch", "says")
)
_MARK = re.compile(r"[\"“”„«»]")
_SINGLE = re.compile(r"(?:^|(?<=[\s(\[—–-]))‘([^‘’]{3,300}?)’(?![^\W\d_])")
# the same in typewriter marks, as some papers print them: "He said: 'We are ready to pay on April 9.'" (an
# apostrophe inside is one followed by a letter: "Greece's")
_STRAIGHT_SINGLE = re.compile(
    r"(?:^|(?<=[\s(\[—–:-]))'(?=[^\W_])((?:[^'\n]|'(?=[^\W\d_])){2,300}?[^\s'])'(?![^\W_])"
)


@dataclass
class QuoteSpan:
    para: int
    start: int  # inside the marks
    end: int
    speaker: str | None = None  # cluster key in the SpeakerIndex
    explicit: bool = False


def _spans_in(para: Para) -> list[QuoteSpan]:
    text = para.text
    spans: list[QuoteSpan] = []
    start: int | None = None
    for m in _MARK.finditer(text):
        p = m.start()
        if start is None:
            start = p + 1
            continue
        spans.append(QuoteSpan(para.index, start, p))
        # A mark that opens a sentence after a full stop inside a quote ('... commitments. "The
        # reality ...') both ends that quote and opens the next: the closing mark was left out.
        reopens = re.match(r"\s", text[p - 1 : p]) and re.match(r"[^\s.,;:!?]", text[p + 1 : p + 2])
        start = p + 1 if reopens and re.search(r"[.!?]\s+$", text[start:p]) else None
    if start is not None:
        spans.append(QuoteSpan(para.index, start, len(text)))
    marks = len(_MARK.findall(text))
    if not marks:
        singles = list(_SINGLE.finditer(text)) or list(_STRAIGHT_SINGLE.finditer(text))
        spans = [QuoteSpan(para.index, m.start(1), m.end(1)) for m in singles]
    elif marks == 1 and len(straight := list(_STRAIGHT_SINGLE.finditer(text))) >= 2:
        # (a lone double mark among quotes in single ones: "... 'top-notch people.''" closed twice)
        spans = [QuoteSpan(para.index, m.start(1), m.end(1)) for m in straight]
    # ("the United States") defines a short name for what comes before it: nobody speaks
    defined = [
        s for s in spans if text[s.start - 2 : s.start - 1] == "(" and text[s.end + 1 : s.end + 2] == ")"
    ]
    return [s for s in spans if para.text[s.start : s.end].split() and s not in defined]


def _is_title(text: str) -> bool:
    """A name in quote marks, not speech: "Communities in Action: Building a Better North Carolina",
    “Space Week” (title case, at most 12 words, no closing punctuation)."""
    return is_title_case(text, most=12) and not text.rstrip(' ,"”’').endswith((".", "!", "?"))


def _sentence_at(para: Para, pos: int) -> tuple[int, int, int]:
    for idx, start, end in para.spans:
        if start <= pos < end or (pos == end and pos == len(para.text)):
            return idx, start, end
    return para.spans[-1] if para.spans else (-1, 0, len(para.text))


_NAMING = re.compile(
    r"\b(?:called|calls|described|describes|branded|brands|dubbed|dubs|labell?ed|termed)\s+"
    r"(?:[\w'’-]+(?:\s+|$)){1,4}(?:as\s*)?$"
    # 'Holt criticized the plan as "too little, too late"'
    r"|\b(?:critici[sz]ed|dismissed|praised|hailed|slammed|derided|denounced|condemned|welcomed|"
    r"characteri[sz]ed)\s+(?:[\w'’-]+\s+){1,4}as\s*$"
)


_PERSON_OF_BODY = re.compile(
    r"^((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*\s+){1,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+),\s+"
    r"((?:the\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.&'’-]*\s+){0,5}[A-ZÀ-ÖØ-ÞĀ-Ž][\w.&'’-]*)\s+(?:said|says|told|added)\b"
)
_AS_PUT = re.compile(
    r"^(?:[-•*]\s+)?As\s+((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*\s+){0,4}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)\s+"
    r"(?:described|put\s+it|wrote|said|stated|explained|noted|warned)\b[^:]{0,60}:$"
)


def _attribute(para: Para, span: QuoteSpan) -> tuple[str | None, bool]:
    """Who a quote's own sentence says spoke it, and whether that attribution follows the quote."""
    text = para.text
    _, s_start, _ = _sentence_at(para, span.start)
    _, _, e_end = _sentence_at(para, max(span.end - 1, span.start))
    lead = text[s_start : span.start - 1].strip(" \"“”'")
    after = speaker_after(text[span.end + 1 : e_end]) if span.end < len(text) else None
    before = None
    if lead:
        before = reporting_speaker(text[s_start:e_end], span.start - 1 - s_start)
    if lead and before:
        # "Colin Asplin, Blackpool Hotel Association said:": Asplin speaks
        person = _PERSON_OF_BODY.match(lead)
        if person and before == person.group(2) and (person.group(1), "person") in sentence_entities(lead):
            return person.group(1), False
        return before, False
    # "As President Trump described in 2018: “...”": as someone put it, before a colon
    as_put = _AS_PUT.match(lead) if lead and not after else None
    if as_put:
        return as_put.group(1), False
    named = _NAME_COLON.fullmatch(lead) if lead and not after else None
    if named and named.group(1).split()[-1].lower() not in _NOT_NAMES:
        return named.group(1), False
    # 'Szijjarto called the plan "a political decision"': whoever calls it that (not "were labelled")
    naming = _NAMING.search(lead) if lead and not after else None
    if naming and not BE_BEFORE.search(lead[: naming.start()].rstrip()):
        before = subject_before(lead[: naming.start()])
    return (after, True) if after else (before or None, False)


def _speaker_before(doc: Doc, para: Para, span: QuoteSpan, speakers: SpeakerIndex) -> str | None:
    """A quote that opens its sentence with no attribution continues the sentence before it when that
    one reports someone ("He promised that children's views count." + "I will be drawing on ...",
    "She added that ..." + "The average woman ...") or is about a named person ("Mr Raynsford
    dismissed a suggestion ..." + "This is a response to ...")."""
    idx, s_start, _ = _sentence_at(para, span.start)
    if para.text[s_start : span.start].strip(" \"“”„«'‘") or idx == 0:
        return None
    prev = doc.sentences[idx - 1]
    if prev.kind not in ("body", "bullet") or prev.paragraph < para.index - 1:
        return None
    reported = reporting_speaker(prev.text, len(prev.text))
    subject = None if reported else leading_subject(blank_quotes(prev.text))
    mention = reported or subject
    if not mention or (mention.lower() not in ("he", "she") and not name_like(mention)):
        return None
    if subject and subject.lower() not in ("he", "she") and not speakers.is_person(subject):
        return None  # "Weakest Link ...", "The Times ...": a subject, but no one who speaks
    return speakers.add(mention, at=(prev.index, offset_of(prev.text, mention, 0)))


_ATTRIBUTABLE = re.compile(
    r"\b(?:quotes?|comments?|remarks?|statement)\s+(?:attributable|attributed)\s+to\s+(.+?)\s*:\s*$", re.I
)


def _attributed_to(doc: Doc, index: int) -> str | None:
    """The name a lead-in gives the quotes after it: "Quotes attributable to Minister for Health Mark Butler:"."""
    if index < 0 or not doc.paras[index].text.rstrip().endswith(":"):
        return None
    m = _ATTRIBUTABLE.search(doc.paras[index].text)
    return m.group(1) if m else None


def _signed(doc: Doc, index: int) -> str | None:
    """The name on paragraph `index` when it is the signature line of a quote paragraph before it."""
    if not 0 < index < len(doc.paras) or doc.paras[index].kind not in ("para", "bullet", "heading"):
        return None
    before = doc.paras[index - 1].text.rstrip()
    if before[-1:] not in '"”’' or before.lstrip()[:1] not in "\"“”„«‘'":
        return None
    return signature(doc.paras[index].text)


def find_quotes(doc: Doc, speakers: SpeakerIndex) -> list[QuoteSpan]:
    """The quoted spans of a document, each with its speaker's cluster key."""
    all_spans: list[QuoteSpan] = []
    prev_para_last: QuoteSpan | None = None
    for para in doc.paras:
        if para.kind not in ("para", "bullet") or _signed(doc, para.index):
            prev_para_last = None
            continue
        spans = _spans_in(para)
        signed = (
            _signed(doc, para.index + 1) if spans and spans[-1].end >= len(para.text.rstrip()) - 1 else None
        )
        for n, span in enumerate(spans):
            mention, trailing = _attribute(para, span)
            if mention:
                # '... he insisted. "Wouldn't this ...?" he asked.': the "he" after the quote
                where = offset_of(para.text, mention, span.end, after=trailing)
                idx, s_start, _ = _sentence_at(para, where)
                span.speaker = speakers.add(mention, at=(idx, where - s_start))
                span.explicit = span.speaker is not None
            if span.speaker is None and n == 0 and (lead := _attributed_to(doc, para.index - 1)):
                span.speaker = speakers.add(lead, at=(doc.paras[para.index - 1].spans[0][0], 0))
            if span.speaker is None:
                if signed:
                    span.speaker = speakers.add(signed, at=(doc.paras[para.index + 1].spans[0][0], 0))
                elif n > 0 and spans[n - 1].speaker:
                    # ... unless a sentence between them reports someone else ("Shadow sports minister Lord
                    # Moynihan said the policy would ..." + '"We aim to shift ..."')
                    apart = _sentence_at(para, spans[n - 1].end)[0] < _sentence_at(para, span.start)[0] - 1
                    between = _speaker_before(doc, para, span, speakers) if apart else None
                    span.speaker = between or spans[n - 1].speaker
                elif n == 0 and prev_para_last is not None and para.text.lstrip()[:1] in '"“”„«':
                    span.speaker = prev_para_last.speaker
                elif para.turn and para.turn not in ("Q", "MODERATOR"):
                    span.speaker = speakers.add(para.turn, label=True)
                else:
                    span.speaker = _speaker_before(doc, para, span, speakers)
        # A multi-paragraph quote attributed only in its later part gives that speaker back.
        for n in range(len(spans) - 2, -1, -1):
            if spans[n].speaker is None and spans[n + 1].speaker and not spans[n + 1].explicit:
                spans[n].speaker = spans[n + 1].speaker
        # one word is a quote only where its sentence says who said it ('said Brazil would draw up a "roadmap"')
        all_spans.extend(
            s
            for s in spans
            if (s.speaker or not _is_title(para.text[s.start : s.end]))
            and (s.explicit or len(para.text[s.start : s.end].split()) >= 2)
        )
        prev_para_last = spans[-1] if spans and spans[-1].end >= len(para.text.rstrip()) - 1 else None
    return all_spans


def build_quotes(doc: Doc, spans: list[QuoteSpan], speakers: SpeakerIndex) -> list[Quote]:
    """Quote records with canonical speaker names (call once every mention has been seen),
    plus every transcript turn as a quote of its speaker."""
    quotes: list[Quote] = []
    for span in spans:
        para = doc.paras[span.para]
        idx, _, _ = _sentence_at(para, span.start)
        quotes.append(Quote(idx, para.text[span.start : span.end].strip(" ,"), speakers.name(span.speaker)))
    for para in doc.paras:
        if para.turn and para.turn not in ("Q", "MODERATOR") and para.spans and para.kind == "para":
            key = speakers.add(para.turn, label=True)
            quotes.append(Quote(para.spans[0][0], para.text, speakers.name(key)))
    quotes.sort(key=lambda q: q.index)
    return quotes


def sentence_attribution(
    doc: Doc, spans: list[QuoteSpan], speakers: SpeakerIndex, common: set[str]
) -> tuple[tuple[str | None, ...], tuple[str | None, ...]]:
    """For each sentence, who speaks it (the quote it lies in, its transcript turn, its reporting or
    stance clause), and whose statement, view or act it reports (its speaker's, else the subject of
    its outermost reporting or stance clause, else its named subject: Analysis.sentence_sources).
    `common` is the document's lower-case words (`entities.lowercase_words`)."""
    said: list[str | None] = [None] * len(doc.sentences)
    quoted: dict[int, str | None] = {}  # a sentence holding (part of) an attributed quote
    for span in spans:
        for idx, start, end in doc.paras[span.para].spans:
            inside = min(end, span.end) - max(start, span.start)
            if inside > 0.5 * (end - start):
                said[idx] = speakers.name(span.speaker)
            elif inside > 0 and span.speaker is not None:
                quoted.setdefault(idx, speakers.name(span.speaker))
    source = list(said)
    for s in doc.sentences:
        reported = s.kind == "question" and s.turn is None  # "Republicans wanted to know who ...": theirs
        if said[s.index] is not None or (s.kind not in ("body", "bullet", "heading") and not reported):
            continue  # (a headline reports too: "Obama Says ...", "Pence: Flowers Won't Be at Debate")
        if s.turn and s.turn not in ("Q", "MODERATOR"):
            said[s.index] = source[s.index] = speakers.name(speakers.add(s.turn, label=True))
            continue
        mention = reporting_speaker(s.text, len(s.text), outermost=True)  # "Price said the ..."
        if mention is None and quoted.get(s.index):
            said[s.index] = source[s.index] = quoted[s.index]
            continue
        mention = mention or stance_source(s.text)  # "Republicans want ...": whose view it is
        if mention:
            said[s.index] = speakers.name(speakers.add_in(mention, s.index, s.text))
        clause = source_clause(s.text)
        if clause:
            source[s.index] = speakers.name(speakers.add_in(clause, s.index, s.text))
        elif not said[s.index]:
            after = _closing_attribution(doc, s.index)  # "… leaves. That makes them valuable, X said."
            if after:
                nxt = doc.sentences[s.index + 1].text
                source[s.index] = speakers.name(speakers.add_in(after, s.index + 1, nxt, len(nxt)))
        pronoun = None if source[s.index] or said[s.index] else pronoun_subject(s.text)
        if pronoun:  # "He released a letter ...": the person the pronoun is, not the first name it has
            source[s.index] = speakers.name(speakers.add_in(pronoun, s.index, s.text))
        source[s.index] = source[s.index] or said[s.index] or _named_subject(s.text, common)
    return tuple(said), tuple(source)


def _named_subject(text: str, common: set[str]) -> str | None:
    """Whose act or view a sentence reports when no clause says so: its subject, unless that is one
    word the document also writes in lower case ("Regardless", "Secrecy"); then the first person or
    organisation it names ("Regardless, the controversy followed Senator Cummings" -> Cummings)."""
    subject = leading_subject(text)
    if subject and not (" " not in subject and subject.lower() in common):
        return subject
    actors = [t for t, k in sentence_entities(text) if k in ("person", "organisation")]
    return actors[0] if actors else subject


def _closing_attribution(doc: Doc, index: int) -> str | None:
    """The speaker of a trailing attribution (", X said.") that ends the next sentence of the same
    paragraph: in news it covers the unattributed sentence before it too."""
    if index + 1 >= len(doc.sentences):
        return None
    here, nxt = doc.sentences[index], doc.sentences[index + 1]
    if nxt.paragraph != here.paragraph:
        return None
    return trailing_speaker(nxt.text, longest=60)

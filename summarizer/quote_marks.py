"""Quote marks: what stands inside them (`blank_quotes`), and quotes in single marks, the British way
('The gun charge is just an excuse,' McGuigan said.).

The quote finder and the clause readers know double marks. A document that quotes in single ones is
read through a copy whose quoting single marks are double ones: one character for one, so every
offset and span holds for the original, which is what the user sees. Only paragraphs without a
double mark of their own are touched (in American style a single mark nests inside a double one).

A single mark opens a quote before a word at the start of a text or after a space or bracket. It
closes one after a full stop, comma, question or exclamation mark and before a space or the end
("... paintings,' McGuigan said"), or, for a phrase of a few words, after a word and before a dash or
punctuation ("'the blink of an eyelid', as he said"). An apostrophe ("don't", "the players' union",
"rock 'n' roll") does neither, and a quote inside a quote keeps its single marks. A quote that opened
a sentence or followed "said:" and is left open at a sentence end goes on into the next one (each
sentence of a long quote reopens: "... the Gardner case. 'The gun charge ...'"); any other mark left
open ("the '90s") is an apostrophe.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .document import Doc, Para
from .model import Sentence

_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–]))['‘](?=\w)")
_CLOSE = re.compile(r"(?<=[.,!?…])['’](?=[\s)\]—–]|$)")  # "... paintings,' McGuigan said"
_SHORT_CLOSE = re.compile(r"(?<=\w)['’](?=\s*[-–—,.;:!?)]|$)")  # "'little grannies' -", "'eyelid', as"
QUOTE_MARK = re.compile(r"[\"“”„«»]")
_ENDS_SENTENCE = re.compile(r"[.!?…]['’]?\s*$")
_SAID = r"(?::|\b(?:said|says|added|adding|told|asked|wrote),?)\s*"  # what introduces a quote
_INTRODUCED = re.compile(_SAID + "$")
_STARTS = re.compile(r"(?:^|[.!?…]['’]?\s+|" + _SAID + ")$")  # where a quote may open
_SHORT = 8  # words: a quote closed without punctuation of its own is a phrase ('a blank cheque')


def _doubled(text: str) -> str:
    """`text` with its quoting single marks made double (same length); unchanged when it has a double
    mark of its own or no single quote."""
    if QUOTE_MARK.search(text) or ("'" not in text and "‘" not in text):
        return text
    marks = sorted(
        [(m.start(), "open") for m in _OPEN.finditer(text)]
        + [(m.start(), "close") for m in _CLOSE.finditer(text)]
        + [(m.start(), "short") for m in _SHORT_CLOSE.finditer(text)]
    )
    out = list(text)
    opened: list[int] = []  # open quotes, innermost last
    for pos, kind in marks:
        if kind == "open":
            if opened and _ENDS_SENTENCE.search(text[opened[0] : pos]):
                if _STARTS.search(text[: opened[0]]):  # not "the '90s": a quote opens a sentence or a clause
                    out[opened[0]] = "“"  # left open at a sentence end: the quote goes on in the next one
                opened = []
            elif opened and _INTRODUCED.search(text[:pos]):
                opened = []  # "a 'blank cheque' to milk drivers, adding: '...": the earlier mark quoted nothing
            opened.append(pos)
        elif kind == "short" and opened and len(text[opened[-1] : pos].split()) <= _SHORT:
            start = opened.pop()
            if not opened:  # a phrase quoted inside a quote keeps its single marks
                out[start], out[pos] = "“", "”"
        elif kind == "close" and opened:
            out[opened[0]], out[pos] = "“", "”"  # the outermost: a quote inside it closed unseen
            opened = []
    return "".join(out)


def with_double_marks(doc: Doc) -> Doc:
    """The document as the quote finder should read it (the same object when nothing changes)."""
    paras: list[Para] = []
    texts: dict[int, str] = {}
    for para in doc.paras:
        text = _doubled(para.text)
        paras.append(para if text == para.text else replace(para, text=text))
        if text != para.text:
            for idx, start, end in para.spans:
                texts[idx] = text[start:end].strip()
    if not texts:
        return doc
    sentences: list[Sentence] = [
        replace(s, text=texts[s.index]) if s.index in texts else s for s in doc.sentences
    ]
    return replace(doc, paras=tuple(paras), sentences=tuple(sentences))


def shown(piece: str, read: str, original: str) -> str:
    """The original words of `piece`, a part of `read` (a sentence as read): the same offsets in `original`."""
    at = read.find(piece)
    return original[at : at + len(piece)] if at >= 0 and len(read) == len(original) else piece


def blank_quotes(text: str) -> str:
    """`text` with everything inside double quotes replaced by spaces (same length).

    Marks pair in order, except where their place shows their direction: a mark between a space and
    a word opens a quote even inside one (the last was left unclosed: '"... a wasted vote'. "You
    don't ...'), and a mark after a word and before a space closes, so outside a quote it is a stray.
    """
    if not QUOTE_MARK.search(text):
        return text
    out = list(text)
    start: int | None = None
    for m in QUOTE_MARK.finditer(text):
        p = m.start()
        before = text[p - 1 : p]
        after = text[p + 1 : p + 2]
        opens = (not before or before.isspace() or before in "([{—–") and bool(after) and not after.isspace()
        closes = bool(before) and not before.isspace() and (not after or after.isspace())
        if start is None:
            if not (closes and not opens):
                start = p + 1
            continue
        out[start:p] = " " * (p - start)
        start = p + 1 if opens and not closes else None
    if start is not None:
        out[start:] = " " * (len(text) - start)
    return "".join(out)

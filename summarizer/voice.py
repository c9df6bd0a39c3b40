"""Whose voice a document is in when it is one person's: a speech, an address, remarks or a statement
("Governor Whitmer's 2025 State of the State Address", "Statement from President Joe Biden on ...", a
"2027 Budget Speech" over the line "Minister of Finance Thandiwe Mokoena"). What no quote, reporting
clause or transcript label gives to anyone else is that person's."""

from __future__ import annotations

import itertools
import re

from .attribution import signature
from .document import SIGN_OFF, Doc
from .lexicon import TITLES
from .speakers import SpeakerIndex

_KIND = r"(?:speech|address|remarks|statement|keynote|lecture|testimony|message|op-ed)"
_SPOKEN = re.compile(rf"\b{_KIND}\b", re.I)
_BY = re.compile(
    rf"\b{_KIND}\s+(?:as\s+(?:prepared|delivered)\s+)?(?:by|from|of)\s+(?:the\s+)?(.+?)"
    r"(?=\s+(?:on|at|to|in|before|for|regarding|about|during|after|following|ahead|upon|as|when|marking)\b|[:;(–—]|\s+-\s|$)",
    re.I,
)
_OWNER = re.compile(
    rf"^((?-i:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.-]*\s+){{0,3}}(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[\w.-]*)['’]s?\s+(?:[^'’]*?\s)?{_KIND}\b",
    re.I,
)
# a line under the title that is only an office and a name: "Minister of Finance Thandiwe Mokoena"
_BYLINE = re.compile(
    r"^(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*|of|the|and|for)(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*|of|the|and|for)){1,9}$"
)
_JOINT = re.compile(r"\b(?:and|joint|with)\b|[&,]", re.I)


def _person(phrase: str) -> str | None:
    """The one person a phrase names ("President Joe Biden" -> "Joe Biden"), else None."""
    if _JOINT.search(phrase):
        # "the Chair of the Grenmouth Dam Inquiry, Sir Richard Alden": an office and its holder, one voice
        parts = [p.strip() for p in phrase.split(",")]
        if len(parts) == 2 and not _JOINT.search(phrase.replace(",", " ")):
            # (the part that is a name, title and all: not "Chair of the ... Inquiry", whose "Dam Inquiry" is no one)
            named = [n for p in parts if (n := _person(p)) and len(n.split()) >= len(p.split()) - 1]
            return named[0] if len(named) == 1 else None
        return None  # "Remarks by President Biden and Prime Minister Kishida": two voices
    found = SpeakerIndex.analyse(phrase)
    if not found or found[0] != "person" or not all(w in phrase for w in found[2].split()):
        return None
    return found[2]


# a written answer's "Answered by Daniel Okafor, Minister for Housing and Planning"; a speech page's "Delivered on: 10
# March 2026 by The Rt Hon Heidi Alexander MP, Secretary of State for Transport"; a letter's sign-off
_ANSWERED_BY = re.compile(
    r"^(?:(?:answered|replied|response)\s+(?:by|from)|delivered\s+on:?\s+[^,]{0,40}?\s+by)\s+"
    r"(?:the\s+rt\.?\s+hon\.?\s+)?([^,(]+?)(?:\s+(?:MP|MSP|MS|MLA|KC|QC|OBE|CBE))*(?=\s*[,(]|$)",
    re.I,
)


def _signed(doc: Doc) -> str | None:
    """The one who signs a letter ("Sincerely," over "Amara Nwosu Chief Executive Officer ...") or a written
    answer ("Answered by Daniel Okafor, Minister for ...")."""
    for s in doc.sentences[:12]:
        if (m := _ANSWERED_BY.match(s.text.strip())) and (name := _person(m.group(1).strip())):
            return name
    last = doc.sentences[-1].text.strip() if doc.sentences else ""
    # a memo's "— Priya Shah, CEO" (a signature line: not a wire story's "-- Reporting by Jane Smith")
    if last[:1] in "—–-" and (signer := signature(last)) and (name := _person(signer)):
        return name
    tail = doc.sentences[-8:]
    for s, after in itertools.pairwise(tail):
        if SIGN_OFF.match(s.text.strip()):
            words: list[str] = []
            for w in (
                after.text.split()
            ):  # the name, up to its office ("Chief Executive Officer", "Vice-Chancellor")
                low = w.lower().strip(",")
                if words and (low in TITLES or any(part in TITLES for part in low.split("-"))):
                    break
                words.append(w.strip(","))
            return _person(" ".join(words[:4]))
    return None


# a UN statement's "Statement attributable to the Spokesperson for the Secretary-General", signed at its foot
# "Stéphane Dujarric, Spokesman for the Secretary-General"
_ATTRIBUTABLE = re.compile(
    r"\battributable\s+to\s+(?:the\s+)?(spokes(?:man|woman|person)\s+for\s+.+?)\s*(?:\s[-–—]\s|[–—:]|$)", re.I
)
_SPOKES_SIGNED = re.compile(
    r"^((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\s+){1,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+),\s+spokes(?:man|woman|person)\b", re.I
)


def document_voice(doc: Doc) -> str | None:
    """The one person whose speech or statement the document is, named by its title or a line under it, or who
    signs it."""
    if signed := _signed(doc):
        return signed
    title = doc.title or ""
    if attributed := _ATTRIBUTABLE.search(title):
        last = doc.sentences[-1].text.strip() if doc.sentences else ""
        foot = _SPOKES_SIGNED.match(last)
        return foot.group(1) if foot else "the " + attributed.group(1).strip()
    if not _SPOKEN.search(title) or re.search(
        r"\b(?:joint|background|press\s+(?:call|briefing|gaggle))\b", title, re.I
    ):
        return None  # (a joint statement has two voices or more, a press call its briefers)
    for m in (_BY.search(title), _OWNER.match(title)):
        if m and (name := _person(m.group(1).strip())):
            return name
    for s in doc.sentences[:4]:
        line = s.text.strip()
        byline = s.kind in ("heading", "boilerplate") and line != title and _BYLINE.match(line)
        if byline and any(w.lower() in TITLES for w in line.split()) and (name := _person(line)):
            return name
    return None

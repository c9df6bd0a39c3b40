"""Transcript turns: the speaker label that opens a paragraph ("MS. PSAKI:", "Q:", "Lin Jian:", a
parliament's "Hon. Sarah Lavoie (Minister of Housing, Lib.):") and the names a transcript labels by."""

from __future__ import annotations

import re

from .lexicon import word_set

# "MS. PSAKI:", "SENIOR ADMINISTRATION OFFICIAL:", "SECRETARY BLINKEN:", "Q:" or "Q  " at a turn start.
_TURN = re.compile(
    r"^\s*((?:(?:MR|MS|MRS|DR|SEN|REP|GOV)\.\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž.'’\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž.'’\-]*){0,6}|Q)\s*:\s+"
    r"|^\s*(Q)(?:\s{2,}|\.\s+)"
    # a UN noon briefing's "Spokesperson:" and "Question:", "Mr. Dujarric:"
    r"|^\s*((?:Deputy\s+)?Spokes(?:person|man|woman)|Question|Moderator|Operator|(?:Mr|Ms|Mrs|Dr)\.?\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)"
    r"\s*:\s+"
)
_MIXED_LABELS = {"question": "Q", "moderator": "MODERATOR"}
# (and a programme's "HOST:", "INTERVIEWER:", "HOST (Priya Nair):": who asks the guest)
_ASKERS = frozenset(
    (
        "QUESTION",
        "QUESTIONER",
        "JOURNALIST",
        "REPORTER",
        "AUDIENCE MEMBER",
        "HOST",
        "INTERVIEWER",
        "PRESENTER",
        "ANCHOR",
    )
)


# A name as a label, where the document uses it for two turns or more ("Lin Jian: ...", "Reuters: ...")
_NAMED_TURN = re.compile(
    r"^[ \t]*((?:(?:Dr|Mr|Ms|Mrs|Prof)\.?[ \t]+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:[ \t]+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|van|von|de|da|do|der|al)){0,4})"
    r"[ \t]*:[ \t]+(?=\S)",
    re.M,
)
_NOT_LABELS = frozenset(
    ("note", "notes", "source", "sources", "update", "photo", "read more", "related", "editor's note")
)
# News outlets a foreign ministry's transcript names its questioners by: their turns are questions
_OUTLETS = word_set(
    """AFP AP REUTERS BLOOMBERG CNN BBC NHK KYODO XINHUA CCTV CGTN TASS EFE DPA ANSA YONHAP PTI ANI NBC CBS ABC
    NPR ITV ASAHI NIKKEI"""
) | {
    "AL JAZEERA",
    "CHINA DAILY",
    "GLOBAL TIMES",
    "PHOENIX TV",
    "SKY NEWS",
    "FOX NEWS",
    "RIA NOVOSTI",
    "THE PAPER",
}


_ASKED_LABEL = re.compile(
    r"^[ \t]*(?:Question|Q\d{1,4}\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*){0,4})\s*:[ \t]",
    re.M,
)


def named_labels(body: str) -> frozenset[str]:
    """Names a document opens two or more paragraphs with, followed by a colon: its transcript's labels."""
    seen: dict[str, int] = {}
    for m in _NAMED_TURN.finditer(body):
        seen[m.group(1)] = seen.get(m.group(1), 0) + 1
    for m in (*_SEATED.finditer(body), *_OFFICE_FIRST.finditer(body)):  # "Hon. Sarah Lavoie:" after her seat
        seen[m.group(2)] = seen.get(m.group(2), 0) + 2
    repeated = {k for k, n in seen.items() if n >= 2 and k.lower() not in _NOT_LABELS}
    # a transcript that names its speakers so names its others the same way, once each ("Helen Branswell:
    # ...?"); not one that labels them in capitals ("MS. PSAKI:"), where "Morgan Stanley: “...”" is read out
    # (or that labels its questions so: "Question:", "Q12 Chair:")
    mixed = any(not k.isupper() for k in repeated) or _ASKED_LABEL.search(body) is not None
    people = {k for k in seen if len(k.split()) >= 2 and not k.isupper() and k.lower() not in _NOT_LABELS}
    return frozenset(repeated | people) if mixed else frozenset(repeated)


# A parliament's record names a member with a note in brackets: "Mr. Pierre Martin (Carleton, CPC):",
# "Hon. Sarah Lavoie (Minister of Housing, Lib.):", "Rachel Reeves (Leeds West) (Lab):", "Mr ALBANESE
# (Grayndler—Prime Minister) (14:05):"; or an office with the name in brackets, "The Chancellor of the
# Exchequer (Rachel Reeves):". No colon inside the brackets but a clock's ("NASDAQ: ACME" is no seat).
_HONORIFIC = r"(?:(?:The\s+)?(?:Rt\.?\s+)?Hon\.?|Mr|Ms|Mrs|Miss|Dr|Sir|Dame|Prof)\.?"
_MEMBER = (
    rf"(?:{_HONORIFIC}\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*"
    r"(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|van|von|de|da|der|al|la|le)){0,4}"
)
_NOTE = r"\((?:[^():]|(?<=\d):(?=\d)){2,120}\)"
_SEATED = re.compile(rf"^[ \t]*(({_MEMBER})\s*{_NOTE}(?:\s*{_NOTE})?)\s*:[ \t]+(?=\S)", re.M)
_OFFICE_FIRST = re.compile(rf"^[ \t]*(The\s+[\w ,'’-]{{2,80}}?\s*\(({_MEMBER})\))\s*:[ \t]+(?=\S)", re.M)
_HON = re.compile(r"^(?:The\s+)?(?:Rt\.?\s+)?Hon\.?\s+")


def seated(text: str) -> tuple[str, str, str] | None:
    """A parliamentary label: (the member's name, the label as written, the turn's text after it)."""
    m = _SEATED.match(text) or _OFFICE_FIRST.match(text)
    if m is None:
        return None
    return _HON.sub("", m.group(2)).strip(), m.group(1).strip(), text[m.end() :].strip()


def _asks(rest: str) -> bool:
    """A turn that only asks: "Jamie Keaten: Will WHO convene ...?", "Mr. Speaker, ... Will she ...?"."""
    return rest.rstrip(' "”').endswith("?") and rest.count(". ") <= 1


# a select committee's numbered question: "Q1 Chair:", "Q12 Anna Dixon:" (the member asks)
_NUMBERED_Q = re.compile(
    r"^\s*Q\d{1,4}\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*){0,4}\s*:\s+(?=\S)"
)


def turn_label(text: str, named: frozenset[str] = frozenset()) -> tuple[str | None, str]:
    if asked := _NUMBERED_Q.match(text):
        return "Q", text[asked.end() :].strip()
    seat = seated(text)
    if seat is not None:  # a member who asks is named all the same: what they say is theirs
        return ("Q" if seat[0].upper() in _ASKERS else seat[0]), seat[2]
    m = _TURN.match(text)
    if not m:
        own = _NAMED_TURN.match(text)
        if (
            own
            and (own.group(1) in named or own.group(1).upper() in _OUTLETS)
            and text[own.end() :][:1] not in '"“'
        ):
            rest = text[own.end() :].strip()
            # a news outlet's turn, or a named turn that only asks ("Jamie Keaten: Will WHO convene ...?")
            asks = own.group(1).upper() in _OUTLETS or _asks(rest)
            return ("Q" if asks else _HON.sub("", own.group(1))), rest
        return None, text
    label = (m.group(1) or m.group(2) or "").strip()
    if label.upper() in _OUTLETS:
        label = "Q"  # "AFP: The Philippines says ...?": a reporter's question
    if m.group(3):
        label = _MIXED_LABELS.get(m.group(3).lower(), m.group(3).upper())
    if label in _ASKERS:  # the State Department's "QUESTION:", an Australian "JOURNALIST:"
        label = "Q"
    if label != "Q" and (len(label) < 3 or sum(c.isalpha() for c in label) < 3):
        return None, text
    return label, text[m.end() :].strip()

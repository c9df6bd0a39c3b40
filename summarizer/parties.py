"""Who a joint statement's "we" is: the parties its title names ("Joint Statement by President X and President Y",
"U.S.-Canada Joint Statement"), or the two countries a title or an opening names."""

from __future__ import annotations

import re

from .entities import known_places

_JOINT = re.compile(
    r"joint (?:statement|declaration|communiq|readout)|communiqu|\bjoint\b.*\bstatement", re.I
)
_PARTIES = re.compile(
    r"\b(?:between|by|from|of)\s+(?:the\s+)?(.+?)(?:\s+(?:following|on|after|at|regarding|about|in)\b|[:,(]|$)",
    re.I,
)
_PREFIX_PARTIES = re.compile(r"^(.+?)\s+(?:joint\s+(?:statement|declaration)|leaders['’]? statement)", re.I)
_PAIR = re.compile(
    r"\b((?:the )?[A-ZÀ-ÖØ-ÞĀ-Ž][\w.]*(?: [A-ZÀ-ÖØ-ÞĀ-Ž][\w.]*){0,3}) and ((?:the )?[A-ZÀ-ÖØ-ÞĀ-Ž][\w.]*(?: [A-ZÀ-ÖØ-ÞĀ-Ž][\w.]*){0,3})"
)


def _cut_after_place(parties: str, places: frozenset[str]) -> str:
    """ "President X of the United States and President Y of the Republic of Colombia U.S.-Colombia
    Bicentennial Partnership" ends at the last party's country (titles run the subtitle on)."""
    last = parties.rfind(" and ")
    for m in re.finditer(
        r"\bof (?:the )?(?:(?:Republic|Kingdom|State|Federal Republic|Commonwealth) of )?([A-ZÀ-ÖØ-ÞĀ-Ž][\w.]*(?: [A-ZÀ-ÖØ-ÞĀ-Ž][\w.]*){0,2})",
        parties,
    ):
        if m.start() < last:
            continue
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            if " ".join(words[:n]) in places:
                return parties[: m.start(1)] + " ".join(words[:n])
    return parties


def title_parties(title: str | None) -> str | None:
    """Two countries a title opens with ("Mexico and United States Strengthen Joint Plan on Migration"):
    who the document's own "we" is, though the title does not call it a joint statement."""
    m = re.match(r"^(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?(.+)$", title or "", re.I)
    places = known_places()
    if not m or m.group(1) not in places:
        return None
    words = m.group(2).split()
    second = (" ".join(words[:n]) for n in range(min(4, len(words)), 0, -1))
    b = next((w for w in second if w in places), None)
    return f"{m.group(1)} and {b}" if b else None


def joint_parties(title: str | None, opening: list[str] | None = None) -> str | None:
    """The parties of a joint statement: from its title ("... by President X and President Y",
    "U.S.-Canada Joint Statement"), else the first "X and Y" pair of places in its opening."""
    if not title or not _JOINT.search(title):
        return None
    pre = _PREFIX_PARTIES.match(title)
    if pre and not re.match(r"^(?:the|a)$", pre.group(1), re.I):
        parties = re.split(r"\s*[-–]\s*", pre.group(1).strip())
        if len(parties) >= 2:
            return " and ".join(p.replace("U.S.", "United States") for p in parties)
    m = _PARTIES.search(title)
    places = known_places()
    if m and re.search(r"\band\b|,", m.group(1)):
        return _offices_to_places(_cut_after_place(m.group(1).strip(), places), places)
    for text in opening or []:
        if we := _WE_ARE.match(text):  # "We, the Prime Ministers of Denmark, ... and Sweden, met in Tallinn"
            return we.group(1)
        for m in _PAIR.finditer(text):
            a, b = (re.sub(r"^the ", "", g) for g in m.groups())
            if (
                a in places and b in places and not _LISTED.search(text[: m.start()])
            ):  # (not a list's last two)
                return f"{a} and {b}"
    return None


_LISTED = re.compile(
    r"(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[\w.’'-]*,\s+$"
)  # "Latvia, Lithuania, " before "Norway and Sweden"
_WE_ARE = re.compile(r"^We,\s+(the\s+[^,;]+?(?:,\s+[^,;]+?)*?\s+and\s+[^,;]+?),\s+(?=[a-z])")


_HEAD_OF = re.compile(
    r"(?:the\s+)?(?:President|Prime\s+Minister|Chancellor|Taoiseach|King|Emir|Crown\s+Prince)\s+of\s+(?:the\s+)?(.+)$"
)


def _offices_to_places(parties: str, places: frozenset[str]) -> str:
    """ "President of the United States Joe Biden and the President of Mexico" -> "United States and Mexico":
    the countries whose leaders the title names (a readout's "Both countries" are they)."""
    sides = re.split(
        r"\s+and\s+(?=(?:the\s+)?(?:President|Prime\s+Minister|Chancellor|Taoiseach|King|Emir|Crown))",
        parties,
    )
    found = []
    for side in sides if len(sides) == 2 else []:
        m = _HEAD_OF.match(side)
        words = m.group(1).split() if m else []
        place = next(
            (" ".join(words[:n]) for n in range(min(5, len(words)), 0, -1) if " ".join(words[:n]) in places),
            None,
        )
        if place is None:
            return parties
        found.append(place)
    return " and ".join(found) if found else parties

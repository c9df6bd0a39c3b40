"""What a short form stands for: "What does TFC stand for?" is answered by "a virtual meeting of the Trilateral
Fentanyl Committee (TFC)", the capitalised words before the short form in brackets."""

from __future__ import annotations

import re

ACRONYM_Q = re.compile(
    r"^\W*what\s+(?:does|did|do)\s+(?:the\s+)?((?-i:[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*))\s+"
    r"(?:stand\s+for|mean|short\s+for)\W*$",
    re.I,
)
# the words a name is made of: capitalised, or the small ones inside it ("Department of Homeland Security")
_SMALL = frozenset(("of", "for", "and", "on", "the", "&", "in", "to"))


def acronym_asked(question: str) -> str | None:
    """The short form a "What does X stand for?" question asks about, or None."""
    m = ACRONYM_Q.match(question)
    return m.group(1) if m else None


def expansion(acronym: str, text: str) -> str | None:
    """The name the text gives before the short form in brackets, when its first letter is the short form's."""
    m = re.search(rf"\(\s*(?:the\s+)?{re.escape(acronym)}\s*\)", text)
    if not m:
        return None
    words = text[: m.start()].split()[-(len(acronym) * 2 + 2) :]
    name: list[str] = []
    for word in reversed(words):
        w = word.strip(",;:")
        if w != word and name:
            break  # a comma ends the name
        if w[:1].isupper() or (w in _SMALL and name):
            name.insert(0, w)
        else:
            break
    while name and name[0] in _SMALL:
        name.pop(0)
    full = " ".join(name)
    return full if full and full[0].upper() == acronym[0].upper() and len(name) > 1 else None

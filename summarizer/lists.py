"""Lead-in lists: "The Department of Labor will:" followed by bullets, each bullet one commitment.

Fact sheets and joint statements put the trigger in a lead-in and the acts in a list ("The United States
and Mexico pledge to stand together to: - Protect our people ...; - Prevent transborder crime ...").
The list is the bullet paragraphs right after a lead-in, a sentence that ends its paragraph with a
colon after "to" or a modal ("will:", "shall:"): a verb must follow ("will include:" lists things).
Each bullet's first sentence is an item (the sentences after it explain it). An item is read as the
lead-in and the item together, so the commitment's actor and trigger come from the lead-in and its
action from both.
"""

from __future__ import annotations

import re

from .document import Doc
from .model import Sentence

_MARKUP = re.compile(r"^[\s*_•·▪◦\-–—]+|[*_]{2}")
_LEAD = re.compile(r"\b(?:to|will|shall|would|should|must|can)\s*:\s*$", re.I)  # a verb must follow
_TAIL = re.compile(r"(?:[;,.]|\s+(?:and|or))+\s*$", re.I)


def lead_ins(doc: Doc) -> dict[int, Sentence]:
    """Item sentence index -> the lead-in sentence it completes."""
    out: dict[int, Sentence] = {}
    for s in doc.sentences:
        if s.kind not in ("body", "bullet") or not _LEAD.search(s.text):
            continue
        para = doc.para_of(s)
        if not para.spans or para.spans[-1][0] != s.index:
            continue  # the colon must end its paragraph
        for p in doc.paras[s.paragraph + 1 :]:
            if p.kind != "bullet" or not p.spans:
                break
            out[p.spans[0][0]] = s
    return out


def joined(lead: Sentence, item: Sentence) -> str:
    """The lead-in and the item as one sentence: "the Department will hire 500 inspectors" (the lead-in
    ends in "to" or a modal, so the item's first word continues the clause)."""
    head = lead.text.rstrip()[:-1].rstrip()
    body = _TAIL.sub("", _MARKUP.sub("", item.text)).strip()
    if len(body) > 1 and body[0].isupper() and body[1].islower():
        body = body[0].lower() + body[1:]  # "will: Hire" -> "will hire"; "NATO" stays
    if head.lower().endswith(" to") and body.lower().startswith("to "):
        body = body[3:]  # "intend to:" + "To the extent possible, share ..." -> "intend to the extent ..."
    return f"{head} {body}."

"""Is a commitment specific? A concrete act, an amount or a deadline, against a direction of travel.

"A National Education Commission will be constituted", "we will double the funding", "Wi-Fi at all
main stations by 2022" can be checked later; "we will encourage", "strengthen", "focus on", "work
towards", "continue to" cannot. A commitment is specific when the first verb of its action (after
modals, auxiliaries, adverbs and the trigger itself) is an act that creates, ends, changes by an
amount or delivers something, or when its action names a number or an amount, or it has a deadline.
A direction wrapper ("take steps to", "make efforts to", "work towards", "continue to") keeps it
general whatever follows. The word lists are plain English; they were chosen reading the training
split of the manifesto pledges, and `bench.eval` scores the held-out split separately.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from .lexicon import word_set

# Acts that make, end, change by an amount, or hand over something you can later point at.
_CONCRETE = word_set(
    """
    set establish launch introduce create enact pass amend repeal abolish scrap appoint hire recruit
    constitute form double triple treble halve increase raise reduce cut lower complete start begin
    unveil present publish release sign ratify open close build construct deploy allocate earmark
    fund pay provide extend restore revive expand legislate ban outlaw freeze waive exempt
    roll table hold impose levy lift cap grant award offer deliver install equip nationalise
    nationalize privatise privatize merge withdraw send spend invest subsidise subsidize reimburse
    compensate declare designate notify reserve repair replace rebuild renovate demolish remove eliminate
    end stop halt suspend terminate cancel return transfer purchase buy sell acquire donate supply ship
    evacuate reopen resume approve
    """
)
# Words between the trigger and the verb: modals, auxiliaries, adverbs, the trigger's own words.
_SKIP = word_set(
    """
    will shall would also be been being to further now soon immediately not never then itself
    promise promises promised pledge pledges pledged commit commits committed is are am intend intends
    plan plans going fully quickly urgently gradually progressively suitably effectively swiftly
    substantially significantly duly forthwith hereby actually finally jointly first
    """
)
# A direction wrapper: the commitment is to keep moving, not to an act.
_WRAPPER = re.compile(
    r"^(?:(?:take|taking|taken)\s+(?:\w+\s+)?(?:steps|measures|action|initiatives?)|"
    r"(?:make|making|made)\s+(?:\w+\s+)?(?:efforts?|attempts?)|(?:all|every|necessary|special)\s+efforts?|"
    r"(?:work|working|strive|striving|endeavour|endeavor|seek|try|aim|continue|continuing|look|"
    r"focus|give|accord)\b)",
    re.I,
)
_AMOUNT = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|"
    r"thousand|million|billion|trillion|crore|lakh|half|double|per ?cent|percent)\b|[$€£₹%]",
    re.I,
)
T = TypeVar("T")
_SUFFIXES = (
    ("ied", "y"),
    ("ies", "y"),
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
    ("es", ""),
    ("s", ""),
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _concrete(word: str) -> bool:
    """Is the word a concrete act, in any of its forms ('launched', 'setting', 'doubled', 'scrapped')?"""
    w = word.lower()
    if w in _CONCRETE:
        return True
    for cut, add in _SUFFIXES:
        if w.endswith(cut):
            stem = w[: -len(cut)] + add
            if stem in _CONCRETE:
                return True
            if not add and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in _CONCRETE:
                return True  # "setting", "scrapped", "banned"
    return False


def _content(action: str) -> list[str]:
    """The action's words from its first content word on (modals, auxiliaries, the trigger dropped)."""
    words = _WORD.findall(action)
    i = 0
    while i < len(words) and words[i].lower() in _SKIP:
        i += 1
    return words[i:]


def is_specific(action: str, when: str | None) -> bool:
    """True for a concrete act, an amount or a deadline; False for a direction of travel."""
    words = _content(action)
    if not words or _WRAPPER.match(" ".join(words)):
        return False
    return bool(when) or bool(_AMOUNT.search(action)) or _concrete(words[0])


def specific_first(items: Sequence[T], n: int, specific: Callable[[T], bool]) -> list[T]:
    """Up to `n` of `items`, the specific ones before the general ones, each kept in document order."""
    if len(items) <= n:
        return list(items)
    keep = sorted(range(len(items)), key=lambda i: not specific(items[i]))[:n]
    return [items[i] for i in sorted(keep)]

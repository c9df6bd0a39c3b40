"""When: the time a question asks for in a cited sentence ("in September", "March 1, 2021", "within 72 hours",
"6.40pm", "about four minutes before it went down"), and the spans of time a "how long" question asks for."""

from __future__ import annotations

import re
from collections.abc import Callable

from summarizer.when import WHEN, ZONE

from .question import query_terms_base, stems

DURATION = re.compile(
    r"\b(?:(?:for|within|in|over the (?:next|past|last))\s+)?(?:(?:about|nearly|almost|more than|over|at least|some|up to)\s+)?(?:\d[\d.,]*|an?|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|many)(?:\s+|-)(?:years?|months?|weeks?|days?|"
    r"hours?|minutes?|decades?)\b(?!-old)"  # (and "a seven-week strike", not "a 24-year-old")
    r"(?:,?\s+and\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a half)\s+"
    r"(?:months?|weeks?|days?|hours?|minutes?|seconds?)\b)?",  # "five hours and 35 minutes"
    re.I,
)


def _part_of_year(phrase: str, text: str) -> str:
    wider = re.search(rf"\b(?:mid-|early[- ]|late[- ]){re.escape(phrase)}", text, re.I)
    return wider.group(0) if wider else phrase


_BEFORE_AFTER = re.compile(r"\s+(?:before|after)\b")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
WHAT_TIME = re.compile(r"\bwhat\s+time\b", re.I)
_ZONED = re.compile(rf"\d\s+{ZONE}")  # "at 1200 GMT"
_CLOCK = re.compile(
    r"\b(?:at\s+(?:around\s+|about\s+)?)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)"  # "6.40pm" too
    rf"(?:\s+{ZONE})?"
    rf"(?:\s+(?:on\s+)?(?:{_WEEKDAY}|today|tomorrow)\b)?",
    re.I,
)
# a period between two dates: "from March 1 through March 16"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_RANGE = re.compile(
    rf"\bfrom\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})\s+(?:through|to|until|till)\s+"
    rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}(?:\s+{_MONTH})?)\b"
)


def durations(text: str) -> list[str]:
    """Spans of time in a sentence: not a name's number ("the 100 Day Masking Challenge"), nor a rate
    ("20,000 services a day"); a period between two dates is one too."""
    return [
        m.group(0)
        for m in DURATION.finditer(text)
        if not m.group(0).split()[-1][:1].isupper() and not re.match(r"an?\s", m.group(0), re.I)
    ] + _RANGE.findall(text)


# the time a reporting verb gives: "said on Tuesday", "today announced"
_DAY = rf"(?:on\s+)?(?:today|yesterday|tonight|{_WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?"
_REPORTED_AT = re.compile(
    rf"\b(?:said|says|announced|confirmed|revealed|unveiled|reported|added|told\s+\w+|"
    rf"(?:spoke|met|talked)(?:\s+by\s+(?:phone|telephone|video))?)\s+({_DAY})\b"
    rf"|\b({_DAY})\s+(?:said|announced|confirmed|revealed|unveiled)\b",
    re.I,
)
_ASKS_REPORT = re.compile(
    r"\b(?:announc|said|say|confirm|reveal|unveil|report|tell|told|spoke|speak|met|meet|talk|call)\w*", re.I
)
# a day and the event it names: "Sunday's Premier League match"
_NOUN_WORD = r"(?!(?:was|were|is|are|will|has|had|and|of|in|on|at|to|for|by|with|that|which)\b)[\w-]+"
_DAY_OF = re.compile(
    rf"\b({_WEEKDAY}|today|tomorrow|tonight|yesterday)['’]s\s+((?:{_NOUN_WORD}\s+){{0,3}}{_NOUN_WORD})", re.I
)


_ON_DAY = re.compile(
    rf"\s+on\s+(?:{_WEEKDAY}|\d{{1,2}}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{{1,2}})\b"
    r"(?:,?\s+\d{4}\b)?"  # ("on January 23, 2026")
)


def has_clock(text: str) -> bool:
    """Whether a text gives a time of day: "at 6.40pm", "1230 GMT"."""
    return _CLOCK.search(text) is not None or _ZONED.search(text) is not None


def _with_day(phrase: str, text: str) -> str:
    """A time with the day that follows it: "at midnight" + " on Thursday"."""
    at = text.find(phrase)
    day = _ON_DAY.match(text, at + len(phrase)) if at >= 0 and not re.search(r"\bon\s", phrase) else None
    return phrase + day.group(0) if day else phrase


def _word_before(text: str, at: int) -> str:
    before = re.findall(r"[\w'’-]+", text[max(0, at - 30) : at])
    return before[-1].lower() if before else ""


def date_answer(
    question: str, text: str, wanted: list[str], near: Callable[[str, list[str], str], list[str]]
) -> str | None:
    """The time in `text` a "when" question asks for, the one nearest the question's words (`near` orders
    them), or None; `wanted`: the sentence's dates as its entities give them."""
    qlow = question.lower()
    probe = re.sub(r"^(?:Today|Tomorrow|Tonight)\b", lambda m: m.group(0).lower(), text)  # same positions
    found = [text[m.start() : m.end()].strip() for m in WHEN.finditer(probe)]
    # a deadline counted from now is a "when" too: "will go out within 72 hours"; so is a time of day
    found += [d for d in durations(text) if re.match(r"(?:within|in\s+the\s+next)\s", d, re.I)]
    found += _CLOCK.findall(text)
    # a span counted from an event: "about four minutes before it went down", "two days after the vote"
    found += [
        text[m.start() : tail.end()]
        for m in DURATION.finditer(text)
        if (tail := _BEFORE_AFTER.match(text, m.end()))
    ]
    phrases = [p for p in found if p.lower() not in qlow]
    if WHAT_TIME.search(question):  # "At what time will the Budget be delivered?": "at 1230 GMT", not the day
        clocks = [p for p in phrases if has_clock(p)]
        if clocks:
            return clocks[0]
    if not _ASKS_REPORT.search(question):  # (not when the announcement itself is asked about)
        # when it was said, not what it says: "..., Network North said on Tuesday", "Unite today announced"
        reported = {g.lower() for m in _REPORTED_AT.finditer(text) for g in m.groups() if g}
        phrases = [p for p in phrases if p.lower() not in reported]
    # a day that names the event asked about: "When is the match?" of "ahead of Sunday's Premier League match"
    asked_stems = set(stems(question))
    for m in _DAY_OF.finditer(text):
        if asked_stems & set(stems(m.group(2))):
            return m.group(1)
    # not a day that names another event ("footage of Sunday's shooting"); for what will happen, not when it last
    # did ("will convene the first High-Level Economic Dialogue since 2016")
    future = re.search(r"\b(?:will|would|is\s+going\s+to)\b", question, re.I) is not None
    inside = [
        w
        for w in wanted
        if not any(w in p for p in phrases)
        and not re.search(re.escape(w) + r"['’]s\b", text)
        and not (future and re.search(r"\bsince\s+" + re.escape(w), text))
    ]
    # "When will imports end?": the time after the question's verb ("end all imports by the end of
    # 2027"), before the one nearest its other words ("Russian natural gas from January")
    # (or, when the sentence words the verb otherwise, the last word of the question it has: "When will
    # the tax cut take effect?" of "agreed to cut the electricity tax ... from January")
    at = None
    asked_terms = set(query_terms_base(question))
    for term in reversed(query_terms_base(question)):
        verb = (stems(term) or [term])[0]  # "be released" of "will release"
        every = list(re.finditer(rf"\b{re.escape(verb)}\w*\b", text, re.I)) if len(verb) > 2 else []
        # (of a word said twice, the one the question's word before it names: "my final report in 2027"
        # after "an interim report ... by the end of the year")
        at = next((a for a in every if _word_before(text, a.start()) in asked_terms), None) or (
            every[0] if every else None
        )
        if at:
            break
    # "mid-2027", "early 2026": the part of the year too
    phrases, inside = [_part_of_year(p, text) for p in phrases], [_part_of_year(w, text) for w in inside]
    # a date right after a name the question asks about: "followed by ... Greater Anglia in October"
    for name in re.findall(
        r"(?<!^)(?<![.?!]\s)\b([A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)*)", question
    ):
        if (spot := text.find(name)) >= 0 and (
            right := next((p for p in phrases if text.startswith(" " + p, spot + len(name))), None)
        ):
            return _with_day(right, text)
    after = [p for p in phrases if at and text.find(p, at.end()) >= 0]
    if after:
        return _with_day(min(after, key=lambda p: text.find(p, at.end() if at else 0)), text)
    return _with_day(near(text, phrases + inside, question)[0], text) if phrases or inside else None

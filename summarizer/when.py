"""Deadlines and dates inside a commitment's action ("by the end of 2025", "next year", "on Friday")."""

from __future__ import annotations

import re

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PERIOD = r"(?:week|month|year|decade|quarter|summer|fall|autumn|winter|spring|weekend)"
# a clock's time zone: "1200 GMT", "10 a.m. ET"
ZONE = (
    r"(?-i:GMT|UTC|BST|CET|CEST|EET|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|IST|JST|AEST|AEDT|HKT|SGT)\b"
)
_POINT = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:(?:\s*[-–]\s*|\s+and\s+)\d{{1,2}}(?:st|nd|rd|th)?)?(?![\d\w])(?:,\s*\d{{4}})?|(?:\d{{1,2}}\s*(?:to|-|–)\s*)?\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}(?:\s+\d{{4}})?|"
    # a clock time, with its day: "by 10 p.m.", "until 6 a.m. Tuesday"; before "2027/28", a fiscal year
    rf"\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:[ap]\.m\.?|[ap]m\b)(?:\s+{ZONE})?(?:\s+(?:on\s+)?{_DAY}|\s+(?:today|tomorrow|tonight))?|noon\b|midnight\b|"
    # a 24-hour clock with its zone, "at 1200 GMT", "at 14:30 UTC", before a year
    rf"(?:[01]\d|2[0-3]):?[0-5]\d\s+{ZONE}|\d{{4}}(?:/\d{{2}}(?!\d))?|"
    # (with its part of the day: "by Wednesday evening")
    rf"{_DAY}(?:,?\s+(?:\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)|\s+(?:morning|afternoon|evening|night)\b)?|"
    rf"(?:the\s+)?(?:end|start|beginning|middle|close)\s+of\s+(?:the\s+|this\s+|next\s+)?(?:{_PERIOD}|{_MONTH}(?:\s+\d{{4}})?|\d{{4}})|"
    rf"(?:the\s+)?(?:summer|fall|autumn|winter|spring)(?:\s+(?:of\s+)?\d{{4}}|"
    rf"(?![\w-]|\s+(?:of|[a-z]+ing|season|cold|heat|months|break|recess|term|session|holidays?)\b))|"
    rf"(?:early|mid|late)[-\s](?:{_MONTH}|\d{{4}}|next\s+{_PERIOD})|next\s+{_PERIOD}|this\s+{_PERIOD}|"
    rf"(?:the\s+)?(?:(?:end|start|beginning|middle|close)\s+of\s+the\s+)?(?:first|second|third|fourth|final|last)\s+"
    rf"(?:quarter|half)\s+of\s+(?:\d{{4}}|this\s+year|next\s+year)|"
    rf"the\s+(?:coming|next)\s+(?:\w+\s+)?(?:days|weeks|months|years)|year[-\s]end|fiscal\s+(?:year\s+)?\d{{4}}|"
    # holidays and the calendar of a parliament: "before Christmas", "by the summer recess"
    rf"(?:Christmas|Easter|Thanksgiving|Diwali|Ramadan|Eid|New\s+Year['’]?s?(?:\s+Day)?)\b(?:\s+\d{{4}})?|"
    rf"the\s+(?:summer|Christmas|Easter|autumn|spring|October|August)\s+recess|"
    rf"the\s+(?:next\s+|general\s+|midterm\s+)?elections?\b(?!\s+(?:results?|campaign|day|date|debates?|"
    rf"manifestos?|trail|period|process|officials|commission|of|in\s+(?!\d))))"
)
WHEN = re.compile(
    rf"\b(?:(?:by|before|until|through|beyond|in|during|from|starting|beginning|no\s+later\s+than|on|at)\s+"
    rf"(?:at\s+(?:the\s+)?(?:least|earliest|latest)\s+)?{_POINT}"
    rf"|within\s+(?:the\s+next\s+)?\w+\s+(?:days?|weeks?|months?|years?|decades?)\b|over\s+the\s+(?:next|coming)\s+(?:\w+\s+)?(?:days|weeks|months|years)"
    # "publish new forecasts in its May statement": a month naming an occasion
    rf"|(?:in|at|during)\s+(?:its|their|his|her|the|next|this)\s+{_MONTH}\s+(?-i:[a-z]{{3,}})\b(?<!\bof)"
    # a government's timetable without a date: "when parliamentary time allows", "in due course"
    rf"|when\s+(?:parliamentary\s+)?time\s+(?:allows|permits)|in\s+due\s+course"
    rf"|later\s+this\s+{_PERIOD}|(?:today|tomorrow|tonight|annually|each\s+year|every\s+year|year-round)\b(?!['’]s)|next\s+{_PERIOD}|this\s+{_PERIOD}"
    # "spoke by telephone this afternoon"
    rf"|this\s+(?:morning|afternoon|evening)\b)",
)


_DEADLINE = re.compile(r"(?:by|before|until|through|beyond|no\s+later\s+than|within)\b")


# A date that tells when something else happened: "the initiative that the presidents announced in
# January 2023", "the seat for which he was selected in 1969".
_PAST_BEFORE = re.compile(
    r"(?:\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+\w+(?:ed|en|t)|"
    r"\b(?:that|which|who)\s+(?:[\w.’'-]+\s+){0,6}\w+ed)\s+(?:[\w.’'-]+\s+){0,3}$",
    re.I,
)


def find_when(text: str) -> str | None:
    """The deadline of an action ("by", "before", "beyond", "within" ...) before any other date in it,
    and no date of something past: "continue the initiative that the presidents announced in January
    2023 beyond May 11, 2023" -> "beyond May 11, 2023"."""
    found = [
        m
        for m in WHEN.finditer(text)
        if _DEADLINE.match(m.group(0)) or not _PAST_BEFORE.search(text[: m.start()])
    ]
    when = next((m for m in found if _DEADLINE.match(m.group(0))), found[0] if found else None)
    if when is None:
        return None
    found_when = when.group(0).strip()
    return found_when + "." if re.search(r"\b[ap]\.m$", found_when) else found_when  # (the action's stop cut)

"""What a question asks and what a sentence offers, as patterns the rerank reads: a promise, a refusal
(of a number, of a name, of a time), a reason, a yes/no or a "who" that is the object."""

from __future__ import annotations

import re

SAID = re.compile(r"\b(?:promis|pledg|commit|vow|agree|said|say|says|quote|plan|intend)\w*\b", re.I)
PLEDGE_Q = re.compile(r"\b(?:promis|pledg|commit|vow)\w*\b", re.I)
DECLINE_Q = re.compile(
    r"\bhow (?:much|many)\b|\bwhat (?:form|will)\b|\bwhether\b|^\W*(?:when|where|why|how)\b", re.I
)
# a "where", "why" or "how" is refused by a refusal of that: "did not say where the money would come from"
WH_Q = re.compile(r"^\W*(where|why|how)\b(?!\s+(?:much|many|long)\b)", re.I)
DECLINED_S = re.compile(
    r"\bdeclin\w* to\b|\bwould not\b(?!\s+(?:return|accept|allow|let|tolerate|support|back|join|sign|send|pay|"
    r"raise|cut|close|leave|stand|run|attend|make|be\s+(?:able|enough|possible)))|\bnot (?:yet |immediately )?(?:clear|known)\b|\bunclear\b|\brefus\w* to\b"
    r"|\b(?:did|has|have) not (?:say|said|specify|specified|disclose|disclosed)\b"
    r"|\b(?:don['’]t|do not) have (?:a|any) (?:breakdown|number|figure|date|timeline|estimate)\b"
    r"|\bnot going to (?:get ahead|comment|speculate|get into|prejudge|discuss|preview|characteri[sz]e|read out|tell you)\b|\b(?:will|would) not (?:comment|speculate)\b"
    r"|\bnothing (?:(?:further|more|new) )?to (?:share|announce|add)\b|\brefer you to\b",
    re.I,
)
NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|"
    r"thousands?|millions?|billions?|dozens?|half|double|triple|percent|(?:all|none|no)\b(?!-))\b",  # (not "all-party")
    re.I,
)
# "Who fired?" is refused by a refusal to name; "How many stores?" by one of a number, not of the stores' locations
UNNAMED_S = re.compile(
    r"\b(?:declin\w*|refus\w*|would\s+not|did\s+not|has\s+not|have\s+not)\s+(?:to\s+)?(?:name|identify)\b"
    r"|\b(?:was|were|has|have|had)\s+not\s+(?:yet\s+|immediately\s+|been\s+)*(?:named|identified)\b",
    re.I,
)
# a word every refusal summarizer.declined.DECLINED knows holds ("could not say", "declined", "gave no
# figures", "unclear", "sidestepped", "still being verified", "I'd refer you to", "we'll have more to share"):
# a cheap test before its long one
NEGATION = re.compile(
    r"n['’]t\b|\b(?:not|no|never|none|neither|nothing|declin|refus|cannot|unable|unclear|uncertain|unknown|undecided|"
    r"refrain|without|tight-lipped|sidestep|dodg|deflect|duck|evad|still\s+being|refer\s+you|have\s+more|"
    r"too\s+(?:early|soon))",
    re.I,
)
QUANTITY_S = re.compile(
    r"\bhow\s+(?:much|many)\b|\b(?:numbers?|figures?|amounts?|totals?|costs?|price|breakdown|estimates?|sums?|balance|size|value)\b",
    re.I,
)
WHEN_Q = re.compile(r"^\W*when\b", re.I)
# (where "Which country ...?" is "Russia's ambassador", "Where ...?" is no "Estonia's Prime Minister")
WHERE_Q = re.compile(r"^\W*where\b", re.I)
WHEN_WORDS = re.compile(r"\b(?:when|date|timeline|timetable|how long|how soon)\b", re.I)
OPEN_S = re.compile(r"clear|known", re.I)  # which of DECLINED_S's matches is an open question
REPORT_Q = re.compile(r"\breport|\bcontribut|\bwrote\b|\bauthor", re.I)
YES_NO = re.compile(r"^\W*(?:will|would|does|do|did|is|are|was|were|has|have|had|can|could|should)\b", re.I)
WHO_SAID = re.compile(
    r"^\W*who\s+(?:said|says|told|warned|stated|added|argued|claimed|insisted|wrote|tweeted|promised|vowed)\b",
    re.I,
)
# "Who will the Chancellor meet?": "who" is the object; the one speaking is no answer to it
WHO_OBJECT = re.compile(
    r"^\W*whom?\s+(?:will|would|did|does|do|is|are|was|were|has|have|had|should|could|can)\s+"
    r"(?:the|a|an|his|her|their|its|our|this|that|he|she|they|we|it|you|I|(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[\w'’.-]*)\b",
    re.I,
)
WHO_HOLDS_Q = re.compile(r"^\W*who\s+(?:is|was|are|were)\s+(?:the|its|their|his|her)\s", re.I)
WHY = re.compile(r"^\W*why\b", re.I)
REASON = re.compile(
    r"\b(?:because|due to|as a result of|owing to|for (?:refusing|failing|not|violating)|in order to|so that|"
    r"amid|citing|arguing that|led to|caus(?:e|es|ed|ing)|reasons?|in response to|in protest)\b"
    # "resigned ... after an investigation found she had not paid ..."
    r"|\bafter\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:investigation|inquiry|review|report|probe|audit|"
    r"ruling|inspection)s?\s+(?:found|concluded|showed|revealed)\b",
    re.I,
)
# "What was the vote?" asks for a tally ("voted 5-2", "by 60 votes to 40"), not any sentence with a vote in it
VOTE_Q = re.compile(
    r"^\W*what\s+was\s+the\s+(?:final\s+)?vote\b(?!\s+on\b)|\bvote\s+(?:count|tally|margin)\b"
    r"|^\W*how\s+did\s+.+\bvote\W*$|\bby\s+what\s+margin\b|\bhow\s+many\s+votes\b",
    re.I,
)
TALLY_S = re.compile(
    r"\bvot\w*\b.{0,60}?\b\d{1,3}\s*(?:-|–|—|to)\s*\d{1,3}\b|\b\d{1,3}\s*(?:-|–|—|to)\s*\d{1,3}\s+(?:votes?|vote)\b"
    r"|\b(?:ruled|decided|passed|approved|rejected|carried|upheld|struck\s+down)\s+(?:\w+\s+)?\d{1,2}\s*[-–—]\s*\d{1,2}\b",  # "ruled 6-3"
    re.I,
)

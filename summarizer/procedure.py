"""Transcript procedure: what a briefer says will happen in the briefing itself ("I'll take your
questions", "I'll turn it over to ...", "let me talk about ..."), which commits nobody to anything."""

from __future__ import annotations

import re

# Transcript procedure after a trigger: "I'll turn it over to", "we'll now take a few questions",
# "we'll have Josh Boak from the AP", "we're going to try and fit in two more", "I'd also say".
PROCEDURE = re.compile(
    r"^\s*(?:(?:now|then|also|just|quickly|briefly|first|go\s+ahead\s+and)\s+)*(?:"
    r"(?:turn|hand|pass)\s+it\b|(?:turn|hand|pass)\s+(?:(?:it|things)\s+)?(?:over|back)\s+to\b|"
    r"(?:update|brief)\s+(?:you|everyone|everybody|all of you|the (?:press|media))\s+on\b|"
    r"update\s+(?:you|everyone|everybody)\s+(?:as|when|once|if)\b|"
    r"give (?:you )?(?:an? )?(?:brief |quick |short )?update\b|go (?:through|over) (?:some|a few|the|what)\b|"
    r"(?:provide|send|share|circulate|put out|release) (?:you |out )?(?:a |the |more )?(?:fact ?sheets?|readouts?|"
    r"transcripts?|details)\b(?! (?:of|on|about) (?!that|this|it))|(?:be (?:happy|glad|pleased|delighted) to\s+)?"
    r"(?:take|get to|get into|go to|fit in|squeeze in|open it up (?:to|for))\s+"
    r"(?:\w+\s+){0,2}questions?\b|try (?:and|to) (?:fit|squeeze|get) in\b|"
    r"(?:have|do|hear from|go to|take)\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]+)\s+(?:(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[\w.'’-]+\s+)?(?:from|with|at|of|next)\b|"
    r"do (?:our|my) best to get back|get back to (?:you|y['’]all)\b|try to get (?:around )?to everybody|"
    r"(?:begin|start|kick (?:it|things) off)\s+with\b|start\s+off\s+(?:by|with)\b|welcome\s+(?:everyone|everybody|you|all|back|(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž]))|"
    # ("I'd add that", "I'll add, finally,"; not "we will add another 1,500 staff", "will add IP Protection")
    r"(?:thank|say|note|add(?=\s*(?:that|this|to\s+(?:that|this|what)|one\s+(?:more|thing|point)|a\s+(?:few|couple|word|note|point)|"
    r"just|also|quickly|briefly|simply|is\b|[,:.]|$))|echo|mention|highlight|flag|"
    r"remind|underscore|reiterate|acknowledge|congratulate|be (?:brief|clear|quick))\b|(?:keep|leave) it (?:there|at)\b|"
    r"(?:stop|end) there|go to\b|proceed with (?:the|a) briefing|refrain\s+from\s+(?:comment|answer|speculat|discuss|disclos|elaborat|respond)|"
    r"take (?:a|just a) (?:few |couple of )?(?:minutes?|moments?|seconds?)|"
    r"let (?:\w+\s+){1,3}(?:speak|answer|address|take|respond|weigh|talk|discuss|explain|walk|go|jump)|just\b|yield\b|"
    r"ask (?:my|our|the) (?:\w+\s+)?colleagues?\b|circle back\b|pass (?:the|it)\b|"
    r"have more (?:to (?:share|say|announce|report|discuss)|on (?:that|this|it)|for you)|see (?:you|what|how|whether|if|where)\b|"
    r"see\W*$|come (?:back )?to you|tell you\b|have to (?:just )?(?:check|get back|follow up)|"
    r"check (?:with|on|back)\b|"
    r"leave (?:it|that|this) (?:to|up to|there)\b|"
    # what a speaker is about to say, not do: "I want to talk about a few things", "make clear that"
    r"talk (?:a (?:little )?(?:bit )?)?about\b|make (?:it )?(?:very |abundantly |perfectly )?clear(?!\s+to\b)|"
    r"make (?:one|a|two|three|another|\w+ more) (?:\w+ )?points?\b|refer (?:you|folks|people)\b|assure\b|"
    r"emphasi[sz]e\b|stress\b|point out\b|walk (?:you )?through\b|be (?:mindful|careful|precise)\b|"
    r"[—–]|-{1,2}\s)",
    re.I,
)

"""Refusals and open questions: "declined to say", "would not address", "not yet clear what form"."""

from __future__ import annotations

import re

# Giving, offering or responding is a refusal only when what is withheld is information: "did not
# provide details", "did not respond to requests for comment" (not "footage did not give evidence",
# "voters did not respond to queries from the state").
_INFO = (
    r"(?:provide|give|offer|share|release|publish|set\s+out|spell\s+out|outline)\s+(?:any\s+|a\s+|an\s+|more\s+|further\s+|additional\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?"
    r"(?:forward\s+|specific\s+|precise\s+|exact\s+|detailed\s+)?"  # ("to give forward guidance")
    r"(?:details?|specifics|timeline|timetable|date|figures?|numbers?|estimate|comment|answers?|updates?|information|names?|"
    r"reasons?|explanation|views?|assessment|breakdown|price|cost|terms|locations?|identit(?:y|ies)|list|forecast|"
    r"guidance|outlook|projections?|motive)"
)
_RESPOND = (
    r"respond(?=\s+to\s+(?:\w+\s+){0,3}(?:requests?|messages?|calls?|e-?mails?|inquiries|questions?|comment)"
    r"|\s*[.,;]|\s*$)"
)
_VERBS = (
    r"(?:say|comment|discuss|talk\s+about|specify|elaborate|confirm|disclose|address|answer|detail|identify|name|list|rule\s+(?:(?:it|that|this|anything|them)\s+)?(?:in\s+or\s+)?out|speak\s+for|"
    r"deny(?=\s*(?:[.,;]|$|\s+(?:it|that|this|whether|any|the\s+(?:report|claim|account)s?|reports?|claims?)\b))|"
    rf"reveal|read\s+out|tell\s+(?:you|us)\b(?!\s+(?:that|how\s+(?:much|proud|grateful|pleased)))|speculate|guess|prejudge|refer\s+to|preview|characterize|characterise|explain|get into(?!\s+(?:any\s+)?trouble)|go into|go\s+beyond\s+what|get ahead|weigh in|{_INFO}|"
    rf"{_RESPOND}|put a (?:number|timeline|figure|date)|commit\s+to\s+(?:a|any)\s+(?:date|deadline|timeline|figure)|"
    r"set\s+(?:a|any)\s+(?:date|deadline|timeline|timetable|target)|put\s+an?\s+(?:end\s+)?(?:date|timeline|number|figure|price\s+tag)\s+on)"
)
# In the present tense only speech is a refusal: "does not comment on", but "a system that does not
# share data" or "nonprofits that don't disclose their donors" describe.
_SPEECH = (
    r"(?:say|comment|discuss|specify|elaborate|speculate|refer\s+to|preview|characterize|characterise|get into|go into|"
    r"get ahead|weigh in)"
)
DECLINED = re.compile(
    rf"\b(?:declin\w*|refus\w*)\s+(?:to\s+{_VERBS}|comment)\b"
    rf"|(?:\b(?:(?:would|will|could|did)\s*(?:not|n['’]t)|won['’]t)|(?<=\w)['’]ll\s+not)\s+(?:immediately\s+|publicly\s+|yet\s+|even\s+)?{_VERBS}\b"
    rf"|\b(?:do|does|can)\s*(?:not|n['’]t)\s+(?:publicly\s+)?{_SPEECH}\b"
    rf"|\b(?:did|do|does)\s*(?:not|n['’]t)\s+(?:want|wish)\s+to\s+{_VERBS}\b"  # "did not want to refer to"
    rf"|\b(?:would|['’]d)\s+rather\s+not\s+{_VERBS}\b"  # "I would rather not name individual trusts"
    rf"|\bunable\s+to\s+(?:immediately\s+)?{_VERBS}\b"
    rf"|\b(?:won['’]t|will\s+not|wouldn['’]t|would\s+not)\s+be\s+able\s+to\s+{_VERBS}\b"  # "I won't be able to discuss"
    rf"|\b(?:not|n['’]t)\s+(?:interested|willing|prepared|ready|able|in\s+a\s+position)\s+(?:in|to)\b[^.;]{{0,60}}?\b(?:whether|how|what|when|if|why|who|which|announce|{_VERBS})\b"
    # "What I will not do is comment on negotiations"
    rf"|\bwhat\s+(?:I|we)\s+(?:(?:will|would|can|could)\s+not|won['’]t|wouldn['’]t|can['’]t|cannot)\s+do\s+is\s+(?:to\s+)?{_VERBS}\b"
    r"|\b(?:is|was|remains?|remained|are|were|it['’]s)\s+(?:still\s+)?(?:not\s+(?:yet\s+|immediately\s+)?(?:clear|known|decided|determined)|unclear|uncertain|unknown|undecided)\b"
    r"|\bnot\s+yet\s+(?:clear|known|decided|determined)\b"
    # "the exact allocation could not be clarified until the World Bank had completed its assessment"
    r"|\b(?:could|can)\s*(?:not|n['’]t)\s+(?:yet\s+)?be\s+(?:clarified|confirmed|determined|established|specified|"
    r"finali[sz]ed|quantified)\b"
    # "The city has not yet selected a contractor": a choice still open
    r"|\b(?:has|have|had)\s+not\s+yet\s+(?:selected|chosen|named|appointed|picked|identified|decided|"
    r"set\s+(?:a|any)\s+(?:date|timetable|timeline|deadline)|fixed\s+a\s+date)\b"
    # "The Government has not yet estimated the cost": a figure still to come
    r"|\b(?:has|have|had)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:estimated|calculated|costed|quantified|assessed)\s+(?:the|how|what|its|their)\b"
    # "We are not naming the supplier while our review is under way"
    r"|\b(?:am|is|are|['’]re|['’]m)\s+not\s+(?:(?:naming|identifying|disclosing|revealing)\s+(?:the|his|her|their|its|him|them|"
    r"any)\b|releasing\s+(?:the\s+)?(?:names?|details|identit(?:y|ies))|commenting|discussing|confirming|specifying|"
    r"speculating)\b"
    r"|\bno\s+(?:immediate\s+)?comment\b|\bcould\s+not\s+be\s+reached\b|\bwould\s+not\s+be\s+drawn\b"
    # "I'm not going to negotiate on your programme": no talks in public
    r"|\bnegotiat\w*\s+(?:on\s+(?:your|the|this)\s+(?:programme|program|show|air)|in\s+public|through\s+the\s+media)\b"
    # the formal refusal of translated briefings: "I will refrain from commenting", "refrain from answering"
    r"|\brefrain\w*\s+from\s+(?:comment|answer|speculat|discuss|disclos|elaborat|respond|go(?:ing)?\s+into|"
    r"get(?:ting)?\s+into|mak(?:e|ing)\s+(?:any\s+)?comment)\w*"
    rf"|\b(?:not|n['’]t)\s+going\s+to\s+{_VERBS}\b|(?<!goes )(?<!go )\bwithout\s+(?:saying|specifying|elaborating|giving\s+details)\b"
    r"|\bgave\s+no\s+(?:details|timeline|indication|figures?|date|breakdown)\b"
    # "We cannot confirm whether the cyclist was wearing a helmet"
    r"|(?<!\bwho\s)\b(?:cannot|can['’]t|can\s+not)\s+(?:yet\s+)?(?:confirm|disclose|reveal|comment|specify|identify|name|"
    r"release)\b"
    # "would neither confirm nor deny", "sidestepped questions", "remained tight-lipped", "refused to be
    # drawn", "has not said when", "No details were given", "too early to say", "was not disclosed"
    r"|\bneither\s+confirm(?:ed)?\s+nor\s+den(?:y|ied)\b|\btight-lipped\b"
    r"|\b(?:sidestep|dodg|deflect|duck|evad)\w*\s+(?:(?:a|the|repeated|several|multiple)\s+)?(?:questions?|queries)\b"
    r"|\b(?:declin|refus)\w*\s+to\s+be\s+drawn\b"
    r"|\b(?:has|have|had)\s*(?:not|n['’]t)\s+(?:yet\s+|publicly\s+)?(?:said|specified|disclosed|revealed|confirmed|"
    r"announced|explained|detailed)\s+(?:when|how|whether|what|where|who|which|why|if)\b"
    r"|\bneither\s+(?:\w+\s+){0,2}(?:has|have|had)\s+(?:yet\s+)?said\b"
    # "Neither leader would comment", "None of the officials would say how much"; "no decision has been made"
    rf"|\b(?:neither|none\s+of)\s+(?:[\w'’-]+\s+){{0,3}}(?:would|will|could|did)\s+(?:immediately\s+|publicly\s+)?{_VERBS}\b"
    r"|\bno\s+(?:final\s+)?decisions?\s+(?:had|has|have)\s+(?:yet\s+)?been\s+(?:made|taken|reached)\b"
    r"|\b(?:have|has|had)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:made|taken|reached)\s+(?:that|a|any|the|this)\s+decision\b"
    r"|\bstill\s+being\s+(?:verified|finali[sz]ed|worked\s+out|assessed|determined|reviewed|calculated)\b"
    r"|\bno\s+(?:details|timeline|timetable|figures?|explanation|reasons?)\s+(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:given|provided|offered|released)\b"
    r"|\btoo\s+(?:early|soon)\s+to\s+(?:say|tell|know|draw\s+(?:any\s+)?conclusions|speculate|judge|comment)\b"
    r"|\b(?:impossible|not\s+possible)\s+to\s+(?:predict|say|tell|know)\b"
    # "It would not be right for me to comment on any legal proceedings"
    rf"|\b(?:would|will|is|it['’]s)\s*(?:not|n['’]t)\s+be\s+(?:right|appropriate|proper)\s+(?:for\s+(?:me|us)\s+)?to\s+{_VERBS}\b"
    rf"|\b(?:inappropriate|not\s+appropriate)\s+(?:for\s+(?:me|us)\s+)?to\s+{_VERBS}\b"
    # "the split had not yet been agreed with the council": still open
    r"|\b(?:has|have|had)\s+not\s+yet\s+been\s+(?:agreed|decided|finali[sz]ed|determined|set|confirmed)\b"
    r"|\b(?:was|were|is|are)\s+not\s+(?:immediately\s+)?(?:disclosed|revealed|made\s+public|specified)\b"
    r"|\b(?:has|have)\s+not\s+been\s+(?:disclosed|revealed|made\s+public)\b"
    # a written answer's "The Department does not hold information on ...", "is not held centrally"
    r"|\b(?:does|do|did)\s+not\s+hold\s+(?:the\s+|this\s+|that\s+)?(?:information|data|figures|records)\b"
    r"|\b(?:information|data|figures)\s+(?:\w+\s+){0,2}(?:is|are)\s+not\s+(?:held|collected|recorded)\b"
    r"|\b(?:I|we)\s+(?:don['’]t|do\s+not)\s+have\s+(?:anything|any\s+(?:updates?|details)|an\s+update|"
    r"(?:a|any|the\s+latest|the\s+exact|further|more)\s+(?:timeline|date|breakdown|number|figure|estimate|timetable|readout|"
    r"announcement|call|detail|update|information|data|statistic|specific)s?)\b"
    # "I don't have any calls to share with you", "I have nothing to announce on travel"
    r"|\b(?:I|we)\s+(?:don['’]t|do\s+not)\s+have\s+(?!(?:the\s+|enough\s+)?time\b)(?:[\w'’-]+\s+){1,3}?to\s+(?:share|announce|preview|read\s+out|offer)\b"
    r"|\b(?:I|we)\s+(?:have|['’]ve\s+got)\s+nothing\s+(?:(?:further|more|new|else)\s+)?(?:to\s+(?:share|announce|say|add|"
    r"preview|offer|report)|for\s+you|on\s+that)\b"
    # "has not commented", "had not responded to requests"; a briefer's "I'd refer you to CENTCOM"
    r"|\b(?:has|have|had)\s*(?:not|n['’]t)\s+(?:yet\s+|publicly\s+|immediately\s+)?(?:commented\b|responded"
    r"(?=\s+to\s+(?:\w+\s+){0,3}(?:requests?|messages?|calls?|e-?mails?|inquiries|questions?|comment)|\s*[.,;]|\s*$))"
    r"|\b(?:I['’]d|I\s+would|we['’]d|we\s+would)\s+refer\s+you\s+to\b"
    r"|\b(?:will|['’]ll)\s+have\s+more\s+(?:to\s+(?:share|say|announce)|on\s+(?:that|this)|details)\b",
    re.I,
)


# "warned that it did not address losses": a plan or pledge that leaves something out is described, not
# a person withholding an answer
_LEFT_OUT = re.compile(r"(?:did|does|do)\s*(?:not|n['’]t)\s+(?:address|answer)\b", re.I)
_THING = re.compile(r"\b(?:it|which|that|this)\s+$", re.I)


def find_declined(text: str) -> re.Match[str] | None:
    """The first refusal or open question in a sentence, if there is one."""
    for m in DECLINED.finditer(text):
        if not (_LEFT_OUT.match(m.group(0)) and _THING.search(text[: m.start()])):
            return m
    return None

"""When a trigger of summarizer/commitments.py commits no one: negated ("will not", "cannot promise"),
in a relative or indirect-question clause, past ("had hoped to"), a noun ("their pledge to", "plans to"
after a verb), a forecast ("would cost"), a judgement on a dummy "it" ("it would be premature to"), a
warning ("Without more staff, ... will"), briefing procedure, "would" outside reported speech."""

from __future__ import annotations

import re
from collections.abc import Callable

from .attribution import reported_passively, reporting_speaker
from .lexicon import PRONOUNS
from .procedure import PROCEDURE
from .subjects import AUX_TAIL, CARRY_ON_TAIL, CLAUSE_CUT

_NEGATION_AFTER = re.compile(r"^\s*(?:not\b(?!\s+only)|never\b|n['’]t\b)", re.I)
# A pledge not to act is a commitment too: "the government would not impose a settlement", "his country
# would not accept any language that ..." (an act a body or a person can refuse, not a forecast)
_WILL_NOT_ACT = re.compile(
    # (or never stop: "President Trump will never stop standing up for the safety of the American people")
    r"^\s*(?:never\s+stop\s+(?:fighting|working|standing|defending|supporting|pushing|protecting|advocating|"
    r"pressing|championing|investing|building)\b|"
    r"(?:not|n['’]t)\s+(?:\w+ly\s+)?(?:let|accept|impose|allow|tolerate|raise|increase|cut|close|sign|support|back|"
    r"recognise|recognize|join|send|deploy|withdraw|leave|pay|fund|resign|stand|run|negotiate|attend|participate|"
    r"ban|approve|veto|extend|renew|privatise|privatize|sell|lift|introduce|hold|seek|contest|recommend|endorse|"
    r"resume|return|cooperate|comply|budge|back\s+down|give\s+up|drop|"
    r"make\s+(?:any\s+)?(?:commitments?|concessions?|promises?|deals?))\b)",
    re.I,
)
# an order not to act is one: "It further directs that the U.S. government will not base ... decisions on ..."
_DIRECTED = re.compile(
    r"\b(?:directs|directed|orders|ordered|requires|required|mandates|mandated|instructs|instructed)\s+that\s+"
    r"(?:[\w.'’-]+\s+){1,6}$",
    re.I,
)
_NEGATED_BEFORE = re.compile(
    r"\b(?:not|never|no longer|cannot|\w*n['’]t)\s+(?:\w+\s+)?$",
    re.I,
)
_RELATIVE = re.compile(
    r"\b(?!(?-i:WHO)\b)(?:which|who|whom|whose)\s+(?:(?!(?:said|says|say|told|added|announced)\b)\w+\s+){0,2}(?:(?:has|have|had|also|already|\w+ly)\s+)?$|\bthat\s+$"
    r"|\b(?:from|in|with|by|to|for|on|at|through|under|of|during|after|before|since|until|within)\s+(?:which|whom)\s+"
    r"(?:[\w'’-]+\s+){0,4}$",
    re.I,
)
# "the Delivery Plan, which commits €4 billion to ...": a plan or budget that commits money commits its
# owner (a relative clause that only describes, "which will ...", does not)
FUNDING_ANTECEDENT = re.compile(
    r"(?P<np>\b(?:the|a|an|its|their|his|her|our|this)\s+(?:(?!(?:the|a|an|its|their|his|her|our|this)\s)[\w'’-]+\s+){0,5}?"
    r"(?:plan|budget|package|deal|agreement|bill|fund|programme|program|strategy|scheme|framework|initiative|pact))"
    r"\s*,?\s+(?:which|that)\s+$",
    re.I,
)
# "announced the Lead-Free Riverton plan, which will replace all 4,300 lead lines": a plan announced
# commits its announcer to what it will do (not "The budget, which will cut taxes, passed": described)
ANNOUNCED_PLAN = re.compile(
    r"\b(?:announced|launched|unveiled|presented|published|introduced|adopted|approved)\s+"
    r"(?P<np>(?:the|a|an|its|their|his|her|our)\s+(?:[\w'’$.-]+\s+){0,5}?"
    r"(?:plan|programme|program|strategy|scheme|package|initiative|framework|fund))\s*,\s+which\s+$",
    re.I,
)
# a relative clause that reports: "Cancer Research UK, which said it would contribute £6 million"
WHICH_SAID = re.compile(
    r"(?P<who>(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[\w.'’&-]*(?:\s+(?:of\s+)?(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[\w.'’&-]*){0,5}),\s+(?P<rel>which|who)\s+"
    r"(?:also\s+)?(?:said|says|announced|added|confirmed)\s+(?:that\s+)?(?:it|they|he|she)\s+$",
    re.I,
)
# "This is the record Mr Blair will have to defend": a relative clause on a named subject, without its "that"
_CONTACT_NAMED = re.compile(
    r"\b(?:is|was|are|were)\s+(?:the|a|an)\s+(?!the\b|a\b|an\b)(?-i:[a-z]+)\s+(?-i:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?\s+$"
)
_CONTACT_RELATIVE = re.compile(
    r"\b(?-i:[a-z]+)\s+(?:the|a|an|this|that|these|those)\s+(?!end\b|meantime\b)(?-i:[a-z]+)\s+"
    r"(?:the|a|an|its|their|his|her|our|this)\s+(?-i:[a-z]+)\s+$"
)
_REASON_CLEFT = re.compile(r"\b(?:that|this|which)(?:['’]s|\s+is)\s+(?:exactly\s+|precisely\s+)?why\b", re.I)
_WH_CLAUSE = re.compile(r"\b(?:whether|if|unless|how|what|when|where|whatever|whichever|why)\b", re.I)
# "That's not something that he wants to do": a relative clause on a negated "something"
_NOT_SOMETHING = re.compile(r"\bnot\s+(?:\w+\s+)?(?:something|anything|what)\s+(?:that\s+)?\S+\s+$", re.I)
_CAUSATIVE = re.compile(r"\b(?:make|makes|made|making)\s+\w+\s+$", re.I)  # "these decisions make me want to"
_NOUN_WILL = re.compile(
    r"\b(?:the|a|good|free|political|own|his|her|their|our|its|popular|people['’]s)\s+$", re.I
)
_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|our|his|her|your|my|one|no|any|every|each|another|this|that|these|those|new|of|for|own|"
    r"with|to\s+\w+|\w+ed|\w+['’]s|"
    r"develop|make|create|announce|unveil|outline|have|has|say|says|said|saying)\s+$",
    re.I,
)
# "approved a $45 million plan to": a singular trigger after an indefinite phrase is a noun (a subject
# opening with "a" would take "plans to")
_A_PHRASE = re.compile(r"\b(?:a|an)\s+(?:[\w$£€.,'’-]+\s+){1,3}$", re.I)
_SINGULAR_NOUN = re.compile(r"^(?:plan|aim|hope|promise|vow|offer)\b", re.I)
_NOT_MEANT = re.compile(
    r"\b(?:(?:doesn['’]t|does not|don['’]t|do not|didn['’]t|won['’]t|will not|not)\s+(?:necessarily\s+)?mean(?!\s+to\b)|"
    # a promise withheld: "could not promise that every country would pay", "can't guarantee that"
    r"(?:cannot|can['’]t|could\s*(?:not|n['’]t)|would\s*(?:not|n['’]t)|won['’]t|will\s+not)\s+"
    r"(?:promise|guarantee|say|predict|rule\s+out)|"
    r"(?:concerned|worried|afraid|fear|fears|feared|fearing|warn(?:s|ed)?|confident|optimistic|hopeful|convinced|"
    r"(?:it['’]s|it is|it was)\s+(?:un)?likely|"
    r"den(?:y|ies|ied)|dismiss(?:es|ed)\s+(?:reports?|claims?|suggestions?|speculation)|"
    r"(?:reject(?:s|ed)|rul(?:es|ed) out)\s+(?:reports?|claims?|suggestions?|speculation))"
    r"(?:\s+that)?)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}[\w'’-]*$",
    re.I,
)
# A consequence, not an act anyone commits to: "Today's expansion means more than a million older
# Canadians will be able to see a dentist".
# ("that means we will" is the speakers' own act)
_MEANS = re.compile(r"\bmeans\s+(?!(?:that\s+)?(?:we|I)\b)(?:that\s+)?(?:[\w'’-]+\s+){0,7}[\w'’-]*$", re.I)
# ... unless it is an aim's ("The aim of UKIP is to withdraw", "The first priority of President X is to")
_ABSTRACT = re.compile(
    r"\b(?:aims?|goals?|ideas?|tasks?|problems?|challenges?|objectives?|priorit(?:y|ies)|purpose|point|hopes?|"
    r"intentions?|job|mission|solutions?|answer|questions?|thing|way|approach|targets?|message|focus|strategy|"
    r"options?|choices?|alternative|intent|role|duty|responsibility|need|needs|want|wants|preference|view)\b[^,;:]*$",
    re.I,
)
# Who can be "to" do something ("The Prime Minister is to visit Kyiv", "8 billion euros are to flow to
# Deutsche Bahn"): a name, an amount or a body, the last words before "is to".
_AGENT_END = re.compile(
    r"(?:(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[\w.'’-]*|\d[\d,.]*|euros|dollars|pounds|million|billion|government|ministry|council|"
    r"committee|police|army|company|firm|agency|department|board|authority|authorities|commission|parliament|"
    r"court|bank|officials|minister|president|mayor|governor|chancellor|secretary|regulator|union|city|state)\s+$",
    re.I,
)
# A forecast, not an act anyone commits to: "the plan would cost $40 million", "it will take 30 days",
# "prices will come down", "innocent people would suffer", "time will tell".
_FORECAST = re.compile(
    r"^\s+(?:(?:\w+ly|also|still|only|soon|then|now)\s+)?(?:continue\s+to\s+)?(?:"
    # how someone would feel: "he would now find a life dominated by politics too "boring""
    r"find\s+(?:[\w'’-]+\s+){1,6}?(?:too|so|very|rather|quite)\s+[\"“'‘]?(?-i:[a-z]+)|"
    r"cost|costs|happen|hurt|harm|cause|suffer|mean|fall|rise|decline|expire|tell|die|emerge|"
    # "the charge would hit low-paid workers": who it falls on, no act
    r"hit\s+(?:the\s+|hard\s+)?(?:[\w-]+\s+){0,2}?(?:workers|families|households|people|drivers|residents|businesses|"
    r"consumers|taxpayers|motorists|commuters|pensioners|jobs|the\s+economy|growth|incomes)\b|"
    r"(?:grow|drop|shrink|slow|lose|miss)(?=\s*(?:[.,;]|$|\d|\b(?:by|to|from|in|at|over|further|faster|again|sharply)\b))|"
    r"lead\s+to\b|lose\s+(?:his|her|their|its|our|my|your)\b|"
    r"come\s+(?:down|up)|run\s+out|be\s+relegated|"
    # what a thing will not do, and what it is for: "It will do nothing to solve", "will for decades serve to secure"
    r"do\s+(?:nothing|little)\s+to\b|(?:for\s+(?:decades|years|generations)\s+)?serve\s+to\b|"
    # what a thing turns on and what others will wonder: "the timeline will depend on legislation",
    # "Members will ask about the wage agreement"
    r"depend\s+(?:on|upon)\b|ask\s+(?:about|which|whether|why|how|what|when|who)\b|wonder\b|"
    # how something will be taken, not what anyone will do: "will be seen as a show of unity"
    r"be\s+(?:seen|viewed|regarded|received|greeted|interpreted|perceived|taken)\s+(?:as|with)\b|"
    r"be\s+[\"“‘']?(?:a\s+|an\s+)?(?:(?:major|huge|big|real|welcome|serious|severe|bitter|massive)\s+)?"
    r"(?:blow|boost|relief|setback|surprise|disappointment)|"
    # a tribute, not a pledge: "Marco will always be part of this club's history"
    r"always\s+be\s+(?:(?:a\s+)?part\s+of|remembered|grateful|thankful|welcome|a\s+friend|in\s+our)\b|"
    # 'would remain "unpalatable"': a judgement in someone's words, no act
    r"remain\s+[\"“]|"
    # "the sums will add up", "will add to the campaign's embarrassment": how things stand, no act
    r"add\s+up\b|add\s+to\s+(?:(?:the|a|an|their|his|her|its|our)\s+)?(?:[\w'’-]+\s+){0,3}?(?:pressure|woes|concerns?|"
    r"embarrassment|problems?|costs?|burden|tensions?|uncertainty|confusion|anger|frustration|debate|sense)\b|"
    # a sentence's terms and what people will notice: "will serve half of her sentence", "riders will see faster trips"
    r"serve\s+(?:[\w-]+\s+){0,4}?(?:sentence|years?|months?|days?|time|term)\s+(?:in|behind|of)\b|serve\s+(?:[\w-]+\s+){0,4}?sentence\b|"
    r"see\s+(?:(?:a|an|the|some)\s+)?(?:faster|slower|more|fewer|less|higher|lower|better|worse|bigger|smaller|improv\w+|"
    r"increas\w+|reduc\w+|rises?|falls?|drops?|benefits?|savings|changes?|results|difference|delays?)\b|"
    # an effect, not an act: 'would give builders "the certainty they need"'
    r"give\s+(?:[\w'’-]+\s+){0,2}?[\"“']?(?:the\s+|some\s+|more\s+|much-needed\s+)?(?:certainty|confidence|clarity|hope|"
    r"reassurance|peace\s+of\s+mind)\b|"
    r"take\s+(?:about|approximately|around|roughly|more\s+than|less\s+than|at\s+least|up\s+to|"
    r"\d|an?\s+(?:few|long|while|year|month|week|day|couple|decade)|years|months|weeks|days|decades|time|"
    r"some\s+(?:amount\s+of\s+)?time)|be\s+(?:months|years|weeks|days)(?=\s*(?:[.,;]|$)))\b",
    re.I,
)
# "it would be premature to", "It will be a tragedy if", "it would worry her if": a judgement on a dummy
# "it", not an act ("it would be able to", "it will be hiring", "it would be brought to" still count).
_EXTRAPOSED = re.compile(
    r"\s+(?:\w+ly\s+)?(?:be\s+(?:(?:a|an|very|far|much|so|too|more|most|quite|really|\w+ly)\s+)*[\"“'‘]?"
    r"(?:premature|important|necessary|unnecessary|difficult|hard|easy|possible|impossible|wrong|right|good|better|"
    r"best|great|wise|unwise|nice|helpful|useful|crucial|essential|vital|critical|appropriate|inappropriate|"
    r"proper|improper|fair|unfair|crass|rash|foolish|sensible|irresponsible|unlikely|likely|interesting|fitting|"
    r"(?:[\w-]+\s+)?(?:mistake|tragedy|shame|pity|disaster|idea|boost|blow|step|error))\b|"
    # what it will be: "It will be a report that's brutally frank"
    r"be\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?-i:[a-z]+)\s+(?:that|which|who|of|for|to)\b|"
    # "It will be the first time since 1917 that the party has chosen Manchester"
    r"be\s+the\s+(?:first|last|second|third|only)\s+(?:time|occasion)\b|"
    r"(?:worry|concern|surprise|disappoint)\b[^.;]{0,40}?\bif\b)",
    re.I,
)
# how much something will matter: "will be of critical importance in", "will be key to", "would be vital for"
_JUDGED = re.compile(
    r"\s+(?:\w+ly\s+)?be\s+(?:of\s+(?:\w+\s+)?importance\b|(?:\w+ly\s+)?(?:critical|crucial|essential|vital|key|"
    r"paramount|instrumental|central|important)\s+(?:to|in|for)\b|"
    # a comparison foreseen: "the upcoming general election ... would be much more unpredictable than any other"
    r"(?:much\s+|far\s+|even\s+|a\s+lot\s+)?(?:more|less)\s+[a-z]+\s+than\b)",
    re.I,
)
_HEARSAY = re.compile(
    r"\bit\s+is\s+(?:widely\s+)?(?:thought|believed|expected|understood|feared|rumou?red|likely|possible)\s+(?:that\s+)?"
    r"[^.;:]*$",
    re.I,
)
_OWN_ABILITY = re.compile(r"\b(?:it|we|I|they)\s+$", re.I)
# an activity as the subject ("Preserving TikTok's business will ..."), not a time ("Starting Monday the city will")
_GERUND_SUBJECT = re.compile(
    r"^\W*(?!(?:Starting|Beginning|Following|Including|Regarding|Concerning|According|Acting|Managing|Leading|"
    r"Going|Moving|Looking|Speaking|Building|During|Notwithstanding|Pending|Barring|Assuming|Given)\b)"
    r"(?-i:[A-Z][a-z]+ing)\s+"
    # (its object next: "Preserving TikTok's", "Building new homes"; not "Outgoing Premier X", "Boeing said")
    r"(?:(?-i:[A-Z])[\w.-]*['’]s\b|(?!(?:said|says|told|is|are|was|were|has|have|had|will|would|\w+ed)\b)(?-i:[a-z]))"
    r"[^,;:—–-]*$"
)
# no one in particular: "a lot of people are going to be watching to see if that's true"
CROWD = re.compile(
    r"^(?:a\s+lot\s+of|lots\s+of|many|most|some|plenty\s+of|(?:millions|thousands|hundreds)\s+of)\s+"
    r"(?:people|voters|viewers|americans|britons|fans|observers|critics|others)$",
    re.I,
)
# a closing attribution that makes what it reports a promise: ", Prime Minister Tony Blair has promised."
PROMISED = re.compile(
    r",\s*(?:[\w.'’-]+\s+){0,6}(?:has\s+|have\s+)?(?:promised|pledged|vowed|guaranteed|assured)\.?\s*$"
)
# what may happen, is only thought or hoped: "warned there was a real risk that people on the "margins of society"
# would be driven"
_SUPPOSED = re.compile(
    # (and what the speaker only thinks another will do: "I think Lester Holt will be very fair")
    r"\b(?:(?-i:I|[Ww]e)\s+(?:(?:just|really|still|also)\s+)?(?:think|believe|guess|suppose|reckon|expect)"
    r"(?:\s+that)?(?!\s+(?:we|I|us)\b)"
    r"|(?:risk|danger|chance|possibility|likelihood|threat|sign|indication)s?\s+that"
    # ... and a hope that another will act: "We would hope that the government will table a bill", "The government
    # is hoping approval of its latest reforms package will unlock aid"
    r"|hop(?:e|es|ed|ing)(?!\s+(?:that\s+)?(?:we|I)\b))\s+[^,;:.?!]*$",
    re.I,
)
# what is arranged for someone, whoever arranges it: "Foster carers are to be guaranteed a minimum allowance"
_PASSIVE_PLAN = re.compile(r"\s*be\s+(?-i:[a-z]+(?:ed|en|t))\b")
_AFTER_PREPOSITION = re.compile(
    r"\b(?:over|about|against|behind|under|into|with|of|for|on)\s+"
    r"(?:(?!(?:will|would|shall|can|could|may|might|must|is|are|was|were|has|have|had)\b)[\w'’-]+\s+){0,2}$",
    re.I,
)
_GUESS = re.compile(r"\b(?:perhaps|maybe)\b", re.I)
_GERUND_AFTER = re.compile(r"\b(?:by|after|before|for|in|on|without|of|from|through|while|when)\s+$", re.I)
_VERB_IN_CLAUSE = re.compile(r"\b(?:has|have|had|is|are|was|were|been)\s+\S+\s+\S", re.I)
_PAST_AUX = re.compile(r"\b(?:had|has|have|was|were)\s+(?:\w+\s+)?$", re.I)


def _is_noun_pledge(word: str, before: str, after: str) -> bool:
    """ "pledge" as a noun: with no object a verb would take after it ("a pledge made in Paris", "pledge
    signatories"), or after a determiner or possessive ("their pledge to ..."); "The two countries pledge
    to ..." and "donors pledge $5 million" are verbs."""
    if word.lower() not in ("pledge", "pledges"):
        return False
    verb_after = re.match(
        r"\s+(?:(?:to|that|support|more|an? additional|their|its|our|his|her)\b|[$£€₹\d])", after, re.I
    )
    if not verb_after:
        return True  # "a pledge made in Paris", "pledge signatories"
    return _NOUN_BEFORE.search(before) is not None


def excluded(
    text: str,
    plain: str,
    m: re.Match[str],
    modality: str,
    in_quote: Callable[[int], bool],
) -> bool:
    """True when the trigger `m` does not make a commitment (see the module's docstring)."""
    before, after = text[: m.start()], text[m.end() :]
    if m.group(0).lower() == "wo":
        after = " not" + after[3:]  # "won’t let" read as "will not let"
    refused_act = modality == "will" and (
        _WILL_NOT_ACT.match(after) is not None
        or PROMISED.search(text) is not None
        or _DIRECTED.search(before) is not None
    )
    if (
        (_NEGATION_AFTER.match(after) and not refused_act)
        or _NEGATED_BEFORE.search(before)
        or (
            _RELATIVE.search(before)
            and not (modality == "commit" and m.group(0)[:1].islower() and FUNDING_ANTECEDENT.search(before))
            and not (
                modality == "will"
                and m.group(0).lower() == "will"
                and ANNOUNCED_PLAN.search(before)
                and not re.match(r"\s+(?:be|have)\b", after)  # (its act, not "which will be debated")
            )
        )
    ):
        return True
    if modality == "will" and (
        _NOUN_WILL.search(before) or not re.match(r"\s+[a-z]", after) or _FORECAST.match(after)
    ):
        return True
    if modality == "will" and (_CONTACT_RELATIVE.search(before) or _CONTACT_NAMED.search(before)):
        return True  # "burning the coal the mine would produce": a relative clause without its "that"
    if modality == "will" and re.match(r"\s+be\s+able\s+to\b", after) and not _OWN_ABILITY.search(before):
        return True  # "ensuring users will be able to enjoy": what others can then do ("it would be able to" counts)
    if modality == "will" and _GERUND_SUBJECT.match(before):
        return True  # "Preserving TikTok's business will generate $178 billion": an activity's effect, no one acts
    if modality == "will" and re.search(r"\bso\s+that\b[^;:.!?]*$", before, re.I):
        return True  # "... so that older people can rest assured that their needs will be met": a purpose
    if modality == "will" and _HEARSAY.search(before):
        return True  # "it is thought that block bookings will be taken": what is thought, no one commits
    if modality == "will" and _JUDGED.match(after):
        return True  # "noting that increasing shared prosperity will be of critical importance": a judgement
    if modality == "will" and re.match(r"\s+(?:likely|probably)\b", after):
        return True  # "prices would likely stay high": a forecast
    if modality == "will" and re.match(r"\W*(?:Without|Absent)\s+(?!delay\b|further\b)", text):
        return True  # "Without more staff, new buildings will stand empty": a warning, no one commits
    if modality == "will" and re.search(r"\b[Ii]t\s+$", before) and _EXTRAPOSED.match(after):
        return True  # "it would be premature to say", "It will be a tragedy if": an opinion, no act
    if (
        modality == "plan"
        and m.group(0).startswith("Plan")
        and re.search(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\s+$", before)
    ):
        return True  # "the Canadian Dental Care Plan to all seniors": a name's last word
    if (
        modality == "plan"
        and re.match(r"(?:is|are)\s+to\b", m.group(0), re.I)
        and (
            (not _AGENT_END.search(before) and not _PASSIVE_PLAN.match(after))
            or _ABSTRACT.search(before)
            or re.search(r"\b(?:It|This|That)\s+$", before)
        )
    ):
        return True  # "His clear preference is to ...", "the way to ... is to": a noun's content, no one arranges it
    if _PAST_AUX.search(before) and modality in ("want", "hope", "plan"):
        return True  # "had hoped to", "was planning to"
    if (re.search(r"\bto\s+$", before) and not CARRY_ON_TAIL.search(before)) or (
        re.match(r"\w+ing\b", m.group(0)) and _GERUND_AFTER.search(before)
    ):
        return True  # an infinitive ("to commit to ...") or "by pledging" has no subject of its own
    said = re.findall(r"\w+", after.split(".")[0])
    if modality != "will" and (
        not said or (len(said) == 1 and not re.fullmatch(r"\w+ing|act|help", said[0]))
    ):
        # "the steps our countries committed to." commits to nothing stated ("committed to participating",
        # "vowed to act" do)
        return True
    if re.match(r"\s+to\s+do(?:\s+so)?\b\W*(?:$|[).,;])", after):
        return True  # "(as Michael Howard is pledged to do)": a comparison, no act of its own
    if PROCEDURE.match(after):
        return True
    if _NOT_MEANT.search(before) or _MEANS.search(before[-120:]) or _SUPPOSED.search(before[-160:]):
        return True  # "doesn't mean he'll be back", "concerned that papers will become ..."
    if (
        modality in ("plan", "aim", "hope", "want", "promise", "vow", "offer")
        and (_NOUN_BEFORE.search(before) or (_SINGULAR_NOUN.search(m.group(0)) and _A_PHRASE.search(before)))
        and not re.match(r"\w+ed\b", m.group(0))  # "has promised to" is a verb ("has plans to" a noun)
    ):
        return True  # "develop plans to", "the aim to": a noun, not a verb
    if _noun_after_verb(before, m.group(0)):
        return True  # "The Lord Chancellor has defended government plans to": the clause has its verb
    if _is_noun_pledge(m.group(0), before, after):
        return True  # "their pledge", "a bold pledge, beyond ...", "The SWF2030 pledge signatories"
    if _NOT_SOMETHING.search(before[-80:]) or (modality == "want" and _CAUSATIVE.search(before[-40:])):
        return True
    # "If ... H.R. 2, he would veto it": a threat; what "we" would not do, as a briefer says it ("We would not make
    # any commitments to Russia that ...")
    vowed = re.match(r"\s+(?:\w+ly\s+)?veto\b", after) is not None or (
        refused_act and re.search(r"\b(?:we|I)\s+$", before, re.I) is not None
    )
    if (
        m.group(0).lower() == "would"
        and not vowed
        and (
            in_quote(m.start())
            or re.match(r"\s+(?:have|like)\b", after)
            or (
                reporting_speaker(text, len(text)) is None
                and not reported_passively(text, m.start())
                and not WHICH_SAID.search(before)  # "Cancer Research UK, which said it would contribute"
            )
        )
    ):
        return True
    # (in the text itself: a conditional inside a quote is one too: '"But if we're going to ...')
    # "What I can tell you is that the Secretary-General will submit": the clause after "is that" is its own
    clause_start = max(
        (
            c.end()
            for c in re.finditer(
                r"(?<!\d)[,;:]|[,;:](?!\d)|\b(?i:I|we|you)\b[^,;:]*\b(?:is|was)\s+that\b", text[: m.start()]
            )
        ),
        default=0,
    )
    # ("That's why we will open ...": a reason given for a pledge, no indirect question)
    clause = _REASON_CLEFT.sub(" ", text[clause_start : m.start()])
    if _WH_CLAUSE.search(clause) or _GUESS.search(clause):
        return True  # "if ... would", "how much ... would be spent"; "Perhaps the moderators will"
    return (
        modality == "will"
        and re.search(r"\b(?:declin\w*|refus\w*)\s+to\b", plain[: m.start()], re.I) is not None
    )


def _noun_after_verb(before: str, trigger: str) -> bool:
    """ "plans", "aims" or "hopes" as the object of a verb earlier in its clause ("has put forward plans
    to", "are to back government plans to"); after a pronoun it is the verb ("suggestions he plans to")."""
    if not re.match(r"(?:plans?|aims?|hopes?)\b", trigger, re.I):
        return False
    if re.match(r"(?:plans|aims|hopes)\b", trigger, re.I) and _AFTER_PREPOSITION.search(before):
        return True  # "held talks with Tony Blair on Friday over government plans to": a preposition's object
    clause = AUX_TAIL.sub("", before[max((c.end() for c in CLAUSE_CUT.finditer(before)), default=0) :])
    last = (clause.split() or [""])[-1].lower()
    return last not in PRONOUNS and _VERB_IN_CLAUSE.search(clause) is not None

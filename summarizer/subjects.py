"""The subject of a commitment's clause: the words before its trigger, cut at the clause's start.

The clause starts after the last punctuation, conjunction, belief or reporting verb ("They confirmed
cabinet officials ... will meet"); an aside between commas is skipped ("The U.S., for its part, will");
a trigger after "and" takes the subject of its clause's first verb ("The two Presidents highlighted ...
and agreed to").
"""

from __future__ import annotations

import re

from .lexicon import PRONOUNS, word_set

_REPORTED = (
    r"confirm(?:s|ed)|announc(?:es|ed)|noted|stress(?:es|ed)|emphasi[sz](?:es|ed)|underscor(?:es|ed)|"
    r"acknowledg(?:es|ed)|explain(?:s|ed)|argu(?:es|ed)|insist(?:s|ed)|warn(?:s|ed)|reiterat(?:es|ed)|"
    r"indicat(?:es|ed)|suggest(?:s|ed)|reveal(?:s|ed)|predict(?:s|ed)|claimed|vow(?:s|ed)|pledg(?:es|ed)|promis(?:es|ed)"
)

CLAUSE_CUT = re.compile(
    r"[,;:()–—]|\b(?:but|so|because|while|whilst|whereas|although|said|says|told|tells|assured|informed|reminded|added|declared|that|think|thinks|thought|"
    r"believes?|believed|knows?|knew|hopes?|hoped|expects?|expected|reali[sz]e[sd]?|hoping|saying|insisting|arguing|claiming|believing)\b|"
    # reporting verbs end the subject ("They confirmed cabinet officials ... will meet"), unless they
    # describe it ("the newly announced task force will")
    r"(?<!newly )(?<!recently )(?<!previously )(?<!already )\b(?:" + _REPORTED + r")\b",
    re.I,
)

_TIME_ONLY = re.compile(
    r"^\s*(?:today|yesterday|tomorrow|tonight|now|earlier|later|recently|(?:last|this|next)\s+\w+|"
    r"on\s+\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day)?\s*$",  # after a participle: "announced today"
    re.I,
)

# A verb that hands its subject on to the next one: "Mr McConnell went on to promise", "she used her
# speech to pledge", "he was quick to say". What follows is the subject's own act or words.
CARRY_ON = (
    r"(?:(?:also|then|later|again)\s+)?(?:(?:went|goes|go|going)\s+on|(?:was|is|were|are)\s+(?:quick|keen|careful|eager)|"
    r"(?:took|takes|used|uses)\s+(?:the|his|her|their|its|this|that|a)\s+(?:\w+\s+)?(?:opportunity|occasion|speech|"
    r"address|statement|visit|interview|appearance|conference|platform|remarks)|"
    r"(?:decided|decides|moved|moves|chose|chooses|rose|rises|stood\s+up|stands\s+up))\s+to"
)
CARRY_ON_TAIL = re.compile(r"\s+" + CARRY_ON + r"\s*$", re.I)
AUX_TAIL = re.compile(
    r"(?:\s+(?:was|is|are|were|am|be|been|being|has|have|had|remains?|remained|also|still|will|shall|would|do|does|did|"
    r"can|could|may|might|must|should|" + CARRY_ON + r"|"
    # an adverb between ("we are absolutely committed to"), not a noun in "-ly" ("the family", "our ally")
    r"(?-i:[a-z]{3,}ly)(?<!family)(?<!ally)(?<!supply)(?<!assembly)(?<!rally)(?<!reply)(?<!monopoly)(?<!anomaly)))+\s*$",
    re.I,
)

CONJ_TAIL = re.compile(r"(?:^|\s)(?:and|or|but|nor)\s*$", re.I)

# A clause's subject and its first verb: a pronoun and any word, or a noun phrase (up to seven words)
# and a verb we can tell (an auxiliary or a regular past tense).
_SUBJECT_VERB = re.compile(
    r"^\s*[\"“‘']?(?i:(?:and|but|so|then|today|now)\s+)?(?:"
    r"((?i:we|they|he|she|i|you))\s+(?:(?:each|also|both|all|jointly|together|today)\s+)?"
    r"(?!(?:think|believe|know|guess|mean|say|said|hope|feel|suppose)\b)[a-z]\w*|"
    r"((?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)\s+(?:(?:also|both|each|jointly|today)\s+)?"
    r"(?:is|are|was|were|has|have|had|[a-z]\w+ed|wants?)\b)"
)

RELATIVE_WORDS = frozenset({"who", "which", "that", "whom", "whose"})

_BARE = frozenset({"the", "a", "an", "this", "it"})  # no subject on its own

_SUBJECT_SKIP = re.compile(
    r"\s+(?:also|still|now|then|truly|really|soon|each|both|all|jointly|further|likewise|too|ultimately|just|"
    r"actually|certainly|definitely|probably|likely|hopefully|obviously|clearly|simply|finally|eventually|"
    r"already|always|indeed|very|deeply|firmly|fully|strongly|periodically|regularly|occasionally|often|usually|"
    r"sometimes|later|immediately|quickly|personally|formally|officially|publicly|essentially|basically|"
    r"effectively|apparently|reportedly|supposedly|genuinely|seriously|merely|largely|mostly|privately|"
    r"openly|repeatedly|initially|originally|previously|recently|currently|presumably)\s*$"  # lower case only: "Data Science for All will"
)

OPENING_PREPOSITIONS = word_set(
    "after before in on at with since as when while despite under following during from for by through "
    "across among amid against around within beyond between into over throughout toward towards upon via"
)

# The first word of an aside between commas: "The pilot, included in the plan, aims to", "The U.S., for
# its part, will", "Schiff, 56, will", "the line, which could cost £100m, would".
_ASIDE_WORDS = OPENING_PREPOSITIONS | word_set(
    "which who whom whose a an however meanwhile though too instead together not both each alone including like"
)

_ASIDE_FORM = re.compile(r"[a-z]+(?:ed|en|ing|ly)")

_LEAD_TIME = re.compile(
    r"^\s*(?:On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Tomorrow|Today|Tonight|Yesterday|"
    r"Later|Earlier|Next\s+(?:week|month|year)|This\s+(?:week|month|year|morning|afternoon|evening))\s+"
    r"(?=the\s|(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž]))"
)
# a list of names before a subject's last item: "the United States, Mexico" + ", and Canada will"
_NAME_ITEM = (
    r"(?!(?:In|On|At|Under|For|With|By|From|After|Before|During|Today|Tomorrow|Yesterday|Since|Following|As|"
    r"Through|Together|Also|Meanwhile|However)\b)(?:the\s+)?(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[\w.'’-]*(?:\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[\w.'’-]*){0,3}"
)
_LISTED = re.compile(rf"(?:^|,\s*|:\s*)((?:{_NAME_ITEM},\s*)*{_NAME_ITEM})$")
_LIST_END = re.compile(rf"\s*(?:(?:and|or)\s+{_NAME_ITEM}|{_NAME_ITEM}\s+and\s+{_NAME_ITEM})\s*$")
_SUBJECT_TAIL = word_set("to that which who whose where")


_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|must|should)\b", re.I)
_TIME_AFTER = re.compile(
    r"\b(?:weeks?|days?|hours?|months?|years?|minutes?|moments?|shortly|soon|just|comes|came)\s+(?:after|before|since)\s+",
    re.I,
)
_JOINERS = word_set("that but so because while whilst whereas although")


def _opens_clause(left: str, cut: re.Match[str]) -> bool:
    """A reporting or belief verb (or its "that") before a subject: "predicted concerns over Iraq ..."."""
    word = cut.group(0).lower()
    if not word[:1].isalpha():
        return False
    if word != "that":
        return word not in _JOINERS
    before = left[: cut.start()].split()
    return (
        bool(before) and CLAUSE_CUT.fullmatch(before[-1]) is not None and before[-1].lower() not in _JOINERS
    )


_TELL = word_set("told tells tell assured informed reminded")  # a verb with the one told before the clause
_DETERMINERS = word_set("the a an his her its their our this these those")


# when, after a subject: "The German government on Wednesday agreed", "Sanders on Tuesday said"
WHEN_TAIL = re.compile(
    r"\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|last (?:week|month|year)"
    r"|this (?:week|month|year)|earlier|later)$",
    re.I,
)


def subject_of(plain: str, start: int) -> str:
    left = PARTY.sub("", _SUBJECT_SKIP.sub(" ", plain[:start]))
    # asides: "Salud Carbajal (D-Calif.) will", "The Office (BINUH) has committed"
    left = re.sub(r"\s*\([^()]{1,40}\)(?=\s|$)", "", left)
    # 'the company is "committed to': a quote that opens after the verb is no part of the subject
    left = AUX_TAIL.sub("", left.rstrip(' "“‘'))
    if CONJ_TAIL.search(left) or CONJ_TAIL.search(
        WHEN_TAIL.sub("", left.rstrip())
    ):  # ("... and on Tuesday will")
        return ""  # "... and will address": the subject is the previous clause's
    cuts = list(CLAUSE_CUT.finditer(left))
    if cuts and re.fullmatch(_REPORTED, cuts[-1].group(0), re.I) and _TIME_ONLY.match(left[cuts[-1].end() :]):
        cuts.pop()  # "The awards being announced today will": a participle, not a reporting verb
    clause = left[cuts[-1].end() :] if cuts else left
    clause = _LEAD_TIME.sub("", clause)  # "On Tuesday Mr Kennedy will visit": a time without its comma
    if cuts and cuts[-1].group(0) == "," and _LIST_END.match(clause):
        # "the United States, Mexico, and Canada will": the whole list, not its last item
        listed = _LISTED.search(left[: cuts[-1].start()])
        if listed and ("," in listed.group(1) or not re.match(r"\s*(?:and|or)\s", clause)):
            clause = left[listed.start(1) :]
    if not clause.strip() and cuts and cuts[-1].group(0) in "—–":
        # "Oracle—one of the nation's leading technology companies—will": the subject before the aside
        pair = next((k for k in range(len(cuts) - 2, -1, -1) if cuts[k].group(0) == cuts[-1].group(0)), None)
        if pair is not None:
            left, cuts = left[: cuts[pair].start()], cuts[:pair]
            clause = left[cuts[-1].end() :] if cuts else left
    told = bool(cuts) and cuts[-1].group(0).lower() in _TELL
    if not clause.strip(" \"“”'‘’") and len(cuts) >= 2 and cuts[-1].group(0) == ",":
        clause, told = _before_asides(left, cuts), False
    after = list(_TIME_AFTER.finditer(clause))
    if after:  # "The move comes a week after NATO ministers agreed": the ministers agreed
        clause = clause[after[-1].end() :]
    words = clause.strip(" \"“”'‘’").split()
    while words and words[0].lower() in ("and", "or", "but", "so", "then"):
        words = words[1:]
    # "This is leading to a bigger prison population and the executive wants to": a new clause, unless
    # the verb is a relative clause's ("people who were affected and get this option")
    relative = next((k for k, w in enumerate(words) if w.lower() in ("who", "which", "whom")), len(words))
    joined = [
        k
        for k, w in enumerate(words[:relative])
        if w.lower() == "and" and _FINITE.search(" ".join(words[:k]))
    ]
    if joined:
        words = words[joined[-1] + 1 :]
    timed = WHEN_TAIL.search(" ".join(words))
    kept = " ".join(words)[: timed.start()] if timed else ""
    if kept and not re.search(r"(?:ed|ing|en)$|\b(?:who|which|that)\b", kept, re.I):
        words = kept.split()  # (not "The awards being announced today")
    if words:
        words[-1] = re.sub(r"['’](?:ve|re|d|s)$", "", words[-1])
    if words and words[-1].lower().strip("\"“”'‘’") in PRONOUNS:
        return words[-1].strip("\"“”'‘’")
    if told:
        # "told the Sunday Times the party would": the one told, then the subject
        second = next((k for k, w in enumerate(words) if k and w.lower() in _DETERMINERS), None)
        words = words[second:] if second is not None else words
    if len(words) > 8:  # "Our collaboration to enhance technical education and create ... will"
        cut = next((k for k, w in enumerate(words) if k and w.lower() in _SUBJECT_TAIL), None)
        # not an office's "to": "Homeland Security Advisor to the President of the United States Liz
        # Sherwood-Randall" is one title and a name, every word after "to" capitalised or "the"/"of"
        titled = cut is not None and words[cut].lower() == "to" and words[0][:1].isupper()
        if (
            titled
            and cut is not None
            and all(w[:1].isupper() or w in ("the", "of", "and") for w in words[cut + 1 :])
        ):
            cut = None
        if cut is not None:
            return " ".join(words[:cut])
    # A clause that opens with a name keeps it whole ("The Department of Homeland Security and the
    # Department of Justice"); one that opens with a preposition keeps its last words.
    if (
        len(words) >= 2
        and words[0] in _CONJUNCTIONS
        and (words[1].lower() in _DETERMINERS or words[1][:1].isupper())
    ):
        words = words[1:]  # "..., as the mayor pledged": a clause of its own, whose subject follows "as"
    if words and words[0].lower() in OPENING_PREPOSITIONS and len(words) <= 4:
        return ""  # "while across the country committing itself to ...": a phrase, no subject
    # So does a clause after a word that opens one ("predicted concerns over Iraq and ... would").
    opened = bool(cuts) and _opens_clause(left, cuts[-1]) and not _FINITE.search(" ".join(words))
    whole = (
        bool(words)
        and (
            words[0][:1].isupper() or opened or (words[0] == "the" and words[1:2] and words[1][:1].isupper())
        )
        and words[0].lower() not in OPENING_PREPOSITIONS
    )
    return " ".join(words[-14:] if whole else words[-8:])


def _before_asides(left: str, cuts: list[re.Match[str]]) -> str:
    """The subject of a trigger right after a comma: the part between the last two cuts ("My adviser, John
    Holdren, periodically will" -> John Holdren), or, when that part is an aside opening in lower case,
    the part before it ("The pilot, included in the plan, aims to", "The U.S., for its part, will",
    "reopening the line, which could cost £100m, would")."""
    k = len(cuts) - 1
    described = ""  # "a U.S. delegation": an appositive, or the subject after an opening phrase
    while k >= 1 and cuts[k - 1].group(0) == ",":
        part = left[cuts[k - 1].end() : cuts[k].start()]
        first = (part.split() or [""])[0].strip(" \"“”'‘’")
        if not (first[:1].isdigit() or first in _ASIDE_WORDS or _ASIDE_FORM.fullmatch(first)):
            # "General Dynamics and a smaller firm, Keystone Ordnance, will": the name is the second of two
            before = left[cuts[k - 2].end() if k >= 2 else 0 : cuts[k - 1].start()]
            before = re.sub(
                r"^\s*(?:and|but|while)\s+", "", before
            )  # ", and David Ortiz, the VP of Finance, will"
            if (
                first.lower() in ("the", "a", "an")
                and _NAME_ONLY.fullmatch(before.strip())
                and before.split()[0].lower() not in OPENING_PREPOSITIONS
            ):
                return before.strip()  # "Sen. Maria Cantwell, the panel's top Democrat, pledged": the name
            pair = _AND_DESCRIBED.fullmatch(before)
            return f"{pair.group(1)} and {part.strip()}" if pair and pair.group(1)[:1].isupper() else part
        described = part if first in ("a", "an") else described
        k -= 1
    rest = left[cuts[k - 1].end() if k else 0 : cuts[k].start()]
    opener = (rest.split() or [""])[0].lower() in OPENING_PREPOSITIONS
    # "On October 8, a U.S. delegation, led by Blinken, will": the phrase before is no subject
    return described if described and opener else rest


_NAME_ONLY = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\s+){1,4}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+")
# A legislator's party and state: "Sen. Ted Cruz, R-Texas, said", "Sen. Maria Cantwell, D-Wash., the ..."
PARTY = re.compile(r",\s*[RDI]-[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?(?=\s*,)")
_CONJUNCTIONS = word_set("as whereas")
_AND_DESCRIBED = re.compile(r"\s*(.+?)\s+and\s+(?:a|an|the|its|his|her|their|our)\s+[^,]+")
_TRAILING_ADVERBS = re.compile(r"(?:\s+(?:also|then|now|later|again|too|once))+$")
_THAT_SUBJECT = re.compile(
    r"\bthat\s+((?:the|a|an|its|their|his|her|our)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\s+){0,3}"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)\s+(?:will|would|shall)\b"
)
# the subject of a reported clause whose verb is not "will": "said his client looks forward to", "told reporters
# that the company "regrets ..." (a quote is blanked, so a quote mark or a blank may follow the subject)
_REPORTED_SUBJECT = re.compile(
    r"\b(?:said|says|told\s+(?:reporters|[A-Z][\w'’-]*|the\s+\w+|him|her|them|us)(?:\s+(?!that\b)[\w'’-]+){0,4}?|"
    r"added|announced|insisted|stressed)\s+(?:that\s+)?((?:the|its|their|his|her|our)\s+(?:(?!that\b)[\w'’-]+\s+){0,2}?"
    r"(?!that\b)[a-z][\w'’-]*)(?:\s+(?:(?!(?:his|its|this|us)\b)[a-z]+s|[a-z]+ed|is|was|has|had)\b|\s+[\"“]|\s{3,})"
)
_SAID_IN = re.compile(r"\s(?:said|says|told|announced|added|argued|claimed|warned|insisted)\s")


def coordinated_subject(left: str, modal: bool = False) -> str:
    """ "Both leaders recognized X and committed to ...": the subject of the clause's first verb, found
    at the start of the clause or of one of its comma-separated parts ("With respect, we recognize ...").
    A `modal` trigger ("... and would keep") continues a reported clause: "Chalmers said the government
    respected X and would keep ..." is the government's."""
    # (asides out: "The World Health Organization (WHO) has shipped ... and will")
    clause = re.sub(r"\s*\([^()]{1,40}\)", "", re.split(r"[;:—–]", left)[-1])
    inner = list(_THAT_SUBJECT.finditer(clause)) if modal else []
    if inner:  # "X announced that the Progress will not be docking and will re-enter": the Progress
        return inner[-1].group(1)
    told = list(_REPORTED_SUBJECT.finditer(clause)) if modal else []
    if told:  # "Strand told reporters that his client "looks forward to ..." and would fight": his client
        return told[-1].group(1)
    for part in [clause, *(clause[c.end() :] for c in re.finditer(r",\s*", clause))]:
        m = _SUBJECT_VERB.match(part)
        who = (m.group(1) or m.group(2)) if m else ""
        first = who.split()[0].lower() if who else ""
        if m and m.group(2) and first in PRONOUNS and not (modal and _SAID_IN.search(f" {who} ")):
            continue  # "I think the money ... has": a pronoun heads no longer phrase ("he said he was ... and
            # would help" is his)
        relative = first in RELATIVE_WORDS and not who.startswith("WHO")  # (the World Health Organization)
        if who and who.lower() not in _BARE and not relative and first not in OPENING_PREPOSITIONS:
            # "The Conservatives said the government was ... and promised to"; "Mr Brown also said he pledged"
            said = _SAID_IN.search(who)
            reported = re.sub(r"^that\s+", "", who[said.end() :].strip()) if said and modal else ""
            if reported and (reported[:1].isupper() or reported.split()[0].lower() in _DETERMINERS):
                return _TRAILING_ADVERBS.sub("", reported)
            who = who[: said.start()].strip() if said and said.start() > 0 else who
            # "Laura Chen, said the company accepted responsibility and would cooperate": the company
            who = re.sub(r"^(?:said|says|told\s+\w+|added|stated)\s+(?:that\s+)?", "", who, flags=re.I)
            return _TRAILING_ADVERBS.sub("", who)
    return ""

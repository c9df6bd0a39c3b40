"""The words questions are matched with: question words that carry no content, synonyms, a country
and its people's adjective, and irregular verb forms no stemmer joins."""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


QUESTION_WORDS = _words(
    """
    who whom whose what which when where why how much many did does do is are was were will would could
    should can has have had the a an of to in on for about according say said tell mr mrs ms dr
    """
)
SYNONYMS: dict[str, tuple[str, ...]] = {
    "gun": ("firearms", "weapons", "arms"),
    "guns": ("firearms", "weapons", "arms"),
    "weapon": ("firearms", "arms"),
    "money": ("funding", "billion", "million"),
    "cost": ("billion", "million", "funding", "price"),
    "price": ("cost",),
    "rate": (
        "percent",
        "cent",
    ),  # "What is the unemployment rate?" of "unemployment remains at 32.1 per cent"
    "worth": ("billion", "million"),
    "promise": ("pledged", "committed", "vowed", "will", "undertook"),
    "promised": ("pledged", "committed", "vowed", "will", "undertook"),
    "pledge": ("promised", "committed", "vowed"),
    "pledged": ("promised", "committed", "vowed"),
    "talks": ("dialogue", "meeting"),
    # "How was the meeting held?" of "convened the Strategic Consultative Group ... by secure video conference"
    "meeting": ("convened", "talks"),
    "us": ("united", "states"),
    "u.s": ("united", "states"),
    "america": ("united", "states"),
    "united states": ("u.s", "usa"),
    "eu": ("european",),  # the European Union
    "uk": ("britain", "british", "kingdom"),
    "britain": ("uk",),
    "refused": ("declined",),
    "president": ("president",),
    # the words of politics that news writing varies: "When is the election?" -> "the vote - expected on 5 May"
    # (not law/bill/deal/agreement: "law enforcement", "deal with" and the briefings' every "Act" and
    # "agreement" made unanswerable questions half as slow again at the 95th percentile)
    "election": ("vote", "poll", "ballot"),
    "vote": ("election", "poll", "ballot", "ruled"),  # (a court "ruled 6-3")
    # "Who wrote the majority opinion?" of "wrote for the majority"
    "opinion": ("ruling", "judgment", "wrote"),
    "signed": ("undersigned",),  # "How many organisations signed the letter?" of "We, the undersigned 34"
    "pay": ("cost",),
    "fed": ("federal",),  # "the Fed": the Federal Reserve
    # "Who did Putin speak with?" of "had a telephone conversation with"
    "speak": (
        "spoke",
        "conversation",
        "call",
        "talked",
        "told",
    ),  # ("told the BBC's Breakfast with Frost show")
    "presidential": (
        "president",
    ),  # "How many presidential debates?" of "the first of three president debates"
    "spoke": ("conversation", "call", "talked"),
    "call": (
        "phone",
        "spoke",
        "talked",
    ),  # "Why did Sullivan call Kim?" of "spoke by phone today with ... to discuss"
    # "Which companies support the regulations?" of "corporations including Apple Inc and Alphabet Inc's Google"
    "companies": ("corporations", "firms"),
    "company": ("corporation", "firm"),
    # "How did Blair describe the claims?" of 'Mr Blair said the claims were "reheated ..."'
    "describe": ("said", "called", "branded", "dismissed"),
    "grow": (
        "increase",
        "increased",
        "rise",
        "rose",
    ),  # "How much did trade grow?" of "increased by 7.4 percent"  # "Will homeowners have to pay?" of "at no cost to homeowners"
    "summit": ("meeting", "talks"),
    "aid": ("assistance",),
    "assistance": ("aid",),
    "extra": ("additional",),
    "additional": ("extra",),
    "cut": ("reduce", "reduction", "lower"),
    "reduce": ("cut", "lower"),
    "increase": ("raise", "rise", "boost"),
    "raise": ("increase", "boost"),
    # "How much would wages rise?" of "would raise wages by 38%"; "How much did shares fall?" of "shares down 7%"
    "rise": ("raise", "increase"),
    "fall": ("fell", "down", "drop", "decline", "lower"),
    "fell": ("fall", "down", "drop", "decline", "lower"),
    "hold": ("host",),
    # "How much stock will Cobalt buy back?" of "buy back up to $500 million of shares"
    "stock": ("shares",),
    # "What did Hale spend the money on?" of "used money ... to pay for"
    "spend": ("pay", "paid", "spent"),
    # "How many people will WFP feed?" of "would distribute food to 60,000 people"
    "feed": ("food",),
    # a company's cuts: "What share of staff are being cut?" of "saying goodbye to roughly 340 colleagues";
    # "Will there be more layoffs?" of "We are not planning further reductions"
    "staff": ("employees", "workers", "colleagues"),
    "employees": ("staff", "workers", "colleagues"),
    "workers": ("staff", "employees", "colleagues"),
    "layoffs": ("reductions", "redundancies", "cuts", "job"),
    "laying": ("reducing", "cutting", "redundancies", "goodbye"),
    "send": ("ship", "shipped", "dispatch", "dispatched"),  # "Where was the engine sent?" of "shipped it to"
    "sent": ("ship", "shipped", "dispatch", "dispatched"),
    "held": ("host", "hosted"),
    "host": ("hold", "held"),
    "notice": ("notify", "notified", "notification"),
    "died": ("deaths", "dead", "killed"),
    "die": ("deaths", "dead", "killed"),
    "founded": ("founder",),  # "Who founded the Survivors Fund?" of "X, founder of the Survivors Fund"
    "killed": (
        "deaths",
        "dead",
        "died",
        "massacre",
        "massacred",
    ),  # "the massacre of an estimated 1.5 million"
    "kill": ("deaths", "dead", "died", "massacre"),
    "deaths": ("died", "killed", "dead"),
    "notify": ("notice",),
    "wrote": ("written", "posted", "author"),  # "Who wrote the post?" of "Posted by Anthony Chavez"
    "author": ("wrote", "written", "posted"),
    # "What is the GDP growth forecast?" of "Real GDP growth for 2025-26 is projected at 6.8 per cent"
    "forecast": ("projected", "projection", "projects", "expected", "predicted"),
    "projection": ("forecast", "projected"),
    "expected": (
        "forecast",
        "projected",
        "predicted",
    ),  # "How much ice is expected?" of "is forecast to bring ... ice"
    # "When will the strike take place?" of "will walk out for eight days from 21 August"
    "strike": ("walk", "walkout", "stoppage"),
    # "How much oil does OPEC+ produce?" of "pumps about half of the world's oil"
    "produce": ("pumps", "output", "production"),
    "production": ("output", "produce", "pumps"),
    "output": ("production",),
}
# Verbs a question words one way and its answer another ("Where will it be held?" -> "would host it",
# "How many will take part?" -> "involving 2,000 troops"): their absence from every candidate does not
# make a question unanswerable (stems, as summarizer.rank.terms gives them)
LIGHT_VERBS = frozenset(
    (
        "held",
        "hold",
        "part",
        "place",
        "happen",
        "make",
        "made",
        "put",
        "set",
        "involv",
        "particip",
        "attend",
        "join",
        "peopl",  # "How many people have died?" of "38 deaths"
        "last",  # "How long will the strike last?" of "will walk out for 48 hours"
        "start",  # "When does the strike start?" of "from Tuesday"
        "begin",
        "affect",  # "How many rail companies are affected?" of "at 14 rail companies"
        "bring",  # "Who brought the challenge?" of "Friends of the Earth challenged the decision"
        "brought",
        "impact",
        "most",  # "Where are most of the cases?": "Most of the cases are in ...", when a sentence says so
        "launch",  # "When will Artemis II launch?" of "targeting April 2026 for Artemis II"
        "forc",  # "Where is the warning in force?" of "has been issued for western Scotland"
        "trade",  # "How much is Brent crude trading at?" of "fell 1.2% to $71.84 a barrel"
        "describ",  # "How did Blair describe the claims?" of 'Mr Blair said the claims were "reheated ..."'
        # "What posts does Micheál Martin hold?" of "met today with Micheál Martin, Tánaiste, Minister for ..."
        "post",
        "posit",
        "role",
        "deliv",  # "At what time will the Budget be delivered?" of "The Budget ... will be at 1230 GMT"
        "repres",  # "Which organisation does Colin Asplin represent?" of "Colin Asplin, Blackpool Hotel Association"
    )
)
# A country and its people's adjective: "Britain" is answered by "British Prime Minister ...".
_DEMONYMS = """
    america:american mexico:mexican canada:canadian britain:british france:french germany:german
    china:chinese russia:russian japan:japanese india:indian israel:israeli iran:iranian
    ukraine:ukrainian europe:european brazil:brazilian colombia:colombian korea:korean ireland:irish
    italy:italian spain:spanish turkey:turkish egypt:egyptian afghanistan:afghan iraq:iraqi
    syria:syrian cuba:cuban venezuela:venezuelan australia:australian pakistan:pakistani poland:polish
    greece:greek sweden:swedish morocco:moroccan algeria:algerian nigeria:nigerian kenya:kenyan
    ethiopia:ethiopian ghana:ghanaian senegal:senegalese argentina:argentine chile:chilean peru:peruvian
    philippines:filipino vietnam:vietnamese indonesia:indonesian thailand:thai norway:norwegian
    denmark:danish finland:finnish netherlands:dutch belgium:belgian austria:austrian switzerland:swiss
    portugal:portuguese hungary:hungarian romania:romanian serbia:serbian lebanon:lebanese jordan:jordanian
    qatar:qatari somalia:somali sudan:sudanese libya:libyan tunisia:tunisian haiti:haitian
"""
for _pair in _DEMONYMS.split():
    _country, _people = _pair.split(":")
    SYNONYMS[_country] = (*SYNONYMS.get(_country, ()), _people)
    SYNONYMS[_people] = (*SYNONYMS.get(_people, ()), _country)
# A capital for its government, as news writes it: "When did Greece last receive bailout funds?" of "Athens has not
# received bailout funds since August last year"
_CAPITALS = """
    greece:athens russia:moscow china:beijing ukraine:kyiv:kiev france:paris germany:berlin japan:tokyo
    iran:tehran turkey:ankara egypt:cairo syria:damascus venezuela:caracas cuba:havana pakistan:islamabad
    afghanistan:kabul iraq:baghdad poland:warsaw spain:madrid italy:rome hungary:budapest
"""
COUNTRY_OF_CAPITAL: dict[str, str] = {}  # "moscow" -> "russia"
for _pair in _CAPITALS.split():
    _country, *_cities = _pair.split(":")
    SYNONYMS[_country] = (*SYNONYMS.get(_country, ()), *_cities)
    for _city in _cities:
        SYNONYMS[_city] = (*SYNONYMS.get(_city, ()), _country)
        COUNTRY_OF_CAPITAL[_city] = _country
# A noun and the verb it is made from where the stemmer keeps them apart: "How much will the closures
# save?" is answered by "to close five schools ... will save $4 million".
_NOMINALS = """
    closure:close disclosure:disclose exposure:expose seizure:seize departure:depart failure:fail
    payment:pay shipment:ship growth:grow:growing:grows
"""
for _pair in _NOMINALS.split():
    _noun, _verb, *_forms = _pair.split(":")
    for _form in (_noun, _noun + "s"):
        SYNONYMS[_form] = (*SYNONYMS.get(_form, ()), _verb)
    for _form in (_verb, *_forms):  # "How fast is pay growing?" of "Annual growth in regular pay"
        SYNONYMS[_form] = (*SYNONYMS.get(_form, ()), _noun)
# Irregular verb forms: "When was the dialogue held?" is answered by "agreed to hold".
_FORMS = """
    hold:held meet:met say:said make:made take:took:taken give:gave:given go:went:gone come:came
    send:sent spend:spent lead:led bring:brought buy:bought sell:sold build:built seek:sought tell:told
    find:found leave:left begin:began:begun win:won lose:lost pay:paid keep:kept write:wrote:written
    speak:spoke:spoken rise:rose:risen fall:fell:fallen choose:chose:chosen fight:fought draw:drew:drawn
    strike:struck grow:grew:grown know:knew:known see:saw:seen oversee:oversaw:overseen
    undertake:undertook:undertaken withdraw:withdrew:withdrawn overcome:overcame become:became
    drive:drove:driven throw:threw:thrown fly:flew:flown hide:hid:hidden break:broke:broken
    forget:forgot:forgotten get:got:gotten eat:ate:eaten feel:felt hear:heard mean:meant stand:stood
    understand:understood teach:taught catch:caught think:thought flee:fled shoot:shot sit:sat lay:laid
    deal:dealt lend:lent bind:bound stick:stuck run:ran arise:arose:arisen forbid:forbade:forbidden
    forgive:forgave:forgiven freeze:froze:frozen steal:stole:stolen wear:wore:worn bear:bore:borne
    swear:swore:sworn sink:sank:sunk shake:shook:shaken ride:rode:ridden feed:fed hang:hung dig:dug
    rebuild:rebuilt rewrite:rewrote:rewritten resell:resold rethink:rethought retake:retook:retaken
    rerun:reran rebind:rebound withhold:withheld uphold:upheld
"""


def _inflected(base: str) -> tuple[str, ...]:
    """A verb's -ing and -s forms ("driving", "drives" of "drive"; "running" of "run")."""
    if base.endswith("ie"):
        ing = [base[:-2] + "ying"]
    elif base.endswith("e") and not base.endswith("ee"):
        ing = [base[:-1] + "ing"]
    else:
        ing = [base + "ing"]
    if re.search(r"(?:^|[^aeiou])[aeiou][bdgklmnprt]$", base):
        ing.append(base + base[-1] + "ing")
    if base.endswith(("s", "sh", "ch", "x", "o")):
        third = base + "es"
    elif re.search(r"[^aeiou]y$", base):
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    return (*ing, third)


# each form of an irregular verb, its -ing and -s forms too ("What is driving the increase?" of "driven by"),
# with the others
IRREGULAR = {
    form: tuple(f for f in forms if f != form)
    for forms in (g.split(":") for g in _FORMS.split())
    for form in (*forms, *_inflected(forms[0]))
}

"""Word lists shared by the rule-based extractors (speakers, quotes, commitments, entities)."""

from __future__ import annotations

import re


def word_set(text: str) -> frozenset[str]:
    """A set of the white-space separated words of `text`."""
    return frozenset(text.split())


REPORTING_VERBS = word_set(
    """
    said says say saying told tells added adds declared declares stated states noted notes explained explains
    wrote writes argued argues insisted insists warned warns announced announces acknowledged acknowledges
    recalled continued continues replied replies responded responds remarked emphasized emphasised stressed
    stresses commented observed asserted asserts maintained claimed claims confirmed confirms reiterated
    reiterates conceded concluded testified tweeted posted reported reports suggested suggests revealed
    reveals predicted predicts cautioned urged urges disclosed indicated indicates countered contended
    complained admitted admits denied denies estimated estimates promised promises vowed vows pledged
    telling stressing arguing warning insisting claiming adding noting explaining asking asks shouted
    wondered quipped joked answered recounted boasted boasts signalled signaled announcing confirming
    assured assures affirmed specified
    """
)
ORDINALS = word_set(
    """
    first second third fourth fifth sixth seventh eighth ninth tenth another other
    """
)
# Nouns and modifiers that describe a speaker by role rather than by name.
ROLE_WORDS = word_set(
    """
    official officials spokesman spokeswoman spokesperson spokespeople secretary minister president
    ambassador adviser advisor director aide aides senator representative governor chairman
    chairwoman chair chief leader leaders prime foreign press administration senior department
    agency coordinator envoy counselor counsellor general attorney deputy assistant vice source
    sources diplomat diplomats officer officers analyst analysts expert experts lawmaker lawmakers
    member members commissioner mayor responsible staff staffer negotiator negotiators military
    defense defence state security national government top high-ranking administration's
    department's person people moderator reporter reporters lawyer lawyers
    """
)
TITLES = word_set(
    """
    mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. lt lt. col col. adm adm. amb
    amb. president secretary minister senator representative governor ambassador general admiral
    judge justice chancellor premier king queen prince princess pope sheikh speaker mayor
    commissioner director spokesman spokeswoman spokesperson chairman chairwoman chair chief deputy
    vice prime foreign press attorney special envoy counselor adviser advisor coordinator leader
    officer sergeant captain colonel lieutenant major mp mep msp professor prof prof. councilman
    councilwoman councillor councilor alderman alderwoman assemblyman assemblywoman congressman
    congresswoman commander superintendent constable detective shri smt smt. shrimati hon hon. honourable
    honorable secretary-general director-general attorney-general governor-general solicitor-general
    inspector-general
    """
)
# What a title is "of": "Secretary of State", "Secretary of Homeland Security", "Minister of Foreign Affairs".
TITLE_DOMAINS = word_set(
    """
    state defense defence homeland security foreign affairs commerce treasury labor labour agriculture
    energy education health human services transportation interior justice veterans housing urban
    development finance economy trade home the staff external interior public safety
    """
)
NATIONALITIES = word_set(
    """
    american mexican canadian british french german chinese russian japanese indian israeli iranian
    ukrainian european brazilian colombian saudi korean irish italian spanish turkish egyptian
    afghan iraqi syrian cuban venezuelan australian us u.s. u.k. uk
    scottish welsh english dutch belgian swiss swedish norwegian danish finnish polish greek portuguese
    austrian hungarian czech romanian bulgarian serbian croatian nigerian kenyan ethiopian somali
    sudanese libyan tunisian moroccan algerian lebanese jordanian palestinian pakistani bangladeshi
    thai vietnamese indonesian filipino malaysian taiwanese argentine argentinian chilean peruvian
    haitian jamaican guatemalan honduran salvadoran nicaraguan yemeni qatari emirati kuwaiti kurdish
    belarusian armenian azerbaijani kazakh zimbabwean ugandan rwandan congolese ghanaian latvian
    lithuanian estonian slovak icelandic cypriot african asian arab
    """
)
# First words of a place's name ("North East", "County Durham") and of a body's ("Royal Mail").
PLACE_OPENERS = word_set(
    "north south east west northern southern eastern western central greater county northeast northwest southeast "
    "southwest northeastern northwestern southeastern southwestern"
)
ORG_OPENERS = word_set("royal national federal international")
ORG_HEADS = word_set(
    """
    house department ministry agency council commission office government embassy party committee
    bank fund court union organization organisation nations administration service services bureau
    institute university authority board corporation company group association alliance forum
    command force forces army navy corps police congress senate parliament cabinet treasury pentagon
    kremlin assembly journal times post news magazine herald tribune gazette telegraph coalition
    foundation society airlines airways pharmaceuticals pharma holdings industries technologies motors inc
    inc. ltd ltd. plc llc corp corp. co.
    """
)
# Political parties and their people, named without a head noun: organisations, never a person.
PARTIES = word_set(
    "tory tories labour conservative conservatives democrat democrats republican republicans gop snp ukip dup"
) | frozenset(("lib dem", "lib dems", "liberal democrat", "liberal democrats", "plaid cymru", "sinn fein"))
# Words a title leaves in lower case ("Agreement to Address Shared Challenges from China").
SMALL_WORDS = word_set("a an the and or but nor of in on at to for by with from as vs via into over than per")
# Last words that make a name a place ("Market Square", "Union Station", "Heathrow Airport").
PLACE_HEADS = word_set(
    """
    square street road avenue boulevard lane park bridge station airport palace plaza stadium tower
    building hall hospital cathedral church mosque temple museum harbour harbor port valley island
    islands river lake mountain mountains county province district bay beach coast gulf peninsula
    republic kingdom emirates territories sea ocean strait straits canal desert
    """
)
# Heads of named things that are no one: "High-Level Economic Dialogue", "Paris Agreement".
THING_HEADS = word_set(
    """
    dialogue initiative act agreement summit partnership strategy framework program programme plan
    conference declaration treaty accord report law bill policy mission project week day center
    centre network compact charter convention protocol roadmap amendment directive regulation constitution
    """
)
WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
MONTHS = word_set(
    """
    january february march april may june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec
    """
)
# Capitalised words that start sentences or clauses but never start a name.
FUNCTION_CAPS = word_set(
    """
    a an the this that these those and but or so then also however meanwhile still yet if when while
    after before as at by for from in into of on to with without speaking asked according during
    since until although though because it its he she they we i you his her their our my your there
    here what who which where why how in officials earlier later separately elsewhere yesterday today
    tonight now instead
    """
)
PRONOUNS = word_set(
    """
    he she they i we it you him her them us
    """
)
# Letters after a name ("Brian Monteith MSP", "Guy Mansfield QC"): no part of it.
POST_NOMINALS = frozenset(("MP", "MSP", "MEP", "AM", "MLA", "TD", "QC", "KC", "OBE", "MBE", "CBE"))
DETERMINERS = frozenset(["a", "an", "the", "this", "that", "these", "those", "another"])
# Verbs of stance and intent: whose view or aim a sentence reports ("Republicans want ...", "Clinton
# vowed ..."), a source when no one is quoted or reported as saying it.
STANCE_VERBS = word_set(
    """
    wants wanted want plans planned believes believed believe expects expected thinks thought hopes
    hoped fears feared called calls urged criticized criticised criticizes attacked accused accuses
    endorsed endorses proposed proposes vowed vows pledged pledges promised promises agreed agrees
    asked asks demanded demands rejected rejects blamed blames praised praises described describes
    cited cites defended defends supports supported opposes opposed threatened threatens intends
    intended announced welcomed welcomes condemned condemns questioned questions dismissed dismisses
    found finds shows showed show felt feels feel argue insist blasted slammed urging signaled signalled
    spoke reveals revealed calling pushing seeking promising vowing pledging demanding likened
    refuses refused
    """
)
# Lower-case words that end a noun phrase when read backwards from a verb (so are never part of one).
NP_BREAKERS = word_set(
    """
    and but or nor so yet that which who whom whose when where while because although though if as
    than to of in on at by for with from into onto about after before since until over under
    between among against through during without within is are was were be been being has have had
    do does did will would shall should can could may might must not no also said says told about
    around across along amid among despite like near off out per toward towards upon via ahead behind
    below above beyond
    spoke went came took gave met ran won lost held brought began saw sent wrote thought knew felt kept
    stood sat became got
    """
)

# An office named instead of its holder: "the President", "The Prime Minister".
OFFICE = re.compile(
    r"\b[Tt]he\s+((?:Vice\s+)?President|Prime Minister|Secretary|Chancellor|Governor|Mayor|Speaker)\b"
)

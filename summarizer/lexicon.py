"""Word lists shared by the rule-based extractors (speakers, quotes, commitments, entities)."""

from __future__ import annotations

REPORTING_VERBS = frozenset(
    """said says say told tells added adds declared declares stated states noted notes explained explains
    wrote writes argued argues insisted insists warned warns announced announces acknowledged
    acknowledges recalled continued continues replied replies responded responds remarked emphasized
    emphasised stressed stresses commented observed asserted asserts maintained claimed claims
    confirmed confirms reiterated reiterates conceded concluded testified tweeted posted""".split()
)
ORDINALS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth another other".split()
)
# Nouns and modifiers that describe a speaker by role rather than by name.
ROLE_WORDS = frozenset(
    """official officials spokesman spokeswoman spokesperson spokespeople secretary minister president
    ambassador adviser advisor director aide aides senator representative governor chairman chairwoman chair
    chief leader leaders prime foreign press administration senior department agency coordinator envoy
    counselor counsellor general attorney deputy assistant vice source sources diplomat diplomats officer
    officers analyst analysts expert experts lawmaker lawmakers member members commissioner mayor
    responsible staff staffer negotiator negotiators military defense defence state security national
    government top high-ranking administration's department's person people moderator reporter reporters""".split()
)
TITLES = frozenset(
    """mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. lt lt. col col. adm adm. amb amb.
    president secretary minister senator representative governor ambassador general admiral judge justice
    chancellor premier king queen prince princess pope sheikh speaker mayor commissioner director
    spokesman spokeswoman spokesperson chairman chairwoman chair chief deputy vice prime foreign press
    attorney special envoy counselor adviser advisor coordinator leader officer sergeant captain colonel
    lieutenant major""".split()
)
NATIONALITIES = frozenset(
    """american mexican canadian british french german chinese russian japanese indian israeli iranian
    ukrainian european brazilian colombian saudi korean irish italian spanish turkish egyptian afghan
    iraqi syrian cuban venezuelan australian us u.s. u.k. uk""".split()
)
ORG_HEADS = frozenset(
    """house department ministry agency council commission office government embassy party committee bank
    fund court union organization organisation nations administration service services bureau institute
    university authority board corporation company group association alliance forum command force forces
    army navy police congress senate parliament cabinet treasury pentagon kremlin""".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
# Capitalised words that start sentences or clauses but never start a name.
FUNCTION_CAPS = frozenset(
    """a an the this that these those and but or so then also however meanwhile still yet if when while
    after before as at by for from in into of on to with without speaking asked according during since
    until although though because it its he she they we i you his her their our my your there here what
    who which where why how in officials""".split()
)
PRONOUNS = frozenset("he she they i we it you him her them us".split())
DETERMINERS = frozenset("a an the this that these those another".split())

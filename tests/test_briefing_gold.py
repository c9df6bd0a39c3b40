"""Two hundred and thirteen briefings written for these tests (tests/data/briefings): a climate-finance pledge, a nurses'
strike, a health emergency, an EU gas ban, a defence pact, job cuts, a border reopening and a state visit
in the style of translated wire stories, a deployment reported by anonymous officials, a governor's
recovery plan, prison places, a State Department transcript ("MR MILLER:", "QUESTION:") and a prime
minister's press conference ("PRIME MINISTER:", "JOURNALIST:"); then, written before the code was changed
for them, a government news release with signed quotes ("– The Honourable X, Minister of Health"), a
central bank's decision, a UN noon briefing ("Spokesman:", "Question:"), a sheriff's news conference, an
Indian government press release ("Shri X said") and a retailer's store closures; and five more written the
same way (a Senate hearing, a company's wire release with its boilerplate, a wildfire update, a German
chancellery announcement from dpa, a city council vote), and four more (a GOV.UK press release, a NATO
doorstep transcript, a court ruling from AP, a health ministry's outbreak statement with a lead-in list),
and four more (a Reuters story on climate talks, a rail strike, a company's job cuts, a foreign ministry's
press conference with outlets as questioners), and four more (an Australian minister's media release, a
Kenyan president's directive, a Commons statement, a WHO media briefing), and two more (an EU migration
pact from AP, a water company's rescue), and five more (a FEMA press briefing, a Reuters story on the ECB, a
school board's closures, an EU antitrust fine, an Irish government housing plan), and five more (a police arrest,
a product recall, a leaders' meeting readout, a Security Council resolution, a state drought declaration), and five
more (a company's results, a Pentagon briefing, a German cabinet decision, a measles outbreak, a strike deal), and
five more (a sentencing, an IMF staff statement, a company blog post, a transit shutdown, a newspaper interview), and
five more (a committee report, a hurricane, an EU Council adoption, a Japanese cabinet briefing, an election
commission), and five more (a NASA delay, a data breach notice, a police chief's departure, a sanctions release, a
company pulling its forecast), and five more (a Bank of England decision, a governor's address, a UN appeal, a radio
interview, an Indian court ruling), and five more (a budget speech, a parliament's question period, a live blog of a
storm, a leaders' communiqué in numbered paragraphs, a cloud company's incident report), and five more (a
council's minutes, an EU press release, a labour market bulletin, a police appeal, an airline's statement with
its FAQ), and five more (a court ruling, a WHO outbreak notice, a sports body's sanction, a select committee's
evidence session, a mayor's transcript), and five more (a company's 8-K filing, a UN flash update, an NGOs' open
letter, a city's release in Markdown, a podcast transcript with time stamps), and five more (a Kremlin readout, an
evacuation order, an embargoed research release, a minister's thread, a court's press summary), and five more (an
FOMC statement, a school's letter, a transit alert, an explainer in questions, a joint press conference); and a
twentieth batch, scored once with the final rules and left as they met it (a defence intelligence update, a
hospital's cyber-attack statement, a trade-deal wire story, a charity appeal, a council budget vote); and a
twenty-first, scored once with the code as it stood and then mended (an NTSB preliminary report, a grocer's
earnings call, a campaign speech, a boil-water notice, an arraignment), and a twenty-second the same way (a
parliamentary written answer, a weather warning, a football club's statement, a letter to shareholders, a
television interview through an interpreter), and a twenty-third (a White House fact sheet, a jury verdict,
a chief executive's layoff memo, a Security Council press statement, an election result); and a twenty-fourth,
scored once with the final rules and left as they met it (a rail timetable change, a heat-health alert, a
mayor's budget address, a product launch, a union vote explained in questions); and a twenty-fifth, scored once
with the code as it stood and then mended (an earthquake wire story, a Reuters story on oil output cuts, a
government's response to a petition, a regulator's price-cap release, a press gaggle aboard Air Force One), and a twenty-sixth the same way (a football manager's press conference, a cabinet
reshuffle's appointments, a university's letter on fees, a public inquiry's opening statement, a local planning
decision), and a twenty-seventh the same way (a hospital's critical incident, a union's strike announcement, a
European Council press conference, a budget's key points, a new law in force), and a twenty-eighth the same way (a central bank's policy
resolution, a ceasefire wire story, a minister's Commons statement, a police force's knife-crime plan, a congestion
charge explained in questions), and a twenty-ninth the same way (a governor's emergency order, a UN spokesperson's
statement, a takeover announcement, a school inspection report, a city's snow emergency); and a thirtieth, scored once with the
final rules and left as they met it (a vaccine approval, a mayor's briefing on shelters, a factory closure, a hosepipe
ban, an EU sanctions package); and a thirty-first of real documents nobody on this project wrote, scored once with the
code as it stood and then mended (four BBC politics stories from ../shared/eval/news, a White House fact sheet from
its corpus, a PolNeAR story quoting a Fox News Sunday interview whole), and a thirty-second the same way (three BBC
politics stories, two White House joint statements), and a thirty-third (two Daily Mail stories from the CNN/DailyMail
set, a Reuters story from PolNeAR), and a thirty-fourth (two BBC politics stories, the opening of a White House press
briefing), and a thirty-fifth (a BBC politics story, a White House call readout), and a thirty-sixth (a BBC politics
story, a USA Today story from PolNeAR), and a thirty-seventh (two BBC politics stories), and a thirty-eighth (two
White House readouts, two joint statements and a migration plan from its corpus), and a thirty-ninth (a statement in
the President's own words, two call statements, a fact sheet, the opening of a background press call), and a fortieth
(a CNN politics story, a BBC politics story, a White House readout and a joint statement), and a forty-first (two
White House statements, a BBC politics story), and a forty-second (a White House fact sheet in nested lists, the
opening of a press briefing, a joint communiqué), and a forty-third (two BBC politics stories, the opening of a
White House fact sheet), and a forty-fourth (two White House joint statements), and a forty-fifth (the opening of a
background press call, a BBC politics story), and a forty-sixth (a White House fact sheet with plain run-in heads, a
BBC politics story), and a forty-seventh (two BBC politics stories), and a forty-eighth (a BBC politics story); each with hand-made gold in ../shared/eval's format, scored by ../shared/eval/score.py: the analysis (as `briefbot brief --format
json` gives it) and the answers to the gold questions."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from bot.config import load
from bot.scope import Scope
from bot.service import BriefingService
from bot.store import Store

DATA = Path(__file__).parent / "data" / "briefings"
NAMES = sorted(p.name.removesuffix(".gold.json") for p in DATA.glob("*.gold.json"))
# What is not met yet, by name: commitments missed, questions answered wrongly
MISSED = {
    "japan-australia-defence": ["C2"],  # "an agreement that will allow": a relative clause's "will"
    # "we are funding 300 new planning officers this year": an act in progress, which is no trigger (the present
    # progressive describes far more than it promises)
    "podcast-transcript": ["C2"],
    # batch 30, left as the final rules met it: "We will not build vans here that we cannot sell" is a pledge not to
    # act, which a negated "will" never is here (only with a named agent: "Prices will not increase" is no act)
    "factory-closure": ["C2"],
}
WRONG = {
    "colombia-venezuela-border": ["A2"],  # "His Venezuelan counterpart": whose counterpart
    "france-morocco-agreements": ["A3"],  # "migrants" in the question, "nationals in an irregular situation"
    # a reporter's question worded otherwise than the one asked: "Will the government raise taxes ...?" of
    # "Will you rule out raising taxes to fund it?", "How will the plan be paid for?" of "how will you pay
    # for it?"; "How many families will benefit from cheaper childcare?" of "cut the cost ... for one
    # million families"
    "childcare-press-conference": ["A4", "A6", "A7"],
    # "Who is the deputy who fired?": "He declined to name the deputy" lacks "fired", so it is not retrieved
    "sheriff-shooting": ["A5"],
    # "Who chairs the Senate Commerce Committee?" of "Sen. Ted Cruz, ..., the committee's chairman": "chairs"
    # is no "chairman", and the committee's full name is in the sentence before
    "senate-hearing": ["A3"],
    # "What is the new spending target?": only the reporter's question gives it ("the new spending target of
    # 3.5 percent"), and a reporter's question is never an answer
    "nato-doorstep": ["A5"],
    # the rejected "offer of 4.5%" is not called a pay offer, nor are the members called drivers, in its sentence
    "transport-strike": ["A3"],
    # "in regional areas" of "in regional and remote communities"; "How much do patients pay?" of "without
    # paying anything"
    "au-media-release": ["A6", "A7"],
    # "How many knife crime offences?" of "rose by 4% last year to about 50,000": the count has no noun
    "commons-statement": ["A5"],
    # "When will the European Parliament vote?" of "declined to say when lawmakers would vote": two of four words
    "eu-migration-pact": ["A4"],
    # "When will power be restored?" of "they expect to restore 90 percent of them by Sunday": "power" is only
    # in the sentence before
    "fema-hurricane": ["A4"],
    # "Which schools will close?": the names are in the sentence after the lead, which does not say "close"
    "school-closures": ["A8"],
    # "How old is the suspect?" of "a 24-year-old man" (called the suspect only in the next sentence, "The suspect,
    # Darnell Hayes"); "Where are the victims being treated?" of "are in stable condition at Grant Medical Center"
    "police-arrest": ["A2", "A8"],
    # "How much will the grid fee subsidy be?" of "plans to subsidize grid fees ... with 6.5 billion euros"
    # ("subsidy" and "subsidize" have different stems)
    "berlin-coalition": ["A3"],
    # "How much has the strike cost Boeing?": Boeing's refusal ("declined to say how much the strike had
    # cost") before the analysts' estimate ("about $50 million a day"); "Who is the union's president?" of
    # "district president Jon Holden" (the union is District 751)
    "union-agreement": ["A7", "A9"],
    # "Which care home did Pryce run?" of "who ran Oakfield House" (two words of four)
    "court-sentencing": ["A4"],
    # "Who has been overseeing Google's commitments?": the post never says "Google" ("our commitments")
    "tech-announcement": ["A4"],
    # "Where was Biden supposed to travel?" of "postponed a trip to Germany and Angola"
    "storm-advisory": ["A8"],
    # "What number should customers call for more information?" of the notice's contact line (boilerplate)
    "data-breach": ["A6"],
    # "Why was Artemis II delayed?": the lead says "after engineers found problems" without "delay" (the title
    # has it); "Who are the astronauts on Artemis II?": their sentence says "the mission"
    "nasa-mission": ["A2", "A5"],
    # "How many individuals were sanctioned?": the background's "more than 3,000 individuals" since 2014, not
    # the lead's 76 (the two cover the question alike; a bonus for the lead broke more than it mended)
    "sanctions-statement": ["A1", "A2"],
    # "How many more beds will open by the end of January?": "1,000 extra beds" before "another 500" (no noun);
    # "Will the government negotiate with resident doctors?": the interviewer's question ("Will you get resident
    # doctors back ...?") holds two of its four words, too few to lead to the reply; "Flu cases have quadrupled"
    # is the interviewer's, and a reporter's turn is never an answer
    "radio-interview": ["A4", "A5", "A6"],
    # "What caused the outage?": the cause ("The change contained a malformed routing rule") shares no word
    # with the question; it is under the heading "What happened"
    "incident-report": ["A2"],
    # "What number should witnesses call?" of "please call 101": "number" and "witnesses" are not in it
    "police-appeal": ["A7"],
    # "Who chairs the Public Accounts Committee?": only the attendance line says "Sir Geoffrey Clifton-Brown
    # (Chair)", and the committee's name is the title
    "select-committee": ["A6"],
    # "How much does the lead pipe plan cost?": the $12 million is in the title only; the body gives its parts
    "markdown-release": ["A1"],
    # "How many homes has the government promised?" of the host's "You've promised 1.5 million homes": "you"
    "podcast-transcript": ["A1"],
    # "Who brought the challenge?": "Friends of the Earth" is no name the entity rules know whole
    "uk-supreme-court": ["A5"],
    # "When do the new rules start?": "From 20 May 2026, everyone ... must register" says neither "rules" nor
    # "start"; "What did the two leaders sign?" of "we have signed" ("leaders" is not in it); "Will the school bus
    # times change?" of the reply to "Some of you asked whether the changes would affect school transport" (two
    # of four words in each); "When does the Red Line shutdown start?": the refusal about the next shutdown
    # holds more of its words than "The Red Line will be closed ... from 8:45 p.m. Friday"
    "explainer-qa": ["A1"],
    "joint-press-conference": ["A6"],
    "school-letter": ["A5"],
    "transit-alert": ["A1"],
    # batch 20, not mended: "How many people have lost their homes?" of "3,600 people have been killed and around
    # 200,000 have lost their homes" (the count's noun is before the other number); "Who voted against the
    # budget?" of "Councilmembers Noel Gallo and Treva Reid voted against it" ("budget" only in the lead);
    # "When will services be fully restored?" of "could not give a date for
    # full recovery"; "How much of India's exports will Britain stop taxing?" of "remove tariffs on 99% of
    # Indian exports"; "When will the agreement take effect?" of "Neither government said when it would take
    # effect" (no refusal the rules know)
    "charity-appeal": ["A2"],
    "city-budget-vote": ["A5"],
    "hospital-statement": ["A4"],
    "trade-deal-wire": ["A2", "A4"],
    # batch 21: "Which customers are under the advisory?" of "for all customers north of Route 9" (the notice's
    # "will notify customers ... when the advisory is lifted" is shorter); "How much have insurance premiums
    # risen?" of "are up 19 percent" ("up" is a stop word); "How many people were on board?" of "the only person
    # on board" (no number); "Who is the president of Big Sky Air Freight?" of "the company's president, Marla
    # Quinn" (the company is not named in the sentence)
    "boil-water-notice": ["A1"],
    "campaign-speech": ["A1"],
    "ntsb-preliminary": ["A3", "A9"],
    # batch 22: "Will Russia take part in the Arctic Council meeting?" of the reply to "Will Russia take part?"
    # (the question found holds one of its words); "How strong will the gusts be?" of "gusts of up to 90mph" in
    # the long lead, before Storm Éowyn's "gusts reached 100mph"; "How much did the number rise?" of "This is an
    # increase of 9%" ("number" is in no sentence)
    "tv-interview": ["A4"],
    "weather-warning": ["A2"],
    "written-question": ["A3"],
    # batch 23: "How much severance pay will departing staff get?" of "Everyone leaving will get at least 16 weeks of
    # pay" (neither "severance" nor "departing"); "Who is the CEO of Lumenfield?": only the memo's signature, "—
    # Priya Shah, CEO", names her, and it does not say Lumenfield; "Where did the attack happen?" of "near Kidal"
    # in the long first sentence (another sentence names Mali and the attack)
    "ceo-memo": ["A3", "A6"],
    "council-press-statement": ["A7"],
    # batch 24, scored once with the final rules and not mended: "When does the red alert end?" of "until 9am on
    # Sunday" and "How hot will it get in London?" of "to reach 39C in central London" (neither "end" nor "hot" is
    # in the sentence); "How will the city close the gap?" of "we will close a $180 million gap by ..." ("city");
    # "Where will the Ridge be built?" of "begin deliveries ... from its plant in Lordstown" (that sentence says
    # neither); "How will the deal be paid for?": the refusal of its cost outranks "would fund the deal in full
    # from ..." ("When does the new timetable start?", where "said on Tuesday" came after "timetable", is
    # answered since batch 27: the time a reporting verb gives is when it was said)
    "heatwave-advice": ["A2", "A3"],
    "mayor-budget-address": ["A4"],
    "product-launch": ["A4"],
    "union-vote": ["A8"],
    # "How many people were killed?": the background's "About 18,000 people were killed in ... 1999" is shorter than
    # the lead's "killing at least 41 people" (a bonus for the lead cost seven other answers: not kept)
    "earthquake-wire": ["A1"],
    # "What will the voting age be lowered to?": only the title says "to 16"; "Where can 16 year olds already
    # vote?" of "Young people of this age can already vote in ..." (no "16" in it)
    "petition-response": ["A1", "A2"],
    # "What injury does Anthony Gordon have?" of "a hamstring problem"; "Will Isak start?" of "Alex is fine." (the
    # reply's first sentence, before "I'm not going to tell you the team"); "Will Newcastle sign anyone in
    # January?" (the reply says neither Newcastle nor January); "What was the score when Newcastle last beat
    # Arsenal?" of "We beat them here last season, 1-0" (we, them)
    "manager-presser": ["A2", "A4", "A6", "A7"],
    # "How many homes will be built?": the lead's "Plans for 1,200 homes ... have been approved" says no "built"
    "planning-decision": ["A1"],
    # "When will leaders take a final decision on financing Ukraine?" of "We will come back to this at our December
    # meeting, where we intend to take a final decision" (half the question's words); "Was Belgium's prime minister
    # convinced?" of the reply's first sentence, before "I will not go into the details"
    "eu-council-presser": ["A2", "A5"],
    # "What is the rate of inflation?" of "RPI inflation currently at 11.8%" ("%" is no "rate" to the index)
    "port-strike": ["A8"],
    # "Which countries mediated the talks?": the lead names them ("Saudi Arabia and the United States said in a joint
    # statement") without "mediat-", which only the headline's "mediators say" has
    "ceasefire-wire": ["A3"],
    # "How much will the congestion charge be?" of "the charge will raise about £26 million" (the lead's "a £5 daily
    # charge" is longer); "When does the charge start?" of "Bus improvements will begin in September, before the
    # charge starts"
    "congestion-charge": ["A1", "A2"],
    # "How much is the Home Office contributing?" of "backed by £12 million from the Home Office's ... fund"
    "police-knife-plan": ["A6"],
    # "When is the next MPC meeting?": "next" is a stop word, and the minutes' date comes first
    "rbi-policy": ["A9"],
    # "What was the overall judgement?" of "Overall effectiveness: Requires improvement"; "Which subjects are weak?"
    # (no "weak" in "teachers do not check well enough"); "Who runs the academy trust?" of "the chief executive of
    # the Northern Star Academy Trust, David Loughlin" (the name after the trust's name, not after "chief")
    "school-inspection": ["A1", "A7", "A8"],
    # "When is the deal expected to complete?" of "the scheme will become effective in the fourth quarter of 2026";
    # "Who is making the offer?": only the title says "by Corvina", and the chair's quote outranks the lead
    "takeover-offer": ["A6", "A8"],
    # batch 30, scored once with the final rules and not mended: "When does the hosepipe ban start?" of "in 2022"
    # (the last ban's year, in a short sentence, outranks "from 8am on Friday 11 July"); "How many vessels were
    # added to the list?" (the sentence says "adds 117 more vessels of Russia's shadow fleet to the list of ships")
    # and "What did Kaja Kallas say?" (her second sentence, "We will keep up the pressure", before her first); "When
    # will the Luton plant close?" of "the company said on Tuesday"'s sentence, whose "next April" the day outranks;
    # "How many people are in city shelters now?" of "More than 19,000 people have moved out of our shelters"; "How
    # much has the city spent on the mission?" ("We have spent $574 million": "city" and "mission" are elsewhere);
    # "Are more buses coming from Texas?" ("We haven't been told of any new buses": no Texas, no "coming");
    # ("Who will announce which shelters close?", cut to "Department of Family", right since batch 40); "How
    # effective is the vaccine?" (no
    # "effective" in "cut the risk of severe RSV illness ... by 82%") and "How many women took part in the
    # trials?" answered "82%" from the same sentence's "trials involving 7,400 women"
    "drought-order": ["A1"],
    "eu-sanctions-package": ["A2"],  # (A4, Kallas's second sentence "We will keep up the pressure": batch 32)
    "factory-closure": ["A2"],
    "mayor-presser": ["A1", "A4", "A7"],
    "vaccine-approval": ["A2", "A3"],
    # batch 31 (real documents), left after mending: "Who wrote the book Brown's Britain?" of "The book, by ... Robert
    # Peston" (no "wrote"); "How did Blair describe the claims?": his quote "All sorts of people make all sorts of
    # claims" outranks 'Mr Blair said the claims were "reheated ..."'; "Who recommended lowering the candidacy age?"
    # of "a recommendation last year by ... the Electoral Commission" (another sentence says "lowering the candidacy
    # age"); "Who was the youngest MP?" (its sentence says "the youngest", the one before "Parliament"); "Who did the
    # Clinton camp invite?" and "Why did Trump invite Gennifer Flowers?" (the host's question and Pence's reply
    # outrank the lead); "Which programme was Pence on?" of "broadcast of Fox News Sunday"
    "bbc-blair-quit-claim": ["A1", "A8"],
    "bbc-teen-mps": ["A3", "A7"],
    "pence-flowers-interview": ["A2", "A3", "A4"],
    # batch 32 (real documents), left after mending: "By what majority did the Lords rule?" of "ruled by an eight to
    # one majority" (the stemmer makes "majority" "major", and "major changes" is in another sentence that says
    # "ruling"); "How many men are detained?" of "the nine men would remain in prison" (no "detained"); "When would
    # Kemp have preferred the message to come out?" (no "preferred"); "Where did Howard make his comments?" of "in
    # his New Year message" (no place); "Which cities will the bridge connect?" of "Windsor, Ontario, and Detroit,
    # Michigan" (Windsor is no place the lists know); "Who co-owns the bridge?" of "the State of Michigan (also
    # co-owner of the Bridge)"; "How long did the meeting last?" of "over the course of two hours had a constructive
    # engagement" (no "meeting"); "What did the two sides agree?": "The Israeli side agreed" outranks "They agreed"
    "bbc-detainees-ruling": ["A1", "A4"],
    "bbc-howard-new-year": ["A4", "A8"],
    "wh-bridge-joint-statement": ["A3", "A4"],
    "wh-scg-joint-statement": ["A2", "A3"],
    # batch 33 (real documents), left after mending: "What will Nicky Morgan do instead?" of "She will instead
    # modernise ..." after a sentence a photo caption ran into; "When is a ruling expected?" of "A ruling is unlikely
    # before the end of the year" (no "expected")
    "dm-first-aid-pledges": ["A4"],
    "reuters-power-plant-rules": ["A8"],
    # batch 34 (real documents), left after mending: "Who is the president of the ADSS?" of "Tony Hunter, the
    # organisation's president" (the body is named only in the sentence before); "Will Hague stand for the leadership
    # again?" answered from 'Asked if he would stand for the leadership again, Mr Hague replied: "No.' (right, but not
    # the gold's evidence, the lead); "Which constituency does Hague represent?" of "MP for Richmond"; ("Which
    # newspaper did Hague speak to?" of "told the Daily Telegraph": right since batch 41); ("By how much will the US reduce emissions by
    # 2030?" of the briefer's "We committed to ... 50 to 52 percent": right since batch 40 reads a question's year);
    # "How many senators voted for the bill?" of "69
    # members of the Senate ... joined the Democratic Caucus"
    "bbc-foster-carers": ["A8"],
    "bbc-hague-ambition": ["A1", "A4"],
    "wh-psaki-briefing-excerpt": ["A9"],
    # batch 35: "Who is the president of the Republic of Korea?": "President Yoon" is in a sentence that does not say
    # which country, and the call's opening names the Republic of Korea twice
    "wh-sullivan-kim-call": ["A3"],
    # batch 36: "Who will moderate the first debate?": "first" is a stop word (too common to require), so "Chris
    # Wallace ..., who will moderate the third and final debate" outranks "the moderator of Monday night's first
    # debate, Lester Holt"
    "trump-debate-moderators": ["A1"],
    # batch 37: "Who is the Lib Dems' new communications chief?" of "appointed a senior figure from BT to be the party's
    # new communications chief" + "Sandy Walkington will now work ..." ("a senior figure" is no person-noun the
    # referring-back rules know, so the chief executive named nearby answers); "Where did Walkington work before?"
    # (the same sentence, which does not name him)
    "bbc-libdem-pr-chief": ["A1", "A2"],
    # batch 40: "Who carried out the research?" of "It was carried out by husband and wife economist team Jim and
    # Margaret Cuthbert" ("it" is the report two sentences back, and "research" is no word of the sentence); "Who
    # prepared the original costings?" of 'the "care development group" of Scottish Executive experts who prepared
    # the original costings' (the relative clause's own noun, "Scottish Executive experts", answers)
    "bbc-care-sums": ["A3", "A8"],
    # batch 43: "How many people were killed in the genocide?" of "About 800,000 Tutsis and moderate Hutus were killed
    # by Hutu militias" (the genocide is the sentence before's); "When did the second meeting of the Comprehensive
    # Dialogue on Space take place?" of "The first meeting occurred ... and the second meeting recently took place in
    # Washington, D.C. on March 20-21, 2024" (the dialogue is named in the sentence before)
    "bbc-rwanda-grant": ["A3"],
    "wh-france-fact-sheet-excerpt": ["A4"],
    # batch 44: "How many areas will the three countries prioritize?" of "the United States, Mexico, and Canada will
    # prioritize four areas" ("countries" is no word of it)
    "wh-trilateral-fentanyl-first-meeting": ["A4"],
    # batch 45: "Whose remarks did the official point to?" of "I want to start off by directing everyone's attention to
    # Secretary Blinken's public remarks" (no word of "point" in it)
    "wh-russia-background-call": ["A6"],
    # batch 46: "Who is the work and pensions minister?" of "..., the work and pensions minister has said." (the next
    # sentence names him: "Alan Johnson said")
    "bbc-retirement-age": ["A1"],
    # batch 47: "How old is Prince Harry?" of "The prince, 20, apologised" ("the prince" refers back to the sentence
    # that first said "Prince", Prince Edward's)
    "bbc-straw-auschwitz": ["A6"],
    # batch 48: "When did the party last choose Manchester?" of "It will be the first time since 1917 that the party has
    # chosen Manchester" (the conference sentence's "2006" answers first); "What will Blackpool get instead?" of the
    # lead's sentence, outranked by "The exact cost to Blackpool ... is not yet known" (an open question answers a "what
    # will" question)
    "bbc-labour-manchester": ["A3", "A4"],
}
# batch 20's forecast taken for a commitment ("the police cuts would slow emergency response times") and its
# refusal not found ("Neither government said when it would take effect"): left as the final rules met them
FALSE = {
    "city-budget-vote": ["the police cuts would slow emergency response times"],
    # batch 24: a guess at others' wishes ("I know the council will want to change this budget")
    "mayor-budget-address": ["the council will want to change this budget"],
    # batch 31: a prediction in a quote, after the rhetorical question it answers ("What is going to happen to young
    # Asian men ...? They are going to be stopped.")
    "bbc-tory-id-cards": ["They are going to be stopped"],
}
# Commitments reported that the gold neither requires nor allows nor forbids, by a piece of their text: batch 31's
# Pence on his opponent ("Hillary Clinton essentially wants to continue the policies of this administration"), a
# want told by someone else, which the rules take at its word
EXTRA = {
    "pence-flowers-interview": ["Hillary Clinton essentially wants to continue"],
    # batch 33: "Merkel has said Greece would receive fresh funds only once its creditors approve the reforms";
    # "Theocharakis said Greece would be 'close to the end' on April 9" (a judgement in someone's words, but so is
    # the canonical briefing's required "the new approach to security will be "balanced and sustainable"")
    "dm-greece-imf": ["Greece would receive fresh funds", "Greece would be 'close to the end'"],
}
DECLINED_MISSED = {"trade-deal-wire": 0.0}
# Actors not named right: none ("Ofwat said it would" is Ofwat since the document calls it "the industry
# regulator, Ofwat": summarizer/bodies.py)
# batch 30: "Ellesmere Port, Cheshire, which Stellantis said it would expand": the clause's own subject is not read
ACTOR_ACC: dict[str, float] = {"factory-closure": 0.75}
# (batch 30's "Professor Beate Kampmann of the London School of Hygiene and Tropical Medicine called the approval
# '...'" gave the quote to "Tropical Medicine" at first contact; a place or body after "of" may have its small words
# since: summarizer/mentions.py)
# batch 32: 'detainee 'A' in Woodhill Prison said' gives the quote to the prison (the letter in quote marks ends the
# speaker's words)
# batch 33: a photo caption run into the next sentence without a full stop ("... Dimitris Mardas (pictured) said that
# Greece will ... on time Germany's Spiegel Online quoted ... Van Overtveldt as saying ...") gives Van Overtveldt's
# "out of the question" to Mardas
# batch 36: 'Aaron Kall ... compared Trump to a coach at a basketball game who is "working the referees"' (a scare
# quote after a verb that is neither reporting nor naming)
# batch 46: '"We're sweeping them away entirely ..."' after "The government wanted to tackle this ..." (the minister
# spoke two sentences before; the sentence between names a body, no one who speaks)
QUOTE_ACC: dict[str, float] = {
    "bbc-detainees-ruling": 0.833,
    "dm-greece-imf": 0.8,
    "trump-debate-moderators": 0.667,
    "bbc-retirement-age": 0.5,
}
# Unanswerable questions answered all the same: "What did the Security Council vote on?" of "will brief
# the Security Council" (a name's two words cover two thirds of the question); "How much will the homes
# cost to buy?" of "commits €4 billion in State funding ... to deliver 50,000 affordable homes" ("funding"
# stands for "cost"; two words of three)
# "How much compensation has each victim received?" of the total paid out ("each" is a stop word); "How many
# missiles has North Korea fired this year?" of "launched one ballistic missile" ("this year" likewise); "How
# many polling stations are there?" of "40,000 biometric verification devices to polling stations" (a sentence)
ANSWERED = {
    "un-noon-briefing": ["A8"],
    "irish-housing-plan": ["A9"],
    "committee-report": ["A10"],
    "cabinet-secretary-presser": ["A9"],
    "election-commission": ["A10"],
    # "Which party received the most money from the bonds?" of "Political parties received ..."; "How much will
    # the tax cut on tips cost?" of the plan's sentence with "150,000 Michiganders" ("cost" stands for numbers),
    # mended in batch 23 (a cost is a sum of money)
    "court-ruling-india": ["A8"],
    # "How many homes were built on provincial land?" of "promised to build 4,000 homes on federal land": three
    # words of four, and "provincial" is elsewhere in the briefing ("provincial counterparts")
    "hansard-question-period": ["A8"],
    # batch 20: "How many library branches will close?" of "The budget keeps all 18 library branches open"
    "city-budget-vote": ["A8"],
    # batch 22: "Who will be the new manager?" of "Marco Bellini has left his role as first-team manager" ("new" is
    # a stop word, so "manager" is all the question asks)
    "club-statement": ["A9"],
    # batch 23: "How many peacekeepers does the Mission have?" of "killed three peacekeepers"; "How many seats did
    # the Greens win last time?" of this election's "Labor won 16 seats, ..., the Greens 4"
    "council-press-statement": ["A8"],
    "election-results": ["A9"],
    # batch 30: "How much Russian gas does the EU import?" of "The package bans imports of Russian liquefied natural
    # gas (LNG) into the EU from January 2027" (every word of it, and no amount)
    "eu-sanctions-package": ["A8"],
    # "How many landlords are there in England?" of "... bans landlords from asking for more than one month's rent"
    # (a rule that a "how many" needs a count of its noun cost eight right answers)
    "law-in-force": ["A10"],
    # batch 32: "Why did David Blunkett resign?" of "The ruling came on ... first day as home secretary following
    # David Blunkett's resignation" (every word of it, and "following" reads as a reason)
    "bbc-detainees-ruling": ["A10"],
    # batch 33: "How many schools already teach first aid?" of the lead's "vowed to teach lifesaving skills in schools"
    "dm-first-aid-pledges": ["A9"],
    # batch 34: "When will the last U.S. troops leave Afghanistan?" of "when he delivered his speech in May announcing
    # his decision that ... it's time for American troops to get home" (the speech's month)
    "wh-psaki-briefing-excerpt": ["A10"],
    # batch 38: "Where will the Task Force meet next?" of "The U.S.-EU Task Force on Energy Security met for the 11th
    # time on October 31, 2023" (its verb in the past; a "where" with no place then cites a body's "at the U.S.
    # National Security Council"); "Who represented Canada at the meeting?" of the founders "with their high-level
    # representatives"; "When will the melt and pour requirements take effect?" of "... under Section 232 of the
    # Trade Expansion Act of 1962" (a law's year)
    "wh-energy-task-force": ["A10"],
    "wh-fentanyl-committee-readout": ["A10"],
    "wh-steel-joint-statement": ["A8"],
    # batch 41: "Where will the Dialogue be held?" of "... the economic agenda that the United States shares with
    # Mexico" (a "where" with no place a preposition gives takes any place the sentence names)
    "wh-hled-announcement": ["A7"],
    # batch 42: "When will Congress vote on an assault weapons ban?" of "Yesterday, the President ... asked Congress to
    # send him a bill banning assault weapons ..." (its "Yesterday" is when he asked)
    "wh-jean-pierre-briefing-excerpt": ["A11"],
    # batch 43: "Who leads the Nuclear Energy Small Group?" of "The United States and France also launched the Nuclear
    # Energy Small Group, with meetings ..." (no one named leads it; the sentence is cited)
    "wh-france-fact-sheet-excerpt": ["A9"],
    # batch 44: "Who will host the next meeting?" of "Sherwood-Randall convened the first meeting" (a meeting convened
    # is one hosted; "next" is a stop word)
    "wh-trilateral-fentanyl-first-meeting": ["A10"],
    # batch 45: "Where will the Strategic Stability Dialogue take place?" of "... through the Strategic Stability
    # Dialogue, or multilaterally ..." (a place named in the sentence, "Russia's documents")
    "wh-russia-background-call": ["A8"],
    # batch 46: "What is the current state pension age?" of a quote about "people past state pension age"
    "bbc-retirement-age": ["A7"],
}


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> BriefingService:
    db = tmp_path_factory.mktemp("gold") / "gold.db"
    return BriefingService(Store.open(f"sqlite:///{db}"), load(environ={}))


def _briefed(service: BriefingService, name: str) -> tuple[dict[str, Any], Scope, dict[str, Any]]:
    gold = json.loads((DATA / f"{name}.gold.json").read_text(encoding="utf-8"))
    # a workspace of its own: the gold's "unanswerable" is of this briefing (not of the other 27)
    scope = Scope("local", name, name, "you")
    out = service.brief_text(scope, (DATA / f"{name}.txt").read_text(encoding="utf-8")).data["analysis"]
    return gold, scope, out


def test_there_are_briefings() -> None:
    assert len(NAMES) >= 213


@pytest.mark.parametrize("name", NAMES)
def test_analysis_meets_the_gold(name: str, service: BriefingService, scorer: ModuleType) -> None:
    gold, _, out = _briefed(service, name)
    figures = scorer.analysis(gold, out)
    assert figures["commitment_precision"] == (
        1.0 if name not in FALSE and name not in EXTRA else figures["commitment_precision"]
    ), figures
    keys = [k["key"] for k in gold["commitments"]["required"] + gold["commitments"].get("optional", [])]
    extra = [c["text"] for c in out["commitments"] if not any(scorer.has(c["text"], k) for k in keys)]
    assert [e for e in EXTRA.get(name, []) if not any(scorer.has(x, e) for x in extra)] == [], extra
    if name in EXTRA:
        assert len(extra) == len(EXTRA[name]) + len(FALSE.get(name, [])), extra
    assert figures["missed"] == MISSED.get(name, []), figures
    assert figures["false_commitments"] == FALSE.get(name, []), figures
    assert figures["commitment_speaker_acc"] in (None, 1.0), figures  # (None: the document itself speaks)
    assert figures["commitment_actor_acc"] == ACTOR_ACC.get(name, 1.0), figures
    assert figures["declined_recall"] in (
        (None, 1.0) if name not in DECLINED_MISSED else (DECLINED_MISSED[name],)
    ), figures
    assert figures["quote_speaker_acc"] in (None, QUOTE_ACC.get(name, 1.0)), figures
    assert figures["summary_violations"] == [], figures


@pytest.mark.parametrize("name", NAMES)
def test_answers_meet_the_gold(name: str, service: BriefingService, scorer: ModuleType) -> None:
    gold, scope, _ = _briefed(service, f"{name}")
    answers = {q["id"]: service.ask(scope, q["q"]).data for q in gold["questions"]}
    figures = scorer.answers(gold, answers)
    assert figures["wrong"] == WRONG.get(name, []), (
        figures,
        {k: answers[k].get("answer") for k in figures["wrong"]},
    )
    answered = [q["id"] for q in gold["questions"] if q.get("unanswerable") and answers[q["id"]].get("found")]
    assert answered == ANSWERED.get(name, []), {k: answers[k].get("answer") for k in answered}

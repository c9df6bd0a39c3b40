from summarizer.analyze import analyse
from summarizer.commitments import find_in_sentence
from summarizer.declined import find_declined
from summarizer.parties import joint_parties


def found(text: str) -> list[tuple[str, str]]:
    return [(f.actor, f.modality) for f in find_in_sentence(text, lambda pos: False)]


def test_modalities_and_actors() -> None:
    assert found("The framework will also address the flow of firearms.") == [("The framework", "will")]
    assert found("The two leaders pledged to work closely together.") == [("The two leaders", "pledge")]
    assert found("Price said the United States hopes to preserve the gains.") == [
        ("the United States", "hope")
    ]
    assert found("The second official said Mayorkas was committed to a humane approach.") == [
        ("Mayorkas", "commit")
    ]
    assert found("Canada intends to join the pact and plans to sign it.") == [
        ("Canada", "intend"),
        ("Canada", "plan"),
    ]
    assert found("Both sides agreed to meet again.") == [("Both sides", "agree")]
    assert found("We’ll cover a lot of ground.") == [("We", "will")]
    assert found("We’ve agreed to track the same metrics.") == [("We", "agree")]
    # an appositive name before an adverb; a belief verb ends the clause before the subject
    assert found('"My adviser, John Holdren, periodically will issue a chart," he said.') == [
        ("John Holdren", "will")
    ]
    assert found("Mr. Obama believes his efforts will be his legacy.") == [("his efforts", "will")]
    # an attribution after a title's full stop is not part of the action
    actions = [
        f.action
        for f in find_in_sentence('"It will be first-order business," Mr. Podesta said.', lambda p: False)
    ]
    assert actions == ["will be first-order business"]


def test_not_commitments() -> None:
    for text in (
        "Officials were not interested in whether a dispute over visas would be discussed.",
        "They also declined to say how much funding would be spent on the new deal.",
        "I must say that the dialogue, which would be – and I fully expect it to be – very positive.",
        "It has enabled agencies to obtain international accreditation.",
        "It is not yet clear what form a new security deal will take.",
        "Prices will not rise this year.",  # a forecast: no one refuses to act
        "The framework marks a new beginning which will make citizens safer.",
        "Will the President travel next week?",
        "And with that, I will turn it over to our first senior administration official.",
        "They wanted the details to determine the numbers.",
        "The agency developed plans to prevent drug use.",
        "\"But if we're going to solve a problem, then our role is as a convener.",
        "The Tories say plans to extend opening times should be put on hold.",
        "So I’ll leave it at that so we have more time for questions.",
        "I’ll take a few minutes just to go over the steps our three countries committed to.",
        "There will be no firm commitments made in these talks.",
        "We need to commit to developing a report.",
        "I’ll let DOJ speak to that.",
        # what a briefer is about to say, not do; a negated "something"; a causative; a forecast
        "I want to talk about a few things at the top.",
        "I want to make clear that we’re moving out on multiple fronts.",
        "I would refer you to the State Department on that specific question.",
        "I want to be mindful of the ongoing investigation.",
        "I just want to — as you know — and I talked about this yesterday.",
        "That’s not something that he wants to do.",
        "These two decisions make me want to fight harder.",
        "So it’s going to take some amount of time.",
        "It’s going to be months.",
        # transcript procedure, a noun "pledge", a relative clause after a preposition
        "We’ll now take a few questions.",
        "We will have Josh Boak from the AP.",
        "We’re going to try and fit in two more questions.",
        "We will do our best to get back to you.",
        "I would also say one other thing, Sullivan said.",
        "I just want to flag that.",
        "That was their pledge, beyond the Port of Los Angeles.",
        "It’s a bold pledge by multiple ports.",
        "Students join a pool from which the 30 companies will hire.",
        "We’ll see you tomorrow.",
        "We’ll see.",
        "I’ll come to you in a second.",
        "I will tell you that it is hard.",
        "I’ll have to just get back to you on the plans.",
        "We will leave it to Leader Schumer.",
        "We’ll have more to share with you in the next few days.",
        "It reflects an aggressive - some say unrealistic - pledge made in Paris to reduce emissions.",
        "He described the role the deal had played in Mr. Clarke's plan to remake coal mining.",
        "It is a world where other countries would change their laws.",
        "Finding his house doesn't mean he'll be back there anytime soon.",
        "Some are concerned that being served papers will become a Facebook announcement.",
        "Officials warned that the storm will hit Florida.",
    ):
        assert found(text) == [], text


def test_procedure_words_do_not_hide_real_commitments() -> None:
    assert found("We will have talks with Mexico next week.") == [("We", "will")]
    assert found("The two countries pledge $5 million to the fund.") == [("The two countries", "pledge")]
    assert found("The thirty SWF2030 pledge signatories will hire 3000 interns by summer of 2023.") == [
        ("The thirty SWF2030 pledge signatories", "will")
    ]
    assert find_in_sentence("They will hire interns by summer of 2023.", lambda pos: False)[0].when == (
        "by summer of 2023"
    )
    # a long subject keeps its head or, when it opens with a name, all of it
    assert found("Our collaboration to enhance technical education and create certifications will help.") == [
        ("Our collaboration", "will")
    ]
    assert found("The Department of Homeland Security and the Department of Justice will act.") == [
        ("The Department of Homeland Security and the Department of Justice", "will")
    ]
    assert found("We will see progress in Ohio by June.") == [("We", "will")]
    assert found("The two countries pledge support for the deal.") == [("The two countries", "pledge")]
    assert found("Obama's aides plan to visit Ohio.") == [("Obama's aides", "plan")]
    assert found("I will make this promise to you: we will achieve justice.") == [
        ("I", "will"),
        ("we", "will"),
    ]
    assert found("The President is very committed to the deal.") == [("The President", "commit")]
    assert found("We do want to fund the police.") == [("We", "want")]
    # an adverb or modal is not the actor; a capitalised "All" in a name is kept
    assert found("The new fund will ultimately help ports.") == [("The new fund", "will")]
    assert found("Data Science for All will aim to reach students.") == [
        ("Data Science for All", "will"),
        ("Data Science for All", "aim"),
    ]


def test_would_counts_only_in_reported_speech() -> None:
    assert found("A third official said work to prosecute the cartels would continue.") == [
        ("work to prosecute the cartels", "will")
    ]
    assert found("Work would continue if funds allowed.") == []


def test_action_keeps_abbreviations() -> None:
    (f,) = find_in_sentence(
        "Both Mexico and Canada committed to embed personnel at the U.S. embassy.", lambda p: False
    )
    assert f.action == "committed to embed personnel at the U.S. embassy"


def test_when_is_read_from_the_action() -> None:
    a = analyse(
        "The ministry will publish the rules by the end of 2025. The board agreed to meet next month. "
        "They agreed to stay in touch regularly over the coming months."
    )
    assert [(c.actor, c.when) for c in a.commitments] == [
        ("The ministry", "by the end of 2025"),
        ("The board", "next month"),
        ("They", "over the coming months"),
    ]
    # a deadline before a date that only tells when something else happened
    from summarizer.when import find_when

    action = "commit to continue the initiative the presidents announced in January 2023 beyond May 11, 2023"
    assert find_when(action) == "beyond May 11, 2023"
    # the date of something past is no one's deadline
    assert find_when("continue the initiative that the presidents announced in January 2023") is None
    assert find_when("take the title of the seat for which he was selected in 1969") is None
    assert find_when("would be introduced in 2008") == "in 2008"
    # "welcome" opens a hand-over only before whom it welcomes
    assert found("The United States intends to welcome as many as 100,000 individuals.") == [
        ("The United States", "intend")
    ]
    assert found("I want to welcome Secretary Blinken to the briefing.") == []


def test_joint_statement_we_resolves_to_its_parties() -> None:
    assert joint_parties("Joint Statement by President Joe Biden and President Lula Following Call") == (
        "President Joe Biden and President Lula"
    )
    assert (
        joint_parties("U.S.-Canada Joint Statement on Gordie Howe International Bridge")
        == "United States and Canada"
    )
    assert joint_parties("Readout of a call") is None
    title = (
        "Joint Statement by President Joseph R. Biden Jr. of the United States and President Iván Duque "
        "Márquez of the Republic of Colombia U.S.-Colombia Bicentennial Partnership"
    )
    assert joint_parties(title) == (
        "President Joseph R. Biden Jr. of the United States and President Iván Duque Márquez of the "
        "Republic of Colombia"
    )
    text = "---\ntitle: U.S.-Mexico Joint Statement\n---\nWe pledge to reduce arms trafficking.\n"
    assert [c.actor for c in analyse(text).commitments] == ["United States and Mexico"]
    # a title that opens with two countries: their "we" when no one else speaks it
    text = (
        "---\ntitle: Mexico and United States Strengthen Joint Plan on Migration\n---\n"
        "Fifth, we commit to finalize the port project by the end of the year.\n\n"
        '"We will work hard," the mayor of Calexico said.\n'
    )
    assert [c.actor for c in analyse(text).commitments] == ["Mexico and United States", "We"]


def test_declined() -> None:
    for text in (
        "Officials would not address operational priorities.",
        "They also declined to say how much funding would be spent.",
        "Officials were not interested in whether a dispute over visas would be discussed.",
        "Price said it is not yet clear what form a new deal will take.",
        "The ministry did not immediately respond to a request for comment.",
        "I’m not going to get ahead of the President.",
        "The chancellor refused to rule out future tax rises.",
        "She declined to give her view of the new party.",
        "The minister would not deny that talks took place.",
        "It was not immediately clear who fired first.",
        "The ministry would neither confirm nor deny the report.",
        "Blinken sidestepped questions about the visas.",
        "Officials remained tight-lipped about the plan.",
        "He refused to be drawn on whether he would run.",
        "The White House has not said when the president will travel.",
        "Neither side has said how the money will be spent.",
        "No details were given on the funding.",
        "It is too early to say whether the plan will work.",
        "The price was not disclosed.",
    ):
        assert find_declined(text), text
    for text in ("The report was released on Monday.", "Results were not released to the public until May."):
        assert find_declined(text) is None, text
    assert find_declined("The ministry responded on Monday.") is None
    assert find_declined("We’ll have more to share on that later this week.")  # a deferral
    # in the present tense only speech is a refusal
    assert find_declined("The White House does not comment on leaks.")
    assert find_declined("It is a siloed system that does not share data.") is None
    # withholding information, not any giving or responding
    assert find_declined("He did not provide details.") and find_declined(
        "Officials would not give a timeline."
    )
    for text in (
        "Deep-pocketed corporations will not give up the legal fight.",
        "It goes without saying that taxes matter.",
        "Voters did not respond to queries from the state.",
        "Nonprofits that don't disclose their donors raised millions.",
        "Police footage did not give absolute evidence.",
        "Although I would not deny people the minimum wage increase, its timing stinks.",
    ):
        assert find_declined(text) is None, text


def test_speakers_of_commitments_and_refusals() -> None:
    text = (
        "Blinken will lead the delegation, the official said.\n\n"
        "“We want to ensure these gains are preserved,” Price said.\n\n"
        "Officials would not address operational priorities.\n"
    )
    a = analyse(text)
    assert [(c.actor, c.speaker) for c in a.commitments] == [("Blinken", "the official"), ("We", "Price")]
    assert [d.speaker for d in a.declined] == ["the officials"]


def test_in_a_transcript_a_first_person_refusal_is_the_speakers() -> None:
    text = (
        "---\ntitle: Press Briefing by Press Secretary Karine Jean-Pierre and National Security Council "
        "Coordinator for Strategic Communications John Kirby\n---\n"
        "MS. JEAN-PIERRE: Good afternoon. I’m afraid I don’t have an update for you.\n\n"
        "MR. KIRBY: I’m not going to get into it at a public podium.\n"
    )
    a = analyse(text)
    assert [d.speaker for d in a.declined] == ["Karine Jean-Pierre", "John Kirby"]


def test_an_abbreviation_does_not_end_the_action() -> None:
    (f,) = find_in_sentence("The full interview will premiere on Sept. 30 on Apple Music.", lambda pos: False)
    assert (f.action, f.when) == ("will premiere on Sept. 30 on Apple Music", "on Sept. 30")


def test_a_poll_a_noun_plan_and_lets_say_commit_nobody() -> None:
    assert found("Only 52 percent of registered voters agreed that Clinton is healthy.") == []
    assert found("There is no one plan to rule them all.") == []
    text = "SAVE A QUARTER Let's say you think a degree will require $160,000 in 18 years."
    (c,) = analyse(text).commitments
    assert (c.actor, c.speaker) == ("a degree", None)  # the subhead is cut off; "Let's say" reports nobody


def test_a_second_verb_shares_the_subject_of_the_first() -> None:
    assert found("The two Presidents highlighted the climate crisis and agreed to explore cooperation.") == [
        ("The two Presidents", "agree")
    ]
    assert found(
        "With full respect for our sovereignties, we each recognize our duty and pledge to act."
    ) == [("we", "pledge")]
    assert found("The Biden-Harris administration has and will continue to invest in clinics.") == [
        ("The Biden-Harris administration", "will")
    ]
    assert found(
        "To advance these interests, we are partnering on spyware and commit to working together."
    ) == [("we", "commit")]
    # inside a quote the quote's own words give the subject, whether or not the quote closes here
    assert found('"We are working closely with the council and will do all we can to help.') == [
        ("We", "will")
    ]
    assert found('He said: "We are working with the council and will help," he added.') == [("We", "will")]
    assert found("'We are aware of the incident and will update when we know more.") == [("We", "will")]
    # a quote that opens after the verb: 'the company is "committed to ...'
    assert found('A spokesman wrote that the company is "committed to performing all work safely".') == [
        ("the company", "commit")
    ]
    # a relative clause, a belief or a bare determiner gives no subject
    assert found("Marcia Fudge, who served as mayor and will be invaluable.") == []
    assert found("I think the money the ARP has put out there and will continue to put out is a boost.") == []


def test_a_forecast_is_no_commitment() -> None:
    for text in (
        "Officials said the plan would cost $40 million.",
        "It will take approximately 30 days for that to take place.",
        "The price of gasoline will come down below $3 a gallon.",
        '"Innocent people would suffer," he said.',
        "Time will tell whether it works.",
        "Those numbers will continue to grow.",
        "Sales will drop by 5 percent.",
        "The visit to Sheffield will be seen as a show of unity.",
        "The knighting of Sir John will be received with astonishment by opposition politicians.",
        "The news will be a blow to the resort.",
    ):
        assert found(text) == [], text
    # the same verbs as acts someone takes on
    assert found("We will continue to grow the economy.") == [("We", "will")]
    assert found("The prosecutors will drop the charges.") == [("The prosecutors", "will")]
    assert found("The council will take over the bridge.") == [("The council", "will")]
    assert found("The plan will be seen by the committee next week.") == [("The plan", "will")]


def test_a_subject_after_and_starts_a_new_clause() -> None:
    assert found("This is leading to a bigger prison population and the executive wants to tackle it.") == [
        ("the executive", "want")
    ]
    assert found("The rate was high last year and ministers will act.") == [("ministers", "will")]
    # not inside a relative clause, nor a subject joined by "and"
    assert found("Some of the people who were affected and get this option will choose to stay.")[0][0] == (
        "Some of the people"
    )
    assert found("The United States and Mexico will hold talks.") == [
        ("The United States and Mexico", "will")
    ]


def test_it_said_by_an_organisation_is_that_organisation() -> None:
    def actors(text: str) -> list[tuple[str, str | None]]:
        return [(c.actor, c.speaker) for c in analyse(text).commitments]

    assert actors("The ministry said it will publish the rules.") == [("the ministry", "the ministry")]
    assert actors("The U.S. Army Corps of Engineers announced that it will invest $14 billion.") == [
        ("U.S. Army Corps of Engineers", "U.S. Army Corps of Engineers")
    ]
    # a person's or a group's "it" is something else
    assert actors("Ms Psaki said it will take effect soon.")[0][0] == "it"
    assert actors("Officials said it will open in May.")[0][0] == "it"


def test_a_readouts_they_is_the_group_that_met() -> None:
    text = (
        "On March 17, President Joe Biden hosted Taoiseach Micheál Martin for a virtual meeting. "
        "The President and the Taoiseach agreed to cooperate in efforts to defeat the pandemic. "
        "They committed to working with the World Health Organization. "
        "Both leaders regard climate action as a critical issue. "
        "They committed to working together on domestic policies. They also agreed to work together in the Arctic. "
        "Officials said they will meet again."
    )
    assert [c.actor for c in analyse(text).commitments] == [
        "The President and the Taoiseach",
        "The President and the Taoiseach",
        "Both leaders",
        "Both leaders",
        "the officials",  # a speaker's own "they" stays theirs
    ]
    # too far from any group, "they" stays "they"
    far = "The President and the Taoiseach met. " + "The talks were long. " * 5 + "They agreed to meet again."
    assert [c.actor for c in analyse(far).commitments] == ["They"]
    # a readout that opens "X met with Y": the two of them
    text = (
        "National Security Advisor Jake Sullivan met today with Micheál Martin, Minister for Foreign Affairs. "
        "They discussed support for Ukraine. They reaffirmed their commitment to the Good Friday Agreement."
    )
    assert [c.actor for c in analyse(text).commitments] == ["Jake Sullivan and Micheál Martin"]


def test_a_reporting_verb_ends_the_subject() -> None:
    assert found("They confirmed cabinet officials from both countries will meet annually.") == [
        ("cabinet officials from both countries", "will")
    ]
    assert found("The leaders noted the two countries will expand trade.") == [("the two countries", "will")]
    # a participle that describes the subject is part of it; a noun is no verb
    assert found("The newly announced task force will meet on Monday.") == [
        ("The newly announced task force", "will")
    ]
    assert found("The meeting notes will be published on Friday.") == [("The meeting notes", "will")]


def test_a_participle_with_a_time_is_part_of_the_subject() -> None:
    assert found("The awards being announced today will support 9 projects in 7 states.") == [
        ("The awards being announced today", "will")
    ]


def test_an_aside_between_commas_is_not_the_subject() -> None:
    assert found("The U.S., for its part, will provide $5 million.") == [("The U.S.", "will")]
    assert found("The pilot, included in the government's plan, aims to return 40 children.") == [
        ("The pilot", "aim")
    ]
    assert found(
        "Foreign Secretary Jack Straw, who along with the Cabinet backs the deal, will vote yes."
    ) == [("Foreign Secretary Jack Straw", "will")]
    assert found("The company, a subsidiary of Acme, will hire 200 workers.") == [("The company", "will")]
    # a subject in lower case is no aside; an appositive name still is the subject
    assert found("Since then, right-wing parties, picking up on the claims, will exploit this.") == [
        ("right-wing parties", "will")
    ]
    assert found('"My adviser, John Holdren, periodically will issue a chart," he said.') == [
        ("John Holdren", "will")
    ]


def test_an_act_a_relative_clause_or_a_noun_plan_commits_nobody() -> None:
    for text in (
        # a gerund subject names an act, not an actor
        "Campaigners said reopening the line would restore the area's prosperity.",
        'Mr Leigh said being "better prepared" would also help avoid the need for pyres.',
        "Campaigners have said that reopening the line, which could cost up to £100m, would be a boost.",
        # a relative clause's subject is outside it
        "The bill, which ministers claim will tackle crime, is expected to be opposed.",
        # "plans" after the clause's verb is a noun
        "The Lord Chancellor has defended government plans to introduce control orders.",
        "The Conservative Party has put forward plans to revert to the old system.",
        # a gerund after a preposition has no subject of its own
        "It is time for the Executive to act by pledging to fund the line.",
    ):
        assert found(text) == [], text
    # "whilst" opens a clause like "while"; the verb "plans" after a pronoun or a subject still counts
    assert found("Whilst the Labour Party will take a constructive approach, others will not.") == [
        ("the Labour Party", "will")
    ]
    assert found("There are already suggestions he is set to announce a tax cut.") == [("he", "plan")]
    assert found("The six were arrested Sunday and are scheduled to appear in court on Monday.") == [
        ("The six", "plan")
    ]
    assert found("Beijing will respond to the tariffs.") == [("Beijing", "will")]


def test_the_one_told_and_the_forecaster_are_not_the_subject() -> None:
    assert found("Mr Howard told the Sunday Times the party would also cut the number of advisers.") == [
        ("the party", "will")
    ]
    assert found("Mr Kennedy has told voters his Liberal Democrats will offer an honest choice.") == [
        ("his Liberal Democrats", "will")
    ]
    assert found("He told reporters he would resign.") == [("he", "will")]
    assert found("The leader predicted concerns over Iraq and other international issues would surface.") == [
        ("concerns over Iraq and other international issues", "will")
    ]
    assert found("Mr Davis claimed judges would get the powers to issue orders.") == [("judges", "will")]


def test_an_opinion_on_a_dummy_it_is_no_commitment() -> None:
    for text in (
        '"It will be a tragedy if the government comes through with a half-hearted response," he said.',
        'He added it would be "premature" to say anything further on the issue.',
        'She told the paper it would worry her "a great deal" if ministers were opposed.',
        "A study showed there would be a £35bn difference in investment.",
    ):
        assert found(text) == [], text
    # what an organisation's "it" will do, can do, or will have done to it still counts
    for text in (
        "The ministry said it would be able to provide 500 beds.",
        "The company said it will be hiring 200 people to staff the plant.",
        "He said it would be brought to the Speaker's attention.",
        '"It will be first-order business," Mr. Podesta said.',
    ):
        assert [a for a, _ in found(text)] in (["it"], ["It"]), text


def test_a_guess_and_a_relative_clause_after_a_preposition_commit_nobody() -> None:
    for text in (
        "Perhaps the debate moderators will demand more details.",
        "Maybe he is going to go abroad and see how it goes there.",
        "But it's unlikely criminal charges will be filed because there is no identifiable victim.",
        "They met on a designated day during which civil rights leaders will seek to engage voters.",
        "He is a candidate who has repeatedly pledged to ban all imports.",
    ):
        assert found(text) == [], text
    assert found("Perhaps most importantly, the United States will provide $5 million.") == [
        ("the United States", "will")
    ]


def test_an_action_runs_to_a_trailing_attribution_not_to_a_later_said() -> None:
    def actions(text: str) -> list[str]:
        return [f.action for f in find_in_sentence(text, lambda p: False)]

    assert actions(
        "Merrill says Machado promised to continue supporting Clinton and said she would stay."
    ) == [
        "promised to continue supporting Clinton",
        "would stay",
    ]
    assert actions("He will travel to Paris and Blinken said the talks would go on.") == [
        "will travel to Paris",
        "would go on",
    ]
    assert actions('"We will cut taxes", said the minister.') == ["will cut taxes"]
    assert actions("We will cut taxes next year, officials said on Monday.") == ["will cut taxes next year"]


def test_a_denied_statement_is_no_commitment() -> None:
    for text in (
        "Greece has denied it will miss a repayment of £330million.",
        "The ministry denied that the army would withdraw.",
        "The minister rejected claims the party would raise taxes.",
    ):
        assert found(text) == [], text
    assert found("He denied the charges and said he would appeal.") == [("he", "will")]


def test_a_participle_of_saying_or_hoping_ends_the_subject() -> None:
    # (and a hope that something else will happen is no commitment of anyone's)
    assert found("The government is hoping approval of its reforms will unlock aid.") == []
    assert found("The minister is insisting the new rules will be published in May.") == [
        ("the new rules", "will")
    ]
    assert found("Police issued a statement saying materials kept during the inquiry would be examined.") == [
        ("materials kept during the inquiry", "will")
    ]
    assert found("Mothers expecting a baby will get extra leave.") == [("Mothers expecting a baby", "will")]


def test_handing_over_to_a_colleague_is_procedure() -> None:
    for text in (
        "I’ll let my colleague talk to specifically the labor issues.",
        "I’ll ask my colleague to speak to that.",
        "I want to circle back to something.",
    ):
        assert found(text) == [], text
    assert found("We will let the market decide prices.") == [("We", "will")]
    assert found("I'll ask Congress to pass the bill.") == [("I", "will")]


def test_undertakings_offers_guarantees_and_readiness() -> None:
    assert found("The company has committed $5 million to the fund.") == [("The company", "commit")]
    assert found("The government undertook to review the law by March.") == [("The government", "commit")]
    assert found("Mexico offered to host the next round of talks.") == [("Mexico", "offer")]
    assert found("The minister guaranteed that no hospital would close.") == [("The minister", "promise")]
    assert found("The ministry is prepared to send more troops.") == [("The ministry", "ready")]
    assert found("The President is willing to work with Congress.") == [("The President", "ready")]
    for text in (
        "There was controversy over another poster choice offered to Labour members.",
        "The UK would make similar offers to 70 poorer nations.",
        "The offer to buy the company lapsed.",
        "Mr Brown was ready to slap tax on home sales.",  # readiness in the past
        "He committed 5 fouls.",
    ):
        assert found(text) == [], text


def test_an_appositive_after_an_opening_phrase_is_the_subject() -> None:
    text = "On October 8, a U.S. delegation, led by Secretary of State Blinken, will travel to Mexico City."
    assert found(text) == [("a U.S. delegation", "will")]
    assert found("In May, the agency, a branch of the ministry, will publish the rules.") == [
        ("the agency", "will")
    ]


def test_a_verb_that_hands_on_its_subject_and_a_spoken_pledge() -> None:
    # "went on to", "used his speech to": the subject's own act; a pledge is spoken by whoever makes it
    a = analyse(
        "Scotland's role\n\n"
        "Jack McConnell spoke to MSPs on Wednesday. Mr McConnell went on to promise that Scotland would "
        "play its part in the reconstruction effort. He went on to pledge £20m to the fund. "
        "The United States and Mexico pledge to work together on prisons.\n"
    )
    assert [(c.actor, c.speaker) for c in a.commitments] == [
        ("Mr McConnell", "Jack McConnell"),
        ("Jack McConnell", "Jack McConnell"),
        ("The United States and Mexico", None),
    ]
    assert found("She used her speech to pledge more money for schools.") == [("She", "pledge")]
    assert found("The minister urged donors to pledge more.") == []


def test_a_speaker_placed_in_a_named_place_is_the_one_placed() -> None:
    a = analyse(
        "Heist\n\nThe U.S. Attorney's Office in Connecticut declined to comment on the claim.\n\n"
        "It is a crisis that the Republicans in Congress are refusing to address.\n"
    )
    assert [d.speaker for d in a.declined] == ["U.S. Attorney's Office", "Republicans"]


def test_an_action_is_shown_without_a_stray_closing_mark_or_a_contraction() -> None:
    text = (
        "'We want to apologize to the student and to his parents,' Superintendent Ledbetter said.\n\n"
        "David Cameron would campaign on 'more jobs, more homes', he said.\n\n"
        '"We\'ll amend that until 4:15 this afternoon," the official said.\n'
    )
    actions = [c.action for c in analyse(text).commitments]
    assert actions == [
        "want to apologize to the student and to his parents",
        "would campaign on more jobs, more homes",
        "will amend that until 4:15 this afternoon",
    ]


def test_a_concession_still_commits_and_clear_to_someone_is_an_act() -> None:
    text = (
        "He said the current level of taxation was about right, although he would put a new 50% tax on "
        "top earners.\n\nThe administration will make clear to Moscow that the sanctions stay.\n"
    )
    assert [c.action for c in analyse(text).commitments] == [
        "would put a new 50% tax on top earners",
        "will make clear to Moscow that the sanctions stay",
    ]


def test_a_pledge_not_to_act_is_a_commitment() -> None:
    # "will not raise taxes" is a pledge (it was listed among the non-commitments until the briefings of
    # tests/data/briefings asked for "the government would not impose a settlement")
    assert found("The country will not raise taxes.") == [("The country", "will")]

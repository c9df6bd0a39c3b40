import pytest

from summarizer.analyze import analyse
from summarizer.document import build
from summarizer.quotes import find_quotes
from summarizer.speakers import SpeakerIndex
from summarizer.text import parse_text


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    speakers = SpeakerIndex()
    doc = build(parse_text(text))
    spans = find_quotes(doc, speakers)
    return [(doc.paras[s.para].text[s.start : s.end].strip(" ,"), speakers.name(s.speaker)) for s in spans]


def test_trailing_leading_inverted_and_continued_quotes() -> None:
    text = (
        "“We will act,” State Department spokesman Ned Price told reporters. “It is urgent.”\n\n"
        "A second senior administration official said the approach will be “balanced and sustainable” now.\n\n"
        "“The deal is close”, declared the third responsible for administration.\n\n"
        "“It requires a collaborative effort,” the third official said. “It requires work. I am happy. “\n\n"
        "“Nothing changes,” Price said.\n"
    )
    assert quotes_of(text) == [
        ("We will act", "Ned Price"),
        ("It is urgent.", "Ned Price"),
        ("balanced and sustainable", "the second senior administration official"),
        ("The deal is close", "the third responsible for administration"),
        ("It requires a collaborative effort", "the third responsible for administration"),
        ("It requires work. I am happy.", "the third responsible for administration"),
        ("Nothing changes", "Ned Price"),
    ]


def test_multi_paragraph_quote_continues_without_new_attribution() -> None:
    text = (
        "Blinken said the talks were “broad and deep. We will cover a lot of ground.\n\n"
        "“And we will come back next year,” he added.\n"
    )
    got = quotes_of(text)
    assert [s for _, s in got] == ["Blinken", "Blinken"]


def test_speaker_index_clusters() -> None:
    s = SpeakerIndex(["Jen Psaki"])
    price = s.add("State Department spokesman Ned Price")
    assert s.add("Price") == price
    assert s.name(price) == "Ned Price"
    second = s.add("a second senior administration official")
    third = s.add("the third official")
    assert second != third
    assert s.add("a third senior administration official") == third
    assert s.add("This third official") == third
    assert s.name(third) == "the third senior administration official"
    official = s.add("the official")
    assert official not in (second, third)
    assert s.name(s.add("MS. PSAKI", label=True)) == "Jen Psaki"
    assert s.name(s.add("The White House")) == "White House"
    assert s.add("he") == s.add("Psaki")
    # "of" a place is where a person is from; "of" after a title or an organisation's head is its name
    assert s.name(s.add("Rep. Elijah Cummings of Maryland")) == "Elijah Cummings"
    assert s.name(s.add("the Bank of England")) == "Bank of England"
    assert s.name(s.add("Secretary of State Antony Blinken")) == "Antony Blinken"
    assert s.name(s.add("Chief of Staff Ron Klain")) == "Ron Klain"
    assert s.name(s.add("Prime Minister of India Narendra Modi")) == "Narendra Modi"
    assert SpeakerIndex.analyse("Secretary of State")[0] == "described"  # type: ignore[index]


SPEAKERS = {
    "Kerr Putney, the police chief, said that the video did not give definitive evidence.": "Kerr Putney",
    '"We need change," the New York businessman said, arguing for a new approach.': "New York",
    "Sen. David Perdue (R-Ga.) said he did not believe those characterizations.": "David Perdue",
    "Schiff, 56, who has served on the committee for a decade, told reporters it is clear.": "Schiff",
    "In a Facebook message posted Friday, Cruz said he had areas of disagreement.": "Cruz",
    "Trump would expand the deduction, but the losses would outstrip the gains, said Batchelder.": "Batchelder",
    "Clinton beats Trump by four points, according to the conservative-leaning Tax Foundation.": "Tax Foundation",
}
SOURCES = {  # whose view or act, when nobody is reported speaking
    "Republicans want policies that create less revenue in the immediate term.": "Republicans",
    "Earlier this month, Wells Fargo announced it would drop the incentives.": "Wells Fargo",
    "The registration issue was first reported by The Washington Post.": "Washington Post",
    "BRUSSELS - European Union leaders gathered Friday to discuss the crisis.": "European Union",
}


@pytest.mark.parametrize(
    ("field", "text", "who"),
    [("sentence_speakers", t, w) for t, w in SPEAKERS.items()]
    + [("sentence_sources", t, w) for t, w in SOURCES.items()],
)
def test_sentence_speakers_and_sources(field: str, text: str, who: str) -> None:
    from summarizer.analyze import analyse

    found = getattr(analyse("The campaign went on this week. " + text), field)[1]
    assert who in (found or ""), found


def test_a_plural_noun_is_not_a_reporting_verb() -> None:
    from summarizer.analyze import analyse

    plain = analyse("The campaign went on. PolitiFact rated 32% of Republican claims as false.")
    assert plain.sentence_speakers[1] is None and plain.sentence_sources[1] == "PolitiFact"


def test_quotes_signed_with_a_dash() -> None:
    from summarizer.analyze import analyse

    text = (
        "Readers wrote to us. “His words make me afraid for the future.” ― Krystal Correa "
        "“He cannot even be respectful to people.” ― Carlos Raúl"
    )
    analysis = analyse(text)
    assert [(q.text[:9], q.speaker) for q in analysis.quotes] == [
        ("His words", "Krystal Correa"),
        ("He cannot", "Carlos Raúl"),
    ]
    assert analysis.sentence_sources[1:] == ("Krystal Correa", "Carlos Raúl")


def test_a_closing_attribution_covers_the_sentence_before_it() -> None:
    from summarizer.analyze import analyse

    text = "The trees soak up carbon dioxide. That makes them valuable to the city, Mr. Van Voorhis said."
    assert analyse(text).sentence_sources == ("Van Voorhis", "Van Voorhis")


def test_a_title_in_quote_marks_is_not_a_quote_unless_someone_says_it() -> None:
    text = (
        "The White House hosted “Communities in Action: Building a Better North Carolina” and the "
        "“Space Week” series. Officials called the plan “balanced and sustainable”.\n\n"
        "“Build Back Better,” Biden said."
    )
    # whoever calls the plan something is its speaker ("Officials called the plan ...")
    assert quotes_of(text) == [("balanced and sustainable", "the officials"), ("Build Back Better", "Biden")]


def test_a_headline_over_a_story_reports_too() -> None:
    from summarizer.analyze import analyse

    a = analyse("Pence: Gennifer Flowers Won’t Be at Debate.\n\nThe governor spoke on Sunday in Ohio.\n")
    assert a.sentences[0].kind == "heading"
    assert a.sentence_sources[0] is not None and "Pence" in a.sentence_sources[0]


def test_two_people_who_share_a_surname_stay_apart() -> None:
    s = SpeakerIndex(["Bill Clinton", "Hillary Clinton"])
    bill, bare_bill = s.add("Bill Clinton"), s.add("Clinton")
    hillary, bare_hillary = s.add("Hillary Clinton"), s.add("Clinton")
    assert (
        bill == bare_bill and hillary == bare_hillary and bill != hillary
    )  # a bare surname: the one named last
    assert [s.name(k) for k in (bill, hillary)] == ["Bill Clinton", "Hillary Clinton"]


def test_a_sentence_with_no_reporting_clause_is_its_first_named_actors() -> None:
    from summarizer.analyze import analyse

    a = analyse(
        "The campaign went on, regardless of the weather. "
        "Regardless, the email controversy followed Senator Elijah Cummings for months."
    )
    assert (
        a.sentence_sources[1] == "Elijah Cummings"
    )  # not "Regardless", a word the text writes in lower case


def test_a_quote_left_open_before_the_next_sentence_of_the_quote() -> None:
    # The closing mark of the first sentence is missing ('... commitments. "The reality'): the mark
    # that opens "The reality" also ends the first quote, and the mark after "a year." closes it.
    text = (
        'Tory chairman Liam Dobbs said "He should explain how they would fund 100 commitments. '
        '"The reality is, families would be worse off. " And Chancellor Gordon Brown said the figures '
        "did not add up.\n"
    )
    got = quotes_of(text)
    assert got == [
        ("He should explain how they would fund 100 commitments.", "Liam Dobbs"),
        ("The reality is, families would be worse off.", "Liam Dobbs"),
    ]


def test_a_knight_goes_by_the_given_name() -> None:
    text = (
        "Sir John Stevens, the Metropolitan Police Commissioner, said the force would not be intimidated. "
        '"We will find those responsible," Sir John said. Dame Judi Dench said she would attend. '
        '"It matters," Dame Judi said.'
    )
    a = analyse(text)
    assert [q.speaker for q in a.quotes] == ["Sir John Stevens", "Dame Judi Dench"]
    assert a.speakers == ("Sir John Stevens", "Dame Judi Dench")


def test_a_korean_name_is_written_family_name_first() -> None:
    text = (
        "UN Secretary-General Ban Ki-moon said the talks would resume. "
        '"We will not give up," Ban said. Press secretary Karine Jean-Pierre said the US would help. '
        '"We are ready," Jean-Pierre said.'
    )
    speakers = [q.speaker or "" for q in analyse(text).quotes]
    assert speakers[0].endswith("Ban Ki-moon") and speakers[1] == "Karine Jean-Pierre"


def test_the_person_a_question_asks_about_is_not_the_one_who_answers() -> None:
    text = (
        "Prime Minister Tony Blair said it was time to draw a line under the affair.\n\n"
        'Asked if Mr Blunkett could return to politics, he replied: "I have made my admiration very clear."\n'
    )
    assert [(q.text, q.speaker) for q in analyse(text).quotes] == [
        ("I have made my admiration very clear.", "Tony Blair")
    ]
    # without the question, the nearest man named is still the referent
    text = text.replace("Asked if Mr Blunkett could return to politics, he", "Mr Blunkett was there and he")
    assert [(q.text, q.speaker) for q in analyse(text).quotes] == [
        ("I have made my admiration very clear.", "Blunkett")
    ]


def test_an_organisation_named_with_and_keeps_its_whole_name() -> None:
    a = analyse(
        "The report was published on Monday.\n\n"
        "The Department for Education and Skills would not comment on the concerns.\n\n"
        'A Department for Work and Pensions spokeswoman said: "We welcome the report."\n'
    )
    assert [d.speaker for d in a.declined] == ["Department for Education and Skills"]
    assert [q.speaker for q in a.quotes] == ["the Department for Work and Pensions spokeswoman"]
    # two names joined by "and" stay two: the one nearer the verb speaks
    assert (
        analyse("Mr Smith and Mr Jones met. Smith and Jones said it was over.").sentence_speakers[1]
        == "Jones"
    )


def test_someone_who_speaks_for_another_is_not_the_one_spoken_for() -> None:
    a = analyse(
        "The scheme was reported on Monday.\n\n"
        "A spokesman for the Albanian embassy in London said it was new, but did not rule out a deal.\n\n"
        "An attorney for Mills did not immediately respond to requests for comment.\n\n"
        '"We will look at it," a spokesman for the Home Office said.\n\n'
        "Officials in Washington said they would respond.\n\n"
        "Aides to Trump said they would fight.\n"
    )
    assert [d.speaker for d in a.declined] == [
        "the spokesman for the Albanian embassy in London",
        "the attorney for Mills",
    ]
    assert [q.speaker for q in a.quotes] == ["the spokesman for the Home Office"]
    assert [(c.actor, c.speaker) for c in a.commitments][1:] == [
        ("the officials in Washington", "the officials in Washington"),
        ("the aides to Trump", "the aides to Trump"),
    ]


def test_a_capitalised_word_before_a_full_name_is_not_part_of_it() -> None:
    names = {m: SpeakerIndex.analyse(m) for m in ("Scientologist John Travolta", "Rival Hillary Clinton")}
    assert [n[2] for n in names.values() if n] == ["John Travolta", "Hillary Clinton"]
    assert SpeakerIndex.analyse("Elton John") == ("person", "person:john", "Elton John")


def test_a_name_after_a_description_in_lower_case_speaks() -> None:
    text = (
        "Delegates gathered in Brighton on Friday.\n\n"
        '"It has been a fantastic few weeks," said 20-year-old politics student Nick Vaughan.\n\n'
        '"We believe this bill is detailed enough," said co-ordinator Peter Facey.\n\n'
        '"Go home," said local resident Mary Jones, 56.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Nick Vaughan", "Peter Facey", "Mary Jones"]


def test_a_quote_with_no_attribution_continues_the_sentence_before_it() -> None:
    text = (
        "Professor Al Aynsley-Green was named children's commissioner on Monday. "
        "He promised to make sure that children's opinions count.\n\n"
        '"I will be drawing on my experience of working with children."\n\n'
        "Mr Nick Raynsford dismissed a suggestion the move was designed to keep taxes down.\n\n"
        '"This is a response to the concerns of local government."\n\n'
        "Ms Robinson, who presents The Weakest Link, tells Cockerell that she despaired. "
        '"I used to have to sit on my hands."\n\n'
        'The report was published on Tuesday. "It is a disgrace."\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Al Aynsley-Green",
        "Nick Raynsford",
        "Robinson",
        None,  # a subject that is no one who speaks
    ]


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyse(text).quotes]


def test_a_description_of_the_person_just_named_is_that_person() -> None:
    text = (
        "Hillary Clinton spoke out on Tuesday about the death of Terence Crutcher in Tulsa, Oklahoma, "
        "arguing that the shootings should be recognised as “simply intolerable.”\n"
        "On a morning show, the former secretary of state and current Democratic presidential nominee said she "
        "wanted to speak “directly to white people.”\n"
        "“How many times do we have to see this in our country?” Clinton said. “It is unbearable.”\n"
        "Bernie Sanders spoke in Burlington. The Vermont senator said the party was “united, mostly.”\n"
        "A senior official said the talks would go on “for weeks.”\n"
    )
    assert _speakers(text) == [
        ("simply intolerable.", "Hillary Clinton"),  # the participle's subject, not "Tulsa"
        ("directly to white people.", "Hillary Clinton"),
        ("How many times do we have to see this in our country?", "Hillary Clinton"),
        ("It is unbearable.", "Hillary Clinton"),
        ("united, mostly.", "Bernie Sanders"),
        ("for weeks.", "the senior official"),  # an indefinite official is somebody new
    ]
    sentences = [s.text for s in analyse(text).sentences]
    assert "“How many times do we have to see this in our country?” Clinton said." in sentences


def test_the_name_in_apposition_to_a_relation_speaks_and_post_nominals_are_dropped() -> None:
    text = (
        "Amanda's uncle, Lewis Champion, told the BBC that Ford deserved no credit, saying: "
        '"Nothing at all is worth taking five years off a murder sentence."\n\n'
        'Mr Blair on Sunday dismissed claims of broken promises, saying: "I\'ve dealt with this."\n\n'
        'The Tory finance spokesman, Brian Monteith MSP, said: "It is a form of disguise."\n\n'
        'The Ealing North MP said: "It was a horrible thing."\n'
    )
    assert _speakers(text) == [
        ("Nothing at all is worth taking five years off a murder sentence.", "Lewis Champion"),
        ("I've dealt with this.", "Blair"),
        ("It is a form of disguise.", "Brian Monteith"),
        ("It was a horrible thing.", "the Ealing North MP"),
    ]


def test_a_pronoun_after_a_quote_is_read_where_it_stands() -> None:
    text = (
        "Mr Kennedy said the debate would go ahead as scheduled, he insisted. He told BBC Radio that Mr Clarke "
        'had doubts. "Wouldn\'t this be a good opportunity for a new home secretary?" he asked.\n\n'
        "Tony Blair said he would meet the concerns. Doctors could withdraw feeding from coma victim Tony Bland. "
        '"It is important we don\'t end up in that situation," he said.\n\n'
        'Britain has been cautious, but on Wednesday Mr Straw said he wanted it to end. "I have long understood '
        "China's argument,\" he told the committee.\n\n"
        'Earlier, Dr Liam Fox accused ministers of lying. He told BBC Radio: "You will lie about anything."\n\n'
        '"It will be a tragedy," said the chairman of the education committee, Labour MP Barry Sheerman. His '
        'concern was the diploma. "We must tackle the mess," he wrote.\n\n'
        "Universities Scotland claimed the rise was small. Director, David Caldwell, said fees were a factor. "
        'He told BBC Radio Scotland: "Our courses are attractive."\n\n'
        "Earlier Gordon Brown defended the plans.\n\n"
        '"My view is very clear," he said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [
        "Kennedy",  # not the "he insisted" before the quote
        "Tony Blair",  # a subject two sentences back, not a name in passing in the last one
        "Straw",  # not "Wednesday Mr Straw"
        "Liam Fox",  # "Earlier," opens the sentence
        "Barry Sheerman",
        "Barry Sheerman",
        "David Caldwell",
        "Gordon Brown",
    ]


def test_quote_marks_pair_by_where_they_stand() -> None:
    from summarizer.quote_marks import blank_quotes

    # the second quote was left unclosed: the next mark, before a word, opens a quote, so the
    # reporter's sentence between the two quotes stays readable
    text = '"We hear: \'a wasted vote\'. "You don\'t hear that," he said. But he said Mr Blair had lost. "No," he said.'
    assert "But he said Mr Blair had lost." in blank_quotes(text)
    assert "wasted" not in blank_quotes(text) and "You don't" not in blank_quotes(text)
    assert blank_quotes('He said "we will go" and left.') == 'He said "          " and left.'


def test_a_subject_the_parser_cannot_read_is_the_name_before_the_verb_or_the_passive_agent() -> None:
    text = (
        "Tony Blair apologised to the families. However, one of the Guildford Four, Paul Hill - who was "
        'wrongly convicted - said the families were delighted. He said Mr Blair had spoken with "such '
        'sincerity".\n\n'
        "Age Concern published a report on pensions. The report was welcomed by shadow pensions secretary "
        'David Willetts. "The pensioners\' voice must be heard," he said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Paul Hill", "David Willetts"]


def test_a_described_speaker_opening_with_a_possessive_name_takes_no_article() -> None:
    text = (
        "“We will hit them where it hurts,” Scotland's justice minister said. “It works,” the official said."
    )
    assert quotes_of(text) == [
        ("We will hit them where it hurts", "Scotland's justice minister"),
        ("It works", "the official"),
    ]


def test_a_speaker_who_uses_a_speech_to_say_or_signals_speaks() -> None:
    a = analyse(
        "Taxes\n\n"
        'Mr Kennedy used a speech to say his party was facing up to "painful economic realities". '
        'Ms Lee signalled that the party was "ready to govern".\n'
    )
    assert [(q.text, q.speaker) for q in a.quotes] == [
        ("painful economic realities", "Kennedy"),
        ("ready to govern", "Lee"),
    ]


def test_a_counted_speaker_is_a_described_one_shown_without_the() -> None:
    a = analyse(
        "Squabbling\n\n"
        'As one hugely-disgruntled backbencher said before the meeting: "It is time they realised." '
        'The campaign, both newspapers said, would be centred on the slogan "Britain is Working".\n\n'
        'The two sides said it was "a fair deal".\n\nIn the three weeks since, prices were "out of control".\n'
    )
    assert [q.speaker for q in a.quotes] == [
        "one hugely-disgruntled backbencher",
        "both newspapers",
        "the two sides",
        None,
    ]


def test_an_opening_adverb_is_no_name_before_an_appositive() -> None:
    a = analyse(
        "Embryos\n\n"
        "Nick Loeb said he filed a complaint in August. "
        "Typically, a prior legal agreement spells out who has authority, said fertility specialist "
        "Dr. David Tourgeman, who's not involved in this case. "
        '"Usually there is a power of attorney," he said.\n\n'
        'Kelly, a spokesman for the firm, said it was "perfectly fine for now".\n'
    )
    assert [q.speaker for q in a.quotes] == ["David Tourgeman", "Kelly"]


def test_the_role_a_name_was_given_in_apposition_is_that_person() -> None:
    a = analyse(
        "Pesticide\n\n"
        "The family is hopeful, according to a statement from the family's attorney, James Maron. "
        "Elias Rodriguez, an EPA spokesman, said tests were under way. The lawyer did not say who called "
        'the paramedics. The attorney added: "The family is confident that the parties will be held '
        'accountable." A spokesman said: "We are looking into this matter internally."\n'
    )
    assert [d.speaker for d in a.declined] == ["James Maron"]
    assert [q.speaker for q in a.quotes] == ["James Maron", "the spokesman"]
    # "The family is confident that the parties will be held accountable": an expectation, no commitment
    assert [(c.actor, c.speaker) for c in a.commitments] == []


def test_quotes_in_single_marks_are_read_and_shown_as_written() -> None:
    text = (
        "Heist\n\n"
        "His attorney, Ryan McGuigan, spoke on Friday. 'The FBI has been questioning him for years,' McGuigan "
        "said. He added: 'But he's being set up, like others in the Gardner case. 'The gun charge is just an "
        "excuse.' Back in the '90s the players' union met.\n\n"
        "'The pictures in which me and my friends 'nailed it' were a hit,' Van De Ven said. The ruling hands "
        "firms a 'blank cheque', he said, adding: 'I will continue the fight.'\n"
    )
    a = analyse(text)
    assert [(q.text, q.speaker) for q in a.quotes] == [
        ("The FBI has been questioning him for years", "Ryan McGuigan"),
        ("But he's being set up, like others in the Gardner case.", "Ryan McGuigan"),
        ("The gun charge is just an excuse.", "Ryan McGuigan"),
        ("The pictures in which me and my friends 'nailed it' were a hit", "Van De Ven"),
        ("blank cheque", "Van De Ven"),
        ("I will continue the fight.", "Van De Ven"),
    ]
    # the analysis reads double marks; what it reports is the text as written
    assert "'The FBI has been questioning him for years,' McGuigan said." in [s.text for s in a.sentences]
    assert [(c.text, c.speaker) for c in a.commitments] == [
        (
            "The ruling hands firms a 'blank cheque', he said, adding: 'I will continue the fight.'",
            "Van De Ven",
        )
    ]


def test_ages_years_possessive_bodies_and_passive_reporting() -> None:
    text = (
        "His mother Claire, 34, said: 'When he had the cream on he was called names.'\n\n"
        "'It was a great learning experience,' said the 2014 Amateur champion, who played with Sandy Lyle.\n\n"
        "In a later call Mr Bradshaw was told that according to Defra's lawyers chasing away animals "
        'was "not in fact hunting as described in the Act".\n\n'
        'Another current member of the Cabinet says she was told: "Who have you been sleeping with?"\n'
    )
    assert [(q.text, q.speaker) for q in analyse(text).quotes] == [
        ("When he had the cream on he was called names.", "Claire"),
        ("It was a great learning experience", "the amateur champion"),
        ("not in fact hunting as described in the Act", "Defra's lawyers"),
        ("Who have you been sleeping with?", "the current member of the Cabinet"),
    ]


def test_it_was_announced_names_no_speaker() -> None:
    text = (
        "Culture Minister Alun Pugh said the review was crass.\n\n"
        "It was announced last July that three quangos would be brought under government control.\n"
    )
    found = [c for c in analyse(text).commitments if "quangos" in c.text]
    assert [(c.actor, c.speaker) for c in found] == [("three quangos", None)]

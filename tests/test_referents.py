"""Who "he" and "she" are: the document read in order, subjects first, gender from the text."""

from summarizer.analyze import analyse
from summarizer.document import build
from summarizer.referents import Referents, described_person, offset_of
from summarizer.speakers import SpeakerIndex
from summarizer.text import parse_text


def _quote_speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in analyse(text).quotes}


def test_a_pronoun_never_resolves_to_someone_named_only_later() -> None:
    text = (
        "Party leader Charles Okafor has said that voters no longer trust promises on tax.\n\n"
        "A day before the budget, Mr Okafor used a speech to set out his plans. He said the current "
        "level of tax was about right, although he would put a new 50% rate on top earners. "
        "Those savings would pay for more nurses, he said.\n\n"
        'Opposition chairman Liam Dobbs said: "The sums do not add up."\n'
    )
    by_action = {c.action.split()[1]: (c.actor, c.speaker) for c in analyse(text).commitments}
    assert by_action["put"] == ("Charles Okafor", "Charles Okafor")
    assert by_action["pay"][1] == "Charles Okafor"
    assert _quote_speakers(text)["The sums do not add up."] == "Liam Dobbs"


def test_she_is_not_the_last_man_named() -> None:
    text = (
        "Senator Maria Quell met Governor Tom Hadley in Denver on Monday.\n\n"
        '"We agreed on the water plan," she said after the meeting.\n\n'
        '"It is a good start," he said.\n'
    )
    got = _quote_speakers(text)
    assert got["We agreed on the water plan"] == "Maria Quell"
    assert got["It is a good start"] == "Tom Hadley"


def test_gender_from_titles_and_the_text() -> None:
    text = (
        "Mrs Varga and Mr Lind spoke at the launch.\n\n"
        '"Funding is secured," she said.\n\n'
        'Lind said his office would publish the figures. "They are final," he added.\n'
    )
    got = _quote_speakers(text)
    assert got["Funding is secured"] == "Varga"
    assert got["They are final"] == "Lind"


def test_a_pronoun_subject_carries_its_person_on() -> None:
    text = (
        "Campaign spokesman Jason Miller told the Post that the leave policy would cover single parents. "
        "However, he could not explain why the website says otherwise, or why Ivanka Trump mentioned "
        "marriage in an interview.\n\n"
        '"We don\'t have the exact legislation written down," he said.\n'
    )
    assert _quote_speakers(text)["We don't have the exact legislation written down"] == "Jason Miller"


def test_the_subject_is_preferred_to_others_the_sentence_names() -> None:
    doc = build(
        parse_text("Premier Ann Sorley praised Paul Garnet on Tuesday.\n\nShe said the deal was fair.\n")
    )
    refs = Referents(doc)
    second = doc.sentences[1]
    assert refs.resolve("she", (second.index, 0)) == "Ann Sorley"
    assert refs.resolve("he", (second.index, 0)) == "Paul Garnet"
    assert refs.resolve("he", (0, 0)) is None  # nobody is named before the first word


def test_in_a_transcript_he_can_be_the_president() -> None:
    text = (
        "MS. PSAKI: Good afternoon. The President spoke to the governors this morning.\n\n"
        'Q: Thanks. He said, "We will get this done." When?\n\n'
        "MS. PSAKI: Soon.\n"
    )
    speakers = {q.text: q.speaker for q in analyse(text).quotes}
    assert speakers["We will get this done."] == "the President"  # capitalised as the document writes it


def test_a_described_speaker_keeps_the_capitals_the_document_gives_it() -> None:
    said = {
        c.action: c.speaker
        for c in analyse(
            "The Tory leader said his party would cut taxes. The spokesman said the council will act."
        ).commitments
    }
    assert said["would cut taxes"] == "the Tory leader"
    assert said["will act"] == "the spokesman"


def test_speaker_index_uses_the_position_when_given() -> None:
    doc = build(parse_text("Robert Price said little.\n\nHe was brief.\n\nJen Psaki said more.\n"))
    index = SpeakerIndex(referents=Referents(doc))
    index.add("Jen Psaki")  # seen by an earlier pass, but named after the pronoun
    assert index.name(index.add("she")) == "Jen Psaki"  # no position: the last speaker
    assert index.name(index.add("he", at=(1, 0))) == "Robert Price"
    assert index.name(index.add("she", at=(1, 0))) is None


def test_a_surname_that_is_also_a_title() -> None:
    assert SpeakerIndex.analyse("John Major") == ("person", "person:major", "John Major")
    assert SpeakerIndex.analyse("Prime Minister")[0] == "described"  # type: ignore[index]


def test_offset_of() -> None:
    assert offset_of("He said he would", "he", 9) == 8
    assert offset_of("He said he would", "He", 0) == 0
    assert offset_of("nothing here", "she", 5) == 5


def test_a_sentence_opening_with_he_reports_that_person() -> None:
    text = (
        "Libertarian candidate Gary Johnson says he is in excellent health.\n\n"
        "He released a letter from Doctor Susan Abel on Friday. He’s planning a rally with Mitt Romney.\n"
    )
    analysis = analyse(text)
    assert analysis.sentence_sources[1:] == ("Gary Johnson", "Gary Johnson")


def test_a_shared_surname_is_the_person_the_text_named_last() -> None:
    text = (
        "Former President Bill Carter criticised the plan at a rally for his wife Hillary Carter.\n\n"
        '"It makes no sense," Carter said. "It is a crazy system," he said.\n\n'
        'Hillary Carter spoke next. "We will fix it," Carter said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Bill Carter", "Bill Carter", "Hillary Carter"]


def test_they_of_speaking_officials_is_the_officials() -> None:
    text = "Senior administration officials said they will meet again in March. Sarah Jones said they will publish it.\n"
    actors = [(c.actor, c.speaker) for c in analyse(text).commitments]
    assert actors == [
        ("the senior administration officials", "the senior administration officials"),
        ("they", "Sarah Jones"),  # a person's "they" is someone else
    ]


def test_he_in_a_quote_or_after_a_spokeswoman_is_someone_else() -> None:
    text = (
        "Mayor Ken Dorrance has not yet said when he will sign the budget.\n\n"
        'Council leader Jane Gavron said: "He will do it soon."\n\n'
        "A council spokeswoman confirmed Mr Dorrance was in post and that he would stay until March.\n\n"
        "Chief executive Maria Penn said she would publish the accounts.\n"
    )
    by_action = {c.action.split()[1]: (c.actor, c.speaker) for c in analyse(text).commitments}
    assert by_action["do"] == ("Ken Dorrance", "Jane Gavron")
    assert by_action["stay"][0] == "Ken Dorrance"
    assert by_action["publish"] == ("Maria Penn", "Maria Penn")  # the speaker's own "she" is still hers


def test_a_surname_after_a_title_is_not_a_given_name() -> None:
    text = (
        "Shani Rhys James has criticised the arts plan.\n\n"
        "Ms James, whose father was Welsh, won a national prize in 2003.\n\n"
        'But she said: "Artists need a free voice."\n\n'
    )
    assert _quote_speakers(text)["Artists need a free voice."] == "Shani Rhys James"
    # a name at the start of a clause does not take in the "If" before it
    text = (
        "Hillary Clinton spoke in Ohio on Monday.\n\n"
        'If Clinton wins the vote, her aide Jim Green said, "she will campaign hard."\n'
    )
    assert [c.actor for c in analyse(text).commitments] == ["Hillary Clinton"]


def test_he_after_an_unnamed_official_is_that_official_not_the_last_name() -> None:
    text = (
        "Secretary of State Antony Blinken met Mexican Foreign Minister Marcelo Ebrard on Friday.\n\n"
        "A senior State Department official said the two sides would sign a framework by December. "
        '"We are committed to this," he said.\n\n'
        "The official added that the United States will send 200 more inspectors. He declined to say "
        "how much the plan would cost.\n\n"
        'A spokeswoman for the Mexican embassy said Mexico will review the plan. "We will study it '
        'carefully," she said.\n'
    )
    a = analyse(text)
    speakers = {q.text: q.speaker for q in a.quotes}
    assert speakers["We are committed to this"] == "the senior State Department official"
    assert speakers["We will study it carefully"] == "the spokeswoman for the Mexican embassy"
    assert [d.speaker for d in a.declined] == ["the senior State Department official"]


def test_an_unnamed_person_does_not_take_a_pronoun_from_a_named_one() -> None:
    # a description that is not the one reporting, or a name in passing after it, leaves "he" to the name
    text = (
        "Donald Trump says political correctness has run amok in the military.\n\n"
        "At a forum, one questioner claimed that social engineering was hurting the military.\n\n"
        '"You\'re right, we have a politically correct military," he said.\n\n'
    )
    speakers = {q.text: q.speaker for q in analyse(text).quotes}
    assert speakers["You're right, we have a politically correct military"] == "Donald Trump"


def test_which_descriptions_are_of_an_unnamed_person() -> None:
    assert described_person("A senior State Department official") == ""
    assert described_person("A spokeswoman for the Information Commissioner's Office") == "f"
    assert described_person("the woman") == "f"
    assert described_person("The official") == ""
    assert described_person("A Labour loyalist from a working class background Mr Blunkett") is None
    assert described_person("the Prime Minister") is None  # an epithet of someone named
    assert described_person("the zoo's executive director") is None
    assert described_person("a newspaper") is None
    assert described_person("Officials") is None
    assert described_person("Ned Price") is None


def test_a_bare_role_is_the_speaker_described_more_fully_before_it() -> None:
    text = (
        "The Prime Minister's official spokesperson said the government would publish its white paper "
        "before the summer recess.\n\n"
        'Asked about the Home Secretary, the spokesperson said: "Yes, he does."\n\n'
        "The spokesperson declined to say whether the cap on visas would be lowered.\n\n"
        "A Downing Street spokeswoman later said the trip would go ahead.\n\n"
        "A White House official named the Border Patrol union president. The President said he would sign it.\n"
    )
    a = analyse(text)
    full = "the Prime Minister's official spokesperson"
    assert [q.speaker for q in a.quotes] == [full]
    assert [d.speaker for d in a.declined] == [full]
    # another role is someone else, and an office ("the President") is not the last one described
    speakers = {c.actor: c.speaker for c in a.commitments}
    assert speakers["the trip"] == "the Downing Street spokeswoman"
    assert speakers["the President"] == "the President"

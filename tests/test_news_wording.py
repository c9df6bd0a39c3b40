"""Wordings of news reports met in the briefings of tests/data/briefings, one mechanism each."""

from __future__ import annotations

import pytest

from summarizer.analyze import analyse
from summarizer.declined import find_declined
from summarizer.entities import sentence_entities


@pytest.mark.parametrize(
    "text",
    [
        "Neither leader would comment on reports that Japan was interested in the submarines.",
        "None of the officials would say how much it would cost.",
        "Watanabe said no decision had been made.",
        '"That is a matter for the negotiations. I will not prejudge it."',
        "The ministers did not want to refer to the situation of the prisoners.",
        "It is still not known when the bridge will open.",
    ],
)
def test_refusals(text: str) -> None:
    assert find_declined(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Negotiators said the pledge was a step forward but warned that it did not address losses.",
        "'I think he was scared for a bit and didn't want to get into any trouble,' she says.",
    ],
)
def test_no_refusals(text: str) -> None:
    assert find_declined(text) is None


@pytest.mark.parametrize(
    "text",
    [
        '"Most of it should be grants," she said. "But I cannot promise that for every country."',
        "Berger said she could not promise that every country would pay.",
        "We can’t guarantee that the money will arrive.",
    ],
)
def test_a_promise_withheld_commits_no_one(text: str) -> None:
    assert analyse(text).commitments == ()


def test_a_company_or_country_that_says_it_will_is_the_actor() -> None:
    found = analyse(
        "Automaker Veltra said on Tuesday it would cut 3,000 jobs. Japan said it would send troops. "
        "Price said it would be on the table."
    ).commitments
    assert [c.actor for c in found] == ["Automaker Veltra", "Japan", "it"]


def test_the_action_ends_at_a_second_reported_clause() -> None:
    found = analyse(
        "His Venezuelan counterpart, Yván Gil, assured that Caracas will guarantee the security of the "
        "transporters and indicated that the customs offices will operate 24 hours a day from January."
    ).commitments
    assert [(c.actor, c.action, c.speaker) for c in found] == [
        ("Caracas", "will guarantee the security of the transporters", "Yván Gil"),
        ("the customs offices", "will operate 24 hours a day from January", "Yván Gil"),
    ]
    (tokyo,) = analyse(
        "Watanabe said Tokyo would consider joining but that no decision had been made."
    ).commitments
    assert tokyo.action == "would consider joining"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "BRUSSELS/PARIS, March 4 (Reuters) - Automaker Veltra said it would cut jobs.",
            "BRUSSELS/PARIS, March 4 — ",
        ),
        (
            "Bogotá (EFE).- The governments of Colombia and Venezuela agreed to reopen the bridge.",
            "Bogotá — ",
        ),
    ],
)
def test_wire_datelines(text: str, first: str) -> None:
    assert analyse(text).sentences[0].text.startswith(first)


def test_titles_and_things() -> None:
    assert sentence_entities("Chief Executive Laurent Mercier said on Monday.")[0] == (
        "Laurent Mercier",
        "person",
    )
    assert sentence_entities("The President signed an Executive Order on Monday.")[0] == (
        "Executive Order",
        "organisation",
    )
    assert sentence_entities("The Scottish Executive said.") == [("Scottish Executive", "organisation")]


def test_the_platform_x_ends_a_sentence() -> None:
    a = analyse('"This is a strong signal to Moscow," he wrote on X. Poland has pledged to spend more.')
    assert len(a.sentences) == 2
    assert analyse("John F. Kennedy said so.").sentences[0].text == "John F. Kennedy said so."


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The United States will send two batteries to Poland by the end of the year, two U.S. officials "
            "said on Thursday, as NATO allies move to strengthen their eastern flank.",
            "the two U.S. officials",
        ),
        (
            "The officials, who spoke on condition of anonymity because the decision had not been announced, "
            "said about 200 soldiers would accompany the systems.",
            "the officials",
        ),
        (
            "The Pentagon's press secretary, Maj. Gen. Pat Ryder, said the United States would continue to "
            "consult its allies.",
            "Pat Ryder",
        ),
    ],
)
def test_speakers_of_defence_reporting(text: str, speaker: str) -> None:
    assert [c.speaker for c in analyse(text).commitments] == [speaker]


def test_the_subject_after_a_time_clause() -> None:
    (found,) = analyse(
        "The move comes a week after NATO foreign ministers agreed to increase spending."
    ).commitments
    assert found.actor == "NATO foreign ministers"
    (found,) = analyse(
        "A third official said the batteries would come from Texas and that Poland would pay."
    ).commitments[1:]
    assert (found.actor, found.action) == ("Poland", "would pay")
    (found,) = analyse(
        "They committed to working together to ensure that AI serves us and that it is used well."
    ).commitments
    assert found.action.endswith("and that it is used well")


def test_a_promise_in_a_participle_is_the_subjects() -> None:
    (found,) = analyse(
        "SACRAMENTO, Calif. — Gov. Daniel Reyes on Tuesday announced a recovery plan, promising that every "
        "displaced family would have temporary housing by March 1."
    ).commitments
    assert (found.actor, found.speaker, found.when) == ("Gov. Daniel Reyes", "Daniel Reyes", "by March 1")
    assert analyse("Turkey must issue a written statement promising to sign an accord.").commitments == ()
    assert analyse("It was a promising start to the talks.").commitments == ()


def test_a_quote_a_subject_characterises_it_with_is_theirs() -> None:
    (quote,) = analyse(
        'Republican leader Sen. Karen Holt criticized the plan as "too little, too late."'
    ).quotes
    assert quote.speaker == "Karen Holt"
    (quote,) = analyse('The plan was criticized as "too little, too late."').quotes
    assert quote.speaker is None


def test_state_department_turns_and_refusals() -> None:
    a = analyse(
        "MR MILLER: The Secretary will travel to Manila next week.\n\n"
        "QUESTION: Will he announce new military financing?\n\n"
        "MR MILLER: I'm not going to get ahead of the Secretary. I don't have a breakdown for you today. "
        "We are committed to participating."
    )
    assert [s.turn for s in a.sentences] == ["MR MILLER", "Q", "MR MILLER", "MR MILLER", "MR MILLER"]
    assert len(a.declined) == 2
    assert [c.action for c in a.commitments] == [
        "will travel to Manila next week",
        "committed to participating",
    ]
    assert analyse("the steps our countries committed to.").commitments == ()


def test_an_acronym_that_spells_a_word_is_a_body() -> None:
    (found,) = analyse("Japan has also offered to provide vaccines, the WHO said.").commitments
    assert (found.actor, found.speaker) == ("Japan", "the WHO")
    (found,) = analyse("WHO said it would send experts.").commitments
    assert found.actor == found.speaker == "the WHO"
    assert find_declined("A company spokesperson declined to give the price of the doses.") is not None

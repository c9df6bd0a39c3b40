from summarizer.segment import repair_fragments, split, words


def test_abbreviations_initials_and_numbers_do_not_split() -> None:
    text = "Mr. Smith met Dr. J. Jones at 5 p.m. on Friday. It cost $3.5 billion, No. 2 said. Then they left."
    assert split(text) == [
        "Mr. Smith met Dr. J. Jones at 5 p.m. on Friday.",
        "It cost $3.5 billion, No. 2 said.",
        "Then they left.",
    ]


def test_sentence_final_abbreviation_splits_before_a_sentence_start() -> None:
    assert split("Officials flew to the U.S. The talks begin today.") == [
        "Officials flew to the U.S.",
        "The talks begin today.",
    ]
    assert split("The U.S. Drug Enforcement Agency said so.") == ["The U.S. Drug Enforcement Agency said so."]


def test_quotes_and_question_marks() -> None:
    assert split("He said “no.” Then he left. “Why?” she asked. “Because.”") == [
        "He said “no.”",
        "Then he left.",
        "“Why?” she asked.",
        "“Because.”",
    ]


def test_broken_fragments_are_repaired() -> None:
    text = (
        "“It is old,” Ned Price told reporters in a statement. briefing Thursday. “We believe it.” "
        "“Very positive”, Blinken said. said Wednesday at a press conference in Paris."
    )
    assert split(text) == [
        "“It is old,” Ned Price told reporters in a statement. briefing Thursday.",
        "“We believe it.”",
        "“Very positive”, Blinken said. said Wednesday at a press conference in Paris.",
    ]


def test_repair_joins_lowercase_and_punctuation_only_pieces() -> None:
    text = "One. two. ” Three."
    assert repair_fragments(text, [(0, 4), (5, 9), (10, 11), (12, 18)]) == [(0, 11), (12, 18)]


def test_words() -> None:
    assert words("Tomorrow’s U.S.-Mexico talks cost $3.5 billion.") == [
        "Tomorrow’s",
        "U",
        "S",
        "Mexico",
        "talks",
        "cost",
        "3.5",
        "billion",
    ]


def test_a_photo_caption_glued_to_the_next_sentence_is_cut_off_and_never_summarised() -> None:
    from summarizer.document import build
    from summarizer.text import parse_text

    text = (
        "Sister Gertrud (not pictured) was found in her bedroom, with a towel on her face An 86-year-old "
        "nun was attacked on Monday. Grade A students and vitamin A levels stay whole. It was The Times "
        "that said so. Scroll down for video The boy was rescued by his parents."
    )
    assert split(text) == [
        "Sister Gertrud (not pictured) was found in her bedroom, with a towel on her face",
        "An 86-year-old nun was attacked on Monday.",
        "Grade A students and vitamin A levels stay whole.",
        "It was The Times that said so.",
        "Scroll down for video",
        "The boy was rescued by his parents.",
    ]
    kinds = [s.kind for s in build(parse_text(text)).sentences]
    assert kinds == ["boilerplate", "body", "body", "body", "boilerplate", "body"]


def test_a_capital_a_before_a_plural_is_a_label_not_a_glued_caption() -> None:
    assert split("Suncreams stop the damage from infra-red A rays, too. She took three A levels.") == [
        "Suncreams stop the damage from infra-red A rays, too.",
        "She took three A levels.",
    ]
    assert split("The crowd gathered outside A bus was set alight.") == [
        "The crowd gathered outside",
        "A bus was set alight.",
    ]


def test_two_sentences_run_together_at_a_capitalised_pronoun_are_cut_apart_and_kept() -> None:
    from summarizer.document import build
    from summarizer.text import parse_text

    text = (
        "Greece has denied it will miss a repayment to pay its bills He said: 'We will pay.' "
        "She is the It girl of the year. Trust in the Lord, for He is good. Her Majesty will attend."
    )
    assert split(text) == [
        "Greece has denied it will miss a repayment to pay its bills",
        "He said: 'We will pay.'",
        "She is the It girl of the year.",
        "Trust in the Lord, for He is good.",
        "Her Majesty will attend.",
    ]
    # Unlike a glued caption, the first part may be the story itself: it stays a sentence.
    assert [s.kind for s in build(parse_text(text)).sentences][:2] == ["body", "body"]


def test_a_named_attribution_after_a_quoted_question_stays_with_it() -> None:
    assert split(
        "“How many times?” Clinton said. “Why?” Mr. Jones asked, looking up. “Now?” Mr Milburn replied that it was not."
    ) == [
        "“How many times?” Clinton said.",
        "“Why?” Mr. Jones asked, looking up.",
        "“Now?”",
        "Mr Milburn replied that it was not.",
    ]

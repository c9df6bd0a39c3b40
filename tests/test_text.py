from summarizer.document import build
from summarizer.text import balance_quotes, parse_text

WH = """---
date: '2023-01-09'
source_url: https://example.gov/joint-statement
title: "Joint Statement by President Joe\\_Biden and President Luiz In\\xE1cio Lula\\
  \\ da Silva Following\\_Call"
---
\u00a0
**<u>Strengthening the Partnership</u>**

President Biden and President Lula spoke by telephone this afternoon.
The two leaders pledged to work closely together on the issues
confronting the United States and Brazil. <!-- hidden note -->

-   **Climate** – Both countries will cut emissions by 2030.
-   Trade – They agreed to meet
    again in February.

\\###
"""


def test_front_matter_markdown_and_structure() -> None:
    parsed = parse_text(WH)
    assert (
        parsed.title
        == "Joint Statement by President Joe Biden and President Luiz Inácio Lula da Silva Following Call"
    )
    assert parsed.date == "2023-01-09"
    assert parsed.source == "https://example.gov/joint-statement"
    kinds = [(b.kind, b.text) for b in parsed.blocks]
    assert kinds[0] == ("heading", "Strengthening the Partnership")
    assert kinds[1] == (
        "para",
        "President Biden and President Lula spoke by telephone this afternoon. The two leaders pledged to work "
        "closely together on the issues confronting the United States and Brazil.",
    )
    assert kinds[2] == ("bullet", "Climate – Both countries will cut emissions by 2030.")
    assert kinds[3] == ("bullet", "Trade – They agreed to meet again in February.")
    assert kinds[4] == ("boilerplate", "###")


def test_headings_bylines_timestamps_and_boilerplate_sentences() -> None:
    text = (
        "By Jane Doe\n\n5:07 P.M. EDT\n\nThe council will vote on Monday.\n\n“Balanced and sustainable”\n\n"
        "The plan passed. This story was updated with additional reports on Thursday.\n\n"
        "CNN’s Ellie Kaufman contributed to this report.\n"
    )
    doc = build(parse_text(text))
    kinds = [(s.kind, s.text) for s in doc.sentences]
    assert kinds == [
        ("boilerplate", "By Jane Doe"),
        ("boilerplate", "5:07 P.M. EDT"),
        ("body", "The council will vote on Monday."),
        ("heading", "“Balanced and sustainable”"),
        ("body", "The plan passed."),
        ("boilerplate", "This story was updated with additional reports on Thursday."),
        ("boilerplate", "CNN’s Ellie Kaufman contributed to this report."),
    ]


def test_transcript_turns_carry_their_speaker_across_paragraphs() -> None:
    text = (
        "MS. PSAKI:  Good afternoon.  We will announce the plan\ntomorrow.\n\nAnd one more thing.\n\n"
        "Q    Will the President travel?\n\nSENIOR ADMINISTRATION OFFICIAL:  He will.\n"
    )
    doc = build(parse_text(text))
    got = [(s.turn, s.kind, s.text) for s in doc.sentences]
    assert got == [
        ("MS. PSAKI", "body", "Good afternoon."),
        ("MS. PSAKI", "body", "We will announce the plan tomorrow."),
        ("MS. PSAKI", "body", "And one more thing."),
        ("Q", "question", "Will the President travel?"),
        ("SENIOR ADMINISTRATION OFFICIAL", "body", "He will."),
    ]


def test_html_is_extracted_with_metadata() -> None:
    from summarizer.html import looks_like_html, parse_html

    html = (
        "<!doctype html><html><head><title>Schools plan | Site</title>"
        '<meta property="og:title" content="Schools plan"><meta property="article:published_time" content="2024-05-01">'
        '<link rel="canonical" href="https://news.example/schools"></head><body><nav><a href="/">Home</a> '
        "<a href='/about'>About</a></nav><article><h1>Schools plan</h1><p>The minister said on Monday that the "
        "government will build 300 new schools by 2027, in a plan that critics called unrealistic.</p><p>Officials "
        "declined to say how much it would cost. The opposition pledged to review the plan once it is "
        "published in full next month.</p></article><div class='comments'><p>Great post!</p></div></body></html>"
    )
    assert looks_like_html(html)
    parsed = parse_html(html)
    assert parsed.title == "Schools plan"
    assert parsed.date == "2024-05-01"
    assert parsed.source == "https://news.example/schools"
    text = " ".join(b.text for b in parsed.blocks)
    assert "will build 300 new schools by 2027" in text
    assert "Home" not in text and "Great post" not in text


def test_bold_labels_closed_after_a_space_leave_no_stars() -> None:
    from summarizer.text import strip_inline_markdown

    line = "**Military Space Careers Website: ** The Department of Defense will launch a page, 2 * 3 = 6"
    assert strip_inline_markdown(line) == (
        "Military Space Careers Website: The Department of Defense will launch a page, 2 * 3 = 6"
    )


def test_a_subhead_in_capitals_run_into_its_paragraph_is_a_heading() -> None:
    blocks = parse_text(
        "SAVE A QUARTER Let's say you save.\n\nNATO Secretary General Jens Stoltenberg spoke."
    ).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "SAVE A QUARTER"),
        ("para", "Let's say you save."),
        ("para", "NATO Secretary General Jens Stoltenberg spoke."),
    ]


def test_headlines_are_headings_even_wrapped_or_with_a_full_stop() -> None:
    text = (
        "Obama on Climate Change: The Trends Are 'Terrifying.'\n\n"
        "The president spoke on Monday.\n\n"
        "United States and EU Reach Agreement to Address\nShared Challenges from China\n\n"
        "De Blasio says the explosion was an intentional act.\n"
    )
    kinds = [(b.kind, b.text[:20]) for b in parse_text(text).blocks]
    assert kinds == [
        ("heading", "Obama on Climate Cha"),
        ("para", "The president spoke "),
        ("heading", "United States and EU"),
        ("para", "De Blasio says the e"),
    ]


def test_a_wire_dateline_loses_its_agency_and_keeps_its_place() -> None:
    def first(text: str) -> str:
        return parse_text(text).blocks[0].text

    assert first("(CNN)Recently, a New York judge ruled.") == "Recently, a New York judge ruled."
    assert (
        first("FLINT, Mich., Oct. 4 (UPI) — Bill Clinton spoke.")
        == "FLINT, Mich., Oct. 4 — Bill Clinton spoke."
    )
    assert first("The report (CNN) said so.") == "The report (CNN) said so."


def test_a_headline_with_an_abbreviation_is_a_heading() -> None:
    blocks = parse_text(
        "Examining the U.N.'s Record on Urgent Global Challenges.\n\nThe body starts here.\n"
    ).blocks
    assert [b.kind for b in blocks] == ["heading", "para"]


def test_a_sentence_case_headline_quoting_in_single_marks_is_a_heading() -> None:
    # a headline quotes in single marks where its story quotes in double ones
    story = 'Flynn said Trump was “absolutely right” on Wednesday.\n\n"He is right," Flynn said.\n'
    kinds = [
        b.kind for b in parse_text("Flynn says Trump 'absolutely right' on generals.\n\n" + story).blocks
    ]
    assert kinds == ["heading", "para", "para"]
    # a British lede quotes in single marks throughout: it stays a paragraph
    british = "A widow admits her life is 'a far cry' from home.\n\n'I love it,' she said.\n"
    assert [b.kind for b in parse_text(british).blocks] == ["para", "para"]


def test_the_headline_over_a_story_is_its_title() -> None:
    assert build(parse_text("Assembly Ballot Papers Missing\n\nHundreds of papers have gone.\n")).title == (
        "Assembly Ballot Papers Missing"
    )
    assert build(parse_text("Hundreds of papers have gone.\n\nRoyal Mail is looking.\n")).title is None
    assert build(parse_text("---\ntitle: Own title\n---\n# A heading\n\nText here.\n")).title == "Own title"


def test_a_sentence_shown_alone_gets_the_quote_marks_it_needs() -> None:
    assert balance_quotes("There's a disconnect,” Flynn said on “Fox and Friends.”") == (
        "“There's a disconnect,” Flynn said on “Fox and Friends.”"
    )
    assert balance_quotes("“We will act. We must.") == "“We will act. We must.”"
    assert balance_quotes('There is a gap," he said.') == '"There is a gap," he said.'
    assert balance_quotes('He said: "We will act.') == 'He said: "We will act."'
    assert balance_quotes('He said "yes" and left.') == 'He said "yes" and left.'


def test_a_bold_run_in_heading_with_a_colon_is_a_heading_not_a_speaker() -> None:
    text = (
        "**BUILDING ON PAST SUCCESS**: President Trump continues to demonstrate his commitment.\n\n"
        "President Trump promised in November to sign the order.\n"
    )
    got = [(s.turn, s.kind, s.text) for s in build(parse_text(text)).sentences]
    assert got == [
        (None, "heading", "BUILDING ON PAST SUCCESS"),
        (None, "body", "President Trump continues to demonstrate his commitment."),
        (None, "body", "President Trump promised in November to sign the order."),
    ]


def test_a_noon_briefings_mixed_case_labels_are_turns() -> None:
    text = (
        "Spokesperson: Good afternoon. I will start with Sudan.\n\n"
        "Question: Stéphane, will the Secretary-General meet General Burhan?\n\n"
        "Spokesperson: I don't have anything to announce on bilateral meetings.\n\n"
        "Note: the briefing ended at noon.\n"
    )
    got = [(s.turn, s.kind) for s in build(parse_text(text)).sentences]
    assert got[:4] == [
        ("SPOKESPERSON", "body"),
        ("SPOKESPERSON", "body"),
        ("Q", "question"),
        ("SPOKESPERSON", "body"),
    ]
    # a label no briefing uses is text, not a speaker
    assert build(parse_text("Note: the briefing ended at noon.\n")).sentences[0].turn is None

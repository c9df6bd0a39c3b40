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

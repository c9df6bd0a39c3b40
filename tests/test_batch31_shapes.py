"""Shapes the thirty-first batch brought: real documents nobody on this project wrote (four BBC politics stories, a
White House fact sheet and a Breitbart story quoting a Fox News Sunday interview), scored once with the code as it
stood, then mended. Each test here uses text written for it in the same shape."""

from __future__ import annotations

from pathlib import Path

from briefed import analysis, answer, briefed

from summarizer.commitments import find_in_sentence
from summarizer.text import parse_text

# An interview a story quotes whole: each paragraph opens a quote mark, only the last closes one; the host's
# questions are sometimes typed with a full stop
QUOTED_INTERVIEW = (
    "Governor Hale Says Budget Vote Will Pass\n\n"
    "On Sunday's \u201cMorning Report,\u201d Governor Dana Hale said the budget would pass.\n\n"
    "Partial transcript as follows:\n\n"
    '"BROOKS: Let\u2019s start with the budget. Will it pass this week?\n\n'
    '"HALE: Well, look, it will pass. We have the votes.\n\n'
    '"BROOKS: But, Governor, the unions are against it. So why would lawmakers back it.\n\n'
    '"HALE: Because it cuts taxes for working families.\n\n'
    '"(CROSSTALK.)\n\n'
    '"BROOKS: Do you have a date for the vote?\n\n'
    '"HALE: The vote will be held on Thursday. I will sign it the same day.\n\n'
    '"Follow Sam Ortiz on Twitter @samortiz."'
)


def test_a_quoted_transcript_is_read_as_turns_and_its_host_asks() -> None:
    blocks = parse_text(QUOTED_INTERVIEW).blocks
    turns = [(b.turn, b.text.split(",")[0]) for b in blocks if b.turn]
    assert turns[:4] == [
        ("Q", "Let\u2019s start with the budget. Will it pass this week?"),
        ("HALE", "Well"),
        ("Q", "But"),
        ("HALE", "Because it cuts taxes for working families."),
    ]
    assert not any("CROSSTALK" in b.text or b.text.strip() == '"' for b in blocks)
    out = analysis(QUOTED_INTERVIEW)
    signed = [c for c in out["commitments"] if c["action"].startswith("will sign")]
    assert [(c["actor"], c["speaker"]) for c in signed] == [("Dana Hale", "Dana Hale")]
    assert not any("Let\u2019s start" in s["text"] for s in out["summary"])  # the host's turn is no summary


def test_a_subject_before_an_aside_between_dashes_acts() -> None:
    found = find_in_sentence(
        "Meridian\u2014one of the country\u2019s largest grid operators\u2014will run the new network.",
        lambda p: False,
    )
    assert [(f.actor, f.action) for f in found] == [("Meridian", "will run the new network")]


def test_a_quote_under_its_speakers_name_and_a_colon_is_theirs() -> None:
    out = analysis(
        "Fact Sheet\n\n"
        "- The agreement opens new markets for farmers.\n"
        "- Secretary Alvarez: \u201cThis deal puts our farmers first. It is a good day for rural America.\u201d"
    )
    assert [q["speaker"] for q in out["quotes"]] == ["Alvarez"]


def test_they_who_said_they_would_is_the_group_before() -> None:
    out = analysis(
        "The Liberal Democrats insisted they would hold ministers to account over the cost of the scheme. "
        "They said they would also press the Treasury over its figures. "
        "And they pledged to publish their own costings."
    )
    by_act = {c["action"].split()[-1]: (c["actor"], c["speaker"]) for c in out["commitments"]}
    assert by_act["figures"] == ("Liberal Democrats", "Liberal Democrats")  # they said: the same group speaks
    assert by_act["costings"][0] == "Liberal Democrats"


def test_hopes_risks_activities_and_what_others_can_do_are_no_commitments() -> None:
    for text in (
        '"We hope that the government will table a bill soon," said spokesman Lee Park.',
        "The judge warned there was a real risk that people on the \u201cmargins\u201d would be driven away.",
        "Preserving the plant will generate $2 billion in activity over the next four years.",
        '"It will do nothing to solve the immediate problems of rising crime," a spokesman said.',
        "The order keeps the service running, ensuring users will be able to keep their accounts.",
    ):
        assert find_in_sentence(text, lambda p: False) == [], text
    # (an activity's word that is a name or an adjective is no activity)
    assert [
        f.actor for f in find_in_sentence("Outgoing Mayor Ruth Cole said she would stay on.", lambda p: False)
    ]
    assert [
        f.actor for f in find_in_sentence("We hope we will open the bridge in May.", lambda p: False)
    ] == ["we"]
    # ("Hillary Clinton essentially wants to": the adverb is no part of who wants)
    assert [
        f.actor for f in find_in_sentence("Ms Reed essentially wants to cut the budget.", lambda p: False)
    ] == ["Ms Reed"]


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Minister backs lower age for councillors\n\n"
        "Councillors will be able to stand at 18 under plans unveiled by ministers.\n\n"
        '"The government intends to legislate, when parliamentary time allows, to lower the age," said Local '
        "Government Minister Ann Hobbs, who was elected in 2001 at the age of 30. "
        "The change is unlikely to be in place before the local elections, widely predicted for May. "
        "The opposition will raise the plan at question time at 1200 GMT on Wednesday. "
        "Under the plan, the regions will hold less than 20% of the seats and choose only one director of the "
        "seven-seat board. "
        "Ms Hobbs said the claims were \u201coverblown\u201d and that she was focused on the bill. "
        "The minister's deputy, junior minister Carl Brandt, will lead the consultation.",
    )
    assert answer(service, "When will the government legislate?") == "when parliamentary time allows"
    assert "predicted for May" in answer(service, "When are the local elections expected?")
    assert answer(service, "When is question time?") == "at 1200 GMT on Wednesday"
    assert answer(service, "What share of the seats will the regions hold?") == "less than 20%"
    assert answer(service, "How many directors can the regions choose?") == "one director"
    assert answer(service, "Who is the minister's deputy?") == "Carl Brandt"
    assert "overblown" in answer(service, "How did Ms Hobbs describe the claims?")

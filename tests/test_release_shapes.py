"""Shapes of news releases and briefings that the first thirteen test briefings did not have: quotes signed
on a line of their own, honorifics before a name in apposition, a UN-style spokesman's refusals, asides in
parentheses before the verb, pseudo-clefts, consequences that are no commitment."""

from __future__ import annotations

from typing import Any

from summarizer.analyze import analyse
from summarizer.declined import find_declined


def _commitments(text: str) -> list[dict[str, Any]]:
    return list(analyse(text).to_dict()["commitments"])


def test_signed_quotes_take_the_name_on_the_line_after_them() -> None:
    text = (
        "Ottawa announced a plan today. The Government will invest $250 million.\n\n"
        '"No senior should have to choose between groceries and a filling."\n\n'
        "– The Honourable Marjorie Michel, Minister of Health\n\n"
        '"Hygienists are keen. But clinics must be able to hire them."\n\n'
        "– Dr. Heather Carr, President, Canadian Dental Association\n"
    )
    quotes = {q["text"][:10]: q["speaker"] for q in analyse(text).to_dict()["quotes"]}
    assert quotes == {"No senior ": "Marjorie Michel", "Hygienists": "Heather Carr"}


def test_an_honorific_names_the_person_a_role_in_apposition_describes() -> None:
    text = (
        "Union Minister for Railways, Information & Broadcasting and Electronics & Information Technology, "
        "Shri Ashwini Vaishnaw, said today that Indian Railways will complete the work by March 2027. "
        "Shri Vaishnaw further said that the Ministry will introduce 50 new trains. "
        "The Chairman and CEO of the Railway Board, Shri Satish Kumar, said that the Board will deploy "
        "Kavach this year. Today, the Minister of Health, the Honourable Marjorie Michel, announced that "
        "the Government will open the plan."
    )
    assert [c["speaker"] for c in _commitments(text)] == [
        "Ashwini Vaishnaw",
        "Ashwini Vaishnaw",
        "Satish Kumar",
        "Marjorie Michel",
    ]


def test_a_spokesman_s_refusals() -> None:
    for refusal in (
        "I don't have any calls to share with you at this point.",
        "I have nothing to announce on travel.",
        "I don't have the latest figures.",
        "Walgreens declined to list the locations of the stores that will close.",
        "Police declined to release the names of the victims.",
    ):
        assert find_declined(refusal), refusal
    for other in ("We don't have any money to pay rent.", "The army refused to release the prisoners."):
        assert not find_declined(other), other


def test_a_transcript_label_takes_the_name_its_introduction_gives_the_role() -> None:
    text = (
        "The following is a near-verbatim transcript of today's noon briefing by Stéphane Dujarric, "
        "Spokesman for the Secretary-General.\n\n"
        "Question: Will he travel?\n\n"
        "Spokesman: What I can tell you is that the Secretary-General will submit his recommendations "
        "to the Council by the end of the month.\n"
    )
    out = analyse(text).to_dict()
    assert [(c["actor"], c["speaker"], c["when"]) for c in out["commitments"]] == [
        ("the Secretary-General", "Stéphane Dujarric", "by the end of the month")
    ]
    assert all("near-verbatim" not in s["text"] for s in out["summary"])


def test_asides_before_the_verb_and_what_they_define() -> None:
    text = (
        "The United States of America (“the United States”) and the Kingdom of Thailand (“Thailand”) have "
        "agreed to a Framework for an Agreement on Reciprocal Trade. The United Nations Integrated Office "
        "in Haiti (BINUH) has committed to supporting the electoral council."
    )
    out = analyse(text).to_dict()
    assert [c["actor"] for c in out["commitments"]] == [
        "The United States of America and the Kingdom of Thailand",
        "The United Nations Integrated Office in Haiti",
    ]
    assert out["quotes"] == []  # ("the United States") defines a name: nobody speaks


def test_consequences_names_and_reported_clauses() -> None:
    assert (
        _commitments(
            "Today's expansion means more than a million older Canadians will be able to see a dentist."
        )
        == []
    )
    assert (
        _commitments("The Government of Canada will open the Canadian Dental Care Plan to all seniors.")[0][
            "actor"
        ]
        == "The Government of Canada"
    )
    assert (
        len(_commitments("The Government of Canada will open the Canadian Dental Care Plan to all seniors."))
        == 1
    )
    # the speakers' own act, worded as a consequence, is still theirs
    assert [
        c["actor"] for c in _commitments("That also means that we will be releasing 18 million barrels.")
    ] == ["we"]
    # "... said the government respected X and would keep": the government's
    said = _commitments(
        "Treasurer Jim Chalmers said the government respected the bank's independence and would keep its focus "
        "on easing cost-of-living pressures."
    )
    assert [(c["actor"], c["speaker"]) for c in said] == [("the government", "Jim Chalmers")]
    # a participle's speaker after an infinitive: "She declined to say ..., saying"
    quotes = analyse(
        'Governor Michele Bullock said the board had met. She declined to say whether a cut was likely, saying the board "does not '
        'pre-commit".'
    ).to_dict()["quotes"]
    assert [q["speaker"] for q in quotes] == ["Michele Bullock"]


def test_wire_datelines_legislators_and_heads_of_bodies() -> None:
    out = analyse(
        "COLUMBUS, Ohio, April 8, 2026 /PRNewswire/ -- Northwind Energy Inc. (NASDAQ: NWND), a maker of "
        "batteries, today announced that it will build a $1.5 billion plant in Lordstown, Ohio.\n\n"
        "Sen. Ted Cruz, R-Texas, the committee's chairman, said he would introduce legislation next month. "
        "Sen. Maria Cantwell, D-Wash., the panel's top Democrat, pledged to work with Republicans on the bill.\n\n"
        "The head of the Federal Aviation Administration told senators that the agency will hire 2,000 "
        "controllers by September."
    ).to_dict()
    assert "PRNewswire" not in " ".join(s["text"] for s in out["summary"])
    assert [(c["actor"], c["speaker"]) for c in out["commitments"]] == [
        ("Northwind Energy Inc.", "Northwind Energy Inc."),
        ("Ted Cruz", "Ted Cruz"),
        ("Sen. Maria Cantwell", "Maria Cantwell"),
        ("the agency", "the head of the Federal Aviation Administration"),
    ]


def test_arrangements_weather_and_committed_forces() -> None:
    found = _commitments(
        "A first 8 billion euros are to flow to Deutsche Bahn this year. The Prime Minister is to visit Kyiv "
        "next week. His clear preference is to move forward with a bipartisan bill. The aim of the party is "
        "to cut taxes. Winds are going to pick up again this afternoon. Cal Fire has committed 400 additional "
        "firefighters and 12 bulldozers to the fight. Construction will begin in the third quarter of 2026."
    )
    assert [(c["actor"], c["when"]) for c in found] == [
        ("A first 8 billion euros", "this year"),
        ("The Prime Minister", "next week"),
        ("Cal Fire", None),
        ("Construction", "in the third quarter of 2026"),
    ]
    assert find_declined("He said it was too early to draw conclusions before the inquiry ends.")


def test_the_chancellor_is_the_one_the_story_named() -> None:
    found = _commitments(
        "Federal Chancellor Friedrich Merz announced that the government will set up a fund. The Chancellor "
        "stressed that the cabinet would present a draft law before Easter."
    )
    assert [c["speaker"] for c in found] == ["Friedrich Merz", "Friedrich Merz"]


def test_confidence_a_doorstep_label_and_a_coordinated_body() -> None:
    assert _commitments("Gov. Greg Abbott said he was confident it would be upheld on appeal.") == []
    out = analyse(
        "Doorstep statement by NATO Secretary General Mark Rutte\n\n"
        "SECRETARY GENERAL: Good morning. I will meet defence industry leaders in The Hague next month.\n\n"
        "Q: Will all Allies reach the target?\n\n"
        "SECRETARY GENERAL: I will not speculate on individual Allies.\n"
    ).to_dict()
    assert [(c["actor"], c["speaker"], c["when"]) for c in out["commitments"]] == [
        ("Mark Rutte", "Mark Rutte", "next month")
    ]
    found = _commitments(
        "The World Health Organization (WHO) has shipped 20,000 doses of vaccine and will support a vaccination "
        "campaign starting on 1 April, according to the Ministry."
    )
    assert [(c["actor"], c["when"]) for c in found] == [("The World Health Organization", "on 1 April")]


def test_named_labels_outlets_and_refusals_to_act() -> None:
    out = analyse(
        "Regular Press Conference\n\n"
        "Lin Jian: Singapore's Foreign Minister will pay an official visit to China from 5 to 7 December.\n\n"
        "AFP: What is China's response to the water cannon?\n\n"
        "Lin Jian: China will continue to safeguard its maritime rights.\n\n"
        "Reuters: Will President Xi attend the G20 summit?\n\n"
        "Lin Jian: I have nothing to share at the moment.\n"
    ).to_dict()
    assert {c["speaker"] for c in out["commitments"]} == {"Lin Jian"}
    assert out["commitments"][0]["when"] == "from 5 to 7 December"
    assert [d["speaker"] for d in out["declined"]] == ["Lin Jian"]
    # a pledge not to act is one; a forecast that something will not happen is not
    found = _commitments(
        "Transport Secretary Heidi Alexander said the government would not impose a settlement. Prices will not "
        "increase this year, the bank said. My understanding is it will not allow them to profit. The ministry "
        "said it would not raise fees. A spokesperson said the companies remained ready to meet the union."
    )
    assert [c["actor"] for c in found] == ["the government", "the ministry", "the companies"]
    assert find_declined("He declined to give a forecast for the full year.")
    quotes = analyse(
        'COP30 President André Corrêa do Lago said Brazil would host talks. "We did not go backwards," he said.'
    ).to_dict()["quotes"]
    assert [q["speaker"] for q in quotes] == ["André Corrêa do Lago"]


def test_a_media_release_s_quotes_and_a_press_briefing_s_speakers() -> None:
    out = analyse(
        "MEDIA RELEASE\n\nThe Government will invest $1.2 billion.\n\n"
        "Quotes attributable to Minister for Health and Ageing Mark Butler:\n\n"
        '"Too many Australians are waiting hours in emergency departments."\n\n'
        '"These clinics are free, and they are working."\n'
    ).to_dict()
    assert [q["speaker"] for q in out["quotes"]] == ["Mark Butler", "Mark Butler"]
    out = analyse(
        "WHO media briefing\n\n"
        "Dr Tedros Adhanom Ghebreyesus: WHO has deployed a team, and we will publish a risk assessment by Friday.\n\n"
        "Tarik Jasarevic: The first question goes to Jamie Keaten.\n\n"
        "Jamie Keaten: Will WHO convene the Emergency Committee?\n\n"
        "Dr Tedros Adhanom Ghebreyesus: We have not made that decision yet.\n"
    ).to_dict()
    assert [(c["speaker"], c["when"]) for c in out["commitments"]] == [
        ("Tedros Adhanom Ghebreyesus", "by Friday")
    ]
    assert [d["speaker"] for d in out["declined"]] == ["Tedros Adhanom Ghebreyesus"]
    assert "Jamie Keaten" not in {q["speaker"] for q in out["quotes"]}  # a reporter's question
    # "the President" is the one president the story names; a party's "they" is the party
    found = _commitments(
        "President William Ruto spoke in Nyeri. The President said the government would complete all roads "
        "by 2026. The Tories say they will vote against it. Builders said they would not resume work until "
        "they were paid."
    )
    assert [(c["actor"], c["speaker"]) for c in found] == [
        ("the government", "William Ruto"),
        ("Tories", "Tories"),
        ("they", "Builders"),
    ]


def test_a_chief_executive_is_a_title() -> None:
    found = _commitments("Chief Executive Chris Weston said the company would invest £2.5 billion.")
    assert [(c["actor"], c["speaker"]) for c in found] == [("the company", "Chris Weston")]

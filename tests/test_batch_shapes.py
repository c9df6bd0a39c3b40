"""Shapes the seventh batch of test briefings (written before the code was changed for them) brought: a
briefer adding staff ("we will add another 1,500"), a "pre-committing" that commits to nothing, refusing to
"rule it in or out", a plan "which commits €4 billion", a speaker named after "whose chief executive", an
effect ("would give builders certainty") that is no act; and the eighth batch's: "Peloton said it would" after
"Peloton shares", "a spokesperson for Guterres said he would", "did not release a motive"."""

from __future__ import annotations

from typing import Any

from summarizer.analyze import analyse


def _commitments(text: str) -> list[dict[str, Any]]:
    return list(analyse(text).to_dict()["commitments"])


def test_adding_staff_is_a_commitment_and_adding_a_remark_is_not() -> None:
    found = _commitments(
        "MS. CRISWELL: We have 3,000 staff on the ground, and we will add another 1,500 by the end of the week. "
        "I will add that the volunteers have been remarkable."
    )
    assert [(c["actor"], c["when"]) for c in found] == [("we", "by the end of the week")]


def test_not_pre_committing_is_no_commitment() -> None:
    text = '"We are not pre-committing to a particular rate path," Lagarde told a news conference.'
    assert _commitments(text) == []


def test_declining_to_rule_it_in_or_out_is_a_refusal() -> None:
    text = (
        "The bank kept rates on hold. Asked whether a cut in December was possible, she declined to rule it in "
        "or out. He would not rule it out either."
    )
    declined = [d["text"] for d in analyse(text).to_dict()["declined"]]
    assert len(declined) == 2 and declined[0].startswith("Asked whether")


def test_a_plan_which_commits_money_commits_its_owner() -> None:
    found = _commitments(
        "The minister today launched the Affordable Homes Delivery Plan, which commits €4 billion over five years "
        "to deliver 50,000 homes by 2030. The budget, which will cut taxes, passed."
    )
    assert [(c["actor"], c["when"]) for c in found] == [("the Affordable Homes Delivery Plan", "by 2030")]


def test_whose_chief_executive_names_the_speaker_and_certainty_is_no_act() -> None:
    text = (
        "The plan was welcomed by the Irish Home Builders Association, whose chief executive, Conor O'Connell, "
        'said it would give builders "the certainty they need". The ministry will give families a boost of $500.'
    )
    out = analyse(text).to_dict()
    assert [q["speaker"] for q in out["quotes"]] == ["Conor O'Connell"]
    assert [c["actor"] for c in out["commitments"]] == ["The ministry"]


def test_a_one_word_name_the_document_shows_to_be_a_body_s_is_it() -> None:
    text = (
        "Peloton shares fell 4% on Thursday. Peloton said it would ship the replacement seat posts next week. "
        "State Department spokesman Ned Price spoke to reporters. Price said it would be on the table."
    )
    assert [c["actor"] for c in _commitments(text)] == ["Peloton", "it"]


def test_he_of_a_spokesperson_for_someone_is_that_someone() -> None:
    text = (
        "The resolution asks Secretary-General Antonio Guterres to present recommendations within 30 days. "
        "A spokesperson for Guterres said he would do so."
    )
    found = _commitments(text)
    assert [(c["actor"], c["speaker"]) for c in found] == [
        ("Antonio Guterres", "the spokesperson for Guterres")
    ]


def test_a_motive_not_released_is_withheld() -> None:
    declined = analyse("Two people were hurt. Police did not release a motive for the attack.").to_dict()[
        "declined"
    ]
    assert [d["text"] for d in declined] == ["Police did not release a motive for the attack."]


def test_a_lowercase_role_before_a_closing_speaker_and_a_day_after_a_subject() -> None:
    out = analyse(
        '"This offer is a victory for our members," district president Jon Holden said in a statement. '
        "The German government on Wednesday agreed to cut the electricity tax from January."
    ).to_dict()
    assert [q["speaker"] for q in out["quotes"]] == ["Jon Holden"]
    assert [(c["actor"], c["when"]) for c in out["commitments"]] == [
        ("The German government", "from January")
    ]


def test_terms_served_what_riders_will_see_and_adding_a_feature() -> None:
    found = _commitments(
        "She will serve half of her sentence in custody. When we're done, riders will see faster trips. "
        "Cookies are blocked, and we will add IP Protection to Incognito mode in 2025. I'd add that we are grateful."
    )
    assert [(c["actor"], c["when"]) for c in found] == [("we", "in 2025")]


def test_a_reason_cleft_keeps_its_pledge_and_they_is_the_group_before() -> None:
    found = _commitments(
        "Some do, and that's a real problem. That's why we will open 1,000 more units by June. "
        '"The authorities have committed to submitting a budget. They will also introduce a fuel formula by the '
        'end of the year," he said.'
    )
    assert [c["actor"] for c in found] == ["we", "The authorities", "The authorities"]
    declined = analyse("I'm not going to talk about that today. I'm focused on Los Angeles.").to_dict()[
        "declined"
    ]
    assert len(declined) == 1


def test_a_state_in_a_quote_continues_the_reported_clause_and_refraining_is_a_refusal() -> None:
    out = analyse(
        "A spokesperson said the government had paid out more than £1 billion so far and was "
        '"determined to deliver redress as quickly as possible". Member states will have 24 months to act. '
        "I will refrain from commenting on its content at this stage."
    ).to_dict()
    assert [(c["actor"], c["speaker"]) for c in out["commitments"]] == [
        ("the government", "the spokesperson"),
        ("Member states", None),
    ]
    assert [d["text"][:27] for d in out["declined"]] == ["I will refrain from comment"]


def test_he_said_he_was_leaving_and_would_help_and_a_notice_s_run_in_heads() -> None:
    analysis = analyse(
        "Minneapolis Police Chief Brian O'Hara will step down in June.\n\n"
        'In a statement, he said he was leaving "with the department on much stronger footing" and would help '
        "with the transition.\n\nWhat happened? On May 23, we identified unauthorized activity.\n\n"
        "What we are doing. We will offer you 12 months of identity monitoring."
    )
    assert [c.actor for c in analysis.commitments][1:3] == ["Brian O'Hara", "We"]
    kinds = {s.text: s.kind for s in analysis.sentences}
    assert kinds["What happened?"] == "question" and kinds["What we are doing."] == "heading"


def test_a_thing_s_effect_is_no_commitment_and_negotiating_on_air_is_refused() -> None:
    out = analyse(
        "Finance minister Rachel Reeves welcomed the decision, saying it would help households with mortgages. "
        "The company said it would help customers move. I'm not going to negotiate on your programme, Nick."
    ).to_dict()
    assert [c["actor"] for c in out["commitments"]] == ["the company"]
    assert len(out["declined"]) == 1


def test_a_party_s_it_is_the_party() -> None:
    text = "Labour has said it will allow 300,000 council tenants to buy their homes."
    assert [c["actor"] for c in _commitments(text)] == ["Labour"]


def test_the_interviewer_is_the_name_whose_turns_ask() -> None:
    analysis = analyse(
        "NICK ROBINSON: Flu cases have quadrupled. Is the NHS coping?\n\n"
        "WES STREETING: It's a very difficult winter.\n\n"
        "NICK ROBINSON: How many trusts?\n\n"
        "WES STREETING: Eleven trusts. We are supporting every one of them.\n\n"
        "NICK ROBINSON: Will you talk to the doctors?\n\n"
        "WES STREETING: I'm not going to negotiate on your programme, Nick.\n"
    )
    turns = {s.text: s.turn for s in analysis.sentences}
    assert turns["How many trusts?"] == "Q" and turns["Eleven trusts."] == "WES STREETING"

"""Specific commitments (an act, an amount, a deadline) and lead-in lists ("... will:" + bullets)."""

from bot.render import MAX_COMMITMENTS, brief_reply
from summarizer.analyze import analyse
from summarizer.specific import is_specific, specific_first
from summarizer.when import find_when

FACT_SHEET = """WASHINGTON - The White House announced a new plan on Monday.

Under the plan, the Department of Labor will:

- Hire 500 new wage inspectors by June 2027; the inspectors will work in all states.
- **Launch a hotline** for workers in three languages;
- Promote awareness of overtime rules.

Key terms of the plan will include:

- The Department will publish a report.
- Grants for states.

Officials said the plan would cost $40 million."""


def test_concrete_acts_amounts_and_deadlines_are_specific() -> None:
    for action in (
        "will set up a National Maritime Authority",
        "will be launched",
        "will be constituted to propose a policy",
        "promises to amend the Constitution",
        "will double the funding",
        "will equip all main railway stations with Wi-Fi",
        "will provide 25 percent of the cost",
        "are scrapping the fee",
    ):
        assert is_specific(action, None), action
    assert is_specific("will review the rules", "by 2022")  # a deadline
    for action in (
        "will encourage cooperative banks",
        "will strengthen the concept of local government",
        "will focus on hygiene",
        "will continue to set up schools",  # keeps moving: a direction, whatever follows
        "will take steps to launch a scheme",
        "is committed to work towards a political solution",
        "will ensure that business is easy",
        "",
    ):
        assert not is_specific(action, None), action


def test_specific_first_keeps_document_order() -> None:
    items = [("a", False), ("b", True), ("c", False), ("d", True)]
    assert specific_first(items, 3, lambda x: x[1]) == [("a", False), ("b", True), ("d", True)]
    assert specific_first(items, 9, lambda x: x[1]) == items


def test_a_lead_in_list_gives_one_commitment_per_bullet() -> None:
    a = analyse(FACT_SHEET)
    by_text = {c.text: c for c in a.commitments}
    hire = by_text["Hire 500 new wage inspectors by June 2027; the inspectors will work in all states."]
    assert hire.actor == "the Department of Labor"
    assert hire.action.startswith("will hire 500 new wage inspectors by June 2027")
    assert hire.when == "by June 2027" and hire.specific
    launch = by_text["Launch a hotline for workers in three languages;"]  # the bold is markup
    assert launch.action == "will launch a hotline for workers in three languages" and launch.specific
    promote = by_text["Promote awareness of overtime rules."]
    assert promote.actor == "the Department of Labor" and not promote.specific
    # the lead-in itself commits to nothing it says; "will include:" lists things, not acts
    assert not any(c.text.startswith("Under the plan") for c in a.commitments)
    assert "Grants for states." not in by_text and "Key terms of the plan will include:" not in by_text
    assert [c.actor for c in a.commitments if c.text == "The Department will publish a report."] == [
        "The Department"
    ]
    labour = [c["specific"] for c in a.to_dict()["commitments"] if c["actor"] == "the Department of Labor"]
    assert labour == [True, True, False]
    # the bullet's own sentence keeps its own commitment too
    assert {c.actor for c in a.commitments if c.text.startswith("Hire 500")} == {
        "the inspectors",
        "the Department of Labor",
    }


def test_a_list_ends_at_the_first_paragraph_that_is_not_a_bullet() -> None:
    text = "The council will:\n\n- Repair the bridge.\n\nReopen the market.\n\n- Paint the school."
    assert [c.text for c in analyse(text).commitments] == ["Repair the bridge."]


def test_a_year_after_a_month_is_no_day() -> None:
    assert find_when("will hire them by June 2027") == "by June 2027"
    assert find_when("by June 20, 2027") == "by June 20, 2027"
    assert find_when("by June 5") == "by June 5"


def test_a_long_reply_shows_the_specific_commitments_first() -> None:
    groups = [
        "alpha",
        "beta",
        "gamma",
        "delta",
        "epsilon",
        "zeta",
        "eta",
        "theta",
        "iota",
        "kappa",
        "lambda",
        "mu",
        "nu",
        "xi",
    ][:MAX_COMMITMENTS]
    general = " ".join(f"The council will encourage group {g}." for g in groups)
    text = f"{general} The council will build a bridge by 2027. The mayor will hire 40 nurses."
    a = analyse(text)
    assert len(a.commitments) == MAX_COMMITMENTS + 2
    lines = next(s for s in brief_reply(1, a).sections if s.heading == "Commitments").bullets
    assert "The council — will build a bridge by 2027 [by 2027]" in lines
    assert "The mayor — will hire 40 nurses" in lines
    assert lines[-1].startswith("… and 2 more")
    shown = [line for line in lines if "encourage" in line]
    assert shown[0].endswith("group alpha") and len(shown) == MAX_COMMITMENTS - 2  # in document order


def test_an_inline_list_after_the_trigger_is_the_action() -> None:
    def one(text: str) -> tuple[str, str]:
        (c,) = analyse(text).commitments
        return c.actor, c.action

    assert one("The plan will: create 500 jobs; build a bridge; and fund schools.") == (
        "The plan",
        "will create 500 jobs; build a bridge; and fund schools",
    )
    assert one("Under the deal, the company will (1) cut prices and (2) hire 200 staff.") == (
        "the company",
        "will cut prices and hire 200 staff",
    )
    assert one("BJP will: Address the shortage of staff.") == ("BJP", "will address the shortage of staff")
    # without a list a semicolon still ends the action; a clock time is no list
    assert (
        one("The council will repair the road; the mayor said work starts Monday.")[1]
        == "will repair the road"
    )
    assert one("Officials will meet at 10:30 on Monday.")[1] == "will meet at 10:30 on Monday"


def test_an_item_that_opens_with_to_does_not_double_the_lead_ins_to() -> None:
    text = (
        "The European Union and the United States released a statement.\n\n"
        "The two sides intend to:\n\n"
        "- To the extent possible, share data on export controls;\n"
        "- Hold a ministerial meeting by June 2027.\n"
    )
    actions = [c.action for c in analyse(text).commitments]
    assert actions[0].startswith("intend to the extent possible, share data on export controls"), actions
    assert actions[1].startswith("intend to hold a ministerial meeting by June 2027"), actions

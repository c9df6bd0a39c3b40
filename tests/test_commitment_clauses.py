"""Commitments in the sentences of a defence press briefing (written for these tests): where an action
ends, who a coordinated subject with an appositive is, what "it" is when a body announces, and what is
only the running of the briefing."""

from summarizer.analyze import analyse


def commitments(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.actor, c.action, c.speaker) for c in analyse(text).commitments]


def test_an_action_ends_where_a_clause_with_its_own_subject_begins() -> None:
    got = commitments(
        "The Secretary reaffirmed that the United States will deploy an additional armored brigade to Poland "
        "by March 2027, and the two ministers agreed to hold a joint exercise in the spring."
    )
    assert [(a, x) for a, x, _ in got] == [
        ("the United States", "will deploy an additional armored brigade to Poland by March 2027"),
        ("the two ministers", "agreed to hold a joint exercise in the spring"),
    ]
    # the same subject going on is one action
    assert commitments("The plan will create 500 jobs, and will cut costs.")[0][1] == (
        "will create 500 jobs, and will cut costs"
    )


def test_a_coordinated_subject_with_an_appositive_names_both() -> None:
    got = commitments("General Dynamics and a smaller firm, Keystone Ordnance, will share the work.")
    assert got[0][0] == "General Dynamics and Keystone Ordnance"
    assert commitments("My adviser, John Holdren, will brief you.")[0][0] == "John Holdren"


def test_a_body_announcing_is_the_it_that_commits() -> None:
    got = commitments(
        "Second, the Department is announcing today that it will award $1.2 billion in contracts."
    )
    assert got == [("Department", "will award $1.2 billion in contracts", "Department")]
    # a company from the list of names that read like people's is a body too
    assert commitments("Toyota said it would cut 2,000 jobs.") == [
        ("Toyota", "would cut 2,000 jobs", "Toyota")
    ]


def test_offering_to_take_questions_is_the_running_of_a_briefing() -> None:
    assert commitments("A few things to start with, and then I'll be happy to take your questions.") == []
    assert commitments("I'll be happy to announce that we will hire 300 inspectors.")[-1][1] == (
        "will hire 300 inspectors"
    )


def test_a_pledge_that_someone_else_will_act_is_that_act_in_the_pledgers_words() -> None:
    got = commitments(
        "Foreign Minister Grace Wanjiru pledged that Kenya would keep its border open to refugees."
    )
    assert got == [("Kenya", "would keep its border open to refugees", "Grace Wanjiru")]
    # the pledger's own act stays whole
    got = commitments("Bob Geldof promised that the commission would deliver new thinking.")
    assert [a for a, _, _ in got] == ["the commission"]


def test_a_where_clause_and_a_verb_that_reports_only_before_that() -> None:
    got = commitments(
        "The President will travel to Wilmington, Delaware, where he will remain over the weekend."
    )
    assert got[0][1] == "will travel to Wilmington, Delaware"
    got = commitments("Secretary Blake underscored that the United States will host a donors' conference.")
    assert got == [("the United States", "will host a donors' conference", "Blake")]
    # with an object, "reaffirmed" reports nothing: "they" stays the leaders who committed
    got = commitments("The leaders reaffirmed the partnership, and they committed to working together.")
    assert got[0][2] is None


def test_holidays_and_a_parliament_calendar_are_deadlines() -> None:
    from summarizer.when import find_when

    assert find_when("would publish its bill before Christmas") == "before Christmas"
    assert find_when("will act by the summer recess") == "by the summer recess"
    assert find_when("will hold a vote before the general election") == "before the general election"
    assert find_when("will be done by Easter 2027") == "by Easter 2027"
    assert find_when("will report on the election results") is None  # the election is no time here


def test_a_plan_after_an_indefinite_phrase_is_a_noun() -> None:
    assert (
        commitments("Portsmouth City Council on Thursday approved a $45 million plan to raise sea walls.")
        == []
    )
    assert commitments("It is a bold plan to rebuild the port.") == []
    assert [a for a, _, _ in commitments("The two countries plan to sign a deal.")] == ["The two countries"]


def test_a_promise_with_a_time_or_a_party_before_its_to() -> None:
    got = analyse("The police chief promised on Tuesday to review the response.").commitments
    assert [(c.actor, c.action, c.when) for c in got] == [
        ("The police chief", "promised on Tuesday to review the response", None)  # Tuesday: when promised
    ]
    got = analyse("The two leaders agreed last year to hold talks by June.").commitments
    assert [(c.actor, c.when) for c in got] == [("The two leaders", "by June")]
    got = commitments("We have agreed with the regional authorities to offer free vaccinations until June.")
    assert [a for a, _, _ in got] == ["We"]
    # agreeing with a decision commits to nothing
    assert commitments("The minister agreed with the decision to withdraw troops.") == []
    assert commitments("Anderson largely agreed with McLenny and seemed to think it was phony.") == []


def test_a_pledge_in_a_clause_of_its_own_is_its_makers() -> None:
    got = commitments(
        "The police chief promised to review the response, as the mayor pledged an extra $2 million for "
        "violence prevention."
    )
    assert got == [
        ("The police chief", "promised to review the response", None),
        ("the mayor", "pledged an extra $2 million for violence prevention", "the mayor"),
    ]
    # a comparison with "as" commits to nothing of its own
    assert commitments("They cannot re-negotiate anything (as Michael Howard is pledged to do).") == []
    assert commitments("It would bring change, as the President is going to continue to call for.") == []


def test_someones_commitment_to_act_is_theirs() -> None:
    got = commitments("Secretary Bessent welcomed Japan's commitment to provide $3 billion in financing.")
    assert got == [("Japan", "Japan's commitment to provide $3 billion in financing", None)]
    assert commitments("She doubted the Government's promise to build homes.")[0][0] == "the Government"
    # the owner's phrase as the subject has its own verb after it; "commitment to veterans" is no act
    assert commitments("The Commission's pledge to cut red tape was welcomed.") == []
    assert commitments("The budget honours America's commitment to veterans.") == []


def test_handing_over_and_updating_the_room_is_procedure() -> None:
    assert commitments("MINISTER HARTLEY: I want to update you on the outbreak.") == []
    assert commitments("MINISTER HARTLEY: I'll now hand over to the Chief Medical Officer.") == []


def test_a_programme_that_says_it_will_and_warnings_and_promised_updates() -> None:
    got = commitments("The World Food Programme says it will deliver food to 250,000 people next month.")
    assert [a for a, _, _ in got] == ["World Food Programme"]
    # a warning of what happens without something commits no one
    assert commitments('"Without more staff, new buildings will stand empty," said Dr Emma Runswick.') == []
    assert commitments("Spokesperson: We will update you as the schedule firms up.") == []


def test_a_reported_clause_coordinated_after_said_is_its_own_subjects() -> None:
    got = commitments(
        "Meridian's chief executive, Laura Chen, said the company accepted responsibility and would "
        "cooperate with the government's monitoring program."
    )
    assert got == [("the company", "would cooperate with the government's monitoring program", "Laura Chen")]


def test_a_parenthesis_before_the_verb_leaves_the_subject() -> None:
    got = commitments(
        "Representative Salud Carbajal (D-Calif.) will introduce companion legislation next week."
    )
    assert [a for a, _, _ in got] == ["Representative Salud Carbajal"]

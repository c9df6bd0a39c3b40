"""Answers the briefings written before the code was changed for them asked for, one mechanism each."""

from __future__ import annotations

from pathlib import Path

from briefed import SCOPE
from briefed import answer as _answer
from briefed import briefed as _service

from bot.scope import Scope


def test_refusals_answer_what_they_refuse(tmp_path: Path) -> None:
    service = _service(
        tmp_path,
        "Store closures\n\nWalgreens said Thursday it will close 1,200 U.S. stores over the next three years. "
        "Walgreens declined to list the locations of the stores that will close. Sheriff Tom Hale said the "
        "deputy who fired had been placed on leave. He declined to name the deputy. The housing authority "
        "said it would review the measure. Its director declined to say whether the authority would challenge "
        "the measure in court.",
    )
    # a refusal of locations does not answer "how many"; a refusal to name answers "who"
    assert _answer(service, "How many stores will Walgreens close?") == "1,200 U.S. stores"
    assert _answer(service, "Who is the deputy?") == "He declined to name the deputy."
    assert _answer(service, "Will the housing authority challenge the measure in court?").startswith(
        "Its director declined to say whether"
    )


def test_times_sizes_causes_and_notice(tmp_path: Path) -> None:
    service = _service(
        tmp_path,
        "Fire update\n\nThe sheriff's office will release body camera footage of Sunday's shooting within 30 days. "
        "The board would publish new forecasts in its May statement, and the bank would review its "
        "communication by the end of the year. The Canyon Fire more than doubled in size, burning through "
        "12,000 acres. The cause of the fire remains under investigation. A spokesperson said the company "
        "would notify employees at least 60 days before each closure.",
    )
    assert _answer(service, "When will the body camera footage be released?") == "within 30 days"
    assert "May" in _answer(service, "When will the board publish new forecasts?")
    assert "12,000 acres" in _answer(service, "How big is the Canyon Fire?")
    assert _answer(service, "What caused the fire?") == "The cause of the fire remains under investigation."
    assert "60 days" in _answer(service, "How much notice will employees get before a closure?")


def test_deaths_states_holders_and_places(tmp_path: Path) -> None:
    service = _service(
        tmp_path,
        "Outbreak and appeal\n\nThe ministry confirms 1,240 suspected cases of cholera and 38 deaths since 1 March. "
        "NetChoice's director said the group would challenge similar laws in Florida and Utah. "
        "The Royal College of Surgeons welcomed the hubs. Its president, Tim Mitchell, said the college would "
        "help. NATO will coordinate the delivery of weapons to Ukraine through our command in Wiesbaden.",
    )
    assert "38" in _answer(service, "How many people have died of cholera?")
    assert _answer(service, "Which states will NetChoice challenge next?") == "Florida and Utah"
    assert _answer(service, "Who is the president of the Royal College of Surgeons?") == "Tim Mitchell"
    assert _answer(service, "Where is NATO's command for coordinating weapons deliveries?") == "Wiesbaden"


def test_a_word_only_another_briefing_holds_does_not_make_a_sentence_answer(tmp_path: Path) -> None:
    service = _service(
        tmp_path,
        "Rail plans\n\nThe minister did not comment on the timeline for the bullet train project.",
    )
    service.brief_text(
        Scope("local", "local", "business", "you"),  # another channel: asked in vain here, the workspace is
        "Battery plant\n\nNorthwind will also invest $20 million in a training partnership with a university.",
    )
    # "train" (of "training") and "cost" (of "$20 million") are in the battery story; "bullet" only in the other
    assert service.ask(SCOPE, "How much will the bullet train cost?").data["found"] is False


def test_a_rate_is_no_span_of_time(tmp_path: Path) -> None:
    service = _service(
        tmp_path,
        "Rail dispute\n\nThe strike will affect about 20,000 services a day. Drivers will walk out for 48 hours "
        "from Tuesday in the strike, the union said.",
    )
    assert _answer(service, "How long will the strike last?") == "for 48 hours"


def test_light_words_months_and_refusals_of_where(tmp_path: Path) -> None:
    service = _service(
        tmp_path,
        "Outbreak and roads\n\nSo far, 112 cases and nine deaths have been reported. The Albanese Government "
        "will open 50 more Medicare Urgent Care Clinics. The new clinics will open in every state from July "
        'next year. "These clinics are free, they are open seven days a week," the minister said. The '
        "minister did not say where the money would come from. The money was announced in Nairobi, Kenya.",
    )
    assert "nine deaths" in _answer(service, "How many people have died?")
    assert "50" in _answer(service, "How many new clinics will open?")
    assert "July" in _answer(service, "When will the new clinics open?")
    assert _answer(service, "Where will the money come from?").startswith("The minister did not say where")


def test_a_deadline_counted_from_now_a_closure_s_verb_and_a_tally(tmp_path: Path) -> None:
    service = _service(
        tmp_path,
        "School board votes to close five schools\n\nThe school board voted 5-2 late Wednesday to close five "
        "elementary schools, a move the district says will save about $4 million a year. Board president Jane "
        "Roe, who voted against the plan, said parents had not been consulted. Survivors can apply today, and "
        "the first payments will go out within 72 hours of approval.",
    )
    assert _answer(service, "When will the first payments go out?") == "within 72 hours"
    assert _answer(service, "How much will the closures save?") == "about $4 million"
    assert "voted 5-2" in _answer(service, "What was the vote?")


def test_compound_agents_named_roles_passive_who_and_amounts_only_a_title_holds(tmp_path: Path) -> None:
    service = _service(
        tmp_path,
        "Security Council demands ceasefire in Sudan\n\nThe British-drafted resolution calls on the paramilitary "
        "Rapid Support Forces (RSF) to end the siege. Canada would send a ministerial delegation led by the "
        "Minister of Environment and Climate Change, Julie Dabrusin. Columbus police arrested a 24-year-old man "
        "Tuesday night, Police Chief Elaine Bryant said. She said Britain would host a conference in London "
        "in April to raise money for humanitarian relief.",
    )
    assert _answer(service, "Who drafted the resolution?") == "British"
    assert _answer(service, "Who will lead Canada's delegation?") == "Julie Dabrusin"
    assert _answer(service, "Who was arrested?") == "a 24-year-old man"
    # "Sudan" only in the title, and no amount in the sentence: nothing says how much
    assert service.ask(SCOPE, "How much money has been raised for Sudan?").data["found"] is False


def test_a_when_after_the_noun_a_compound_duration_rise_and_most(tmp_path: Path) -> None:
    service = _service(
        tmp_path,
        "Deal to end strike\n\nThe union reached a tentative agreement on Thursday that would raise wages by 38%, "
        "a deal that could end a seven-week strike. Boeing declined to say how much the strike had cost the "
        "company. The German government on Wednesday agreed to cut the electricity tax for manufacturers from "
        "January. Most of the cases are in Gaines County, near the New Mexico border. New Mexico has reported "
        "nine cases.",
    )
    assert _answer(service, "When will the electricity tax cut take effect?") == "from January"
    assert _answer(service, "How long has the strike lasted?") == "seven-week"
    assert _answer(service, "How much would wages rise under the deal?") == "38%"
    assert _answer(service, "Where are most of the cases?") == "Gaines County"


def test_an_office_s_holder_an_agent_after_led_by_a_date_range_and_counts_need_numbers(
    tmp_path: Path,
) -> None:
    service = _service(
        tmp_path,
        "Red Line shutdown\n\nThe MBTA will suspend Red Line service from March 1 through March 16 so crews can "
        "replace track, General Manager Phillip Eng announced Thursday. Free shuttle buses will replace trains. "
        "An International Monetary Fund (IMF) team led by Evan Papageorgiou visited Colombo.",
    )
    assert _answer(service, "Who is the MBTA's general manager?") == "Phillip Eng"
    assert _answer(service, "Who led the IMF team?") == "Evan Papageorgiou"
    assert _answer(service, "How long will Red Line service be suspended?") == "from March 1 through March 16"
    assert service.ask(SCOPE, "How many buses will be used?").data["found"] is False


def test_a_time_of_day_a_title_s_context_and_an_amount_without_a_number(tmp_path: Path) -> None:
    service = _service(
        tmp_path,
        "Florida orders evacuations\n\nOfficials ordered more than 1 million people to leave their homes. Polls "
        "would open at 7 a.m. and close at 5 p.m. on December 7. The new rules will make it more cost-effective "
        "for consumers to repair goods. Committee chair Liam Byrne said the delays were unacceptable.",
    )
    assert _answer(service, "How many people were ordered to evacuate?") == "more than 1 million people"
    assert _answer(service, "When will polls open?") == "at 7 a.m."
    assert _answer(service, "Who chairs the committee?") == "Liam Byrne"
    assert service.ask(SCOPE, "How much will repairs cost?").data["found"] is False


def test_an_age_part_of_a_year_an_amount_s_own_words_and_a_notice_s_question(tmp_path: Path) -> None:
    service = _service(
        tmp_path,
        "Chief to step down\n\nO'Hara, 45, did not take questions. The agency moved the landing to mid-2027. Nike "
        "said revenue would fall about 10% in the current quarter, sending its shares down 7%.\n\n"
        "What information was involved? The affected information may have included your name.",
    )
    assert _answer(service, "How old is O'Hara?") == "45"
    assert _answer(service, "When will the landing take place?") == "mid-2027"
    assert _answer(service, "How much did Nike shares fall?") == "7%"
    assert _answer(service, "What information was involved?").startswith("The affected information")


def test_a_level_asked_as_what_is_a_titled_agent_and_a_holder_named_before_the_office(tmp_path: Path) -> None:
    service = _service(
        tmp_path,
        'Rates cut\n\nThe Bank of England cut interest rates by a quarter point to 4% on Thursday. "Interest rates '
        'are still on a downward path," Bailey said. A five-judge bench headed by Chief Justice D.Y. Chandrachud '
        'ordered the State Bank of India to stop. "Famine is taking hold," said Tom Fletcher, the UN '
        "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator.",
    )
    assert _answer(service, "What are interest rates now?") == "4%"
    assert _answer(service, "Who headed the bench?") == "Chief Justice D.Y. Chandrachud"
    assert _answer(service, "Who is the UN Emergency Relief Coordinator?") == "Tom Fletcher"


def test_a_refusal_answers_how_much_only_when_it_refuses_an_amount(tmp_path: Path) -> None:
    service = _service(
        tmp_path,
        "Winter pressures\n\nNICK ROBINSON: Will you get resident doctors back before they strike again?\n\n"
        "WES STREETING: I'm not going to negotiate on your programme, Nick.\n\nNICK ROBINSON: Is the NHS "
        "coping?\n\nWES STREETING: It is hard.\n\nNICK ROBINSON: Does the Disaster Relief Fund have enough "
        "money?\n\nWES STREETING: I'm not going to speculate on the balance of the fund.",
    )
    assert service.ask(SCOPE, "How many doctors are on strike?").data["found"] is False
    assert _answer(service, "How much money is left in the Disaster Relief Fund?").startswith(
        "I'm not going to speculate"
    )

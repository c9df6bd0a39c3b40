"""Shapes the forty-second batch brought: a White House fact sheet in nested lists, the opening of a press briefing
and a joint communiqué, scored once with the code as it stood, then mended. Each test uses text written for it in
the same shape."""

from __future__ import annotations

from pathlib import Path

from briefed import answer, briefed, found_actors

from bot.roles import WHO_HOLDS
from summarizer.declined import DECLINED


def test_a_veto_threat_and_pledges_not_to_act() -> None:
    assert found_actors("If the Governor were presented with the bill, she would veto it.") == ["she"]
    assert (
        found_actors("If the Governor were presented with the bill, she would sign it.") == []
    )  # (a hypothesis)
    assert found_actors("She won’t let the council make things worse.") == ["She"]
    assert found_actors("It won't happen again.") == []
    assert found_actors("The mayor will never stop fighting for the city's parks.") == ["The mayor"]
    assert found_actors("Prices will never stop rising.") == []


def test_a_refusal_to_go_beyond_the_reports() -> None:
    assert DECLINED.search("I’m not going to go beyond what the reporting is on the suspect.")


def test_answers_of_the_batch(tmp_path: Path) -> None:
    service = briefed(
        tmp_path,
        "Communique\n\n"
        "The mayor received yesterday in Lisbon a delegation led by Minister of Health Ana Reyes, Minister of "
        "Housing Tom Lund, and City Hall Water Security Advisor Sara Holm. "
        "On behalf of President Tom Berg, the United States was represented by Eva Lund, Secretary of State; Ken "
        "Dahl, United States Ambassador to Portugal; and Sara Berg, Head of Ports. "
        "On Tuesday, March 4, fees were issued on ferries under the Ports Emergency Powers Act to curb delays.",
    )
    assert answer(service, "Who led the delegation?") == "Ana Reyes, Tom Lund and Sara Holm"
    assert answer(service, "Who is the United States Ambassador to Portugal?") == "Ken Dahl"
    assert WHO_HOLDS.match("Who is the United States Ambassador to Portugal?")  # (an office "to" a country)
    assert "Ports Emergency Powers Act" in answer(service, "Under which law were the fees issued?")

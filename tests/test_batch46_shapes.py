"""Shapes the forty-sixth batch brought: a White House fact sheet whose run-in heads are plain capitals, and a BBC
politics story, scored once with the code as it stood, then mended. Each test uses text written for it in the same
shape."""

from __future__ import annotations

from briefed import analysis, found_actors


def test_a_fact_sheets_plain_run_in_heads_are_no_speakers() -> None:
    out = analysis(
        "---\ntitle: 'Fact Sheet: The Governor Declares a Flood Emergency'\n---\n\n"
        "DECLARING A FLOOD EMERGENCY: Today, Governor Ana Reyes signed an order declaring a flood emergency.\n\n"
        "TAKING BACK CONTROL: For years the state has neglected its levees.\n\n"
        "-   In 2024, Governor Reyes promised to rebuild the levees.\n"
        "-   As Governor Reyes described in 2023: “Floods hurt every family. And I will therefore take every "
        "lawful action to protect them.”"
    )
    assert out["summary"][0]["text"].startswith("Today, Governor Ana Reyes signed")
    assert [q["speaker"] for q in out["quotes"]] == ["Ana Reyes"]
    assert {c["speaker"] for c in out["commitments"]} == {"Ana Reyes"}


def test_an_implication_and_a_relative_clause_with_its_own_subject() -> None:
    out = analysis(
        "Jobs\n\nThis would involve an extra one million older people joining the work force, he said."
    )
    assert out["commitments"] == []
    assert (
        found_actors(
            "We are giving them a right to request to work past 65 which their employers will have to weigh."
        )
        == []
    )
    assert found_actors("The rules, which employers will have to follow, start today.") == []


def test_a_hosts_label_is_still_a_speaker() -> None:
    # (a host's one-word label that ends like a gerund, "KING:", is a speaker, not a run-in head)
    out = analysis("Transcript\n\nKING: We will air the full debate on Friday.")
    assert [c["speaker"] for c in out["commitments"]] != [None]

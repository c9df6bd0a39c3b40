import pytest

from bot.commands import HELP, Command, CommandError, parse
from bot.config import ConfigError, load


def test_parse_commands() -> None:
    assert parse("") == Command("help")
    assert parse("help") == Command("help")
    assert parse("ask Who leads?") == Command("ask", "Who leads?")
    assert parse("Who leads the delegation?") == Command("ask", "Who leads the delegation?")
    assert parse("https://news.example/a").is_url
    assert parse("private https://news.example/a") == Command("brief", "https://news.example/a", private=True)
    assert parse("subscribe 9:05 America/Mexico_City") == Command(
        "subscribe", time="09:05", timezone="America/Mexico_City"
    )
    assert parse("subscribe") == Command("subscribe")
    assert parse("digest 2026-03-01") == Command("digest", "2026-03-01")
    assert parse("forget 12") == Command("forget", "12")
    assert parse("forget channel") == Command("forget", "channel")
    assert parse("The council will vote.\nIt was delayed.") == Command(
        "brief", "The council will vote.\nIt was delayed."
    )
    assert "subscribe [HH:MM] [Area/City]" in HELP


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("subscribe 25:00", "not a time of day"),
        ("subscribe 09:00 Mars/Olympus", "not a time zone"),
        ("subscribe 09:00 Paris", "Europe/Paris"),
        ("forget", "Forget what?"),
        ("forget everything", "Forget what?"),
        ("ask", "Ask what?"),
        ("digest yesterday", "not a date"),
    ],
)
def test_bad_commands(text: str, message: str) -> None:
    with pytest.raises(CommandError, match=message):
        parse(text)


def test_settings_from_file_and_environment(tmp_path) -> None:  # type: ignore[no-untyped-def]
    s = load(environ={})
    assert s.summary_sentences == 3 and s.fetch_allow_networks == ()
    f = tmp_path / "b.toml"
    f.write_text('[summary]\nsentences = 5\n[digest]\ntimezone = "Europe/Paris"\n', encoding="utf-8")
    s = load(
        f,
        environ={
            "BRIEFBOT_FETCH_ALLOW_NETWORKS": "127.0.0.1/32, 10.0.0.0/8",
            "SLACK_BOT_TOKEN": "xoxb-secret",
        },
    )
    assert (s.summary_sentences, s.digest_timezone) == (5, "Europe/Paris")
    assert s.fetch_allow_networks == ("127.0.0.1/32", "10.0.0.0/8")
    assert s.secrets.get("SLACK_BOT_TOKEN") == "xoxb-secret"
    assert "xoxb-secret" not in repr(s)
    with pytest.raises(ConfigError, match="time zone"):
        load(environ={"BRIEFBOT_DIGEST_TIMEZONE": "Nowhere/City"})
    with pytest.raises(ConfigError, match="wrong type"):
        load(environ={"BRIEFBOT_SUMMARY_SENTENCES": "many"})
    f.write_text("[summary]\ncolour = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="Unknown setting"):
        load(f, environ={})


def test_packaged_defaults_are_the_documented_file() -> None:
    from importlib import resources
    from pathlib import Path

    packaged = resources.files("bot").joinpath("data/briefbot.toml").read_text(encoding="utf-8")
    documented = (Path(__file__).parent.parent / "config" / "briefbot.toml").read_text(encoding="utf-8")
    assert packaged == documented

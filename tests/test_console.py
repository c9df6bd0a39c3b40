"""End to end through the console adapter: push a line in, pop the reply out (errbot's test backend shape)."""

import io
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from adapters.console import Console
from bot.config import load
from bot.schedule import DigestScheduler
from bot.scope import Scope
from bot.service import BriefingService
from bot.store import Store


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 6, 1, 6, 0, tzinfo=UTC)  # 08:00 in Paris

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def console(tmp_path: Path) -> Console:
    service = BriefingService(Store.open(f"sqlite:///{tmp_path / 'c.db'}"), load(environ={}), Clock())
    return Console(service, Scope("local", "local", "newsroom", "me"))


def test_brief_ask_list_forget(console: Console, sample_text: str) -> None:
    out = console.push("brief " + sample_text)
    assert "Briefing #1." in out and "Commitments" in out and "Blinken — will lead the delegation" in out
    assert "Already briefed here as #1." in console.push(sample_text)  # pasted again: stored once
    out = console.push("Who will lead the US delegation?")
    assert out.startswith("Blinken\n") and "[#1, sentence 5]" in out
    out = console.push("ask What is the capital of Australia?")
    assert out.startswith("Not found in the briefings")
    assert "#1 " in console.push("list")
    assert "Deleted briefing #1." in console.push("forget 1")
    assert "Not found" in console.push("ask Who will lead the US delegation?")


def test_bad_input_gets_one_clear_sentence(console: Console) -> None:
    for line, message in [
        ("subscribe 9am", "not a time of day"),
        ("subscribe 09:00 Moon/Base", "not a time zone"),
        ("ask " + "why " * 2000 + "?", "too long"),
        ("forget 99", "no briefing #99"),
        ("### Only a heading", "no sentences"),
        ("https://news.example/a", "Reading links is not enabled"),
    ]:
        out = console.push(line)
        assert out.startswith("Sorry —") and message in out, (line, out)
        assert "Traceback" not in out


def test_subscribe_and_digest_printed_at_its_time(console: Console, sample_text: str) -> None:
    service = console.service
    assert "every day at 09:00 (Europe/Paris)" in console.push("subscribe 09:00 Europe/Paris")
    console.push("brief " + sample_text)
    scheduler = DigestScheduler(service, console.post, "console")
    clock = service.clock
    assert isinstance(clock, Clock)
    clock.now += timedelta(minutes=59)  # 08:59 in Paris
    assert scheduler.tick() == [] and console.pop() == []
    clock.now += timedelta(minutes=1)
    assert scheduler.tick() == [("local:local", "newsroom", "2026-06-01", "posted")]
    (digest,) = console.pop()
    assert digest.startswith("Digest for 2026-06-01") and "Commitments by actor" in digest
    assert "Blinken: will lead the delegation" in digest
    assert "Unsubscribed" in console.push("unsubscribe")


def test_console_loop_reads_pasted_blocks(console: Console) -> None:
    stdin = io.StringIO(
        "The ministry will publish the rules next week.\nOfficials declined to say why.\n.\nlist\nquit\n"
    )
    stdout = io.StringIO()
    assert console.run(stdin, stdout, schedule=False) == 0
    out = stdout.getvalue()
    assert "The ministry — will publish the rules next week [next week]" in out and "#1 " in out


def test_cli_brief_then_ask_json(tmp_path: Path, eval_path: Path) -> None:
    exe = Path(sys.executable).with_name("briefbot")
    db = tmp_path / "cli.db"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes((eval_path / "briefings" / "us-mexico-security-dialogue.txt").read_bytes())
    (folder / "b.md").write_text("The board agreed to meet again in May.", encoding="utf-8")
    run = subprocess.run(
        [str(exe), "brief", str(folder), "--db", str(db)], capture_output=True, text=True, check=True
    )
    assert "2/2" in run.stderr  # the progress bar
    ask = subprocess.run(
        [str(exe), "ask", "How much is the Merida Initiative worth?", "--db", str(db), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(ask.stdout)
    assert data["found"] is True and data["answer"] == "$3 billion"
    assert set(data["citations"][0]) == {"briefing_id", "title", "index", "text"}
    digest = subprocess.run([str(exe), "digest", "--db", str(db)], capture_output=True, text=True, check=True)
    assert digest.stdout.startswith("Digest for ") and "The board" in digest.stdout

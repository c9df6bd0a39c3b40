import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from adapters.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_brief_json_contract(tmp_path: Path, sample_text: str, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "b.txt"
    f.write_text(sample_text, encoding="utf-8")
    code, out, _ = run(["brief", str(f), "--format", "json", "--sentences", "2"], capsys)
    assert code == 0
    data = json.loads(out)
    assert set(data) == {
        "title",
        "source",
        "date",
        "summary",
        "commitments",
        "declined",
        "quotes",
        "entities",
    }
    assert len(data["summary"]) == 2
    assert set(data["commitments"][0]) == {
        "index",
        "text",
        "actor",
        "action",
        "modality",
        "speaker",
        "when",
        "specific",
    }
    assert set(data["declined"][0]) == {"index", "text", "speaker"}
    assert set(data["quotes"][0]) == {"index", "text", "speaker"}
    assert set(data["entities"][0]) == {"text", "kind", "count"}


def test_brief_text_and_markdown(
    tmp_path: Path, sample_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "b.md"
    f.write_text(sample_text, encoding="utf-8")
    code, out, _ = run(["brief", str(f)], capsys)
    assert code == 0
    assert "Summary" in out and "Commitments" in out and "Declined to say" in out
    assert "Blinken — will lead the delegation" in out
    code, out, _ = run(["brief", str(f), "--format", "markdown"], capsys)
    assert "## Commitments" in out


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    data = "The ministry will publish the rules next week. Officials declined to say why."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    code, out, _ = run(["brief", "-", "--format", "json"], capsys)
    assert code == 0
    assert json.loads(out)["commitments"][0]["when"] == "next week"


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (None, [], "No such file"),
        (b"", [], "is empty"),
        (b"   \n\n  ", [], "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", [], "not a text file"),
        (b"### Heading only\n", [], "no sentences"),
        (b"The plan will pass.", ["--algorithm", "magic"], "Unknown summary algorithm"),
    ],
)
def test_bad_input_is_one_sentence_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, args: list[str], message: str
) -> None:
    f = tmp_path / "in.txt"
    if content is not None:
        f.write_bytes(content)
    code, out, err = run(["brief", str(f), *args], capsys)
    assert code == 1
    assert out == ""
    assert message in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_folders_are_briefed_with_progress(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["brief", str(tmp_path)], capsys)
    assert code == 1 and "holds no .txt, .md or .html files" in err
    (tmp_path / "a.txt").write_text(
        "The council will vote on Monday. It was delayed twice.", encoding="utf-8"
    )
    (tmp_path / "b.md").write_text(
        "# Plan\n\nThe ministry pledged to publish the rules by 2026.\n", encoding="utf-8"
    )
    (tmp_path / "c.txt").write_bytes(b"")
    code, out, err = run(["brief", str(tmp_path), "--format", "json"], capsys)
    assert code == 1  # one of the three was empty
    assert "c.txt" in err and "is empty" in err and "3/3" in err
    assert out.count('"commitments"') == 2


def test_console_script_runs_the_demo() -> None:
    exe = Path(sys.executable).with_name("briefbot")
    proc = subprocess.run(
        [str(exe), "demo"], capture_output=True, text=True, timeout=60, check=False, stdin=subprocess.DEVNULL
    )
    assert proc.returncode == 0, proc.stderr
    assert "Merida" in proc.stdout


def test_a_bug_is_one_line_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import adapters.cli

    def broken(*_: object) -> int:
        raise RuntimeError("index out of range")

    monkeypatch.setattr(adapters.cli, "cmd_ask", broken)
    assert main(["ask", "Who will lead the delegation?"]) == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "RuntimeError: index out of range" in err and "-v" in err


def test_no_store_prints_no_briefing_number(
    tmp_path: Path, sample_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "b.md"
    f.write_text(sample_text, encoding="utf-8")
    code, out, _ = run(["brief", str(f), "--no-store"], capsys)
    assert code == 0
    assert "Not stored." in out and "Briefing #" not in out
    assert "Blinken — will lead the delegation" in out

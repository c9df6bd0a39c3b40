from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def eval_dir() -> Path:
    """../shared/eval: required in CI, skipped with a reason on a machine without it."""
    if not EVAL.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"CI needs the evaluation data at {EVAL}")
        pytest.skip(f"evaluation data not found at {EVAL} (clone with ../shared beside the repository)")
    return EVAL


@pytest.fixture
def eval_path() -> Path:
    return eval_dir()


@pytest.fixture
def scorer(eval_path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_score", eval_path / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def sample_text() -> str:
    return (ROOT / "bot" / "data" / "sample-briefing.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _isolated_store(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test writes to the user's real store: the default store is a fresh SQLite file."""
    db = tmp_path_factory.mktemp("store") / "briefbot.db"
    monkeypatch.setenv("BRIEFBOT_STORE_URL", f"sqlite:///{db}")
    monkeypatch.delenv("BRIEFBOT_CONFIG", raising=False)

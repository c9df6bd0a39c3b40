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


PG_URL = os.environ.get("BRIEFBOT_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def postgres_url() -> str:
    """A clean PostgreSQL database: required in CI (fails there), skipped with a reason elsewhere."""
    try:
        import psycopg

        with psycopg.connect(PG_URL.replace("postgresql+psycopg", "postgresql"), connect_timeout=3) as conn:
            conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
            conn.execute("CREATE SCHEMA public")
    except Exception as err:  # ImportError or a connection error
        if os.environ.get("CI"):
            pytest.fail(f"CI needs PostgreSQL at {PG_URL}: {err}")
        pytest.skip(
            f"PostgreSQL is not reachable at {PG_URL} ({err.__class__.__name__}); set BRIEFBOT_TEST_POSTGRES"
        )
    return PG_URL


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return postgres_url()


@pytest.fixture
def store(store_url: str):  # type: ignore[no-untyped-def]
    from bot.store import Store

    s = Store.open(store_url)
    yield s
    s.close()

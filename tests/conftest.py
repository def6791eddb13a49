"""Shared fixtures. Tests never touch the user's bank: QUIZGEN_BANK points into a temp dir."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "input" / "2024-06-19-putin-visits-pyongyang.txt"
ARTICLES = Path(__file__).resolve().parent / "articles"


@pytest.fixture(autouse=True)
def _isolated_bank(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIZGEN_BANK", str(tmp_path / "bank" / "quizgen.db"))


@pytest.fixture(scope="session")
def nlp():
    from quizgen import nlp as loader

    return loader.load()


@pytest.fixture
def bank_path(tmp_path: Path) -> str:
    return os.environ["QUIZGEN_BANK"]


def quizgen_command() -> list[str]:
    exe = shutil.which("quizgen", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "quizgen.cli"]


@pytest.fixture
def run():
    """Run the installed `quizgen` command; returns the CompletedProcess."""

    def _run(*args: str, input: str | None = None, cwd: Path = ROOT, env: dict | None = None, timeout: int = 300):
        full_env = {**os.environ, **(env or {})}
        return subprocess.run([*quizgen_command(), *args], input=input, capture_output=True, text=True, cwd=cwd,
                              env=full_env, timeout=timeout)

    return _run

"""Shared fixtures. Tests never touch the user's bank: QUIZGEN_BANK points into a temp dir."""
from __future__ import annotations

import ctypes
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

    def _run(*args: str, input: str | None = None, cwd: Path = ROOT, env: dict | None = None, timeout: int = 300,
             preexec_fn=None):
        full_env = {**os.environ, **(env or {})}
        return subprocess.run([*quizgen_command(), *args], input=input, capture_output=True, text=True, cwd=cwd,
                              env=full_env, timeout=timeout, preexec_fn=preexec_fn)

    return _run


@pytest.fixture
def without_root_reads(tmp_path: Path):
    """A preexec_fn under which permissions mean something. Root reads every file, so as root the child drops
    the two capabilities that let it (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) before the command starts; it
    stays root otherwise. None when not root."""
    if os.geteuid() != 0:
        return None

    def drop() -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        for capability in (1, 2):
            if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP: gone from the next exec on
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")

    probe = tmp_path / "probe"
    probe.write_text("x")
    probe.chmod(0)
    try:
        readable = subprocess.run([sys.executable, "-c", f"open({str(probe)!r}).read()"], preexec_fn=drop,
                                  capture_output=True).returncode == 0
    except subprocess.SubprocessError:
        readable = True
    if readable:
        pytest.skip("cannot drop root's read-anything capabilities here")
    return drop

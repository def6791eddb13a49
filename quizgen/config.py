"""Settings written once for a daily `quizgen build`: where articles are and which feeds to follow.

Read from `quizgen.toml` in the current directory or, failing that, the `[tool.quizgen]` table of its
`pyproject.toml`. Relative paths in the file are relative to the file's own directory.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import UsageError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILE = "quizgen.toml"
DEFAULT_INPUTS = ("input/",)
KEYS = ("inputs", "feeds", "jobs")


class ConfigError(UsageError):
    """The settings file cannot be used as written."""


@dataclass(frozen=True)
class Config:
    """What a bare `quizgen build` reads."""

    inputs: tuple[str, ...] | None = None  # None: not set, so input/ (if it exists, when there are feeds)
    feeds: tuple[str, ...] = ()
    jobs: int | None = None  # None: one worker per core
    path: str | None = None  # the file these came from, for messages

    def sources(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(paths, feeds) for a bare `quizgen build`. A reader who only follows feeds has no input/
        folder, and is not told every day that it is missing."""
        if self.inputs is not None:
            return self.inputs, self.feeds
        if self.feeds and not all(Path(p).exists() for p in DEFAULT_INPUTS):
            return (), self.feeds
        return DEFAULT_INPUTS, self.feeds


def _strings(table: dict[str, Any], key: str, where: str) -> tuple[str, ...] | None:
    if key not in table:
        return None
    value = table[key]
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: `{key}` must be a list of strings, like {key} = [\"...\"]")
    return tuple(value)


def _resolve(entry: str, base: Path) -> str:
    """A path relative to the settings file; URLs and absolute paths as written."""
    if "://" in entry:
        return entry
    path = Path(os.path.expanduser(entry))
    if path.is_absolute():
        return str(path) + ("/" if entry.endswith("/") else "")
    resolved = str(base / path) if base != Path(".") else str(path)
    return resolved + ("/" if entry.endswith("/") and not resolved.endswith("/") else "")


def parse_config(table: dict[str, Any], *, where: str, base: Path = Path(".")) -> Config:
    """Check a settings table and turn it into a Config; ConfigError names the setting and the fix."""
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise ConfigError(f"{where}: unknown setting `{unknown[0]}`; quizgen reads {', '.join(KEYS)}")
    inputs = _strings(table, "inputs", where)
    feeds = _strings(table, "feeds", where) or ()
    jobs = table.get("jobs")
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1):
        raise ConfigError(f"{where}: `jobs` must be a whole number of at least 1, like jobs = 2")
    return Config(
        inputs=tuple(_resolve(p, base) for p in inputs) if inputs is not None else None,
        feeds=tuple(_resolve(f, base) for f in feeds),
        jobs=jobs,
        path=where,
    )


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML ({e}); fix the file or move it aside") from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot read ({e.strerror or e})") from None


def load_config(path: str | None = None, *, cwd: Path | None = None) -> Config:
    """The settings in `path`, else in ./quizgen.toml, else in ./pyproject.toml's [tool.quizgen], else defaults."""
    here = cwd or Path(".")
    if path is not None:
        file = Path(path)
        if not file.exists():
            raise ConfigError(f"{path}: no such settings file")
        table = _read_toml(file)
        if file.name == "pyproject.toml":
            table = table.get("tool", {}).get("quizgen", {})
        return parse_config(table, where=str(file), base=file.parent)
    own = here / CONFIG_FILE
    if own.is_file():
        return parse_config(_read_toml(own), where=str(own), base=here)
    project = here / "pyproject.toml"
    if project.is_file():
        table = _read_toml(project).get("tool", {}).get("quizgen")
        if table is not None:
            if not isinstance(table, dict):
                raise ConfigError(f"{project}: [tool.quizgen] must be a table")
            return parse_config(table, where=f"{project} [tool.quizgen]", base=here)
    return Config()

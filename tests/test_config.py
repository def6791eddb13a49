"""quizgen.toml and [tool.quizgen]: a bare `quizgen build` reads every listed input and feed."""
import shutil
from pathlib import Path

import pytest

from quizgen.config import Config, ConfigError, load_config

from .conftest import ARTICLES
from .test_cli import assert_clean_error

FEEDS = Path(__file__).resolve().parent / "feeds"


def test_defaults_without_a_settings_file(tmp_path):
    assert load_config(cwd=tmp_path) == Config()


def test_quizgen_toml_paths_are_relative_to_the_file(tmp_path):
    (tmp_path / "quizgen.toml").write_text('inputs = ["news/", "~/x.md"]\nfeeds = ["wire.rss", "https://a.example/rss"]\n'
                                           "jobs = 2\n")
    config = load_config(str(tmp_path / "quizgen.toml"))
    assert config.inputs[0] == f"{tmp_path}/news/" and config.inputs[1] == "~/x.md".replace("~", str(Path.home()))
    assert config.feeds == (f"{tmp_path}/wire.rss", "https://a.example/rss") and config.jobs == 2


def test_sources_of_a_bare_build(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert Config().sources() == (("input/",), ())
    assert Config(feeds=("f.xml",)).sources() == ((), ("f.xml",))  # feeds only: no complaint about input/
    (tmp_path / "input").mkdir()
    assert Config(feeds=("f.xml",)).sources() == (("input/",), ("f.xml",))
    assert Config(inputs=("news/",)).sources() == (("news/",), ())


def test_pyproject_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.quizgen]\nfeeds = ["f.xml"]\n')
    assert load_config(cwd=tmp_path).feeds == (f"{tmp_path}/f.xml",)
    (tmp_path / "quizgen.toml").write_text('feeds = ["g.xml"]\n')
    assert load_config(cwd=tmp_path).feeds == (f"{tmp_path}/g.xml",)  # quizgen.toml first


@pytest.mark.parametrize("text, message", [
    ('feed = ["x"]\n', "unknown setting `feed`"),
    ("feeds = 3\n", "`feeds` must be a list of strings"),
    ("jobs = 0\n", "`jobs` must be a whole number"),
    ("inputs = [\n", "not valid TOML"),
])
def test_bad_settings_are_named(tmp_path, text, message):
    (tmp_path / "quizgen.toml").write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_config(cwd=tmp_path)


def test_bare_build_reads_listed_inputs_and_feeds(run, tmp_path):
    shutil.copytree(ARTICLES, tmp_path / "articles")
    wire = (FEEDS / "full.rss").read_text(encoding="utf-8").replace("{base}", "https://cone.example")
    (tmp_path / "wire.rss").write_text(wire, encoding="utf-8")
    (tmp_path / "quizgen.toml").write_text('inputs = ["articles/"]\nfeeds = ["wire.rss"]\njobs = 1\n')
    bank = str(tmp_path / "b.db")
    first = run("build", "--bank", bank, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("4 new article(s)")
    again = run("build", "--bank", bank, cwd=tmp_path)
    assert again.stdout.startswith("0 new article(s), 4 already in the bank") and "nothing new" in again.stdout


def test_bad_settings_file_is_one_line(run, tmp_path):
    (tmp_path / "quizgen.toml").write_text("inputs = 'x\n")
    assert_clean_error(run("build", cwd=tmp_path), mentions=["quizgen.toml", "not valid TOML"])

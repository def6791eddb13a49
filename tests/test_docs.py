"""Every command has help text and a README example (and the README's commands exist)."""
import re

from quizgen.cli import parser

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def commands() -> dict:
    p = parser()
    sub = next(a for a in p._actions if a.__class__.__name__ == "_SubParsersAction")
    return sub.choices


def test_every_command_has_help_and_a_readme_example():
    for name, cmd in commands().items():
        assert cmd.description, f"{name} has no help text"
        assert re.search(rf"^quizgen {name}\b", README, re.MULTILINE), f"README has no example of `quizgen {name}`"


def test_readme_examples_name_real_commands():
    blocks = "\n".join(re.findall(r"```\n(.*?)```", README, re.DOTALL))
    for name in re.findall(r"\bquizgen ([a-z]+)\b", blocks):
        assert name in commands(), f"README shows `quizgen {name}`, which does not exist"


def test_readme_states_the_two_setup_commands():
    assert "make quiz" in README and "make test" in README
    assert "make test" in (ROOT / ".ci" / "run").read_text()

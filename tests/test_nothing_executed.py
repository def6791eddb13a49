"""Nothing executed: text from articles never runs in a card or a terminal, never becomes a path, and quizgen
has no eval, shell or pickle for it to reach."""
from __future__ import annotations

import ast
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

from quizgen.bank import Bank
from quizgen.build import build
from quizgen.cli import main
from quizgen.models import Article

from .anki_support import assert_clean, both, collection, import_apkg, page, store, visible
from .test_anki import assert_inert
from .test_anki_regen import export_to

PACKAGE = Path(__file__).resolve().parent.parent / "quizgen"
BUILTINS = {"eval", "exec", "compile", "__import__", "breakpoint"}
OS_RUNNERS = {"system", "popen", "startfile", "execv", "execve", "execl", "execlp", "execvp", "spawnl", "spawnv",
              "posix_spawn", "posix_spawnp"}
FORBIDDEN_MODULES = {"pickle", "cPickle", "marshal", "shelve", "subprocess", "dill", "yaml", "code", "pty"}


def test_quizgen_has_no_eval_shell_or_pickle():
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            where = f"{path.name}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] + ([node.module] if isinstance(node, ast.ImportFrom) else [])
                assert not {n.split(".")[0] for n in names if n} & FORBIDDEN_MODULES, (where, names)
            if isinstance(node, ast.Call):
                func = node.func
                assert not (isinstance(func, ast.Name) and func.id in BUILTINS), where
                assert not (isinstance(func, ast.Attribute) and func.attr in OS_RUNNERS
                            and isinstance(func.value, ast.Name) and func.value.id == "os"), where
                assert not any(k.arg == "shell" for k in node.keywords), where


TITLES = ["../../../outside", "/etc/passwd", "..\\..\\windows\\win.ini", "a/b/c", "..", "CON", "nul:",
          "Summit\x1b]0;owned\x07 ends\x1b[2J", "tab\tand\nnew line", "%2e%2e%2fencoded", "~/home"]
COUNTRIES = ["Norway", "Iceland", "Chile", "Peru", "Kenya", "Ghana", "Japan", "Vietnam", "Canada", "Mexico", "Egypt",
             "Jordan", "Poland", "Austria"]


def story(i: int) -> str:
    """A short article of its own: other articles' facts would be dropped as repeats."""
    one, two = COUNTRIES[i % len(COUNTRIES)], COUNTRIES[(i + 5) % len(COUNTRIES)]
    return (f"Ministers from {one} and {two} agreed on Tuesday to share the cost of a new harbour near the border. "
            f"The harbour will cost about {120 + 37 * i} million dollars and should open in {2026 + i}, the "
            f"government of {one} said.")


def test_titles_and_names_with_paths_or_controls_never_become_paths(tmp_path, monkeypatch, capsys, nlp):
    work = tmp_path / "work"
    (work / "in").mkdir(parents=True)
    for i, title in enumerate(TITLES):
        front = f"---\ntitle: {title}\nsource: {title}\nurl: file:///etc/passwd\ndate: 2024-06-{i + 1:02d}\n---\n"
        (work / "in" / f"{i}.md").write_text(front + story(i), encoding="utf-8")
    (work / "in" / "headline.txt").write_text(f"../../headline as title\n\n{story(len(TITLES))}\n", encoding="utf-8")
    outside = sorted(p.name for p in tmp_path.iterdir())
    monkeypatch.chdir(work)
    with Bank("decks/quizgen.db") as bank:
        report = build(["in"], bank, lambda: nlp)
        assert report.new == len(TITLES) + 1, report.failures
        titles = [a.title for a in bank.articles()]
    assert not any(c in t for t in titles for c in "\x1b\x07\n")
    for fmt in ("anki", "json", "csv"):
        assert main(["export", fmt, "--bank", "decks/quizgen.db", "-o", f"decks/out.{fmt}"]) == 0
    created = sorted(str(p.relative_to(work)) for p in work.rglob("*") if p.is_file() and p.parent.name != "in")
    assert created == ["decks/out.anki", "decks/out.csv", "decks/out.json", "decks/quizgen.db"]
    assert sorted(p.name for p in tmp_path.iterdir()) == outside
    with zipfile.ZipFile(work / "decks" / "out.anki") as z:
        assert sorted(z.namelist()) == ["collection.anki2", "media"] and z.read("media") == b"{}"
        (tmp_path / "c.anki2").write_bytes(z.read("collection.anki2"))
    with closing(sqlite3.connect(tmp_path / "c.anki2")) as db:
        decks = db.execute("SELECT decks FROM col").fetchone()[0]
    assert "outside" not in decks and "passwd" not in decks


ATTACK = """\
Summit {{FrontSide}} {{#Title}}shown{{/Title}} ends [anki:tts lang=en_US]speak[/anki:tts]

Leaders from France and Germany met in Geneva on Monday, while a banner \x1f reading <img src=x onerror=alert(1)> \
and \x1b]0;pwned\x07 hung outside {{Text}} the hall.

President Emmanuel Macron said France would host the next round {{c1::x}} in Paris in September.
"""


def test_template_syntax_and_control_characters_stay_inert_after_a_round_trip_through_anki(tmp_path, nlp, run):
    path = tmp_path / "2024-06-20-attack.txt"
    path.write_text(ATTACK, encoding="utf-8")
    bank = tmp_path / "bank.db"
    with Bank(str(bank)) as b:
        assert build([str(path)], b, lambda: nlp).new == 1
    # A bank from before control characters were kept out, or written by another tool, holds them raw.
    old = Article(id="old", source="old.txt", text="...", title="Old \x1f title \x1b[2J")
    store([(old, both(old, "Delegates met in Geneva\x1f on \x1b[31mMonday.", "Geneva",
                      ("Geneva", "Vienna", "Oslo", "Rome"), label="GPE"))], bank)
    apkg, questions = export_to(bank, tmp_path / "attack.apkg")
    assert any("{{FrontSide}}" in q.sentence or "{{Text}}" in q.sentence for q in questions.values())

    col = collection(tmp_path / "col")
    assert_clean(import_apkg(col, apkg), new=len(questions))
    for card in (col.get_card(cid) for cid in col.find_cards("")):
        note = card.note()
        assert len(note.fields) == len(note.note_type()["flds"])
        assert not any("\x1f" in f or "\x1b" in f for f in note.fields)
        front, back = card.question(), card.answer()
        assert_inert(front)
        assert_inert(back)
        assert not card.question_av_tags() and not card.answer_av_tags()
        shown = visible(back)
        assert "shown" not in shown or "{{#Title}}shown{{/Title}}" in shown
        if "Summit" in shown:
            assert "Summit {{FrontSide}} {{#Title}}shown{{/Title}} ends [anki:tts lang=en_US]speak[/anki:tts]" in shown
        assert not any(a for tag, attrs in page(back).elements for a in attrs if a[0].startswith("on"))

    quiz = run("quiz", "--bank", str(bank), "--plain", "--kind", "mcq", "--limit", "5", input="1\n" * 20)
    assert quiz.returncode == 0 and "\x1b" not in quiz.stdout and "\x07" not in quiz.stdout

"""Nothing lost when quizgen is killed (SIGKILL: no clean-up runs) in the middle of a build or an export, or
when a build runs while a quiz is open. These start real quizgen processes, so they take a few seconds."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
import zipfile
from contextlib import closing
from pathlib import Path

from quizgen.bank import Bank
from quizgen.build import build
from quizgen.cli import main
from quizgen.models import BLANK, Article, Kind, Question, digest

from .conftest import ARTICLES, quizgen_command
from .fakebank import make_bank

GLACIER = ARTICLES / "glacier-survey.md"


def start(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([*quizgen_command(), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def peek(bank: Path, sql: str) -> int:
    """A count read by another connection, as a second process would see it (0 before the bank exists)."""
    try:
        with closing(sqlite3.connect(f"file:{bank}?mode=ro", uri=True, timeout=5)) as db:
            return db.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def per_article(bank: Path) -> dict[str, int]:
    with Bank(str(bank), create=False) as b:
        rows = b.db.execute("SELECT a.id, count(q.id) FROM articles a LEFT JOIN questions q ON q.article_id = a.id"
                            " GROUP BY a.id")
        return dict(rows.fetchall())


COUNTRIES = ["Norway", "Iceland", "Chile", "Peru", "Kenya", "Ghana", "Japan", "Vietnam", "Canada", "Mexico", "Egypt",
             "Jordan", "Poland", "Austria", "Brazil", "Nigeria"]
LEADERS = ["Jonas Gahr Store", "Gabriel Boric", "William Ruto", "Justin Trudeau", "Donald Tusk", "Lula da Silva",
           "Fumio Kishida", "Abdel Fattah el-Sisi"]


def story(i: int) -> str:
    """A short article of its own (facts repeated across articles are dropped, so each must differ)."""
    one, two = COUNTRIES[i % len(COUNTRIES)], COUNTRIES[(i + 7) % len(COUNTRIES)]
    leader = LEADERS[i % len(LEADERS)]
    return (f"Harbour talks end with a deal\n\n"
            f"Ministers from {one} and {two} agreed on Tuesday to share the cost of a new harbour near the border.\n"
            f"The harbour will cost about {120 + 37 * i} million dollars and should open in {2026 + i}, the "
            f"government of {one} said.\n"
            f"{leader} called the agreement a turning point for fishing towns in the north of {two}.\n"
            f"The World Bank has promised {10 + i} million dollars for a rail link to the harbour, officials said.\n")


def variants(folder: Path, n: int) -> Path:
    """`n` distinct short articles."""
    folder.mkdir()
    for i in range(n):
        (folder / f"2024-06-{10 + i:02d}-harbour-talks-{i}.txt").write_text(story(i), encoding="utf-8")
    return folder


def test_sigkill_during_a_build_keeps_every_article_committed_before_it(tmp_path, nlp):
    folder = variants(tmp_path / "in", 8)
    reference, bank = tmp_path / "reference.db", tmp_path / "bank.db"
    for path in (reference, bank):
        with Bank(str(path)) as b:
            build([str(GLACIER)], b, lambda: nlp)
    with Bank(str(reference)) as b:
        build([str(folder)], b, lambda: nlp)
    expected = per_article(reference)
    before = per_article(bank)

    child = start("build", str(folder), "--bank", str(bank))
    deadline = time.monotonic() + 120
    while child.poll() is None and time.monotonic() < deadline:
        if peek(bank, "SELECT count(*) FROM articles") > len(before):
            break  # the build is storing articles now
        time.sleep(0.002)
    child.send_signal(signal.SIGKILL)
    child.communicate()
    assert child.returncode == -signal.SIGKILL, "the build had finished before it could be killed"

    with Bank(str(bank)) as b:
        assert b.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    after = per_article(bank)
    assert {k: after[k] for k in before} == before, "something committed before the kill was lost"
    assert len(before) < len(after) < len(expected), "the kill did not land while articles were being stored"
    for article_id, count in after.items():
        assert count == expected[article_id], "an article was stored without all of its questions"
    with Bank(str(bank)) as b:  # and the next build finishes the job
        build([str(folder)], b, lambda: nlp)
    assert per_article(bank) == expected


def synthetic_bank(path: Path, articles: int, *, start: int = 0) -> None:
    """Many small articles straight through the Bank API (no spaCy), so that an export takes a while."""
    with Bank(str(path)) as bank:
        for n in range(start, start + articles):
            article = Article(id=digest("crash", str(n)), source=f"in/{n}.txt", text=f"article {n}",
                              title=f"Talks number {n}", published=f"2024-{1 + n % 12:02d}-01")
            questions = []
            for rank in range(5):
                sentence = f"Delegates from {n} countries met in Geneva for round {rank} of the talks."
                answer = "Geneva"
                common = dict(article_id=article.id, sentence=sentence, answer=answer,
                              prompt=sentence.replace(answer, BLANK), answer_label="GPE", score=1.0, rank=rank)
                questions += [Question(kind=Kind.CLOZE, **common),
                              Question(kind=Kind.MCQ, choices=("Geneva", "Vienna", "Oslo", "Rome"), **common)]
            bank.add(article, questions, [("Geneva", "GPE")])


def complete_apkg(path: Path) -> int:
    """The number of notes in a whole, readable .apkg (raises if it is not one)."""
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        collection = path.parent / "check.anki2"
        collection.write_bytes(z.read("collection.anki2"))
    with closing(sqlite3.connect(collection)) as db:
        return db.execute("SELECT count(*) FROM notes").fetchone()[0]


def test_sigkill_during_an_export_leaves_the_previous_export_whole(tmp_path, capsys):
    bank, out = tmp_path / "bank.db", tmp_path / "decks" / "deck.apkg"
    synthetic_bank(bank, 200)
    assert main(["export", "anki", "--bank", str(bank), "-o", str(out)]) == 0
    old = out.read_bytes()
    synthetic_bank(bank, 200, start=200)  # the next export differs

    caught_writing = False
    for _ in range(6):
        child = start("export", "anki", "--bank", str(bank), "-o", str(out))
        while child.poll() is None:
            if any(name.endswith(".tmp") for name in os.listdir(out.parent)):
                child.send_signal(signal.SIGKILL)  # the new file is being written beside the old one
                break
        child.communicate()
        if child.returncode == -signal.SIGKILL:
            caught_writing = True
            now = out.read_bytes()
            assert now == old or complete_apkg(out) == 4000, "a killed export damaged the deck"
            for leftover in out.parent.glob(".*.tmp"):
                leftover.unlink()
        if caught_writing:
            break
        out.write_bytes(old)  # it finished first: put yesterday's deck back and try again
    assert caught_writing, "never caught an export while it was writing"
    assert complete_apkg(out) in (2000, 4000)


def test_a_build_while_a_quiz_is_open_keeps_the_quiz_answers(tmp_path):
    bank = tmp_path / "bank.db"
    make_bank(str(bank))
    quiz = start("quiz", "--bank", str(bank), "--plain", "--kind", "mcq", "--limit", "3", "--seed", "1",
                 stdin=subprocess.PIPE)
    answers = 0

    def answer(wait_for: int) -> None:
        nonlocal answers
        quiz.stdin.write(b"1\n")
        quiz.stdin.flush()
        answers += 1
        deadline = time.monotonic() + 30
        while peek(bank, "SELECT count(*) FROM reviews") < wait_for and time.monotonic() < deadline:
            time.sleep(0.01)

    answer(1)
    builder = start("build", str(variants(tmp_path / "in", 1)), str(GLACIER), "--bank", str(bank))
    answer(2)  # while the build loads spaCy and writes
    out, err = builder.communicate(timeout=300)
    assert builder.returncode == 0, err
    assert b"2 new article(s)" in out
    answer(3)  # after the build committed
    quiz_out, quiz_err = quiz.communicate(timeout=60)  # closes its input: the quiz ends at the end of input
    assert quiz.returncode == 0, quiz_err
    assert b"Traceback" not in quiz_err and b"Score:" in quiz_out
    with Bank(str(bank), create=False) as b:
        assert len(b.answers()) == answers == 3
        assert len(b.cards()) == 3
        assert b.count()[0] == 3
        assert b.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

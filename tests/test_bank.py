"""The question bank on a real SQLite file."""
import sqlite3

import pytest

from quizgen.bank import SCHEMA_VERSION, Bank
from quizgen.build import build
from quizgen.errors import BankError
from quizgen.models import Kind

from .conftest import ARTICLES, SAMPLE


def test_build_stores_and_a_rebuild_adds_nothing(tmp_path, nlp):
    path = str(tmp_path / "b.db")
    with Bank(path) as bank:
        first = build([str(SAMPLE), str(ARTICLES)], bank, lambda: nlp)
        assert first.new == 3 and first.questions > 20 and not first.failures
        counts = bank.count()
    with Bank(path) as bank:
        loaded = []
        second = build([str(SAMPLE), str(ARTICLES)], bank, lambda: loaded.append(1) or nlp)
        assert second.new == 0 and second.skipped == 3 and second.questions == 0
        assert not loaded, "spaCy must not load when nothing is new"
        assert bank.count() == counts


def test_questions_round_trip(tmp_path, nlp):
    path = str(tmp_path / "b.db")
    with Bank(path) as bank:
        build([str(SAMPLE)], bank, lambda: nlp)
        questions = bank.questions()
        assert questions and {q.kind for q in questions} == set(Kind)
        assert all(q.answer in q.sentence for q in questions)
        mcq = bank.questions(kinds=[Kind.MCQ])
        assert mcq and all(len(q.choices) == 4 for q in mcq)
        statements = bank.questions(kinds=[Kind.TRUEFALSE])
        assert any(q.truth and q.swapped is None for q in statements)
        assert any(q.truth is False and q.swapped in q.prompt for q in statements)
        assert all(q.prompt.endswith("?") for q in bank.questions(kinds=[Kind.WH]))
        bank.record_answer(questions[0], correct=True, given="x")
    with Bank(path) as bank:
        assert bank.answers() == [(questions[0].id, True)]


def test_bank_from_a_newer_quizgen_is_refused_untouched(tmp_path):
    path = tmp_path / "new.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(BankError, match="newer quizgen"):
        Bank(str(path))
    assert path.read_bytes() == before


def test_corrupt_bank_is_reported_not_overwritten(tmp_path):
    path = tmp_path / "bad.db"
    path.write_bytes(b"this is not a database at all" * 100)
    before = path.read_bytes()
    with pytest.raises(BankError, match="not a readable quizgen bank"):
        Bank(str(path))
    assert path.read_bytes() == before


def test_missing_bank_for_reading(tmp_path):
    with pytest.raises(BankError, match="quizgen build"):
        Bank(str(tmp_path / "none.db"), create=False)


def test_a_fact_already_in_the_bank_is_not_added_again_from_another_outlet(tmp_path, nlp):
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("The council in Oslo approved a harbour plan worth 2 billion crowns on Monday after a long debate.",
                   encoding="utf-8")
    two.write_text("A harbour plan worth 2 billion crowns was approved by the council in Oslo on Monday after debate.\n\n"
                   "Fishermen in Bergen protested against new quotas set by the fisheries ministry last spring.",
                   encoding="utf-8")
    with Bank(str(tmp_path / "b.db")) as bank:
        build([str(one)], bank, lambda: nlp)
        build([str(two)], bank, lambda: nlp)
        answers = [q.answer for q in bank.questions(kinds=[Kind.CLOZE])]
    assert answers.count("2 billion") == 1 and "Bergen" in answers

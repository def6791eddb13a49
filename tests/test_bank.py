"""The question bank on a real SQLite file."""
import json
import sqlite3

import pytest

from quizgen.bank import Bank
from quizgen.schema import SCHEMA_VERSION
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


def test_a_version_3_bank_gains_difficulty_without_losing_anything(tmp_path):
    """A bank from before difficulty existed: every row stays, and its questions are rated from the stored text."""
    from contextlib import closing

    from quizgen.models import Difficulty

    from .fakebank import old_schema

    path = tmp_path / "v3.db"
    text = ("Lena Marsh opened the harbour bridge in Tromso on Monday. Marsh said the bridge cost 2 billion crowns. "
            "Critics in Bergen called it a waste. Marsh disagreed, and the mayor of Narvik stayed silent.")
    rows = [  # (id, kind, answer, label, sentence, choices)
        ("q1", "cloze", "Lena Marsh", "PERSON", "Lena Marsh opened the harbour bridge in Tromso on Monday.", []),
        ("q2", "mcq", "Lena Marsh", "PERSON", "Lena Marsh opened the harbour bridge in Tromso on Monday.",
         ["Joe Biden", "Lena Marsh", "Olaf Scholz", "Emmanuel Macron"]),
        ("q3", "cloze", "Narvik", "GPE", "Marsh disagreed, and the mayor of Narvik stayed silent.", []),
    ]
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        old_schema(db, 3)
        db.execute("INSERT INTO articles (id, source, title, text, added_at, lineage) VALUES"
                   " ('a1', 'bridge.txt', 'Marsh opens the Tromso bridge', ?, '2025-01-01T00:00:00+00:00', 'a1')",
                   (text,))
        db.executemany("INSERT INTO entities VALUES ('a1', ?, ?)", [("Lena Marsh", "PERSON"), ("Narvik", "GPE")])
        for qid, kind, answer, label, sentence, choices in rows:
            db.execute("INSERT INTO questions (id, fact_id, article_id, kind, prompt, answer, sentence, answer_label,"
                       " score, choices, created_at) VALUES (?, ?, 'a1', ?, ?, ?, ?, ?, 0.5, ?,"
                       " '2025-01-01T00:00:00+00:00')",
                       (qid, "f-" + answer, kind, sentence.replace(answer, "_____"), answer, sentence, label,
                        json.dumps(choices)))
        db.execute("INSERT INTO reviews (question_id, fact_id, answered_at, correct) VALUES"
                   " ('q1', 'f-Lena Marsh', '2025-01-02T08:00:00+00:00', 1)")
        db.execute("INSERT INTO cards VALUES ('f-Lena Marsh', 2, NULL, 3.0, 5.0, '2025-01-05T08:00:00+00:00', NULL)")
    with Bank(str(path)) as bank:
        assert bank.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert bank.count() == (1, 3) and bank.answers() == [("q1", True)] and list(bank.cards()) == ["f-Lena Marsh"]
        levels = {(q.kind.value, q.answer): q.difficulty for q in bank.questions()}
    assert levels == {("cloze", "Lena Marsh"): Difficulty.EASY, ("mcq", "Lena Marsh"): Difficulty.EASY,
                      ("cloze", "Narvik"): Difficulty.HARD}
    with closing(sqlite3.connect(path)) as db:  # stored, so the next start does not rate them again
        assert db.execute("SELECT count(*) FROM questions WHERE difficulty IS NULL").fetchone()[0] == 0


def test_unrated_and_unknown_levels_read_as_none(tmp_path):
    path = str(tmp_path / "b.db")
    from .fakebank import make_bank

    make_bank(path)
    with Bank(path) as bank:
        bank.db.execute("UPDATE questions SET difficulty = 'fiendish' WHERE kind = 'mcq'")
        assert {q.difficulty for q in bank.questions(kinds=[Kind.MCQ])} == {None}


def test_a_build_stores_each_questions_difficulty_as_generated(tmp_path, nlp):
    from quizgen.generate import generate
    from quizgen.ingest import read_article

    with Bank(str(tmp_path / "b.db")) as bank:
        build([str(SAMPLE)], bank, lambda: nlp)
        stored = {q.id: q.difficulty for q in bank.questions()}
    [(_article, generated)] = generate([read_article(str(SAMPLE))], nlp)
    assert stored == {q.id: q.difficulty for q in generated} and None not in stored.values()

"""Nothing lost: a damaged, foreign or newer bank is reported and left as it was; an old one migrates forward."""
from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

from quizgen.bank import Bank
from quizgen.schema import SCHEMA_VERSION
from quizgen.cli import main

from .fakebank import ARTICLE, FACTS, make_bank, new_kinds_for, old_schema, questions_for
from .test_cli import assert_clean_error
from .test_hostile_input import cli, zipped


def damaged_bank(path: Path) -> None:
    """A real bank whose table pages are overwritten: the header still reads, the first query fails."""
    make_bank(str(path), other=True)
    with closing(sqlite3.connect(path)) as db:  # make every page, not just the WAL, hold the data
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(page, len(data), page):
        data[start:start + page] = b"\xa5" * page
    path.write_bytes(bytes(data))


def foreign_db(path: Path) -> None:
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, flds TEXT)")
        db.execute("INSERT INTO notes (flds) VALUES ('a card')")


def newer_bank(path: Path) -> None:
    make_bank(str(path))
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


BROKEN = {
    "garbage": (lambda p: p.write_bytes(b"not a database, just text\n" * 200), "not a readable quizgen bank"),
    "damaged": (damaged_bank, "damaged"),
    "foreign": (foreign_db, "not a quizgen bank"),
    "newer": (newer_bank, "newer quizgen"),
    "article": (lambda p: shutil.copy(Path(__file__).parent / "articles" / "glacier-survey.md", p), "not a readable"),
    "zip": (lambda p: p.write_bytes(zipped()), "not a readable"),
}
COMMANDS = {
    "build": ["build", str(Path(__file__).parent / "articles")],
    "quiz": ["quiz", "--plain"],
    "stats": ["stats"],
    "export": ["export", "json"],
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("kind", BROKEN)
def test_a_broken_bank_is_reported_in_one_line_and_left_untouched(tmp_path, capsys, kind, command):
    make, words = BROKEN[kind]
    bank = tmp_path / "quizgen.db"
    make(bank)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    code, out, err = cli(capsys, *COMMANDS[command], "--bank", str(bank))
    assert code == 1 and len(err) == 1, err
    assert err[0].startswith(f"quizgen: error: {bank}") and words in err[0], err
    assert "internal error" not in err[0]
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_a_version_1_bank_migrates_forward_keeping_everything(tmp_path):
    path = tmp_path / "old.db"
    stored = questions_for(ARTICLE, FACTS)
    with closing(sqlite3.connect(path, isolation_level=None)) as db:  # the bank as the first quizgen wrote it
        old_schema(db, 1)
        db.execute("INSERT INTO articles (id, source, text, added_at) VALUES (?, ?, ?, '2024-06-19T10:00:00+00:00')",
                   (ARTICLE.id, ARTICLE.source, ARTICLE.text))
        for q in stored:
            db.execute("INSERT INTO questions (id, fact_id, article_id, kind, prompt, answer, sentence, score, choices,"
                       " created_at) VALUES (?,?,?,?,?,?,?,?,'[]','2024-06-19T10:00:00+00:00')",
                       (q.id, q.fact_id, q.article_id, q.kind.value, q.prompt, q.answer, q.sentence, q.score))
        db.execute("INSERT INTO reviews (question_id, fact_id, answered_at, correct) VALUES (?, ?, ?, 1)",
                   (stored[0].id, stored[0].fact_id, "2024-06-20T08:00:00+00:00"))
    with Bank(str(path)) as bank:
        assert bank.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert bank.count() == (1, len(stored)) and bank.answers() == [(stored[0].id, True)]
        assert bank.cards() == {}


def test_a_bank_that_cannot_be_written_says_so(tmp_path, capsys):
    folder = tmp_path / "not-a-folder"
    folder.write_text("a file where the bank's folder should be")
    code, _, err = cli(capsys, "build", str(Path(__file__).parent / "articles"), "--bank", str(folder / "b.db"))
    assert code == 1 and len(err) == 1 and "cannot open the bank" in err[0] and "--bank" in err[0]


def test_bank_errors_in_use_become_one_line(tmp_path):
    """An SQLite error while the bank is open (here a table dropped behind its back) is a BankError."""
    path = str(tmp_path / "b.db")
    make_bank(path)
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("DROP TABLE entities")
    from quizgen.errors import BankError

    with pytest.raises(BankError, match="damaged .*no such table: entities.*move it aside"):
        with Bank(path) as bank:
            bank.entity_pool()
    assert main(["stats", "--bank", path]) == 0  # what still works, works


def test_a_read_only_bank_says_so(run, tmp_path, without_root_reads):
    folder = tmp_path / "ro"
    folder.mkdir()
    make_bank(str(folder / "bank.db"))
    (folder / "bank.db").chmod(0o444)
    folder.chmod(0o555)
    try:
        for args in (("build", str(Path(__file__).parent / "articles")), ("quiz", "--plain"), ("stats",)):
            proc = run(*args, "--bank", str(folder / "bank.db"), input="1\n", preexec_fn=without_root_reads)
            assert_clean_error(proc, code=1, mentions=[str(folder / "bank.db"), "read-only", "permissions"])
        proc = run("build", str(Path(__file__).parent / "articles"), "--bank", str(folder / "new.db"),
                   preexec_fn=without_root_reads)
        assert_clean_error(proc, code=1, mentions=["new.db", "cannot open the bank", "writable"])
    finally:
        folder.chmod(0o755)


def kept(questions):
    """Questions as stored, by id, without the difficulty a migrated bank rates them with."""
    return sorted((replace(q, difficulty=None) for q in questions), key=lambda q: q.id)


def test_a_version_3_bank_migrates_to_hold_true_false_statements_keeping_everything(tmp_path):
    path = tmp_path / "v3.db"
    stored = questions_for(ARTICLE, FACTS)
    with closing(sqlite3.connect(path, isolation_level=None)) as db:  # the bank as quizgen wrote it before wh and true/false
        old_schema(db, 3)
        db.execute("INSERT INTO articles (id, source, title, published, text, added_at, lineage)"
                   " VALUES (?, ?, ?, ?, ?, '2024-06-19T10:00:00+00:00', ?)",
                   (ARTICLE.id, ARTICLE.source, ARTICLE.title, ARTICLE.published, ARTICLE.text, ARTICLE.id))
        for q in stored:
            db.execute("INSERT INTO questions (id, fact_id, article_id, kind, prompt, answer, sentence, answer_label,"
                       " score, choices, context, rank, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,"
                       "'2024-06-19T10:00:00+00:00')",
                       (q.id, q.fact_id, q.article_id, q.kind.value, q.prompt, q.answer, q.sentence, q.answer_label,
                        q.score, json.dumps(list(q.choices)), q.context, q.rank))
        db.execute("INSERT INTO reviews (question_id, fact_id, answered_at, correct) VALUES (?, ?, ?, 1)",
                   (stored[0].id, stored[0].fact_id, "2024-06-20T08:00:00+00:00"))
    with Bank(str(path)) as bank:
        assert bank.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert kept(bank.questions()) == kept(stored)
        assert all(q.difficulty is not None for q in bank.questions())  # rated on opening (migration 4)
        assert bank.answers() == [(stored[0].id, True)]
        more = new_kinds_for(ARTICLE, FACTS)
        assert bank.add(ARTICLE, more, []) == len(more)
        assert kept(bank.questions()) == kept(stored + more)

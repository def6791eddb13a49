"""The question bank: one SQLite file holding articles, their questions and the learner's answers.

Every write is a transaction, so a crash leaves everything committed before it intact. WAL mode and a
busy timeout let a build run while a quiz is open.
"""
from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path

from .errors import BankError
from .difficulty import rate_stored
from .models import Article, CardState, Difficulty, Kind, Question
from .schema import MIGRATIONS
from .schema import SCHEMA_VERSION

DEFAULT_PATH = "decks/quizgen.db"


def default_path() -> str:
    return os.environ.get("QUIZGEN_BANK") or DEFAULT_PATH


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Bank:
    """An open question bank. Use as a context manager, or call close()."""

    def __init__(self, path: str, *, create: bool = True) -> None:
        self.path = path
        if not create and not Path(path).exists():
            raise BankError(f"no question bank at {path}; run `quizgen build input/` first")
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA busy_timeout = 30000")
            self._check_version()  # before anything writes to the file
            self._check_ours()
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.OperationalError as e:  # the file may be fine: it is busy, read-only or out of reach
            raise trouble(path, e) from None
        except sqlite3.DatabaseError as e:
            raise BankError(f"{path}: not a readable quizgen bank ({e}); move it aside or pass --bank") from None
        except OSError as e:
            raise BankError(f"{path}: cannot open the bank ({e.strerror or e}); pass --bank with a writable path") from None
        try:
            self._rate_unrated()
        except sqlite3.Error:
            pass  # best effort: a read-only, busy or damaged bank keeps them unrated, which readers allow

    def __enter__(self) -> Bank:
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        self.close()
        if isinstance(exc, sqlite3.Error):  # raised while in use: say what it means for the bank, in one line
            raise trouble(self.path, exc) from None

    def close(self) -> None:
        self.db.close()

    def _check_version(self) -> int:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            self.db.close()
            raise BankError(f"{self.path} was written by a newer quizgen (schema {version}); upgrade quizgen to use it")
        return version

    def _check_ours(self) -> None:
        """Refuse another program's SQLite file (an Anki collection given as --bank, say) rather than add tables to it."""
        if self.db.execute("PRAGMA user_version").fetchone()[0] == 0 and self.db.execute(
                "SELECT 1 FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' LIMIT 1").fetchone():
            self.db.close()
            raise BankError(f"{self.path} is an SQLite database but not a quizgen bank; pass --bank with a new file name")

    def _migrate(self) -> None:
        version = self._check_version()
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction():  # executescript() would commit early: run statement by statement
                for statement in MIGRATIONS[target].split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {target}")

    def _rate_unrated(self) -> None:
        """Rate, once, the questions stored before quizgen rated difficulty (see difficulty.rate_stored)."""
        rows = self.db.execute("SELECT id, article_id, kind, answer, answer_label, choices FROM questions"
                               " WHERE difficulty IS NULL").fetchall()
        if not rows:
            return
        articles = {r[0]: (r[1], r[2]) for r in self.db.execute("SELECT id, text, title FROM articles")}
        names: dict[str, list[str]] = {}
        for article_id, name in self.db.execute("SELECT article_id, text FROM entities"):
            names.setdefault(article_id, []).append(name)
        rated = rate_stored([(*r[:5], json.loads(r[5])) for r in rows], articles=articles, names=names)
        self.db.execute("PRAGMA busy_timeout = 1000")  # a build writing now: rate them next time, don't wait
        try:
            with self.transaction():
                self.db.executemany("UPDATE questions SET difficulty = ? WHERE id = ? AND difficulty IS NULL",
                                    [(level.value, qid) for qid, level in rated])
        finally:
            self.db.execute("PRAGMA busy_timeout = 30000")

    def transaction(self) -> _Transaction:
        return _Transaction(self.db)

    # -- articles -------------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def add(self, article: Article, questions: Sequence[Question], entities: Iterable[tuple[str, str]], *,
            replaces: str | None = None) -> int:
        """Store an article with its questions in one transaction; returns the number of questions added.

        With `replaces`, the article is a new version of that stored one, which goes: questions of
        unchanged facts (same id) are updated in place, so whatever refers to them stays valid."""
        stamp = now()
        with self.transaction():
            self.db.execute(
                "INSERT OR IGNORE INTO articles (id, source, title, published, outlet, url, text, added_at, lineage)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.id, article.source, article.title, article.published, article.outlet, article.url,
                 article.text, stamp, article.lineage or article.id),
            )
            self.db.executemany("INSERT OR IGNORE INTO entities (article_id, text, label) VALUES (?, ?, ?)",
                                [(article.id, t, lab) for t, lab in entities])
            if replaces:
                self._retire(replaces, article.id, questions)
            before = self.db.total_changes
            self.db.executemany(
                "INSERT OR IGNORE INTO questions (id, fact_id, article_id, kind, prompt, answer, sentence,"
                " answer_label, score, choices, context, rank, created_at, difficulty, swapped)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(q.id, q.fact_id, q.article_id, q.kind.value, q.prompt, q.answer, q.sentence, q.answer_label,
                  q.score, json.dumps(list(q.choices), ensure_ascii=False), q.context, q.rank, stamp,
                  _level(q), q.swapped) for q in questions],
            )
            return self.db.total_changes - before

    def articles(self) -> list[Article]:
        rows = self.db.execute(
            "SELECT id, source, text, title, published, outlet, url FROM articles ORDER BY published, added_at, id")
        return [Article(*row) for row in rows]

    def facts(self) -> list[tuple[str, str, str]]:
        """(article id, answer, sentence) of every stored fact: what a new article must not repeat."""
        return [tuple(r) for r in self.db.execute("SELECT DISTINCT article_id, answer, sentence FROM questions")]

    def entity_pool(self) -> dict[str, list[str]]:
        """Every stored entity by label: distractors from the rest of the bank."""
        pool: dict[str, list[str]] = {}
        for text, label in self.db.execute("SELECT DISTINCT text, label FROM entities ORDER BY text"):
            pool.setdefault(label, []).append(text)
        return pool

    # -- questions ------------------------------------------------------------------------------

    def questions(self, *, kinds: Sequence[Kind] | None = None) -> list[Question]:
        """Stored questions, articles in publication order, best first within each article."""
        sql = ("SELECT q.article_id, q.kind, q.sentence, q.answer, q.prompt, q.answer_label, q.score, q.choices,"
               " q.context, q.rank, a.lineage, q.difficulty, q.swapped FROM questions q JOIN articles a ON a.id = q.article_id")
        params: list[str] = []
        if kinds:
            sql += f" WHERE q.kind IN ({','.join('?' * len(kinds))})"
            params = [k.value for k in kinds]
        sql += " ORDER BY a.published, a.added_at, a.id, q.rank, q.kind"
        return [
            Question(article_id=r[0], kind=Kind(r[1]), sentence=r[2], answer=r[3], prompt=r[4], answer_label=r[5],
                     score=r[6], choices=tuple(json.loads(r[7])), context=r[8], rank=r[9],
                     lineage=r[10] if r[10] != r[0] else None, difficulty=_difficulty(r[11]), swapped=r[12])
            for r in self.db.execute(sql, params)
        ]

    def count(self) -> tuple[int, int]:
        """(articles, questions) in the bank."""
        a = self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        q = self.db.execute("SELECT COUNT(*) FROM questions").fetchone()[0]
        return a, q

    # -- versions and origins (incremental builds) ---------------------------------------------

    def _retire(self, old_id: str, new_id: str, questions: Sequence[Question]) -> None:
        """Inside add(): move the questions that survive a revision to the new version, drop the rest."""
        self.db.executemany(
            "UPDATE questions SET article_id = ?, prompt = ?, sentence = ?, answer_label = ?, score = ?,"
            " choices = ?, context = ?, rank = ?, difficulty = coalesce(?, difficulty), swapped = ?"
            " WHERE id = ? AND article_id = ?",
            [(new_id, q.prompt, q.sentence, q.answer_label, q.score, json.dumps(list(q.choices), ensure_ascii=False),
              q.context, q.rank, _level(q), q.swapped, q.id, old_id) for q in questions],
        )
        self.db.execute("DELETE FROM questions WHERE article_id = ?", (old_id,))
        self.db.execute("DELETE FROM articles WHERE id = ?", (old_id,))
        self.db.execute("UPDATE origins SET article_id = ? WHERE article_id = ?", (new_id, old_id))

    def article_ids(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT id FROM articles")}

    def origins(self) -> dict[str, tuple[str, str | None, str | None]]:
        """origin -> (stamp, article id, error) for everything a build has read before."""
        return {row[0]: (row[1], row[2], row[3])
                for row in self.db.execute("SELECT origin, stamp, article_id, error FROM origins")}

    def remember(self, rows: Iterable[tuple[str, str, str | None, str | None]]) -> None:
        """Record (origin, stamp, article id, error) rows, replacing what was known of those origins."""
        rows = list(rows)
        if rows:
            with self.transaction():
                self.db.executemany("INSERT OR REPLACE INTO origins (origin, stamp, article_id, error)"
                                    " VALUES (?, ?, ?, ?)", rows)

    def versions(self, *, url: str | None, article_id: str | None, source: str | None) -> list[tuple[str, str, str]]:
        """(id, lineage, text) of stored articles with this canonical URL, id or source: earlier versions."""
        rows = self.db.execute(
            "SELECT id, lineage, text FROM articles WHERE url = ? OR id = ? OR source = ?"
            " ORDER BY added_at DESC", (url, article_id, source))
        return [(r[0], r[1] or r[0], r[2]) for r in rows]

    def lineage_taken(self, lineage: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE lineage = ?", (lineage,)).fetchone() is not None

    # -- answers --------------------------------------------------------------------------------

    def record_answer(self, question: Question, *, correct: bool, given: str | None, at: str | None = None,
                      rating: int | None = None, card: CardState | None = None) -> None:
        """Store an answer and, with it in the same transaction, the fact's new place in the schedule."""
        with self.transaction():
            self.db.execute(
                "INSERT INTO reviews (question_id, fact_id, answered_at, correct, given, rating)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (question.id, question.fact_id, at or now(), int(correct), given, rating),
            )
            if card is not None:
                self.db.execute(
                    "INSERT OR REPLACE INTO cards (fact_id, state, step, stability, difficulty, due, last_review)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (card.fact_id, card.state, card.step, card.stability, card.difficulty, card.due.isoformat(),
                     card.last_review.isoformat() if card.last_review else None),
                )

    def answers(self) -> list[tuple[str, bool]]:
        return [(r[0], bool(r[1])) for r in self.db.execute("SELECT question_id, correct FROM reviews ORDER BY id")]

    # -- export ---------------------------------------------------------------------------------

    def last_change(self) -> str | None:
        """When articles or questions were last stored (ISO time), or None for an empty bank.

        An Anki export takes its package time (collection, note and card ids) from this: the same bank gives the
        same bytes."""
        row = self.db.execute("SELECT max(t) FROM (SELECT max(added_at) AS t FROM articles"
                              " UNION ALL SELECT max(created_at) FROM questions)").fetchone()
        return row[0]

    def changed(self) -> dict[str, str]:
        """Question id -> when it last changed (ISO time): when it was stored, or when its article was revised
        (a revision rewrites its surviving questions in place). An Anki export stamps each note with this, so
        a note the learner edited since is left alone on import."""
        rows = self.db.execute("SELECT q.id, max(q.created_at, a.added_at) FROM questions q"
                               " JOIN articles a ON a.id = q.article_id")
        return {r[0]: r[1] for r in rows}

    # -- the schedule -----------------------------------------------------------------------------

    def cards(self) -> dict[str, CardState]:
        """Every fact's place in the review schedule; a fact never answered has none."""
        rows = self.db.execute("SELECT fact_id, state, step, stability, difficulty, due, last_review FROM cards")
        return {r[0]: CardState(r[0], r[1], r[2], r[3], r[4], datetime.fromisoformat(r[5]),
                                datetime.fromisoformat(r[6]) if r[6] else None) for r in rows}

    def missed_facts(self) -> set[str]:
        """Facts answered wrongly at least once: what `quizgen quiz --review` asks."""
        return {r[0] for r in self.db.execute("SELECT DISTINCT fact_id FROM reviews WHERE correct = 0")}

    def added_dates(self) -> dict[str, str]:
        """Article id -> the day it was added (YYYY-MM-DD), for articles without a publication date."""
        return {r[0]: r[1][:10] for r in self.db.execute("SELECT id, added_at FROM articles")}

    def history(self) -> list[tuple[str, bool, str | None, str | None]]:
        """Every answer as (answered_at, correct, question kind, answer label), oldest first.
        Kind and label are None when the question has since been removed."""
        rows = self.db.execute("SELECT r.answered_at, r.correct, q.kind, q.answer_label FROM reviews r"
                               " LEFT JOIN questions q ON q.id = r.question_id ORDER BY r.id")
        return [(r[0], bool(r[1]), r[2], r[3]) for r in rows]

    def answered_levels(self) -> list[tuple[bool, str | None]]:
        """Every answer as (correct, the question's difficulty), None when unrated or since removed."""
        rows = self.db.execute("SELECT r.correct, q.difficulty FROM reviews r LEFT JOIN questions q"
                               " ON q.id = r.question_id ORDER BY r.id")
        return [(bool(r[0]), r[1]) for r in rows]


def _level(q: Question) -> str | None:
    return q.difficulty.value if q.difficulty else None


def _difficulty(value: str | None) -> Difficulty | None:
    """A stored level; None for a row not rated yet or a level this quizgen does not know."""
    try:
        return Difficulty(value) if value else None
    except ValueError:
        return None


def trouble(path: str, e: sqlite3.Error) -> BankError:
    """An SQLite error met while using the bank, as what it means and what to do."""
    text = str(e)
    if "locked" in text or "busy" in text:
        return BankError(f"{path}: the bank is busy (another quizgen is writing to it); try again when that finishes")
    if "readonly" in text or "read-only" in text:
        return BankError(f"{path}: the bank is read-only; quizgen writes to it and to its folder (answers, and "
                         "SQLite's -wal file), so check their permissions or pass --bank")
    if "unable to open" in text:
        return BankError(f"{path}: cannot open the bank ({text}); check that its folder exists and is writable, "
                         "or pass --bank")
    if "full" in text or "I/O" in text:
        return BankError(f"{path}: cannot write the bank ({text}); free some disk space or pass --bank")
    return BankError(f"{path}: the bank is damaged ({text}); move it aside (a build starts a new one) or restore a copy")


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception (the connection runs in autocommit mode)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")

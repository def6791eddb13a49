"""The bank's SQLite schema, as numbered migrations: a bank at version N runs N+1 onwards when opened.

A migration only adds (tables, columns, indexes), so a bank made by any earlier quizgen opens without loss.
"""
from __future__ import annotations

SCHEMA_VERSION = 5

MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        title TEXT,
        published TEXT,
        outlet TEXT,
        url TEXT,
        text TEXT NOT NULL,
        added_at TEXT NOT NULL
    );
    CREATE TABLE entities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        label TEXT NOT NULL,
        PRIMARY KEY (article_id, text, label)
    );
    CREATE TABLE questions (
        id TEXT PRIMARY KEY,
        fact_id TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        prompt TEXT NOT NULL,
        answer TEXT NOT NULL,
        sentence TEXT NOT NULL,
        answer_label TEXT,
        score REAL NOT NULL,
        choices TEXT NOT NULL DEFAULT '[]',
        context TEXT,
        rank INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
    );
    CREATE INDEX questions_article ON questions(article_id, rank);
    CREATE INDEX questions_fact ON questions(fact_id);
    -- Answers outlive their questions: a regenerated question keeps the history of its fact.
    CREATE TABLE reviews (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        question_id TEXT NOT NULL,
        fact_id TEXT NOT NULL,
        answered_at TEXT NOT NULL,
        correct INTEGER NOT NULL,
        given TEXT,
        rating INTEGER
    );
    CREATE INDEX reviews_fact ON reviews(fact_id, answered_at);
    """,
    # The review schedule: one FSRS card per fact, whichever kind of question was asked.
    2: """
    CREATE TABLE cards (
        fact_id TEXT PRIMARY KEY,
        state INTEGER NOT NULL,
        step INTEGER,
        stability REAL,
        difficulty REAL,
        due TEXT NOT NULL,
        last_review TEXT
    );
    CREATE INDEX cards_due ON cards(due);
    """,
    # Incremental builds: an article's lineage (the id of its first version) names its facts across
    # revisions; origins remember where each article was read and how that looked, so an unchanged
    # file or feed entry is skipped without being read again.
    3: """
    ALTER TABLE articles ADD COLUMN lineage TEXT;
    UPDATE articles SET lineage = id;
    CREATE INDEX articles_lineage ON articles(lineage);
    CREATE INDEX articles_url ON articles(url);
    CREATE TABLE origins (
        origin TEXT PRIMARY KEY,
        stamp TEXT NOT NULL,
        article_id TEXT,
        error TEXT
    );
    CREATE INDEX origins_article ON origins(article_id);
    """,
    # Difficulty: easy, medium or hard (see difficulty.py). Rows stored before it are rated when the bank
    # is opened (Bank._rate_unrated), from the article's stored text.
    4: """
    ALTER TABLE questions ADD COLUMN difficulty TEXT;
    """,
    # True/false statements: the wrong option a false statement puts in place of the answer (NULL for a
    # true statement and for every other kind, so older questions need nothing).
    5: """
    ALTER TABLE questions ADD COLUMN swapped TEXT;
    """,
}

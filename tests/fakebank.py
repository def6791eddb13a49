"""A small question bank written straight through the Bank API: real SQLite, no spaCy, known answers."""
from __future__ import annotations

from quizgen.bank import Bank
from quizgen.models import BLANK, Article, Kind, Question, digest
from quizgen.schema import MIGRATIONS

# (sentence, answer, label, three wrong options): short, so that a terminal never wraps a prompt.
FACTS = [
    ("Vladimir Putin landed in Pyongyang for a summit.", "Vladimir Putin", "PERSON",
     ("Xi Jinping", "Joe Biden", "Emmanuel Macron")),
    ("The summit was held in North Korea in June.", "North Korea", "GPE", ("South Korea", "Japan", "China")),
    ("About 10,000 people lined the streets.", "10,000", "CARDINAL", ("5,000", "20,000", "50,000")),
    ("The first treaty was signed in 2000.", "2000", "DATE", ("1999", "2001", "2005")),
]
ARTICLE = Article(id=digest("fake article"), source="input/2024-06-19-putin-visits-pyongyang.txt",
                  text="A made-up article.", title="Putin visits Pyongyang", published="2024-06-19")
OTHER = Article(id=digest("other article"), source="input/2025-03-04-harbour-bridge-vote.txt",
                text="Another made-up article.", title="Harbour bridge vote", published="2025-03-04")
OTHER_FACTS = [("The vote on the bridge was held in Sydney.", "Sydney", "GPE", ("Melbourne", "Perth", "Brisbane"))]


def questions_for(article: Article, facts: list) -> list[Question]:
    out = []
    for rank, (sentence, answer, label, wrong) in enumerate(facts):
        common = dict(article_id=article.id, sentence=sentence, answer=answer,
                      prompt=sentence.replace(answer, BLANK, 1), answer_label=label, score=1.0 - rank / 10, rank=rank)
        out.append(Question(kind=Kind.CLOZE, **common))
        out.append(Question(kind=Kind.MCQ, choices=(answer, *wrong), **common))
    return out


def make_bank(path: str, *, other: bool = False) -> list[Question]:
    """Store the fake article (and optionally a second one); returns every question stored."""
    stored = questions_for(ARTICLE, FACTS)
    with Bank(path) as bank:
        bank.add(ARTICLE, stored, [(f[1], f[2]) for f in FACTS])
        if other:
            more = questions_for(OTHER, OTHER_FACTS)
            bank.add(OTHER, more, [(f[1], f[2]) for f in OTHER_FACTS])
            stored += more
    return stored


def answer_for(prompt_text: str, questions: list[Question], kind: Kind = Kind.CLOZE) -> Question:
    """The question of that kind whose prompt appears in `prompt_text`."""
    return next(q for q in questions if q.prompt in prompt_text and q.kind is kind)


def new_kinds_for(article: Article, facts: list) -> list[Question]:
    """Each fact also as a wh-question and a true/false statement (the first fact's false, the rest true)."""
    out = []
    for rank, (sentence, answer, label, wrong) in enumerate(facts):
        common = dict(article_id=article.id, sentence=sentence, answer=answer, answer_label=label,
                      score=1.0 - rank / 10, rank=rank)
        out.append(Question(kind=Kind.WH, prompt=f"What is asked about {label.lower()} number {rank}?", **common))
        swapped = wrong[0] if rank == 0 else None
        out.append(Question(kind=Kind.TRUEFALSE, prompt=sentence.replace(answer, swapped or answer, 1),
                            swapped=swapped, **common))
    return out


def old_schema(db, version: int) -> None:
    """Give an empty SQLite database the bank's schema as it stood at `version`: a bank an older quizgen wrote."""
    for step in range(1, version + 1):
        for statement in MIGRATIONS[step].split(";"):
            if statement.strip():
                db.execute(statement)
    db.execute(f"PRAGMA user_version = {version}")


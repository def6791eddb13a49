"""A study session: today's questions from the bank (or from files), and every answer saved with its
next review date. Joins the bank, the schedule and the quiz loop so that the CLI only parses."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from .bank import Bank
from .difficulty import describe, matches
from .errors import QuizgenError
from .models import Article, Difficulty, Question, kinds_named
from .quiz import DEFAULT_LIMIT, Result, article_matches, pick, shuffle_choices
from .schedule import rating_for, review

BUILD_HINT = "run `quizgen build input/` to add articles"


@dataclass(frozen=True)
class Filters:
    """What the learner asked for on the command line."""

    limit: int = DEFAULT_LIMIT
    kind: str = "mixed"
    article: str | None = None
    since: str | None = None  # YYYY-MM-DD
    review: bool = False  # only facts answered wrongly before
    seed: int | None = None
    difficulty: tuple[Difficulty, ...] = ()  # empty: every level (and unrated questions)

    def describe(self) -> str:
        parts = [f"--kind {self.kind}" if self.kind != "mixed" else "", f"--article {self.article!r}" if self.article
                 else "", f"--since {self.since}" if self.since else "", describe(self.difficulty),
                 "--review" if self.review else ""]
        return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class Session:
    questions: list[Question]
    articles: dict[str, Article]
    known: Callable[[], list[str]]  # names of every entity in the bank, so that a typo never lands on one


class NothingDue(QuizgenError):
    """Everything in the bank is scheduled for later: not an error, but nothing to ask."""

    exit_code = 0


def from_bank(bank: Bank, filters: Filters, *, now: datetime) -> Session:
    """Today's session: due reviews first, then new questions, within the filters."""
    added = bank.added_dates()
    articles = {a.id: a for a in bank.articles()
                if article_matches(a, text=filters.article, since=filters.since, added=added.get(a.id))}
    questions = [q for q in bank.questions() if q.article_id in articles and _kind_matches(q, filters.kind)
                 and matches(q.difficulty, filters.difficulty)]
    if not questions:
        raise _nothing_matches(filters, empty=not added)
    cards = bank.cards()
    only = bank.missed_facts() if filters.review else None
    chosen = pick(questions, limit=filters.limit, kind=filters.kind, seed=filters.seed, cards=cards, now=now,
                  only=only)
    if not chosen and filters.review:
        scope = filters.describe().replace("--review", "").strip()
        raise QuizgenError(f"no question{' matching ' + scope if scope else ''} has been answered wrongly yet; "
                           "run `quizgen quiz` to study")
    if not chosen:
        later = min((cards[q.fact_id].due for q in questions if q.fact_id in cards), default=None)
        when = f" (next review on {later.astimezone():%Y-%m-%d})" if later else ""
        raise NothingDue(f"nothing to study today{when}; {BUILD_HINT}, or practise with `quizgen quiz --review`")
    return Session(shuffle_choices(chosen, seed=filters.seed), articles,
                   lambda: [name for pool in bank.entity_pool().values() for name in pool])


def from_articles(results: Sequence[tuple[Article, list[Question]]], filters: Filters) -> Session:
    """A session from freshly generated questions (`quizgen quiz PATH...`): all new, nothing stored."""
    if filters.review:
        raise QuizgenError("--review needs the bank's history; drop it, or quiz the bank with `quizgen quiz --review`")
    articles = {a.id: a for a, _ in results if article_matches(a, text=filters.article, since=filters.since)}
    questions = [q for a, qs in results if a.id in articles for q in qs if matches(q.difficulty, filters.difficulty)]
    chosen = pick(questions, limit=filters.limit, kind=filters.kind, seed=filters.seed)
    if not chosen:
        what = f"no questions match {filters.describe()}" if filters.describe() else "no questions in these articles"
        raise QuizgenError(f"{what}; try other files, or quiz the bank after `quizgen build input/`")
    return Session(shuffle_choices(chosen, seed=filters.seed), articles, lambda: [])


def _kind_matches(q: Question, kind: str) -> bool:
    return q.kind in kinds_named(kind)


def _nothing_matches(filters: Filters, *, empty: bool = False) -> QuizgenError:
    if empty or not filters.describe():
        return QuizgenError(f"the bank has no questions yet; {BUILD_HINT}")
    return QuizgenError(f"no questions match {filters.describe()}; {BUILD_HINT}, or loosen the filters")


def recorder(bank: Bank, *, clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
             fuzz: bool = True) -> Callable[[Result], None]:
    """Saves each answer with its rating and the fact's next review date, in one transaction."""
    cards = bank.cards()

    def record(result: Result) -> None:
        q, at = result.question, clock()
        rating = rating_for(correct=result.correct, lenient=result.lenient)
        card = review(cards.get(q.fact_id), fact_id=q.fact_id, rating=rating, at=at, fuzz=fuzz)
        bank.record_answer(q, correct=result.correct, given=result.given, at=at.isoformat(timespec="seconds"),
                           rating=rating, card=card)
        cards[q.fact_id] = card

    return record

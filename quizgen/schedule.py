"""Spaced repetition: when each fact comes back, from FSRS (the scheduler Anki itself uses).

quizgen is studied once a day, so the schedule counts in days: FSRS's minute-long learning steps are
switched off, and the quiz re-asks a missed question at the end of the session instead. A missed fact is
then due the next day; one answered well goes away for days, then weeks.
"""
from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from functools import lru_cache

from typing import TYPE_CHECKING

from .models import CardState

if TYPE_CHECKING:
    from fsrs import Scheduler

AGAIN, HARD, GOOD = 1, 2, 3  # fsrs.Rating's values, without importing fsrs before the first answer
KNOWN_DAYS = 21  # Anki's line between a young card and a mature one


@lru_cache(maxsize=2)
def scheduler(*, fuzz: bool = True) -> Scheduler:
    """FSRS with its default weights and 90% target retention. Fuzz spreads out cards learnt together."""
    from fsrs import Scheduler

    return Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=fuzz)


def rating_for(*, correct: bool, lenient: bool = False) -> int:
    """Again for a miss, Hard for an answer accepted despite a typo, Good otherwise."""
    if not correct:
        return AGAIN
    return HARD if lenient else GOOD


def _card_id(fact_id: str) -> int:
    return int(fact_id[:12], 16)  # FSRS wants an int; the fact id is hex and already unique


def review(card: CardState | None, *, fact_id: str, rating: int, at: datetime, fuzz: bool = True) -> CardState:
    """The fact's next place in the schedule after an answer rated `rating` at `at` (timezone-aware)."""
    from fsrs import Card, Rating, State

    at = at.astimezone(timezone.utc)
    if card is None:
        current = Card(card_id=_card_id(fact_id), due=at)
    else:
        current = Card(card_id=_card_id(fact_id), state=State(card.state), step=card.step, stability=card.stability,
                       difficulty=card.difficulty, due=card.due, last_review=card.last_review)
    after, _log = scheduler(fuzz=fuzz).review_card(current, Rating(rating), review_datetime=at)
    return CardState(fact_id=fact_id, state=int(after.state), step=after.step, stability=after.stability,
                     difficulty=after.difficulty, due=after.due, last_review=after.last_review)


def end_of_day(now: datetime) -> datetime:
    """Midnight after `now` in the learner's local time: a card due any time today is due now."""
    local = now.astimezone()
    return datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=local.tzinfo)


def is_due(card: CardState, now: datetime) -> bool:
    return card.due < end_of_day(now)


def interval_days(card: CardState) -> float:
    """How long the schedule last sent the fact away for."""
    if card.last_review is None:
        return 0.0
    return (card.due - card.last_review).total_seconds() / 86400


def is_known(card: CardState) -> bool:
    """Known well: sent away for three weeks or more."""
    return interval_days(card) >= KNOWN_DAYS

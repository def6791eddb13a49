"""`quizgen stats`: how the learner is doing, from the bank's schedule and answer history."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TextIO

from .bank import Bank
from .errors import QuizgenError
from .models import CardState, Question
from .schedule import is_due, is_known

_KIND_NAMES = {"mcq": "multiple choice", "cloze": "cloze", "wh": "wh-question", "truefalse": "true/false"}
_LEVELS = ("easy", "medium", "hard")


@dataclass(frozen=True)
class Tally:
    right: int = 0
    total: int = 0

    def add(self, correct: bool) -> Tally:
        return Tally(self.right + correct, self.total + 1)

    def __str__(self) -> str:
        return f"{self.right}/{self.total} ({100 * self.right / self.total:.0f}%)" if self.total else "-"


@dataclass(frozen=True)
class Stats:
    facts: int
    new: int  # never answered
    learning: int  # answered, but not yet sent away for three weeks
    known: int  # sent away for three weeks or more
    due: int  # to review today
    answers: Tally
    by_kind: dict[str, Tally] = field(default_factory=dict)
    by_label: dict[str, Tally] = field(default_factory=dict)
    by_difficulty: dict[str, Tally] = field(default_factory=dict)  # easy, medium, hard: does the estimate hold?
    streak: int = 0  # days in a row with at least one answer, up to today (or yesterday)
    next_due: datetime | None = None


def compute(questions: Sequence[Question], cards: Mapping[str, CardState],
            history: Iterable[tuple[str, bool, str | None, str | None]], *, now: datetime,
            levels: Iterable[tuple[bool, str | None]] = ()) -> Stats:
    """The numbers, from plain records: the bank's questions, its cards and its answers (see Bank.history,
    and Bank.answered_levels for `levels`)."""
    facts = {q.fact_id for q in questions}
    seen = [cards[f] for f in facts if f in cards]
    later = [c.due for c in seen if not is_due(c, now)]
    answers, by_kind, by_label = Tally(), {}, {}
    days: set[date] = set()
    for answered_at, correct, kind, label in history:
        answers = answers.add(correct)
        days.add(datetime.fromisoformat(answered_at).astimezone().date())
        if kind is not None:
            name = _KIND_NAMES.get(kind, kind)
            by_kind[name] = by_kind.get(name, Tally()).add(correct)
            by_label[label or "other"] = by_label.get(label or "other", Tally()).add(correct)
    known = sum(is_known(c) for c in seen)
    by_difficulty: dict[str, Tally] = {}
    for correct, level in levels:
        if level in _LEVELS:
            by_difficulty[level] = by_difficulty.get(level, Tally()).add(correct)
    return Stats(facts=len(facts), new=len(facts) - len(seen), learning=len(seen) - known, known=known,
                 due=sum(is_due(c, now) for c in seen), answers=answers, by_kind=by_kind,
                 by_label=dict(sorted(by_label.items(), key=lambda kv: -kv[1].total)),
                 by_difficulty={level: by_difficulty[level] for level in _LEVELS if level in by_difficulty},
                 streak=streak(days, today=now.astimezone().date()), next_due=min(later, default=None))


def streak(days: set[date], *, today: date) -> int:
    """Days in a row with answers, ending today, or yesterday if today's session is still to come."""
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


def from_bank(bank: Bank, *, now: datetime) -> Stats:
    questions = bank.questions()
    if not questions:
        raise QuizgenError("the bank has no questions yet; run `quizgen build input/` to add articles")
    return compute(questions, bank.cards(), bank.history(), now=now, levels=bank.answered_levels())


def show(stats: Stats, *, file: TextIO | None = None) -> None:
    """Print the numbers as rich tables (plain text when not on a terminal)."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=file)
    cards = Table(title="Cards (one per fact)", title_justify="left")
    for name in ("new", "learning", "known", "due today"):
        cards.add_column(name, justify="right")
    cards.add_row(str(stats.new), str(stats.learning), str(stats.known), str(stats.due))
    console.print(cards)

    accuracy = Table(title="Accuracy", title_justify="left")
    accuracy.add_column("by")
    accuracy.add_column("", style="bold")
    accuracy.add_column("right", justify="right")
    accuracy.add_row("all answers", "", str(stats.answers))
    for heading, tallies in (("question type", stats.by_kind), ("entity type", stats.by_label),
                             ("difficulty", stats.by_difficulty)):
        for n, (name, tally) in enumerate(tallies.items()):
            accuracy.add_row(heading if n == 0 else "", name, str(tally))
    console.print(accuracy)

    days = "day" if stats.streak == 1 else "days"
    console.print(f"Streak: {stats.streak} {days}")
    if stats.next_due and not stats.due:
        console.print(f"Next review: {stats.next_due.astimezone():%Y-%m-%d}")

"""The quiz loop. It never talks to the terminal itself: it takes an `ask` and a `show` callable."""
from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .judge import is_correct
from .models import Kind, Question


@dataclass(frozen=True)
class Result:
    question: Question
    given: str | None
    correct: bool


@dataclass
class Summary:
    results: list[Result] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def score(self) -> int:
        return sum(r.correct for r in self.results)

    @property
    def missed(self) -> list[Result]:
        return [r for r in self.results if not r.correct]


def pick(questions: Sequence[Question], *, limit: int, kind: str = "mixed", seed: int | None = None) -> list[Question]:
    """One question per fact, of the requested kind ("mixed" alternates), best facts first, at most `limit`."""
    rng = random.Random(seed)
    by_fact: dict[str, list[Question]] = {}
    for q in questions:
        by_fact.setdefault(q.fact_id, []).append(q)
    chosen: list[Question] = []
    for n, versions in enumerate(by_fact.values()):
        kinds = {q.kind: q for q in versions}
        if kind == "mcq":
            q = kinds.get(Kind.MCQ)
        elif kind == "cloze":
            q = kinds.get(Kind.CLOZE)
        else:
            q = kinds.get(Kind.MCQ if n % 2 == 0 else Kind.CLOZE) or next(iter(kinds.values()))
        if q is not None:
            chosen.append(q)
    chosen = chosen[:limit]
    rng.shuffle(chosen)
    return chosen


def run(questions: Sequence[Question], ask: Callable[[Question], str | None],
        show: Callable[[Result], None], *, record: Callable[[Result], None] | None = None,
        clock: Callable[[], float] = time.monotonic) -> Summary:
    """Ask each question, judge, record and show the result. Ctrl-C or end of input ends the quiz early."""
    summary = Summary()
    start = clock()
    for q in questions:
        try:
            given = ask(q)
        except (KeyboardInterrupt, EOFError):
            summary.interrupted = True
            break
        result = Result(q, given, is_correct(q, given))
        if record:
            record(result)
        summary.results.append(result)
        show(result)
    summary.seconds = clock() - start
    return summary

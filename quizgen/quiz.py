"""The quiz loop and the choice of questions. It never talks to the terminal itself: it takes `ask` and
`show` callables, so scripted answers, line mode and questionary all drive the same loop."""
from __future__ import annotations

import random
import time
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from .judge import TYPO, WRONG, Verdict, judge
from .models import MIXED, Article, CardState, Kind, Question, kinds_named
from .schedule import is_due

DEFAULT_LIMIT = 20
INTERRUPT, END_OF_INPUT = "interrupt", "end of input"


@dataclass(frozen=True)
class Result:
    question: Question
    given: str | None
    correct: bool
    how: str = WRONG  # how the judge accepted it (see judge.py)
    again: bool = False  # asked a second time at the end of the session, after a miss

    @property
    def lenient(self) -> bool:
        """Accepted despite a typo: a shaky recall, which the schedule rates Hard."""
        return self.correct and self.how == TYPO


@dataclass
class Summary:
    results: list[Result] = field(default_factory=list)
    seconds: float = 0.0
    stopped: str | None = None  # INTERRUPT (Ctrl-C) or END_OF_INPUT (Ctrl-D, end of a pipe)

    @property
    def interrupted(self) -> bool:
        return self.stopped is not None

    @property
    def first(self) -> list[Result]:
        """First attempts: what the score counts."""
        return [r for r in self.results if not r.again]

    @property
    def score(self) -> int:
        return sum(r.correct for r in self.first)

    @property
    def missed(self) -> list[Result]:
        return [r for r in self.first if not r.correct]


def article_matches(article: Article, *, text: str | None = None, since: str | None = None,
                    added: str | None = None) -> bool:
    """--article TEXT matches the title or file name; --since DATE the publication (else the added) date."""
    if text and text.casefold() not in f"{article.title or ''}\n{article.source}".casefold():
        return False
    day = article.published or added
    return not since or (day is not None and day >= since)


# The order "mixed" takes turns in: a menu first, then typing, then the rest.
ROTATION = (Kind.MCQ, Kind.CLOZE, Kind.WH, Kind.TRUEFALSE)


def _one_per_fact(questions: Sequence[Question], kind: str) -> list[Question]:
    """One question per fact, in the given order. The kinds asked take turns ("mixed": every kind the
    questions have, multiple choice first; "cloze,wh": those two); a fact without the kind whose turn it is
    is asked as the next kind it has, and a fact with none of them is left out."""
    allowed = kinds_named(kind)
    present = {q.kind for q in questions}
    order = [k for k in (ROTATION if kind == MIXED else allowed) if k in allowed and k in present]
    by_fact: dict[str, dict[Kind, Question]] = {}
    for q in questions:
        by_fact.setdefault(q.fact_id, {})[q.kind] = q
    chosen: list[Question] = []
    for versions in by_fact.values():
        turn = len(chosen) % len(order) if order else 0
        q = next((versions[k] for k in order[turn:] + order[:turn] if k in versions), None)
        if q is not None:
            chosen.append(q)
    return chosen


def pick(questions: Sequence[Question], *, limit: int = DEFAULT_LIMIT, kind: str = "mixed", seed: int | None = None,
         cards: Mapping[str, CardState] | None = None, now: datetime | None = None,
         only: Collection[str] | None = None) -> list[Question]:
    """Today's session: facts due for review first (most overdue first), then new facts (best first),
    at most `limit`, one question per fact. Facts scheduled for later wait, except that `only` (fact ids,
    for --review) asks those facts whether due or not. The order within each group comes from `seed`."""
    cards = cards or {}
    when = now or datetime.now().astimezone()
    seen = [q for q in questions if q.fact_id in cards]
    new = sorted((q for q in questions if q.fact_id not in cards), key=lambda q: q.rank)  # stable: bank order
    if only is not None:
        seen, new = [q for q in seen if q.fact_id in only], [q for q in new if q.fact_id in only]
    else:
        seen = [q for q in seen if is_due(cards[q.fact_id], when)]
    seen.sort(key=lambda q: cards[q.fact_id].due)
    rng = random.Random(seed)
    session: list[Question] = []
    for group in (_one_per_fact(seen, kind), _one_per_fact(new, kind)):
        group = group[: limit - len(session)]
        rng.shuffle(group)
        session.extend(group)
    return session


def shuffle_choices(questions: Sequence[Question], *, seed: int | None = None) -> list[Question]:
    """Options in a fresh order each session (the same for the same seed), so that a learner remembers
    the answer, not its place."""
    rng = random.Random(seed)
    out = []
    for q in questions:
        choices = list(q.choices)
        rng.shuffle(choices)
        out.append(replace(q, choices=tuple(choices)))
    return out


def run(questions: Sequence[Question], ask: Callable[[Question], str | None], show: Callable[[Result], None], *,
        record: Callable[[Result], None] | None = None, judge: Callable[[Question, str | None], Verdict] = judge,
        again: bool = False, clock: Callable[[], float] = time.monotonic) -> Summary:
    """Ask each question, judge it, record and show the result. With `again`, the questions missed are asked
    once more at the end. Ctrl-C (KeyboardInterrupt) or the end of input (EOFError) ends the quiz early;
    every answer recorded before that stays recorded."""
    summary = Summary()
    start = clock()
    try:
        for q in questions:
            _ask_one(q, ask, show, record, judge, summary, again=False)
        if again:
            for missed in summary.missed:
                _ask_one(missed.question, ask, show, record, judge, summary, again=True)
    except KeyboardInterrupt:
        summary.stopped = INTERRUPT
    except EOFError:
        summary.stopped = END_OF_INPUT
    summary.seconds = clock() - start
    return summary


def _ask_one(q: Question, ask: Callable[[Question], str | None], show: Callable[[Result], None],
             record: Callable[[Result], None] | None, judge: Callable[[Question, str | None], Verdict],
             summary: Summary, *, again: bool) -> None:
    given = ask(q)
    verdict = judge(q, given)
    result = Result(q, given, verdict.correct, verdict.how, again=again)
    if record:
        record(result)  # before the summary: an answer counted is an answer saved
    summary.results.append(result)
    show(result)

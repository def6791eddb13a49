"""`quizgen stats` numbers from a real bank with a fixed clock, and the table they print."""
import io
from datetime import date, datetime, timedelta, timezone

from quizgen.bank import Bank
from quizgen.quiz import Result
from quizgen.stats import from_bank, show, streak
from quizgen.study import recorder

from .fakebank import make_bank

NOON = datetime(2024, 6, 3, 12, 0, tzinfo=timezone.utc)


def test_counts_accuracy_and_streak(tmp_path):
    path = str(tmp_path / "b.db")
    questions = make_bank(path, other=True)
    cloze = {q.answer: q for q in questions if q.kind.value == "cloze"}
    mcq = {q.answer: q for q in questions if q.kind.value == "mcq"}
    with Bank(path) as bank:
        for day in range(3):  # three days in a row, one answer each
            at = NOON + timedelta(days=day)
            recorder(bank, clock=lambda at=at: at, fuzz=False)(Result(cloze["2000"], "2000", True, "exact"))
        at = NOON + timedelta(days=2)
        record = recorder(bank, clock=lambda: at, fuzz=False)
        record(Result(mcq["Vladimir Putin"], "Joe Biden", False))
        record(Result(cloze["North Korea"], "North Korea", True, "exact"))
        stats = from_bank(bank, now=at + timedelta(hours=1))
    assert (stats.facts, stats.new, stats.learning + stats.known) == (5, 2, 3)
    assert stats.due == 0 and stats.next_due is not None
    assert (stats.answers.right, stats.answers.total) == (4, 5)
    assert str(stats.by_kind["cloze"]) == "4/4 (100%)" and str(stats.by_kind["multiple choice"]) == "0/1 (0%)"
    assert str(stats.by_label["DATE"]) == "3/3 (100%)" and str(stats.by_label["PERSON"]) == "0/1 (0%)"
    assert stats.streak == 3
    with Bank(path) as bank:
        tomorrow = from_bank(bank, now=at + timedelta(days=1))
    assert tomorrow.due == 1  # the missed fact
    out = io.StringIO()
    show(stats, file=out)
    text = out.getvalue()
    for word in ("new", "learning", "known", "due today", "multiple choice", "DATE", "4/5 (80%)", "Streak: 3 days"):
        assert word in text


def test_streak_survives_until_today_is_over():
    today = date(2024, 6, 10)
    days = {today - timedelta(days=n) for n in range(1, 4)}
    assert streak(days, today=today) == 3  # not studied yet today: yesterday's streak still counts
    assert streak(days | {today}, today=today) == 4
    assert streak(days, today=today + timedelta(days=1)) == 0
    assert streak(set(), today=today) == 0


def test_accuracy_by_difficulty(tmp_path):
    path = str(tmp_path / "b.db")
    questions = make_bank(path)
    cloze = {q.answer: q for q in questions if q.kind.value == "cloze"}
    with Bank(path) as bank:
        bank.db.execute("UPDATE questions SET difficulty = CASE answer WHEN '2000' THEN 'hard' ELSE 'easy' END")
        record = recorder(bank, clock=lambda: NOON, fuzz=False)
        record(Result(cloze["2000"], "2001", False))
        record(Result(cloze["North Korea"], "North Korea", True, "exact"))
        record(Result(cloze["Vladimir Putin"], "Putin", True, "surname"))
        stats = from_bank(bank, now=NOON)
    assert {k: str(v) for k, v in stats.by_difficulty.items()} == {"easy": "2/2 (100%)", "hard": "0/1 (0%)"}
    out = io.StringIO()
    show(stats, file=out)
    assert "difficulty" in out.getvalue() and "0/1 (0%)" in out.getvalue()

"""The review schedule with a fixed clock: what is missed comes back before what is known."""
import sqlite3
from datetime import datetime, timedelta, timezone

from quizgen.bank import Bank
from quizgen.schema import MIGRATIONS
from quizgen.quiz import Result, pick
from quizgen.schedule import AGAIN, GOOD, HARD, interval_days, is_due, is_known, rating_for, review
from quizgen.study import recorder

from .fakebank import make_bank

MONDAY = datetime(2024, 6, 3, 9, 0, tzinfo=timezone.utc)
DAY = timedelta(days=1)


def test_ratings():
    assert rating_for(correct=False) == AGAIN
    assert rating_for(correct=True) == GOOD
    assert rating_for(correct=True, lenient=True) == HARD


def test_a_missed_fact_is_due_the_next_day_and_a_known_one_days_later():
    missed = review(None, fact_id="aa" * 8, rating=AGAIN, at=MONDAY, fuzz=False)
    known = review(None, fact_id="bb" * 8, rating=GOOD, at=MONDAY, fuzz=False)
    assert missed.due == MONDAY + DAY
    assert is_due(missed, MONDAY + DAY) and not is_due(known, MONDAY + DAY)
    assert missed.due < known.due
    assert interval_days(missed) <= 1 < interval_days(known)


def test_a_fact_known_again_and_again_goes_away_for_days_then_weeks():
    card, now, gaps = None, MONDAY, []
    for _ in range(4):
        card = review(card, fact_id="cc" * 8, rating=GOOD, at=now, fuzz=False)
        gaps.append(interval_days(card))
        now = card.due
    assert gaps == sorted(gaps) and gaps[0] >= 1 and gaps[-1] >= 14
    assert is_known(card)


def test_a_lapse_brings_a_known_fact_back_soon():
    card = review(None, fact_id="dd" * 8, rating=GOOD, at=MONDAY, fuzz=False)
    card = review(card, fact_id="dd" * 8, rating=GOOD, at=card.due, fuzz=False)
    lapsed = review(card, fact_id="dd" * 8, rating=AGAIN, at=card.due, fuzz=False)
    assert interval_days(lapsed) <= 2 < interval_days(card)


def test_due_means_due_today_not_this_minute():
    card = review(None, fact_id="ee" * 8, rating=AGAIN, at=MONDAY, fuzz=False)
    later_that_day = card.due - timedelta(hours=1)
    assert later_that_day.astimezone().date() == card.due.astimezone().date() and is_due(card, later_that_day)


def test_the_next_session_asks_the_missed_fact_first_and_leaves_the_known_one(tmp_path):
    path = str(tmp_path / "b.db")
    questions = make_bank(path)
    clock = iter([MONDAY, MONDAY + timedelta(seconds=20)]).__next__
    by_answer = {q.answer: q for q in questions}
    with Bank(path) as bank:
        record = recorder(bank, clock=clock, fuzz=False)
        record(Result(by_answer["North Korea"], "South Korea", False))
        record(Result(by_answer["2000"], "2000", True, "exact"))
        cards = bank.cards()
        assert set(cards) == {by_answer["North Korea"].fact_id, by_answer["2000"].fact_id}
        session = pick(bank.questions(), cards=cards, now=MONDAY + DAY, seed=1)
    answers = [q.answer for q in session]
    assert answers[0] == "North Korea"  # due reviews first
    assert "2000" not in answers  # known: not yet
    assert set(answers[1:]) == {"Vladimir Putin", "10,000"}  # then the new facts
    later = pick(questions, cards=cards, now=MONDAY + 5 * DAY, seed=1)
    assert {q.answer for q in later[:2]} == {"North Korea", "2000"}  # both due now, still before new ones
    assert [q.answer for q in pick(questions, cards=cards, now=MONDAY + 5 * DAY, limit=1)] == ["North Korea"]


def test_answers_and_cards_survive_reopening_with_their_rating(tmp_path):
    path = str(tmp_path / "b.db")
    q = make_bank(path)[0]
    with Bank(path) as bank:
        recorder(bank, clock=lambda: MONDAY, fuzz=False)(Result(q, "Putin", True, "surname"))
    with Bank(path) as bank:
        [card] = bank.cards().values()
        rating = bank.db.execute("SELECT rating FROM reviews").fetchone()[0]
        assert card.last_review == MONDAY and card.due > MONDAY and rating == GOOD
        assert bank.history()[0][1:] == (True, "cloze", "PERSON")


def test_a_bank_from_before_the_schedule_is_upgraded_keeping_its_answers(tmp_path):
    path = tmp_path / "v1.db"
    db = sqlite3.connect(path, isolation_level=None)
    for statement in MIGRATIONS[1].split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute("INSERT INTO reviews (question_id, fact_id, answered_at, correct) VALUES ('q', 'f', '2024-01-01', 0)")
    db.execute("PRAGMA user_version = 1")
    db.close()
    with Bank(str(path)) as bank:
        assert bank.cards() == {} and bank.missed_facts() == {"f"}

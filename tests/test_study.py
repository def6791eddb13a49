"""Today's session from a real SQLite bank: filters, review-only, and what to say when nothing matches."""
from datetime import datetime, timedelta, timezone

import pytest

from quizgen.bank import Bank
from quizgen.errors import QuizgenError
from quizgen.quiz import Result
from quizgen.study import Filters, NothingDue, from_articles, from_bank, recorder

from .fakebank import ARTICLE, OTHER, make_bank

NOW = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def bank(tmp_path):
    path = str(tmp_path / "b.db")
    make_bank(path, other=True)
    with Bank(path) as b:
        yield b


def answers(session):
    return {q.answer for q in session.questions}


def test_a_new_bank_gives_one_question_per_fact(bank):
    session = from_bank(bank, Filters(), now=NOW)
    assert answers(session) == {"Vladimir Putin", "North Korea", "10,000", "2000", "Sydney"}
    assert set(session.articles) == {ARTICLE.id, OTHER.id}
    assert "North Korea" in session.known()


def test_limit_kind_article_and_since(bank):
    assert len(from_bank(bank, Filters(limit=2), now=NOW).questions) == 2
    assert {q.kind.value for q in from_bank(bank, Filters(kind="cloze"), now=NOW).questions} == {"cloze"}
    assert answers(from_bank(bank, Filters(article="harbour"), now=NOW)) == {"Sydney"}
    assert answers(from_bank(bank, Filters(article="PYONGYANG"), now=NOW)) == {
        "Vladimir Putin", "North Korea", "10,000", "2000"}
    assert answers(from_bank(bank, Filters(since="2025-01-01"), now=NOW)) == {"Sydney"}


def test_since_falls_back_to_the_day_an_undated_article_was_added(bank):
    bank.db.execute("UPDATE articles SET published = NULL")
    assert len(from_bank(bank, Filters(since="2020-01-01"), now=NOW).questions) == 5  # added today
    with pytest.raises(QuizgenError):
        from_bank(bank, Filters(since="2999-01-01"), now=NOW)


def test_the_same_seed_gives_the_same_session(bank):
    one, two = (from_bank(bank, Filters(seed=3), now=NOW).questions for _ in range(2))
    assert one == two


def test_review_asks_only_what_was_missed(bank):
    with pytest.raises(QuizgenError, match="answered wrongly yet"):
        from_bank(bank, Filters(review=True), now=NOW)
    session = from_bank(bank, Filters(), now=NOW)
    record = recorder(bank, clock=lambda: NOW, fuzz=False)
    for q in session.questions:
        record(Result(q, "?", q.answer == "Sydney"))
    assert answers(from_bank(bank, Filters(review=True), now=NOW)) == answers(session) - {"Sydney"}


def test_nothing_due_is_said_without_failing(bank):
    record = recorder(bank, clock=lambda: NOW, fuzz=False)
    for q in from_bank(bank, Filters(), now=NOW).questions:
        record(Result(q, q.answer, True, "exact"))
    with pytest.raises(NothingDue, match=r"nothing to study today \(next review on 20\d\d-\d\d-\d\d\)") as e:
        from_bank(bank, Filters(), now=NOW)
    assert e.value.exit_code == 0
    assert len(from_bank(bank, Filters(), now=NOW + timedelta(days=30)).questions) == 5


@pytest.mark.parametrize("filters, message", [
    (Filters(article="no such story"), "no questions match --article 'no such story'"),
    (Filters(since="2030-01-01", kind="mcq"), "no questions match --kind mcq --since 2030-01-01"),
])
def test_filters_matching_nothing_say_what_to_run(bank, filters, message):
    with pytest.raises(QuizgenError) as e:
        from_bank(bank, filters, now=NOW)
    assert message in str(e.value) and "quizgen build input/" in str(e.value) and e.value.exit_code == 1


def test_an_empty_bank_says_what_to_run(tmp_path):
    with Bank(str(tmp_path / "empty.db")) as bank:
        with pytest.raises(QuizgenError, match=r"no questions yet; run `quizgen build input/`"):
            from_bank(bank, Filters(), now=NOW)


def test_quiz_from_articles_stores_nothing_and_refuses_review():
    from .fakebank import FACTS, questions_for

    results = [(ARTICLE, questions_for(ARTICLE, FACTS))]
    assert len(from_articles(results, Filters()).questions) == 4
    with pytest.raises(QuizgenError, match="--review needs the bank"):
        from_articles(results, Filters(review=True))
    with pytest.raises(QuizgenError, match="no questions match --article 'zzz'"):
        from_articles(results, Filters(article="zzz"))

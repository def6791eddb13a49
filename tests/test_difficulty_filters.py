"""--difficulty in quiz, export and generate, and the level wherever a question is shown or written."""
import csv
import io
import json
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from quizgen.bank import Bank
from quizgen.difficulty import levels
from quizgen.errors import QuizgenError, UsageError
from quizgen.export import select, tags_for, to_csv
from quizgen.models import Difficulty, Kind
from quizgen.prompts import Plain
from quizgen.quiz import run
from quizgen.study import Filters, from_articles, from_bank

from .anki_support import collection, hand_built, import_apkg, store
from .fakebank import ARTICLE, FACTS, make_bank, questions_for
from .test_cli import assert_clean_error

NOW = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)
EASY, MEDIUM, HARD = Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD
# The fake bank's facts by level.
LEVELS = {"Vladimir Putin": "easy", "North Korea": "medium", "10,000": "hard", "2000": "hard", "Sydney": "medium"}


@pytest.fixture
def bank_file(tmp_path):
    path = str(tmp_path / "b.db")
    make_bank(path, other=True)
    with Bank(path) as bank:
        for answer, level in LEVELS.items():
            bank.db.execute("UPDATE questions SET difficulty = ? WHERE answer = ?", (level, answer))
    return path


def rated(results):
    """hand_built() with levels: the cloze questions hard, the multiple-choice ones easy, the undated one unrated
    (written as an old bank holds it; opening a bank rates such questions)."""
    return [(a, [replace(q, difficulty=None if a.id == "a-undated" else HARD if q.kind is Kind.CLOZE else EASY)
                 for q in qs]) for a, qs in results]


def test_levels_read_a_comma_list_and_refuse_anything_else():
    assert levels("hard") == (HARD,)
    assert levels(" Medium,easy ") == (EASY, MEDIUM)
    for bad in ("", "hardest", "easy,,tough"):
        with pytest.raises(UsageError, match="easy, medium or hard"):
            levels(bad)


def test_a_quiz_asks_only_the_levels_asked_for(bank_file):
    with Bank(bank_file) as bank:
        session = from_bank(bank, Filters(difficulty=(HARD,)), now=NOW)
        assert {q.answer for q in session.questions} == {"10,000", "2000"}
        asked = []
        summary = run(session.questions, lambda q: asked.append(q) or q.answer, lambda r: None)
        assert {q.difficulty for q in asked} == {HARD} and summary.score == 2
        both = from_bank(bank, Filters(difficulty=(EASY, MEDIUM)), now=NOW)
        assert {q.answer for q in both.questions} == {"Vladimir Putin", "North Korea", "Sydney"}
        # A question left unrated (a read-only bank cannot store its level) is asked only without a filter.
        bank.db.execute("UPDATE questions SET difficulty = NULL WHERE answer = 'Sydney'")
        assert "Sydney" not in {q.answer for q in from_bank(bank, Filters(difficulty=(MEDIUM,)), now=NOW).questions}
        assert len(from_bank(bank, Filters(), now=NOW).questions) == 5


def test_a_quiz_level_that_matches_nothing_says_so(bank_file):
    with Bank(bank_file) as bank:
        with pytest.raises(QuizgenError) as e:
            from_bank(bank, Filters(difficulty=(HARD,), kind="cloze", article="harbour"), now=NOW)
    assert "no questions match --kind cloze --article 'harbour' --difficulty hard" in str(e.value)


def test_a_quiz_from_files_filters_by_level_too():
    results = [(ARTICLE, [replace(q, difficulty=HARD if q.answer == "2000" else EASY)
                          for q in questions_for(ARTICLE, FACTS)])]
    assert [q.answer for q in from_articles(results, Filters(difficulty=(HARD,))).questions] == ["2000"]
    with pytest.raises(QuizgenError, match="no questions match --difficulty medium"):
        from_articles(results, Filters(difficulty=(MEDIUM,)))


def test_the_question_header_shows_the_level():
    [q, *_] = questions_for(ARTICLE, FACTS)
    out = io.StringIO()
    ui = Plain({}, stdin=io.StringIO("Putin\n"), stdout=out)
    run([replace(q, difficulty=HARD)], ui.ask, ui.show)
    assert f"Q1. (hard) {q.prompt}" in out.getvalue()
    out = io.StringIO()
    Plain({}, stdin=io.StringIO("x\n"), stdout=out).ask(q)  # unrated: no level, no empty brackets
    assert f"Q1. {q.prompt}" in out.getvalue()


def test_the_plain_quiz_command_takes_difficulty(run, bank_file):
    proc = run("quiz", "--plain", "--kind", "cloze", "--difficulty", "hard", "--bank", bank_file,
               input="x\ny\n10,000\n2000\n")
    assert proc.returncode == 0, proc.stderr
    assert "Q1. (hard) " in proc.stdout and "Q2. (hard) " in proc.stdout and "Q3." not in proc.stdout
    assert "Again: (hard) " in proc.stdout and "(easy)" not in proc.stdout and "Score: 0/2" in proc.stdout
    assert_clean_error(run("quiz", "--difficulty", "tough", "--bank", bank_file), code=2,
                       mentions=["--difficulty", "tough", "easy, medium or hard"])


def test_json_writes_an_unrated_question_as_null():
    from quizgen.render import to_json

    doc = json.loads(to_json(rated(hand_built())))
    assert [q["difficulty"] for q in doc["questions"]] == ["hard", "easy", "hard", "hard", "easy", None]


def test_export_selects_by_level():
    results = rated(hand_built())
    articles = [a for a, _ in results]
    questions = [q for _, qs in results for q in qs]
    hard = select(articles, questions, difficulty=(HARD,))
    assert [a.id for a, _ in hard] == ["a-visit", "a-glacier"]
    assert all(q.kind is Kind.CLOZE for _, qs in hard for q in qs)
    assert select(articles, questions, difficulty=(MEDIUM,)) == []
    assert select(articles, questions, difficulty=(EASY, HARD)) == [
        (a, [q for q in qs if q.difficulty]) for a, qs in results if a.id != "a-undated"]


def test_csv_has_a_difficulty_column_and_tags(tmp_path):
    results = rated(hand_built())
    rows = list(csv.reader(to_csv(results, header_row=True).splitlines()))
    assert rows[0][-1] == "difficulty"
    assert [r[-1] for r in rows[1:]] == ["hard", "easy", "hard", "hard", "easy", ""]
    assert "difficulty::hard" in rows[1][4].split() and not any("difficulty::" in t for t in rows[-1][4].split())
    (article, [cloze, *_]), *_ = results
    assert tags_for(article, cloze)[-1] == "difficulty::hard"


def test_export_commands_filter_and_tag_by_level(run, tmp_path):
    bank = store(rated(hand_built()), tmp_path / "rated.db")
    doc = json.loads(run("export", "json", "--bank", bank, "--difficulty", "easy").stdout)
    assert len(doc["questions"]) == 2 and {q["difficulty"] for q in doc["questions"]} == {"easy"}
    assert {q["type"] for q in doc["questions"]} == {"mcq"}
    apkg = tmp_path / "hard.apkg"
    proc = run("export", "anki", "--bank", bank, "--difficulty", "hard", "-o", str(apkg))
    assert proc.returncode == 0, proc.stderr and "3 question(s)" in proc.stdout
    col = collection(tmp_path / "col")
    import_apkg(col, apkg)
    assert {tag for nid in col.find_notes("") for tag in col.get_note(nid).tags if "difficulty" in tag} == {
        "difficulty::hard"}
    assert_clean_error(run("export", "csv", "--bank", bank, "--difficulty", "medium"), code=1,
                       mentions=["no questions match", "--difficulty medium"])


def test_generate_prints_only_the_levels_asked_for(run, tmp_path):
    from .conftest import SAMPLE

    every = json.loads(run("generate", str(SAMPLE), "--format", "json", "--jobs", "1").stdout)["questions"]
    easy = json.loads(run("generate", str(SAMPLE), "--format", "json", "--jobs", "1",
                          "--difficulty", "easy").stdout)["questions"]
    assert easy and easy == [q for q in every if q["difficulty"] == "easy"]

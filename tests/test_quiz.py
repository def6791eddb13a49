"""The quiz loop driven by scripted answers, and plain mode through a pipe."""
import io

from quizgen.judge import is_correct, normalise
from quizgen.models import Kind, Question
from quizgen.prompts import Plain
from quizgen.quiz import pick, run


def q(kind=Kind.CLOZE, answer="Vladimir Putin", sentence="Vladimir Putin landed in Pyongyang on a rare visit.",
      choices=()):
    return Question(article_id="a1", kind=kind, sentence=sentence, answer=answer,
                    prompt=sentence.replace(answer, "_____"), answer_label="PERSON", score=1.0, choices=choices)


def test_normalise_ignores_form():
    assert normalise("The  U.S.") == normalise("US")
    assert normalise("10,000") == normalise("10000") == normalise("10 000")
    assert normalise("Zürich") == normalise("zurich")


def test_judging():
    assert is_correct(q(), "vladimir putin")
    assert not is_correct(q(), "")
    assert not is_correct(q(), None)
    mcq = q(Kind.MCQ, choices=("Vladimir Putin", "Xi Jinping", "Joe Biden", "Emmanuel Macron"))
    assert is_correct(mcq, "Vladimir Putin") and not is_correct(mcq, "Joe Biden")


def test_scripted_quiz_records_every_answer():
    questions = [q(), q(Kind.MCQ, choices=("Xi Jinping", "Vladimir Putin", "Joe Biden", "Emmanuel Macron"))]
    answers = iter(["Putin Vladimir", "Vladimir Putin"])
    recorded, shown = [], []
    summary = run(questions, lambda _q: next(answers), shown.append, record=recorded.append, clock=iter([0, 5]).__next__)
    assert [r.correct for r in recorded] == [False, True]
    assert summary.score == 1 and len(summary.results) == 2 and summary.seconds == 5
    assert shown == recorded


def test_interrupt_ends_the_quiz_and_keeps_answers():
    answers = iter(["Vladimir Putin"])

    def ask(_q):
        try:
            return next(answers)
        except StopIteration:
            raise KeyboardInterrupt from None

    recorded = []
    summary = run([q(), q(), q()], ask, lambda r: None, record=recorded.append)
    assert summary.interrupted and len(recorded) == 1 and summary.score == 1


def test_pick_gives_one_question_per_fact():
    cloze, mcq = q(), q(Kind.MCQ, choices=("Vladimir Putin", "Xi Jinping", "Joe Biden", "Emmanuel Macron"))
    assert pick([cloze, mcq], limit=10, kind="mixed", seed=1) == [mcq]
    assert pick([cloze, mcq], limit=10, kind="cloze", seed=1) == [cloze]


def test_plain_mode_reads_numbers_and_prints_the_score():
    mcq = q(Kind.MCQ, choices=("Xi Jinping", "Vladimir Putin", "Joe Biden", "Emmanuel Macron"))
    out = io.StringIO()
    ui = Plain({}, stdin=io.StringIO("2\nXi Jinping\n"), stdout=out)
    summary = run([mcq, q()], ui.ask, ui.show)
    ui.summary(summary)
    text = out.getvalue()
    assert "2) Vladimir Putin" in text and "Right!" in text
    assert "Score: 1/2" in text

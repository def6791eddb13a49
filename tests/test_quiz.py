"""The quiz loop driven by scripted answers, and plain mode through a pipe."""
import io
from dataclasses import replace

from quizgen.judge import Verdict, is_correct, normalise
from quizgen.models import Article, Kind, Question
from quizgen.prompts import Plain
from quizgen.quiz import END_OF_INPUT, INTERRUPT, article_matches, pick, run, shuffle_choices


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


def mcq_q():
    return q(Kind.MCQ, choices=("Xi Jinping", "Vladimir Putin", "Joe Biden", "Emmanuel Macron"))


def test_missed_questions_come_back_at_the_end_but_the_score_counts_first_tries():
    date = q(answer="2000", sentence="The treaty was signed in 2000.")
    answers = iter(["Joe Biden", "2001", "Putin", "2000"])
    recorded = []
    summary = run([mcq_q(), date], lambda _q: next(answers), lambda r: None, record=recorded.append, again=True)
    assert [(r.question.answer, r.correct, r.again) for r in summary.results] == [
        ("Vladimir Putin", False, False), ("2000", False, False), ("Vladimir Putin", False, True), ("2000", True, True)]
    assert summary.score == 0 and len(summary.first) == 2 and len(summary.missed) == 2
    assert recorded == summary.results  # the second tries are saved too: they feed the schedule


def test_end_of_input_and_ctrl_c_are_told_apart():
    def eof(_q):
        raise EOFError

    assert run([q()], eof, lambda r: None).stopped == END_OF_INPUT
    assert run([q()], lambda _q: (_ for _ in ()).throw(KeyboardInterrupt), lambda r: None).stopped == INTERRUPT


def test_an_answer_interrupted_while_saving_is_not_counted():
    def record(_r):
        raise KeyboardInterrupt

    summary = run([q(), q()], lambda _q: "Vladimir Putin", lambda r: None, record=record)
    assert summary.interrupted and summary.results == []


def test_the_loop_uses_the_judge_it_is_given():
    summary = run([q()], lambda _q: "anything", lambda r: None, judge=lambda _q, _g: Verdict(True, "exact"))
    assert summary.score == 1


def test_pick_limits_filters_kinds_and_repeats_with_a_seed():
    facts = [q(answer=f"Person {n}", sentence=f"Person {n} spoke.") for n in range(30)]
    mcqs = [replace(f, kind=Kind.MCQ, choices=(f.answer, "A B", "C D", "E F")) for f in facts]
    everything = [x for pair in zip(facts, mcqs) for x in pair]
    session = pick(everything, limit=20, seed=4)
    assert len(session) == 20 and len({x.fact_id for x in session}) == 20  # one question per fact
    assert {x.kind for x in session} == {Kind.MCQ, Kind.CLOZE}
    assert session == pick(everything, limit=20, seed=4) != pick(everything, limit=20, seed=5)
    assert all(x.kind is Kind.CLOZE for x in pick(everything, kind="cloze"))
    assert pick(facts, kind="mcq") == []


def test_options_are_reshuffled_repeatably():
    many = [mcq_q()] * 8
    first = shuffle_choices(many, seed=2)
    assert first == shuffle_choices(many, seed=2)
    assert all(sorted(x.choices) == sorted(mcq_q().choices) for x in first)
    assert len({x.choices for x in first}) > 1


def test_article_filters():
    article = Article(id="a", source="input/2024-06-19-putin-visits-pyongyang.txt", text="", title="Putin in Korea",
                      published="2024-06-19")
    assert article_matches(article, text="PUTIN") and article_matches(article, text="pyongyang")
    assert not article_matches(article, text="harbour")
    assert article_matches(article, since="2024-06-19") and not article_matches(article, since="2024-06-20")
    undated = replace(article, published=None)
    assert article_matches(undated, since="2024-06-01", added="2024-07-01")
    assert not article_matches(undated, since="2024-06-01")


def test_plain_mode_takes_a_typed_option_asks_again_after_a_slip_and_summarises():
    out = io.StringIO()
    article = Article(id="a1", source="x.txt", text="", title="Putin visits Pyongyang", published="2024-06-19")
    ui = Plain({"a1": article}, stdin=io.StringIO("\n7\nputin\nXi\nVladimir Putin\n"), stdout=out)
    summary = run([mcq_q(), q()], ui.ask, ui.show, again=True, clock=iter([0, 75]).__next__)
    ui.summary(summary)
    text = out.getvalue()
    assert text.count("Type a number from 1 to 4") == 2  # an empty line and 7 are slips, not answers
    assert summary.results[0].given == "Vladimir Putin" and summary.results[0].correct
    assert text.index("From: Putin visits Pyongyang · 2024-06-19\nQ1. ") < text.index("Q2. ")
    assert text.count("From: ") == 1  # every question here comes from that one article
    assert "Again: _____ landed in Pyongyang" in text
    assert "Score: 1/2" in text and "Second try: 1/1 right" in text and "Time: 1m 15s" in text
    assert "Missed:\n  _____ landed in Pyongyang on a rare visit. -> Vladimir Putin" in text


def test_plain_mode_names_the_article_before_its_first_question_and_again_when_it_changes():
    out = io.StringIO()
    articles = {"a1": Article(id="a1", source="x.txt", text="", title="Putin visits Pyongyang", published="2024-06-19"),
                "a2": Article(id="a2", source="y.txt", text="", title="Treaty signed")}
    other = replace(q(answer="2000", sentence="The treaty was signed in 2000."), article_id="a2")
    ui = Plain(articles, stdin=io.StringIO("Putin\n2000\nPutin\n"), stdout=out)
    run([q(), other, q()], ui.ask, ui.show)
    blocks = out.getvalue().strip("\n").split("\n\n")
    assert [b.splitlines()[0] for b in blocks] == ["From: Putin visits Pyongyang · 2024-06-19",
                                                   "From: Treaty signed", "From: Putin visits Pyongyang · 2024-06-19"]


def test_plain_mode_takes_a_year_typed_in_full_as_that_option():
    year = q(Kind.MCQ, answer="2000", sentence="The treaty was signed in 2000.", choices=("1998", "2000", "2003", "2011"))
    out = io.StringIO()
    ui = Plain({}, stdin=io.StringIO("2000\n"), stdout=out)
    summary = run([year], ui.ask, ui.show)
    assert "Type a number" not in out.getvalue()  # not an option number out of range
    assert summary.results[0].given == "2000" and summary.results[0].correct


def test_plain_mode_reports_a_stop():
    out = io.StringIO()
    ui = Plain({}, stdin=io.StringIO(""), stdout=out)
    ui.summary(run([q()], ui.ask, ui.show))
    assert "ended early" in out.getvalue() and "Score: 0/0" in out.getvalue()


def test_context_that_names_the_answer_is_not_shown():
    from quizgen.names import mentions

    assert mentions("Vladimir Putin met the Russian president's advisers.", "Russia")
    assert mentions("Officials in Moscow welcomed the move.", "Russia")
    assert mentions("Putin arrived late.", "Vladimir Putin")
    assert not mentions("The two leaders signed a pact in the capital.", "Pyongyang")
    cloze = q(sentence="Vladimir Putin landed in Pyongyang on a rare visit.", answer="Pyongyang")
    shown = replace(cloze, context="Officials in Pyongyang waited at the airport.")
    hidden_out, shown_out = io.StringIO(), io.StringIO()
    Plain({}, stdin=io.StringIO("x\n"), stdout=hidden_out).ask(shown)
    Plain({}, stdin=io.StringIO("x\n"), stdout=shown_out).ask(replace(cloze, context="Crowds waited at the airport."))
    assert "Officials in Pyongyang" not in hidden_out.getvalue()
    assert "Crowds waited at the airport." in shown_out.getvalue()


def wh_q():
    return replace(q(), kind=Kind.WH, prompt="Who landed in Pyongyang on a rare visit?")


def tf_q(swapped=None):
    sentence = "Vladimir Putin landed in Pyongyang on a rare visit."
    return replace(q(), kind=Kind.TRUEFALSE, prompt=sentence.replace("Vladimir Putin", swapped or "Vladimir Putin"),
                   swapped=swapped)


def test_wh_is_judged_like_cloze_and_true_false_by_its_truth():
    assert is_correct(wh_q(), "putin") and not is_correct(wh_q(), "Xi Jinping")
    assert is_correct(tf_q(), "True") and is_correct(tf_q(), "t") and not is_correct(tf_q(), "False")
    false = tf_q("Xi Jinping")
    assert false.truth is False and is_correct(false, "False") and not is_correct(false, "True")
    assert not is_correct(false, "Vladimir Putin") and not is_correct(false, None)


def test_scripted_quiz_with_wh_and_true_false():
    questions = [wh_q(), tf_q("Xi Jinping"), tf_q()]
    answers = iter(["Vladimir Putin", "True", "True"])
    recorded = []
    summary = run(questions, lambda _q: next(answers), lambda r: None, record=recorded.append)
    assert [r.correct for r in recorded] == [True, False, True] and summary.score == 2


def test_plain_mode_asks_true_or_false_and_shows_the_real_sentence():
    out = io.StringIO()
    ui = Plain({}, stdin=io.StringIO("3\n1\nf\nputin\n"), stdout=out)
    summary = run([tf_q("Xi Jinping"), replace(tf_q("Xi Jinping"), article_id="a2"), wh_q()], ui.ask, ui.show)
    ui.summary(summary)
    text = out.getvalue()
    assert "Q1. True or false? Xi Jinping landed in Pyongyang on a rare visit." in text
    assert "  1) True\n  2) False\n" in text and "Type a number from 1 to 2" in text  # 3 is a slip
    # Anything else typed is an answer, and wrong, as with multiple choice: a script's input stays in step.
    assert not is_correct(tf_q(), "Putin") and not is_correct(tf_q(), "yes")
    assert "Wrong. The answer is: False (Vladimir Putin, not Xi Jinping)\n  Vladimir Putin landed in Pyongyang" in text
    assert "Right! The answer is: False (Vladimir Putin, not Xi Jinping)" in text
    assert "Q3. Who landed in Pyongyang on a rare visit?\nYour answer: putin" in text
    assert "Score: 2/3" in text
    assert "Missed:\n  Xi Jinping landed in Pyongyang on a rare visit. -> False (Vladimir Putin, not Xi Jinping)" in text


def test_pick_takes_turns_among_the_kinds_asked():
    facts = [replace(q(), sentence=f"Vladimir Putin landed in Pyongyang for the {n}th time.") for n in range(8)]
    every = [replace(f, kind=k, swapped=None) for f in facts for k in Kind]
    kinds = [x.kind for x in pick(every, kind="mixed")]
    assert [kinds.count(k) for k in Kind] == [2, 2, 2, 2]
    assert {x.kind for x in pick(every, kind="cloze,wh")} == {Kind.CLOZE, Kind.WH}
    assert {x.kind for x in pick(every, kind="truefalse")} == {Kind.TRUEFALSE}
    only_cloze_mcq = [x for x in every if x.kind in (Kind.CLOZE, Kind.MCQ)]
    kinds = [x.kind for x in pick(only_cloze_mcq, kind="mixed")]
    assert kinds.count(Kind.MCQ) == kinds.count(Kind.CLOZE) == 4  # an older bank alternates as before
